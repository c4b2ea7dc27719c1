import NNCore

/// What each race command does (see `RaceLabCommand`). A command to every variant is
/// applied to each in turn with the playground's own rules (`PlaygroundState.apply`);
/// it is refused only when every variant refused it (play while all have diverged,
/// say), and the refusals of some are shown. A command to one variant that would change
/// the data changes it for every variant, all or none.
extension RaceState {
    /// Applies `command` now, between two steps.
    package mutating func apply(_ command: RaceLabCommand) {
        version += 1
        lastRejection = nil
        let wasMet = goalMetAt != nil
        defer { pauseIfGoalJustMet(wasMet: wasMet) }
        do throws(InputError) {
            switch command {
            case .all(let inner):
                try applyToAll(inner)
            case .variant(let id, let inner):
                try applyToOne(id, inner)
            case .add(let id, let name):
                guard let i = index(of: id) else { throw InputError("no variant \(id) in this race") }
                guard entrants.count < RaceState.variantCounts.upperBound else {
                    throw InputError("a race has at most \(RaceState.variantCounts.upperBound) variants")
                }
                entrants.append(RaceEntrant(id: nextID, name: name, playground: entrants[i].playground))
                nextID += 1
            case .remove(let id):
                guard let i = index(of: id) else { throw InputError("no variant \(id) in this race") }
                guard entrants.count > RaceState.variantCounts.lowerBound else {
                    throw InputError("a race has at least \(RaceState.variantCounts.lowerBound) variants")
                }
                entrants.remove(at: i)
            }
        } catch {
            lastRejection = CommandRejection(sessionStep: sessionStep, kind: command.kind, message: error.message)
        }
    }

    private mutating func applyToAll(_ command: NNSession.Command) throws(InputError) {
        switch command {
        case .step:
            // One race step, so that the race's clock counts it.
            guard step() else { throw InputError("every variant has diverged: reset the weights first") }
            return
        case .play, .pause, .run, .resetWeights, .regenerateData, .addPoint:
            break
        case .setPace(let new):
            try setPace(new)
        case .setSpeed(let rate):
            try setPace(Pace(stepsPerSecond: rate))
        default:
            throw InputError("'\(command.kind)' is not a command for every variant of a race")
        }
        var refusals: [String] = []
        for i in entrants.indices {
            entrants[i].playground.apply(command)
            if let refusal = entrants[i].playground.lastRejection {
                refusals.append("\(entrants[i].name): \(refusal.message)")
                entrants[i].playground.lastRejection = nil
            }
        }
        if refusals.count == entrants.count { throw InputError(refusals[0]) }
        if !refusals.isEmpty { lastRejection = CommandRejection(sessionStep: sessionStep, kind: "all." + command.kind,
                                                                message: refusals.joined(separator: "; ")) }
    }

    private mutating func applyToOne(_ id: Int, _ command: NNSession.Command) throws(InputError) {
        guard let i = index(of: id) else { throw InputError("no variant \(id) in this race") }
        switch command {
        case .configure(let new), .restart(let new):
            guard RaceState.dataMismatch(entrants[i].config, new) != nil else {
                try applyChecked(command, to: i)
                return
            }
            // New data for one is new data for all: each keeps its own other settings
            // (and a restart of one to new data restarts every variant on them).
            var restart = false
            if case .restart = command { restart = true }
            var next = self
            for j in next.entrants.indices {
                var config = j == i ? new : next.entrants[j].config
                config.dataset = new.dataset
                config.seed = new.seed
                try next.applyChecked(restart ? .restart(config) : .configure(config), to: j)
            }
            entrants = next.entrants
        case .resetWeights, .setWeight, .watchGoal:
            try applyChecked(command, to: i)
        default:
            throw InputError("'\(command.kind)' goes to every variant of a race, not to one")
        }
    }

    /// The race's pace, held by every variant too (checked by the one rule, `Pace.problem`).
    private mutating func setPace(_ new: Pace) throws(InputError) {
        if let problem = new.problem { throw InputError(problem) }
        pace = new
    }

    /// Applies `command` to variant `i`, throwing its refusal.
    private mutating func applyChecked(_ command: NNSession.Command, to i: Int) throws(InputError) {
        entrants[i].playground.apply(command)
        if let refusal = entrants[i].playground.lastRejection {
            entrants[i].playground.lastRejection = nil
            throw InputError("\(entrants[i].name): \(refusal.message)")
        }
    }
}
