import NNCore

/// One variant of a race: its own playground (settings, network, history) on the
/// race's shared points, with a name and a number that stays with it while others are
/// added and removed (so the screen's colours and the engine's bookkeeping follow it).
package struct RaceEntrant: Sendable {
    /// Given when the variant joined the race, never reused within a race.
    package let id: Int
    /// What the variant is called: its `--variant` text, its lesson name, or
    /// `copy of …` for one added on the screen.
    package var name: String
    package internal(set) var playground: PlaygroundState

    package init(id: Int, name: String, playground: PlaygroundState) {
        self.id = id
        self.name = name
        self.playground = playground
    }

    /// The settings in force.
    package var config: TrainingConfig { playground.config }
    /// True once the variant's training blew up (NaN or infinity).
    package var isDiverged: Bool { playground.trainer.divergedAtStep != nil }
}
