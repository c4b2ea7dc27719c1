/// How the network does on one set of points (train or test): the data loss, the loss
/// with the regularization penalty, and the metrics of the problem's kind.
package struct SetEvaluation: Sendable, Equatable {
    package let count: Int
    /// Mean data loss L(ŷ, y) over the points (NaN for an empty set).
    package let loss: Double
    /// `loss` plus the L1/L2 penalty λ₁·Σ|w| + (λ₂/2)·Σw².
    package let lossWithPenalty: Double
    /// Classification only.
    package let confusion: ConfusionMatrix?
    /// Binary classification only: from the score P(class 1).
    package let roc: ROCCurve?
    /// Regression only.
    package let regression: RegressionMetrics?

    /// Fraction classified correctly (classification only).
    package var accuracy: Double? { confusion.map { $0.total > 0 ? $0.accuracy : .nan } }

    /// Evaluates `network` on `inputs` (whose labels are the truth) for `problem`; two
    /// classes are called at `threshold` (`DecisionThreshold`).
    package init(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind, penalty: Double,
                 threshold: Double) {
        let outputs = NetworkOutputs(network: network, inputs: inputs, problem: problem, loss: loss)
        count = inputs.count
        self.loss = outputs.meanLoss
        lossWithPenalty = outputs.meanLoss + penalty
        switch problem {
        case .regression:
            regression = RegressionMetrics(targets: inputs.labels, predictions: outputs.predictions)
            confusion = nil
            roc = nil
        case .classification(let k):
            let head = network.output
            let actual = inputs.labels.map { Int($0) }
            confusion = ConfusionMatrix(actual: actual, predicted: outputs.predictedClasses(head: head, classes: k, threshold: threshold),
                                        classes: k)
            if k == 2 && inputs.count > 0 {
                roc = ROCCurve(scores: outputs.positiveScores(head: head), labels: actual)
            } else {
                roc = nil
            }
            regression = nil
        }
    }

}

/// Train, validation and test evaluations together.
package struct TrainingEvaluation: Sendable, Equatable {
    package let train: SetEvaluation
    /// Nil when no points are set aside for validation (validation ratio 0).
    package let validation: SetEvaluation?
    /// Nil when no points are held out (test ratio 0).
    package let test: SetEvaluation?
    /// The regularization penalty at the current weights.
    package let penalty: Double
}

extension Trainer {
    /// Loss and metrics on the training, validation and test sets at the current parameters.
    package func evaluate() -> TrainingEvaluation {
        let sums = network.weightSums
        let penalty = config.regularization.penalty(weightSumAbs: sums.abs, weightSumSquares: sums.squares)
        func evaluation(_ inputs: FeatureMatrix) -> SetEvaluation {
            SetEvaluation(network: network, inputs: inputs, problem: problem, loss: config.loss, penalty: penalty,
                          threshold: config.threshold)
        }
        let train = evaluation(trainInputs)
        return TrainingEvaluation(train: train, validation: validationInputs.count > 0 ? evaluation(validationInputs) : nil,
                                  test: testInputs.count > 0 ? evaluation(testInputs) : nil, penalty: penalty)
    }
}

