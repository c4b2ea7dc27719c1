/// The values a numeric setting accepts, with the words `TrainingConfig.validate`
/// says when a value is outside (after the flag: `--lr must be a positive number`).
/// Every bound is checked on finite numbers only: NaN and infinities never pass.
package struct SettingRange: Sendable {
    /// Why a value is refused: `must be in [0, 1)`.
    package let message: String
    private let accepts: @Sendable (Double) -> Bool

    package init(_ message: String, accepts: @escaping @Sendable (Double) -> Bool) {
        self.message = message
        self.accepts = accepts
    }

    /// Whether `x` is finite and in range.
    package func contains(_ x: Double) -> Bool {
        x.isFinite && accepts(x)
    }

    /// Above 0: learning rate, eps, clipping norm.
    package static let positive = SettingRange("must be a positive number") { $0 > 0 }
    /// 0 or more: penalties and weight decay.
    package static let nonNegative = SettingRange("must be at least 0") { $0 >= 0 }
    /// [0, 1): momentum, decay rates, dropout.
    package static let unitInterval = SettingRange("must be in [0, 1)") { $0 >= 0 && $0 < 1 }
}

extension Setting {
    /// Why this setting's value in `config` is out of range (`--lr must be a positive
    /// number`), nil when it is in range or the setting has no range.
    package func rangeProblem(in config: TrainingConfig) -> String? {
        guard let range else { return nil }
        let x: Double
        switch read(config) {
        case .number(let value), .optionalNumber(let value?): x = value
        case .integer(let n): x = Double(n)
        default: return nil
        }
        return range.contains(x) ? nil : "\(flag) \(range.message)"
    }
}
