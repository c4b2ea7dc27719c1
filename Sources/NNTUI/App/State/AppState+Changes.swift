import NNCore
import NNSession

/// Changing settings: every change is checked with `TrainingConfig.validate` and sent
/// as one `Command.configure` (the engine decides what has to be rebuilt). A change
/// that draws new points while the student has added some by clicking asks first.
extension AppState {
    /// Sends `new` if it is valid; otherwise keeps the old settings and shows why.
    /// Returns the commands (none if refused or waiting for a yes).
    mutating func propose(_ new: TrainingConfig) -> [Command] {
        if let problem = validationProblem(new) {
            message = problem
            return []
        }
        return commit(new, commands: [.configure(new)])
    }

    /// Why `new` is not acceptable (nil if it is), in the panel's words.
    func validationProblem(_ new: TrainingConfig) -> String? {
        do throws(InputError) {
            try new.validate(for: CSVChoice.problem(of: new.dataset, csv: csv))
            return nil
        } catch {
            return AppState.friendly(error.message)
        }
    }

    /// Takes on `new` and returns `commands`, or asks first when that would drop
    /// points added by clicking.
    mutating func commit(_ new: TrainingConfig, commands: [Command]) -> [Command] {
        guard new != config || commands != [.configure(new)] else { return [] }
        if let locked = lessonLockProblem(new) {
            message = locked
            return []
        }
        let newData = new.dataset != config.dataset || new.seed != config.seed
        if newData && addedPoints > 0 {
            let points = addedPoints == 1 ? "the point" : "the \(addedPoints) points"
            confirmation = Confirmation(question: "New data drops \(points) you added. Go on?", config: new,
                                        commands: commands)
            return []
        }
        return apply(new, commands: commands)
    }

    /// Takes on `new` without asking.
    mutating func apply(_ new: TrainingConfig, commands: [Command]) -> [Command] {
        if new.dataset != config.dataset || new.seed != config.seed { addedPoints = 0 }
        // A new network is not diverged; the engine reports it back if it still is.
        if new != config { divergedAtStep = nil }
        if case .classification(let k) = CSVChoice.problem(of: new.dataset, csv: csv), clickClass >= k {
            clickClass = 1
        }
        config = new
        keepFocusVisible()
        return commands
    }

    /// A yes/no answer: `y` or Enter applies the change, `n` or Esc keeps things as
    /// they are, `q` still quits; anything else waits for an answer.
    mutating func handleConfirmation(_ event: InputEvent) -> [Command] {
        guard let pending = confirmation else { return [] }
        switch event {
        case .character("y"), .character("Y"), .enter:
            confirmation = nil
            addedPoints = 0
            return apply(pending.config, commands: pending.commands)
        case .character("n"), .character("N"), .escape:
            confirmation = nil
            message = "nothing changed"
        case .character("q"):
            shouldQuit = true
        default:
            break
        }
        return []
    }

    /// Enter on a button, or its key (`g`).
    mutating func trigger(_ control: ControlID) -> [Command] {
        guard control == .regenerate else { return [] }
        var new = config
        new.dataset.generation += 1
        return commit(new, commands: [.regenerateData])
    }

    /// Feature on or off (keys 1–7, a click on the feature); the last one stays on.
    mutating func toggleFeature(_ feature: Feature) -> [Command] {
        var new = config
        if new.features.contains(feature) {
            guard new.features.count > 1 else {
                message = "the network needs at least one input feature"
                return []
            }
            new.features.removeAll { $0 == feature }
        } else {
            // Keep the panel's order (x1, x2, x1², …) whatever order they were switched on in.
            new.features = Feature.allCases.filter { new.features.contains($0) || $0 == feature }
        }
        return propose(new)
    }

    /// The + and − buttons above the hidden layers.
    mutating func changeLayers(by direction: Int) -> [Command] {
        guard let new = ControlID.hidden.stepped(config, by: direction, csv: csv) else { return [] }
        return propose(new)
    }

    /// The + and − buttons above hidden layer `layer`.
    mutating func changeNeurons(layer: Int, by direction: Int) -> [Command] {
        guard config.hiddenLayers.indices.contains(layer) else { return [] }
        var new = config
        new.hiddenLayers[layer] += direction
        let neurons = new.hiddenLayers[layer]
        guard neurons >= 1, direction < 0 || neurons <= ControlID.buttonNeuronLimit else { return [] }
        return propose(new)
    }
}
