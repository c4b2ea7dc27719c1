import NNCore

/// What a command does to the lab's settings: one rule, used by the engine's state and
/// by the screen (which shows a change at once, before the engine reports it).
extension LandscapeLabSetup {
    /// Applies the settings part of `command`; returns whether the race must restart
    /// (false also for a command that cannot apply, which changes nothing). A new
    /// surface clears `start` (the state puts the surface's default start there).
    @discardableResult
    package mutating func apply(_ command: LandscapeLabCommand) -> Bool {
        switch command {
        case .setFunction(let kind):
            function = kind
            start = nil
        case .setCondition(let value):
            guard LandscapeFunction.conditionRange.contains(value) else { return false }
            condition = value
        case .setStart(let x, let y):
            guard x.isFinite, y.isFinite, abs(x) <= 1e6, abs(y) <= 1e6 else { return false }
            start = [x, y]
        case .setSeed(let value):
            seed = value
        case .setMethod(let slot, let method):
            guard methods.indices.contains(slot), method.problem == nil else { return false }
            methods[slot] = method
        case .addMethod(let method):
            guard methods.count < LandscapeLabState.maxMethods, method.problem == nil else { return false }
            methods.append(method)
        case .removeMethod(let slot):
            guard methods.count > 1, methods.indices.contains(slot) else { return false }
            methods.remove(at: slot)
        case .reset:
            return true
        case .setPace(let rate):
            guard rate.map({ $0 >= 1 }) ?? true else { return false }
            stepsPerSecond = rate
            return false
        case .step, .play, .pause, .watchGoal, .unknown:
            return false
        }
        return true
    }
}
