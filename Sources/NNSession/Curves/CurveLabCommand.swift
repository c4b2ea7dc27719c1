import NNCore

/// A change to the curve lab, applied at a step boundary and logged with its step, so
/// that a replay is the logged commands fed back at their steps (ARCHITECTURE.md,
/// invariant 2).
package enum CurveLabCommand: Equatable, Sendable {
    /// A new target, with its own interval and default noise: new data, every model anew.
    case setTarget(CurveTarget.Kind)
    /// New data (and every model anew) at this noise, count or seed.
    case setNoise(Double)
    case setPoints(Int)
    case setSeed(UInt64)
    /// A new closed form; gradient descent starts again from β = 0.
    case setDegree(Int)
    case setL2(Double)
    /// The rule for descent and network (their state is zeroed, as a new torch.optim would).
    case setOptimizer(OptimizerKind)
    /// The learning rate (state kept).
    case setLearningRate(Double)
    /// A new network of this shape (a fresh draw).
    case setHidden([Int])
    case setActivation(Activation)
    /// Steps per second while playing (nil: as fast as possible).
    case setSpeed(Int?)
    case play
    case pause
    /// One step of descent and network (while paused).
    case step
    /// Descent back to β = 0 and the network to its initial draw.
    case reset
    /// A lesson step's goal, judged by the lab after every command and step from now on
    /// (nil: none); `CurveLab.goalMetAt` records when it first holds. Lesson screen and
    /// `nnplay lesson check` judge through this one path.
    case watchGoal([CurveLabGoal]?)
}
