import Foundation

/// The one way the command-line reports write JSON: one line, keys sorted, slashes
/// unescaped (`nnplay train --json`, `replay --json`, `grade --json`, `search`, `sweep`,
/// `race`, `landscape`, `curves`), so scripts can rely on the same shape everywhere.
enum JSONLine {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The reports hold strings, Booleans, integers, finite numbers and nulls only
        // (non-finite numbers are written as null), so encoding cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
