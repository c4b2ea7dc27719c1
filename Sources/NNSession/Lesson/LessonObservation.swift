import NNCore

/// What a lesson goal looks at: the settings in force and the network's figures at
/// one moment. A plain value, so goals are evaluated (and tested) without an engine;
/// build one from a `PlaygroundState` (headless) or a `Snapshot` (in the TUI).
package struct LessonObservation: Equatable, Sendable {
    /// The figures on one set of points (train, validation or test); the
    /// classification figures are counted at the configuration's threshold.
    package struct Figures: Equatable, Sendable {
        /// Mean data loss (without the regularization penalty).
        package var loss: Double
        /// Classification only.
        package var accuracy: Double?
        /// Two classes only: area under the ROC curve of the score P(class 1).
        package var auc: Double?
        /// Precision, recall and F1 of class 1 (the positive class) for two classes, at
        /// the configuration's threshold; macro-averaged for more.
        package var precision: Double?
        package var recall: Double?
        package var f1: Double?
        /// Matthews correlation of the whole confusion matrix (at the threshold for two classes).
        package var mcc: Double?
        /// Regression only: the coefficient of determination R².
        package var r2: Double?

        package init(loss: Double, accuracy: Double? = nil, auc: Double? = nil, precision: Double? = nil,
                    recall: Double? = nil, f1: Double? = nil, mcc: Double? = nil, r2: Double? = nil) {
            self.loss = loss
            self.accuracy = accuracy
            self.auc = auc
            self.precision = precision
            self.recall = recall
            self.f1 = f1
            self.mcc = mcc
            self.r2 = r2
        }

        /// The figures of one evaluated set.
        package init(_ e: SetEvaluation) {
            loss = e.loss
            accuracy = e.accuracy
            auc = e.roc?.auc
            if let c = e.confusion {
                let binary = c.classes == 2
                precision = binary ? c.precision(of: 1) : c.macroPrecision
                recall = binary ? c.recall(of: 1) : c.macroRecall
                f1 = binary ? c.f1(of: 1) : c.macroF1
                mcc = c.matthewsCorrelation
            }
            r2 = e.regression?.rSquared
        }
    }

    package var config: TrainingConfig
    package var problem: Problem
    /// Epochs the current network has trained (0 after every rebuild or reset).
    package var epoch: Int
    /// Steps since the session began (what a recorded session is keyed to).
    package var sessionStep: Int
    package var diverged: Bool
    package var train: Figures
    /// Nil when no points are held out.
    package var test: Figures?
    /// Nil when no points are set aside for validation.
    package var validation: Figures?
    /// The fraction of weights (not biases) with |w| < `zeroWeightThreshold`.
    package var zeroWeightFraction: Double
    /// The gradient-flow figures of every weight layer on the training points, input
    /// side first (the inspector's gradient view); empty unless a goal names one.
    package var gradientFlow: [LayerFlow]

    /// How small a weight must be to count as zero (L1 leaves weights jittering around
    /// zero by about lr·λ₁, far below this).
    package static let zeroWeightThreshold = 0.01

    package init(config: TrainingConfig, problem: Problem, epoch: Int = 0, sessionStep: Int = 0, diverged: Bool = false,
                train: Figures, test: Figures? = nil, validation: Figures? = nil, zeroWeightFraction: Double = 0,
                gradientFlow: [LayerFlow] = []) {
        self.config = config
        self.problem = problem
        self.epoch = epoch
        self.sessionStep = sessionStep
        self.diverged = diverged
        self.train = train
        self.test = test
        self.validation = validation
        self.zeroWeightFraction = zeroWeightFraction
        self.gradientFlow = gradientFlow
    }

    /// The playground as it is now: with `measuring`, a full evaluation of both sets;
    /// without, only the settings, shape and counters (the figures are NaN / nil), for
    /// goals that name no figure. With `flowing`, also the gradient flow (a forward and
    /// backward pass over the training points), for goals on dead units or gradients.
    package init(state: PlaygroundState, measuring: Bool = true, flowing: Bool = false) {
        let evaluation = measuring ? state.trainer.evaluate() : nil
        self.init(config: state.config, problem: state.problem, epoch: state.trainer.epochs,
                  sessionStep: state.sessionStep, diverged: state.trainer.divergedAtStep != nil,
                  train: evaluation.map { Figures($0.train) } ?? Figures(loss: .nan),
                  test: evaluation?.test.map(Figures.init),
                  validation: evaluation?.validation.map(Figures.init),
                  zeroWeightFraction: Self.zeroFraction(state.trainer.network),
                  gradientFlow: flowing && state.trainer.divergedAtStep == nil ? Self.flow(state.trainer) : [])
    }

    /// `GradientFlow` of `trainer`'s network on its training points.
    static func flow(_ trainer: Trainer) -> [LayerFlow] {
        GradientFlow.measure(network: trainer.network, inputs: trainer.trainInputs, problem: trainer.problem,
                             loss: trainer.config.loss)
    }

    /// The share of all hidden units that are dead (output 0 at every training point),
    /// nil without hidden layers or gradient flow.
    var deadUnitShare: Double? {
        let sizes = config.hiddenLayers
        let shares = gradientFlow.compactMap(\.deadShare)
        guard !sizes.isEmpty, shares.count == sizes.count else { return nil }
        let dead = zip(shares, sizes).reduce(0.0) { $0 + $1.0 * Double($1.1) }
        return dead / Double(sizes.reduce(0, +))
    }

    /// The fraction of `network`'s weights that are (nearly) zero.
    static func zeroFraction(_ network: Network) -> Double {
        let isWeight = network.layout.isWeight
        var weights = 0, zero = 0
        for (i, p) in network.parameters.enumerated() where isWeight[i] {
            weights += 1
            if abs(p) < zeroWeightThreshold { zero += 1 }
        }
        return weights > 0 ? Double(zero) / Double(weights) : 0
    }
}
