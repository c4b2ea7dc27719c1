/// How fast the playground trains while a student watches: a setting of scope
/// `.pace` (see `Setting.Scope`), since the pace changes only when steps happen,
/// never what they compute. A lesson's setup may set it (`speed: 10`) and lock it
/// (`lock: speed`); `--speed` of `nnplay play` and `nnplay lesson` reads it by the
/// same rule; `+` and `-` step it along `SpeedLadder`. `nnplay train` has no pace: it
/// trains as fast as it can.
extension Settings {
    package static let speed = Setting(
        key: "speed", aliases: ["pace"], label: "pace",
        help: "How fast training goes on screen (+ and - change it): \(Pace.syntax); "
            + "it changes only when steps happen, never what they compute",
        defaultNote: "(default \(Pace.watchable.text), TensorFlow Playground's pace)", valueName: "pace", kind: .pace,
        fronts: [.screenFlag, .lesson], scope: .pace,
        read: { _ in .pace(Pace.watchable) }, write: { _, _ in })
}

extension Array where Element == SettingChange {
    /// The pace the last `speed` change of the list asks for; nil when none does.
    package var pace: Pace? {
        for change in reversed() where change.setting.scope == .pace {
            if case .pace(let pace) = change.value { return pace }
        }
        return nil
    }
}
