import NNCore

/// A number a goal compares: a figure of the network (losses, accuracy, AUC, ...), a
/// count of its shape, or a numeric setting the student must find. Named in goals as
/// `rawValue` (`test-loss < 0.1`, `neurons <= 4`, `lr >= 0.1`).
package enum GoalMetric: String, CaseIterable, Sendable {
    case trainLoss = "train-loss", testLoss = "test-loss"
    /// Figures on the validation points (a `val-ratio` above 0): what a lesson should
    /// choose on, keeping the test set for the last look.
    case validationLoss = "val-loss", validationAccuracy = "val-accuracy"
    /// test loss − train loss: large when the network overfits.
    case lossGap = "loss-gap"
    case trainAccuracy = "train-accuracy", testAccuracy = "test-accuracy"
    case trainAUC = "train-auc", testAUC = "test-auc"
    case trainPrecision = "train-precision", testPrecision = "test-precision"
    case trainRecall = "train-recall", testRecall = "test-recall"
    case trainF1 = "train-f1", testF1 = "test-f1"
    /// Matthews correlation coefficient at the threshold: from −1 through 0 (chance) to
    /// 1, fair to both classes however unbalanced they are.
    case trainMCC = "train-mcc", testMCC = "test-mcc", validationMCC = "val-mcc"
    case validationPrecision = "val-precision", validationRecall = "val-recall", validationF1 = "val-f1"
    case validationAUC = "val-auc"
    case trainR2 = "train-r2", testR2 = "test-r2"
    /// Epochs the current network has trained.
    case epoch
    /// Hidden neurons in all (the network's size); `layers` counts hidden layers.
    case neurons, layers
    /// Number of input features.
    case inputs
    /// Fraction of the weights with |w| < 0.01.
    case zeroWeights = "zero-weights"
    /// From the gradient flow on the training points (the inspector's gradient view):
    /// the share of hidden units that output 0 at every point (dead ReLUs), the mean
    /// |∂L/∂w| of the first weight layer, and that over the last layer's (vanishing
    /// gradients make it tiny).
    case deadUnits = "dead-units", firstLayerGradient = "first-layer-gradient", gradientRatio = "gradient-ratio"
    case lr, momentum, batch, l1, l2, dropout, noise
    /// The decision threshold in force (`threshold` setting): a goal can ask the student
    /// to find one (`threshold <= 0.4` with `test-recall >= 0.9`).
    case threshold
    case testRatio = "test-ratio"
    case points
    /// Classes of the data (nil for regression).
    case classes

    /// The value in `o`, or nil when it does not exist there (test figures with no
    /// test set, AUC with more than two classes, R² for classification, ...). NaN
    /// figures (a diverged network) count as missing too: no goal is met by NaN.
    /// Whether the value needs the network evaluated on the data (a loss or a score),
    /// rather than read from the settings, the shape or the counters.
    package var isMeasured: Bool {
        switch self {
        case .trainLoss, .testLoss, .lossGap, .trainAccuracy, .testAccuracy, .validationLoss, .validationAccuracy,
             .trainAUC, .testAUC, .validationAUC,
             .trainPrecision, .testPrecision, .trainRecall, .testRecall, .trainF1, .testF1, .trainR2, .testR2,
             .trainMCC, .testMCC, .validationMCC, .validationPrecision, .validationRecall, .validationF1:
            return true
        default:
            return false
        }
    }

    /// Whether the value comes from a forward and backward pass over the training points.
    package var needsGradientFlow: Bool {
        switch self {
        case .deadUnits, .firstLayerGradient, .gradientRatio: return true
        default: return false
        }
    }

    package func value(in o: LessonObservation) -> Double? {
        let c = o.config
        let raw: Double?
        switch self {
        case .trainLoss: raw = o.train.loss
        case .testLoss: raw = o.test?.loss
        case .validationLoss: raw = o.validation?.loss
        case .validationAccuracy: raw = o.validation?.accuracy
        case .lossGap: raw = o.test.map { $0.loss - o.train.loss }
        case .trainAccuracy: raw = o.train.accuracy
        case .testAccuracy: raw = o.test?.accuracy
        case .trainAUC: raw = o.train.auc
        case .testAUC: raw = o.test?.auc
        case .trainPrecision: raw = o.train.precision
        case .testPrecision: raw = o.test?.precision
        case .trainRecall: raw = o.train.recall
        case .testRecall: raw = o.test?.recall
        case .trainF1: raw = o.train.f1
        case .testF1: raw = o.test?.f1
        case .trainMCC: raw = o.train.mcc
        case .testMCC: raw = o.test?.mcc
        case .validationMCC: raw = o.validation?.mcc
        case .validationPrecision: raw = o.validation?.precision
        case .validationRecall: raw = o.validation?.recall
        case .validationF1: raw = o.validation?.f1
        case .validationAUC: raw = o.validation?.auc
        case .trainR2: raw = o.train.r2
        case .testR2: raw = o.test?.r2
        case .epoch: raw = Double(o.epoch)
        case .neurons: raw = Double(c.hiddenLayers.reduce(0, +))
        case .layers: raw = Double(c.hiddenLayers.count)
        case .inputs: raw = Double(c.features.count)
        case .zeroWeights: raw = o.zeroWeightFraction
        case .deadUnits: raw = o.deadUnitShare
        case .firstLayerGradient: raw = o.gradientFlow.first?.meanAbsGradient
        case .gradientRatio:
            let flow = o.gradientFlow
            raw = flow.count >= 2 && flow[flow.count - 1].meanAbsGradient > 0
                ? flow[0].meanAbsGradient / flow[flow.count - 1].meanAbsGradient : nil
        case .lr: raw = c.optimizer.learningRate
        case .momentum: raw = c.optimizer.momentum
        case .batch: raw = Double(c.batchSize)
        case .l1: raw = c.regularization.l1
        case .l2: raw = c.regularization.l2
        case .dropout: raw = c.regularization.dropout
        case .noise: raw = c.dataset.noise
        case .threshold: raw = c.twoClassThreshold(for: o.problem)
        case .testRatio: raw = c.dataset.testRatio
        case .points: raw = c.dataset.count.map(Double.init) ?? c.dataset.kind.map { Double($0.defaultCount) }
        case .classes: raw = o.problem.isClassification ? Double(o.problem.classCount) : nil
        }
        guard let raw, !raw.isNaN else { return nil }
        return raw
    }

    /// Whether the value is a fraction best shown as a percentage.
    var isFraction: Bool {
        switch self {
        case .deadUnits: return true
        case .trainAccuracy, .testAccuracy, .validationAccuracy, .trainPrecision, .testPrecision, .trainRecall, .testRecall,
             .trainF1, .testF1, .validationPrecision, .validationRecall, .validationF1, .zeroWeights: return true
        default: return false
        }
    }
}
