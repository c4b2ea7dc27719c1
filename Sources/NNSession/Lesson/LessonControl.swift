/// A playground control a lesson step can lock, named as `nnplay train` spells the
/// flag (`lr`, `hidden`, `init`, ...), so a teacher learns one vocabulary.
///
/// A TUI maps its own controls onto these: its "regenerate data" and "problem" rows
/// count as `dataset`, its regularization rows as `regularization`.
public enum LessonControl: String, CaseIterable, Codable, Hashable, Sendable {
    case dataset, noise
    case testRatio = "test-ratio"
    case points, classes, features, hidden, activation, output, loss
    case initializer = "init"
    case optimizer
    case learningRate = "lr"
    case momentum, nesterov, beta1, beta2, eps, alpha
    case weightDecay = "weight-decay"
    /// The learning-rate schedule with its gamma and step.
    case schedule = "lr-schedule"
    case clip
    /// L1, L2 and dropout together (the playground shows them as one choice and a rate).
    case regularization
    case batch, shuffle, seed

    /// The control named `name` (a setting key such as `l2` or `lr-gamma` names the
    /// control it belongs to), or nil.
    public init?(name: String) {
        let key = name.lowercased()
        switch key {
        case "l1", "l2", "dropout": self = .regularization
        case "lr-gamma", "lr-step": self = .schedule
        case "learning-rate": self = .learningRate
        case "initializer": self = .initializer
        default:
            guard let control = LessonControl(rawValue: key) else { return nil }
            self = control
        }
    }
}
