import NNCore

/// Two to four variants of one setup training side by side, as one pure value: each
/// variant is a `PlaygroundState` (its own settings and network), all on the same
/// points, all starting from the same initial weights where their shapes and
/// initializers agree (the weights come from the shared seed), all seeing their
/// batches in the same order (the shuffling stream comes from the seed too).
///
/// **Lockstep**: one `step()` steps each running variant once, so a variant in a race
/// goes through exactly the steps it would go through alone and ends with the same
/// bits (`RaceStateTests`, and `nnplay race` against `nnplay train`). A variant that
/// diverges, stops early or finishes its `run` simply stops stepping; the others go on.
///
/// No threads, no clocks, no I/O: the same variants and the same (session step,
/// command) pairs give the same bits (`RaceState+Replay.swift`).
package struct RaceState: Sendable {
    /// How many variants a race has.
    package static let variantCounts = 2...4
    package internal(set) var entrants: [RaceEntrant]
    /// Race steps since the session began: the command log's clock.
    package internal(set) var sessionStep = 0
    /// Increases with every step and every applied command.
    package internal(set) var version = 0
    /// Why the most recent command was refused; nil after one that succeeded.
    package internal(set) var lastRejection: CommandRejection?
    /// How fast the engine steps the race while playing (every variant holds it too).
    package internal(set) var pace: Pace = .max
    /// The id the next added variant gets.
    package internal(set) var nextID: Int

    /// A race of `variants` (name and settings each) on the same data: every config must
    /// describe the same points (dataset and seed); `csv` are the points of a CSV
    /// dataset. Throws for a wrong count, differing data or an invalid config.
    package init(variants: [(name: String, config: TrainingConfig)], csv: Dataset? = nil,
                historyCapacity: Int = 256) throws(InputError) {
        guard RaceState.variantCounts.contains(variants.count) else {
            throw InputError("a race has 2 to 4 variants (got \(variants.count))")
        }
        let first = variants[0].config
        var entrants: [RaceEntrant] = []
        for (index, variant) in variants.enumerated() {
            if let problem = RaceState.dataMismatch(first, variant.config) {
                throw InputError("variant '\(variant.name)': \(problem)")
            }
            do throws(InputError) {
                let playground = try PlaygroundState(config: variant.config, csv: csv, historyCapacity: historyCapacity)
                entrants.append(RaceEntrant(id: index, name: variant.name, playground: playground))
            } catch {
                throw InputError("variant '\(variant.name)': \(error.message)", path: error.path, line: error.line)
            }
        }
        self.entrants = entrants
        nextID = entrants.count
    }

    /// Why two configurations cannot race (they would train on different points), or nil.
    static func dataMismatch(_ a: TrainingConfig, _ b: TrainingConfig) -> String? {
        if a.dataset != b.dataset { return "a race's variants share their data: the dataset settings must agree" }
        if a.seed != b.seed { return "a race's variants share their data and seed: the seed must agree (a seed sweep is 'nnplay sweep')" }
        return nil
    }

    /// True while any variant trains continuously (the engine steps the race then).
    package var isPlaying: Bool { entrants.contains { $0.playground.isPlaying } }

    /// The pace in race steps per second: enough steps for the variant with the most
    /// steps per epoch to keep an epochs-per-second pace; nil for as fast as possible.
    package var stepsPerSecond: Int? {
        pace.stepRate(stepsPerEpoch: entrants.map(\.playground.trainer.stepsPerEpoch).max() ?? 1)
    }

    /// The position of the variant with `id`, if it is in the race.
    package func index(of id: Int) -> Int? {
        entrants.firstIndex { $0.id == id }
    }

    /// One race step: each playing variant takes one training step; while nothing plays
    /// (a single step asked for, or a replay catching up), each variant that has not
    /// diverged does. Returns false (and counts no step) when no variant could step.
    /// The step that meets a lesson's goal pauses the race (`RaceState+Goal.swift`).
    @discardableResult
    package mutating func step() -> Bool {
        let playing = isPlaying
        let wasMet = goalMetAt != nil
        var stepped = false
        for i in entrants.indices where playing ? entrants[i].playground.isPlaying : !entrants[i].isDiverged {
            if entrants[i].playground.step() { stepped = true }
        }
        guard stepped else { return false }
        sessionStep += 1
        version += 1
        pauseIfGoalJustMet(wasMet: wasMet)
        return true
    }
}
