/// One setting given a new value: what a flag, a lesson line, or a step or typed
/// value on the panel asks for. A list of them goes to `TrainingConfig.applying`,
/// the one function that puts changes and their implications into a configuration.
public struct SettingChange: Equatable, Sendable, CustomStringConvertible {
    public let setting: Setting
    public let value: SettingValue

    public init(_ setting: Setting, _ value: SettingValue) {
        self.setting = setting
        self.value = value
    }

    /// The lesson lock this change needs open.
    public var lock: String { setting.lock }

    public var description: String { "\(setting.key): \(value)" }

    public static func == (a: SettingChange, b: SettingChange) -> Bool {
        a.setting.key == b.setting.key && a.value == b.value
    }
}
