import NNCore

/// A change to the landscape lab: every key and click becomes one of these, applied
/// by `LandscapeLabState.apply` at a step boundary and logged with its session step,
/// so a replay is the logged commands fed back at their steps.
///
/// Changing the surface, the start, the seed or any method restarts the race: every
/// method begins again from the start at iteration 0, so the race stays fair (all
/// methods run the same number of iterations on the same surface).
package enum LandscapeLabCommand: Equatable, Sendable {
    /// Another surface: the race restarts from its default start, the minima found so far are forgotten.
    case setFunction(LandscapeFunction.Kind)
    /// The ravine's condition number κ (ignored unless in `LandscapeFunction.conditionRange`).
    case setCondition(Double)
    /// Where every method starts (x, y).
    case setStart(x: Double, y: Double)
    /// The seed of the population methods' random choices.
    case setSeed(UInt64)
    /// Replaces the method in slot `slot` (0-based) with `method`.
    case setMethod(slot: Int, method: LandscapeMethod)
    /// Adds a method to the race (at most `LandscapeLabState.maxMethods`).
    case addMethod(LandscapeMethod)
    /// Removes the method in slot `slot` (the last one stays).
    case removeMethod(slot: Int)
    /// Every method back to the start, iteration 0.
    case reset
    /// One iteration of every method (also while paused).
    case step
    case play
    case pause
    /// Iterations per second while playing; nil: as fast as possible.
    case setPace(stepsPerSecond: Int?)
    /// Judge a lesson step's goal after this command and every iteration from now on
    /// (nil: none), noting the first moment it holds; changes nothing else.
    case watchGoal([LandscapeGoal]?)
    /// A command from a newer nnplay, read from a session file: ignored.
    case unknown(kind: String)

    /// The name of the case, as session files write it.
    package var kind: String {
        switch self {
        case .setFunction: return "setFunction"
        case .setCondition: return "setCondition"
        case .setStart: return "setStart"
        case .setSeed: return "setSeed"
        case .setMethod: return "setMethod"
        case .addMethod: return "addMethod"
        case .removeMethod: return "removeMethod"
        case .reset: return "reset"
        case .step: return "step"
        case .play: return "play"
        case .pause: return "pause"
        case .setPace: return "setPace"
        case .watchGoal: return "watchGoal"
        case .unknown(let kind): return kind
        }
    }
}
