import NNCore

/// The figures the status line shows for the network at one moment: loss and (for
/// classification) accuracy on the training, validation and test points.
///
/// Lighter than `Trainer.evaluate()` (no confusion matrix, no ROC curve), because the
/// engine computes it for every published snapshot while training runs.
package struct LiveMetrics: Equatable, Sendable {
    /// Loss and accuracy on one set of points.
    package struct SetMetrics: Equatable, Sendable {
        package var count: Int
        /// Mean data loss (NaN for an empty set or a diverged network).
        package var loss: Double
        /// Fraction classified correctly; nil for regression.
        package var accuracy: Double?

        package init(count: Int, loss: Double, accuracy: Double?) {
            self.count = count
            self.loss = loss
            self.accuracy = accuracy
        }
    }

    /// The session step at which these were measured (they may lag a live snapshot).
    package var sessionStep: Int
    package var train: SetMetrics
    /// Nil when no points are held out.
    package var test: SetMetrics?
    /// Nil when no points are set aside for validation.
    package var validation: SetMetrics?

    package init(sessionStep: Int, train: SetMetrics, test: SetMetrics?, validation: SetMetrics? = nil) {
        self.sessionStep = sessionStep
        self.train = train
        self.test = test
        self.validation = validation
    }

    /// Measures `trainer`'s network on its training, validation and test points.
    package init(trainer: Trainer, sessionStep: Int) {
        self.sessionStep = sessionStep
        train = LiveMetrics.measure(trainer, trainer.trainInputs)
        test = trainer.testInputs.count > 0 ? LiveMetrics.measure(trainer, trainer.testInputs) : nil
        validation = trainer.validationInputs.count > 0 ? LiveMetrics.measure(trainer, trainer.validationInputs) : nil
    }

    /// The mean losses only (what the loss history records).
    static func losses(_ trainer: Trainer) -> (train: Double, test: Double?, validation: Double?) {
        let loss = trainer.config.loss
        let train = NetworkOutputs(network: trainer.network, inputs: trainer.trainInputs, problem: trainer.problem, loss: loss)
        let test = trainer.testInputs.count > 0
            ? NetworkOutputs(network: trainer.network, inputs: trainer.testInputs, problem: trainer.problem, loss: loss).meanLoss
            : nil
        let validation = trainer.validationInputs.count > 0 ? trainer.validationLoss() : nil
        return (train.meanLoss, test, validation)
    }

    private static func measure(_ trainer: Trainer, _ inputs: FeatureMatrix) -> SetMetrics {
        let outputs = NetworkOutputs(network: trainer.network, inputs: inputs, problem: trainer.problem,
                                     loss: trainer.config.loss)
        guard case .classification(let k) = trainer.problem else {
            return SetMetrics(count: inputs.count, loss: outputs.meanLoss, accuracy: nil)
        }
        var correct = 0
        for s in 0..<inputs.count
        where outputs.predictedClass(point: s, head: trainer.network.output, classes: k,
                                     threshold: trainer.config.threshold) == Int(inputs.labels[s]) {
            correct += 1
        }
        let accuracy = inputs.count > 0 ? Double(correct) / Double(inputs.count) : .nan
        return SetMetrics(count: inputs.count, loss: outputs.meanLoss, accuracy: accuracy)
    }
}
