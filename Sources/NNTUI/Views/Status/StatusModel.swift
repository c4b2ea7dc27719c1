import NNCore

/// The figures of the status line, as the app reads them from the latest snapshot
/// and its own frame clock.
package struct StatusModel: Sendable {
    package var isRunning: Bool
    package var epoch: Int
    package var step: Int
    package var trainLoss: Double
    /// NaN when there is no test set.
    package var testLoss: Double
    /// Fractions 0…1; nil for regression.
    package var trainAccuracy: Double?
    package var testAccuracy: Double?
    package var epochsPerSecond: Double
    package var framesPerSecond: Double
    /// The pace chosen with `+`/`-` (`60 epochs/s`) and its narrow form (`60 ep/s`);
    /// nil where it means nothing (a replay goes at the replay's own speed).
    package var pace: (text: String, short: String)?
    /// The step whose update produced NaN or infinity; training is paused.
    package var divergedAtStep: Int?
    /// GA or CMA-ES: the population's spread (σ for CMA-ES).
    package var evolution: EvolutionStatus?
    /// What an epoch is called: a generation under GA and CMA-ES (`OptimizerKind.epochName`).
    package var epochName: EpochName
    /// A short note on the last action ("data regenerated"), shown while it is fresh.
    package var message: String?

    package init(isRunning: Bool = false, epoch: Int = 0, step: Int = 0, trainLoss: Double = .nan,
                testLoss: Double = .nan, trainAccuracy: Double? = nil, testAccuracy: Double? = nil,
                epochsPerSecond: Double = 0, framesPerSecond: Double = 0, divergedAtStep: Int? = nil,
                message: String? = nil, pace: (text: String, short: String)? = nil, evolution: EvolutionStatus? = nil,
                epochName: EpochName = .epoch) {
        self.isRunning = isRunning
        self.epoch = epoch
        self.step = step
        self.trainLoss = trainLoss
        self.testLoss = testLoss
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
        self.epochsPerSecond = epochsPerSecond
        self.framesPerSecond = framesPerSecond
        self.divergedAtStep = divergedAtStep
        self.message = message
        self.pace = pace
        self.evolution = evolution
        self.epochName = epochName
    }
}
