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

    /// Evaluates `network` on `inputs` (whose labels are the truth) for `problem`.
    package init(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind, penalty: Double) {
        let outputs = NetworkOutputs(network: network, inputs: inputs, problem: problem, loss: loss)
        count = inputs.count
        self.loss = outputs.meanLoss
        lossWithPenalty = outputs.meanLoss + penalty
        switch problem {
        case .regression:
            let predictions = (0..<inputs.count).map { outputs.value(point: $0) }
            regression = RegressionMetrics(targets: inputs.labels, predictions: predictions)
            confusion = nil
            roc = nil
        case .classification(let k):
            let head = network.output
            let actual = inputs.labels.map { Int($0) }
            let predicted = (0..<inputs.count).map { SetEvaluation.predictedClass(outputs, point: $0, head: head, classes: k) }
            confusion = ConfusionMatrix(actual: actual, predicted: predicted, classes: k)
            if k == 2 && inputs.count > 0 {
                let scores = (0..<inputs.count).map { SetEvaluation.positiveScore(outputs, point: $0, head: head) }
                roc = ROCCurve(scores: scores, labels: actual)
            } else {
                roc = nil
            }
            regression = nil
        }
    }

    /// The class the network predicts at point `s`: the most probable one for softmax,
    /// otherwise class 1 when the single output is past the middle of its range
    /// (0.5 for sigmoid and linear, 0 for tanh).
    package static func predictedClass(_ outputs: NetworkOutputs, point s: Int, head: OutputHead, classes: Int) -> Int {
        switch head {
        case .softmax:
            var best = 0, bestValue = -Double.infinity
            for k in 0..<classes where outputs.value(point: s, neuron: k) > bestValue {
                best = k
                bestValue = outputs.value(point: s, neuron: k)
            }
            return best
        case .tanh: return outputs.value(point: s) > 0 ? 1 : 0
        case .sigmoid, .linear: return outputs.value(point: s) > 0.5 ? 1 : 0
        }
    }

    /// The network's score for class 1 (ranked by the ROC curve).
    package static func positiveScore(_ outputs: NetworkOutputs, point s: Int, head: OutputHead) -> Double {
        switch head {
        case .softmax: return outputs.value(point: s, neuron: 1)
        case .tanh: return (outputs.value(point: s) + 1) / 2
        case .sigmoid, .linear: return outputs.value(point: s)
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
        let train = SetEvaluation(network: network, inputs: trainInputs, problem: problem, loss: config.loss, penalty: penalty)
        func evaluation(_ inputs: FeatureMatrix) -> SetEvaluation? {
            inputs.count > 0
                ? SetEvaluation(network: network, inputs: inputs, problem: problem, loss: config.loss, penalty: penalty)
                : nil
        }
        return TrainingEvaluation(train: train, validation: evaluation(validationInputs), test: evaluation(testInputs),
                                  penalty: penalty)
    }
}
