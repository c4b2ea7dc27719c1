import NNCore

extension LandscapeLesson {
    /// Every step's lab setup, in order (`nnplay lesson ID` resolves them all before
    /// the lab opens, so a broken step is refused with its line before the screen takes over).
    package func resolvedSetups() throws(InputError) -> [LandscapeLabSetup] {
        try steps.indices.map { index throws(InputError) in try resolvedSetup(ofStep: index) }
    }

    /// The commands that turn a lab in `current` into `target`, as keys would: paused,
    /// the surface, κ and seed, the race's methods, the start, the pace. The race
    /// restarts on the way, so the step begins at iteration 0 as the checker's rehearsal
    /// does (the minima found are forgotten when the surface changes).
    package static func entryCommands(from current: LandscapeLabSetup,
                                      to target: LandscapeLabSetup) -> [LandscapeLabCommand] {
        var commands: [LandscapeLabCommand] = [.pause, .setFunction(target.function), .setCondition(target.condition),
                                               .setSeed(target.seed)]
        commands += Array(repeating: LandscapeLabCommand.removeMethod(slot: 1), count: max(0, current.methods.count - 1))
        if let first = target.methods.first { commands.append(.setMethod(slot: 0, method: first)) }
        commands += target.methods.dropFirst().map(LandscapeLabCommand.addMethod)
        let start = target.start ?? LandscapeFunction(target.function, condition: target.condition).defaultStart
        commands.append(.setStart(x: start[0], y: start[1]))
        commands.append(.setPace(stepsPerSecond: target.stepsPerSecond))
        return commands
    }
}
