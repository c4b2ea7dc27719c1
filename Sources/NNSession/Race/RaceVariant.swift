import Foundation
import NNCore

/// One variant of a race, read from `--variant 'optimizer=adam,lr=0.01'` (or a race
/// lesson's `variant: optimizer=adam,lr=0.01` line): settings (any flag of `nnplay
/// train` but the data's source) as `key=value` pairs separated by commas. A piece
/// without `=` continues the previous value, so list values keep their commas:
/// `hidden=8,8,lr=0.1` is hidden 8,8 and lr 0.1.
package struct RaceVariant: Equatable, Sendable {
    /// The text as given, which labels the variant.
    package let label: String
    package let changes: [SettingChange]

    /// `source` names where the text comes from in messages (`--variant`, a lesson's `variant`).
    package init(parsing text: String, source: String = "--variant") throws(InputError) {
        var pairs: [(key: String, value: String)] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            if let equals = piece.firstIndex(of: "=") {
                pairs.append((String(piece[..<equals]).trimmingCharacters(in: [" "]), String(piece[piece.index(after: equals)...])))
            } else if !pairs.isEmpty {
                pairs[pairs.count - 1].value += "," + piece
            } else {
                throw InputError("\(source) takes setting=value pairs separated by commas (e.g. 'optimizer=adam,lr=0.01'), not '\(text)'")
            }
        }
        var changes: [SettingChange] = []
        for (key, value) in pairs {
            let name = key.lowercased()
            let candidates = Settings.all.filter { $0.fronts.contains(.flag) && $0.scope == .training && $0.key != Settings.dataset.key }
            guard let setting = candidates.first(where: { $0.key == name || $0.aliases.contains(name) }) else {
                throw InputError("\(source): unknown setting '\(key)' (a race's variants share their data; any other flag of 'nnplay train' works)")
            }
            do throws(SettingValueError) {
                changes.append(try setting.change(parsing: value))
            } catch {
                throw InputError("\(source): \(error.message(key: setting.key, text: value))")
            }
        }
        label = text
        self.changes = changes
    }
}
