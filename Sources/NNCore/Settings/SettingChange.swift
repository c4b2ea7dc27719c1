/// One setting given a new value: what a flag, a lesson line, or a step or typed
/// value on the panel asks for. A list of them goes to `TrainingConfig.applying`,
/// the one function that puts changes and their implications into a configuration.
package struct SettingChange: Equatable, Sendable, CustomStringConvertible {
    package let setting: Setting
    package let value: SettingValue

    package init(_ setting: Setting, _ value: SettingValue) {
        self.setting = setting
        self.value = value
    }

    /// The lesson lock this change needs open.
    package var lock: String { setting.lock }

    package var description: String { "\(setting.key): \(value)" }

    package static func == (a: SettingChange, b: SettingChange) -> Bool {
        a.setting.key == b.setting.key && a.value == b.value
    }
}
