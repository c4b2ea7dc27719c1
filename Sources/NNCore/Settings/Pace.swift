/// How fast the playground trains while playing: a number of single steps per second
/// (to watch one update at a time), a number of epochs per second (as the status line
/// counts), or as fast as the machine goes.
///
/// Pacing decides only *when* the engine takes its steps, never what a step computes:
/// the same session gives the same bits at any pace (ARCHITECTURE.md, invariant 1).
/// That is why it is a setting of its own scope (`Settings.speed`, `Setting.Scope.pace`)
/// and not part of `TrainingConfig`: the engine holds it (`PlaygroundState.pace`) and
/// a change travels as `Command.setPace`.
/// An epochs-per-second pace becomes steps per second through the current steps per
/// epoch (`Trainer.stepsPerEpoch`), so it stays right when the batch size changes or a
/// point is added.
package enum Pace: Hashable, Sendable {
    /// This many training steps (one batch each) per second.
    case stepsPerSecond(Int)
    /// This many epochs per second.
    case epochsPerSecond(Int)
    /// As fast as possible.
    case max

    /// The pace a new playground on a terminal starts at: TensorFlow Playground's, one
    /// epoch per animation frame of a 60 Hz browser, so 60 epochs per second. nnplay
    /// draws up to 40 frames per second by default, which makes it about one and a half
    /// epochs per frame drawn: every frame shows a little progress, the circle forms
    /// over a few seconds and the spiral over tens of seconds, and training costs a few
    /// percent of one core (issue 10). `--speed max` trains as fast as possible instead.
    package static let watchable = Pace.epochsPerSecond(60)

    /// The fastest epochs-per-second pace accepted (anything above is "max" in practice).
    package static let maxEpochsPerSecond = 100_000
    /// The fastest steps-per-second pace accepted (anything above is "max" in practice).
    package static let maxStepsPerSecond = 1_000_000

    /// The steps per second this pace asks for when an epoch is `stepsPerEpoch` steps;
    /// nil for as fast as possible.
    package func stepRate(stepsPerEpoch: Int) -> Int? {
        switch self {
        case .stepsPerSecond(let rate): return rate
        case .epochsPerSecond(let rate): return rate * Swift.max(1, stepsPerEpoch)
        case .max: return nil
        }
    }

    /// Why this pace cannot be used, or nil when it can.
    package var problem: String? {
        switch self {
        case .stepsPerSecond(let rate) where !(1...Pace.maxStepsPerSecond).contains(rate):
            return "a pace must be 1 to \(NumberText.grouped(Pace.maxStepsPerSecond)) steps per second (got \(rate))"
        case .epochsPerSecond(let rate) where !(1...Pace.maxEpochsPerSecond).contains(rate):
            return "a pace must be 1 to \(NumberText.grouped(Pace.maxEpochsPerSecond)) epochs per second (got \(rate))"
        default:
            return nil
        }
    }

    /// The pace of an old `setSpeed` command: that many steps per second, nil for max.
    package init(stepsPerSecond: Int?) {
        self = stepsPerSecond.map(Pace.stepsPerSecond) ?? .max
    }
}
