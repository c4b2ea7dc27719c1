import NNCore

/// Every change a student can make to the playground, as a value.
///
/// The UI turns keys and clicks into commands and sends them to the `Engine`; the
/// engine applies each one between two training steps and logs it with the session
/// step at which it took effect (`LoggedCommand`). A replay feeds the same commands
/// back at the same steps through the same `PlaygroundState.apply`, so live play and
/// replay cannot drift apart (ARCHITECTURE.md, invariants 1 and 2).
///
/// JSON (one object per command, always with a `"kind"` discriminator; see
/// `Command+Codable.swift`):
///
/// ```
/// {"kind":"configure","config":{…a TrainingConfig…}}
/// {"kind":"resetWeights"}
/// {"kind":"regenerateData"}
/// {"kind":"addPoint","x1":1.5,"x2":-2,"label":1}
/// {"kind":"play"}
/// {"kind":"pause"}
/// {"kind":"step"}
/// {"kind":"run","epochs":20}
/// {"kind":"restart","config":{…a TrainingConfig…}}
/// {"kind":"watchGoal","goal":{"conditions":["test-loss < 0.1"],"within":30}}   (no "goal": stop watching)
/// {"kind":"setSpeed","stepsPerSecond":30}      (no "stepsPerSecond" = as fast as possible)
/// {"kind":"setPace","epochsPerSecond":60}      ("stepsPerSecond":5 instead; neither = as fast as possible)
/// {"kind":"setWeight","layer":0,"neuron":2,"input":1,"value":0.5}   (no "input": the neuron's bias)
/// ```
///
/// A kind this version does not know decodes to `.unknown(kind:)`, which `apply`
/// ignores, so a newer session file still replays what this version understands.
package enum Command: Equatable, Sendable {
    /// Any change of settings: the whole new configuration. The state works out what
    /// has to be rebuilt (see `PlaygroundState.apply`): optimizer, schedule, clipping,
    /// regularization, batch size and shuffling change live; the network's shape,
    /// activation, head, loss or initializer rebuild the network; the dataset or the
    /// seed also rebuild the data.
    case configure(TrainingConfig)
    /// Fresh initial weights (a new draw each time), counters back to zero.
    case resetWeights
    /// A new draw of the dataset (`config.dataset.generation` + 1) and a fresh network.
    case regenerateData
    /// A training point added by clicking on the plane (TensorFlow Playground style):
    /// it joins the training set and training carries on.
    case addPoint(Sample)
    /// Start training continuously (ignored while diverged: reset first).
    case play
    /// Stop training; the engine idles.
    case pause
    /// One training step (the `.` key), whether playing or paused.
    case step
    /// Start over in this configuration: paused, with exactly the points and weights
    /// a new playground on it would have (what `nnplay lesson check` starts a lesson
    /// step from). Only the session's step counter carries on.
    case restart(TrainingConfig)
    /// Train this many more epochs of the current network, then pause by itself (a
    /// lesson step's automatic run: exact, whatever the speed of the screen). Any
    /// later play, pause, reset or change of settings cancels the rest.
    case run(epochs: Int)
    /// Check this lesson goal after every command and epoch (nil: none); see
    /// `PlaygroundState+Goal.swift`.
    case watchGoal(LessonGoal?)
    /// Cap training at this many steps per second; nil trains as fast as possible.
    /// Sessions recorded before paces in epochs per second carry it; it sets
    /// `Pace.stepsPerSecond` (or `.max`) and replays as it always did.
    case setSpeed(stepsPerSecond: Int?)
    /// Train at this pace (`+`/`-`, `--speed`): when steps happen, never what they compute.
    case setPace(Pace)
    /// One weight typed in by the student (weight `layer` 0 reads the features): from
    /// input `input` to neuron `neuron`, or the neuron's bias when `input` is nil.
    /// Recorded like every change, so a replay carries the same edit at the same step.
    case setWeight(layer: Int, neuron: Int, input: Int?, value: Double)
    /// A command kind from a newer version, read from a file: ignored when applied.
    case unknown(kind: String)

    /// The `"kind"` written in JSON.
    package var kind: String {
        switch self {
        case .configure: return "configure"
        case .resetWeights: return "resetWeights"
        case .regenerateData: return "regenerateData"
        case .addPoint: return "addPoint"
        case .play: return "play"
        case .pause: return "pause"
        case .step: return "step"
        case .run: return "run"
        case .restart: return "restart"
        case .watchGoal: return "watchGoal"
        case .setSpeed: return "setSpeed"
        case .setPace: return "setPace"
        case .setWeight: return "setWeight"
        case .unknown(let kind): return kind
        }
    }

    /// The fastest speed cap accepted by `setSpeed` (anything above is "max" in practice).
    package static let maxStepsPerSecond = Pace.maxStepsPerSecond
}
