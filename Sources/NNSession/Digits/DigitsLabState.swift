import NNCore

/// The digits lab as one pure value on the engine: the playground's state trained on the
/// 8×8 digits. Every playground command means the same here (`PlaygroundState.apply`),
/// so settings, play and pause, resets, runs and lesson goals, and with them recording
/// and replay, work as they do in the playground: a replay is the logged commands fed
/// back at their steps. The pad the student draws on is not part of it: it is the
/// screen's request (`DigitsRequest`), which changes what is computed for the screen,
/// never what training computes, and so is never logged.
package struct DigitsLabState: Sendable {
    package internal(set) var playground: PlaygroundState

    /// The lab on `digits` (the shipped images as `DigitsDataset.dataset`) with `config`
    /// (`DigitsDataset.defaultConfig` unless a lesson or flags say otherwise), paused.
    package init(config: TrainingConfig, digits: Dataset, historyCapacity: Int = 256) throws(InputError) {
        guard digits.inputWidth == DigitsDataset.pixels else {
            throw InputError("the digits lab needs the 8x8 digits (64 inputs); this data has \(digits.inputWidth)")
        }
        playground = try PlaygroundState(config: config, csv: digits, historyCapacity: historyCapacity)
    }

    /// A lab around an existing playground state on the digits (a replay's initial state).
    package init(playground: PlaygroundState) {
        self.playground = playground
    }

    package var sessionStep: Int { playground.sessionStep }
    package var isPlaying: Bool { playground.isPlaying }
    package var stepsPerSecond: Int? { playground.stepsPerSecond }
    package var version: Int { playground.version }
    /// How fast the engine trains while playing (see `PlaygroundState.pace`: never what is computed).
    package var pace: Pace {
        get { playground.pace }
        set { playground.pace = newValue }
    }
    package var config: TrainingConfig { playground.config }

    package mutating func apply(_ command: Command) {
        playground.apply(command)
    }

    @discardableResult
    package mutating func step() -> Bool {
        playground.step()
    }

    /// What the screen draws about the network now (`DigitsReadout`), for `pad`.
    package func readout(pad: [UInt8]?) -> DigitsReadout {
        DigitsReadout(network: playground.trainer.network, test: playground.trainer.split.test, pad: pad)
    }
}

/// What the digits screen asks the engine for: the drawing on its pad (64 ink levels
/// 0…16, row by row), whose class probabilities the engine computes with each readout.
package struct DigitsRequest: Sendable, Equatable {
    package var pad: [UInt8]

    package init(pad: [UInt8]) {
        self.pad = pad
    }
}

/// One frame's worth of the digits lab: the playground's snapshot (settings, losses,
/// history, counters) and the readout of its network, both computed on the engine's thread.
package struct DigitsSnapshot: Sendable {
    package let playground: Snapshot
    /// Nil only before the first publication of the engine.
    package let readout: DigitsReadout?
    /// The pad the readout's probabilities belong to.
    package let pad: [UInt8]?
    /// Grows with the state's version and with every new pad: unchanged means nothing
    /// to draw again.
    package let version: Int
    /// The test accuracy over the epochs of the current network (for drawing only).
    package let accuracy: AccuracyHistory

    package init(playground: Snapshot, readout: DigitsReadout?, pad: [UInt8]?, padRevision: Int = 0,
                accuracy: AccuracyHistory = AccuracyHistory()) {
        self.playground = playground
        self.readout = readout
        self.pad = pad
        self.accuracy = accuracy
        version = playground.version &+ padRevision
    }
}
