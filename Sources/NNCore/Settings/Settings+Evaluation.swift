/// How the network's outputs are read, never what training computes: the decision
/// threshold of two-class problems. Changing it re-scores the same network (the
/// engine applies it live, as a recorded `configure`, without restarting training).
extension Settings {
    /// Two classes: a score P(class 1) at least this is called class 1
    /// (`DecisionThreshold`). ← and → move it by 0.05 (`Ladder.threshold`); the
    /// evaluation inspector's `[` `]` and a click on its ROC curve set it too.
    package static let threshold = Setting(
        key: "threshold", aliases: ["decision-threshold"], label: "threshold",
        help: "Two classes: a point whose score P(class 1) is at least this is called class 1 "
            + "(accuracy, confusion matrix, precision/recall/F1/MCC, ROC point, lesson goals), 0 to 1",
        valueName: "t", kind: .number,
        range: SettingRange("must be between 0 and 1") { DecisionThreshold.range.contains($0) },
        ladder: .threshold, fronts: [.flag, .lesson],
        read: { .number($0.threshold) }, write: { c, v in c.threshold = v.number ?? c.threshold })
}
