import Foundation
import NNCore

/// One axis of a grid search: a numeric setting and the values it takes, read from
/// `--x lr=1e-4..1` (`key=low..high`, optionally `:log` or `:lin`). The learning rate
/// and the penalties step on a logarithmic ladder by default (equal ratios between
/// neighbours, as the course notes' η and λ grids do), every other setting on a
/// linear one (equal differences).
struct SearchAxis: Equatable {
    enum Scale: String { case log, lin }

    let setting: Setting
    let low: Double
    let high: Double
    let scale: Scale

    static func == (a: SearchAxis, b: SearchAxis) -> Bool {
        a.setting.key == b.setting.key && a.low == b.low && a.high == b.high && a.scale == b.scale
    }

    /// Settings whose ladder is logarithmic unless `:lin` is given.
    static let logarithmicByDefault: Set<String> = ["lr", "l1", "l2"]

    /// Reads `key=low..high[:log|:lin]`; `flag` names the option in messages.
    init(parsing text: String, flag: String) throws(InputError) {
        let form = "\(flag) takes setting=low..high, optionally :log or :lin (e.g. lr=1e-4..1)"
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw InputError(form) }
        let key = parts[0].lowercased()
        let candidates = Settings.all.filter { $0.fronts.contains(.flag) && $0.scope == .training }
        guard let setting = candidates.first(where: { $0.key == key || $0.aliases.contains(key) }) else {
            throw InputError("\(flag): unknown setting '\(parts[0])'")
        }
        switch setting.kind {
        case .number, .ratio, .integer: break
        default: throw InputError("\(flag): \(setting.key) is not a numeric setting")
        }
        var range = parts[1]
        var scale: Scale = Self.logarithmicByDefault.contains(setting.key) ? .log : .lin
        if let colon = range.lastIndex(of: ":") {
            guard let given = Scale(rawValue: range[range.index(after: colon)...].lowercased()) else { throw InputError(form) }
            scale = given
            range = String(range[..<colon])
        }
        let bounds = range.components(separatedBy: "..")
        guard bounds.count == 2 else { throw InputError(form) }
        var ends: [Double] = []
        for bound in bounds {
            guard case .number(let x)? = try? SettingKind.number.parse(bound) else {
                throw InputError("\(flag): '\(bound)' is not a number")
            }
            ends.append(x)
        }
        guard ends[0] < ends[1] else { throw InputError("\(flag): the low end must be below the high end") }
        if let allowed = setting.range, !allowed.contains(ends[0]) || !allowed.contains(ends[1]) {
            throw InputError("\(flag): \(setting.flag) \(allowed.message)")
        }
        if scale == .log && ends[0] <= 0 {
            throw InputError("\(flag): a logarithmic ladder needs a low end above 0 (or :lin)")
        }
        self.setting = setting
        low = ends[0]
        high = ends[1]
        self.scale = scale
    }

    /// `count` values from `low` to `high` (both included): on a log ladder
    /// low·(high/low)^(i/(count−1)), on a linear one low + i·(high−low)/(count−1).
    /// Inner values are rounded to 6 significant digits (so a ladder reads as typed:
    /// 1e-4, 0.001, …, not 0.0010000000000000002), integer settings to whole numbers.
    /// Computed with nnplay's own exp and log and correctly rounded decimal conversions,
    /// so the values are the same bits on every machine.
    func values(count: Int) -> [Double] {
        guard count > 1 else { return [low] }
        let last = Double(count - 1)
        let raw = (0..<count).map { i -> Double in
            if i == 0 { return low }
            if i == count - 1 { return high }
            let t = Double(i) / last
            let value: Double
            switch scale {
            case .log:
                let (a, b) = (PlatformMath.log(low), PlatformMath.log(high))
                value = PlatformMath.exp(a + t * (b - a))
            case .lin:
                value = low + t * (high - low)
            }
            return Double(String(format: "%.6g", value)) ?? value
        }
        return setting.kind == .integer ? raw.map { $0.rounded() } : raw
    }

    /// The change that puts `value` into a configuration.
    func change(_ value: Double) -> SettingChange {
        setting.kind == .integer ? setting.change(.integer(Int(value))) : setting.change(.number(value))
    }
}
