import NNCore

/// One playground setting a lesson's `setup` or `solution` block gives, as a typed
/// value: every field of a `TrainingConfig` a student can change.
///
/// Written `key: value` with the names of `nnplay train`'s flags (see
/// `LessonSetting+Parse.swift` and `lessons/README.md`).
public enum LessonSetting: Equatable, Sendable {
    /// Where the points come from: a built-in dataset or a CSV file.
    public enum DataName: Equatable, Sendable {
        case builtIn(DatasetKind)
        /// A CSV file: a name in the shipped `datasets/` folder (`iris`), or a path
        /// relative to the lesson file.
        case csv(String)
    }

    case dataset(DataName)
    case noise(Double)
    case testRatio(Double)
    case points(Int)
    case classes(Int)
    case features([Feature])
    case hidden([Int])
    case activation(Activation)
    case output(OutputHead)
    case loss(LossKind)
    case initializer(Initializer)
    case optimizer(OptimizerKind)
    case learningRate(Double)
    case momentum(Double)
    case nesterov(Bool)
    case beta1(Double)
    case beta2(Double)
    case eps(Double)
    case alpha(Double)
    case weightDecay(Double)
    case schedule(LearningRateSchedule.Kind)
    case scheduleGamma(Double)
    case scheduleStep(Int)
    /// Clip the gradient's norm; nil for no clipping.
    case clip(Double?)
    case l1(Double)
    case l2(Double)
    case dropout(Double)
    /// Points per update; `ArgumentValues.fullBatch`-style `Limits.maxPoints` for "full".
    case batch(Int)
    case shuffle(Bool)
    case seed(UInt64)

    /// The control this setting changes (what a lock must name to freeze it).
    public var control: LessonControl {
        switch self {
        case .dataset: return .dataset
        case .noise: return .noise
        case .testRatio: return .testRatio
        case .points: return .points
        case .classes: return .classes
        case .features: return .features
        case .hidden: return .hidden
        case .activation: return .activation
        case .output: return .output
        case .loss: return .loss
        case .initializer: return .initializer
        case .optimizer: return .optimizer
        case .learningRate: return .learningRate
        case .momentum: return .momentum
        case .nesterov: return .nesterov
        case .beta1: return .beta1
        case .beta2: return .beta2
        case .eps: return .eps
        case .alpha: return .alpha
        case .weightDecay: return .weightDecay
        case .schedule, .scheduleGamma, .scheduleStep: return .schedule
        case .clip: return .clip
        case .l1, .l2, .dropout: return .regularization
        case .batch: return .batch
        case .shuffle: return .shuffle
        case .seed: return .seed
        }
    }

    /// The batch size that stands for "the whole training set".
    public static let fullBatch = TrainingConfig.Limits.maxPoints
}
