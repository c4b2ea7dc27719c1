import NNCore

/// Putting settings into a configuration, with the rules of `nnplay train`'s flags:
/// - other data than `base`'s resets the point count and takes the dataset's own
///   test ratio (0 for the gates) unless `test-ratio` is given;
/// - another problem (regression, or another number of classes) picks the natural
///   output head unless `output` is given, and a new head its natural loss unless
///   `loss` is given;
/// - `optimizer: sgd` without `momentum` means plain SGD.
/// The order of the settings does not matter.
extension Array where Element == LessonSetting {
    /// `base` with these settings put in. `problem` says what a dataset's labels are
    /// (see `LessonData.problem(of:)`).
    public func applied(to base: TrainingConfig,
                        problem: (DatasetConfig) throws(InputError) -> Problem) throws(InputError) -> TrainingConfig {
        var c = base
        for setting in self {
            guard case .dataset(let name) = setting else { continue }
            let kind: DatasetKind?, csv: String?
            switch name {
            case .builtIn(let k): (kind, csv) = (k, nil)
            case .csv(let path): (kind, csv) = (nil, path)
            }
            if kind != base.dataset.kind || csv != base.dataset.csvPath {
                c.dataset.count = nil
                c.dataset.testRatio = kind?.defaultTestRatio ?? DatasetConfig().testRatio
            }
            c.dataset.kind = kind
            c.dataset.csvPath = csv
        }
        var output: OutputHead?, loss: LossKind?, momentumGiven = false
        for setting in self {
            switch setting {
            case .dataset: break
            case .noise(let x): c.dataset.noise = x
            case .testRatio(let x): c.dataset.testRatio = x
            case .points(let n): c.dataset.count = n
            case .classes(let k): c.dataset.classes = k
            case .features(let f): c.features = f
            case .hidden(let h): c.hiddenLayers = h
            case .activation(let a): c.activation = a
            case .output(let o): output = o
            case .loss(let l): loss = l
            case .initializer(let i): c.initializer = i
            case .optimizer(let kind): c.optimizer.kind = kind
            case .learningRate(let x): c.optimizer.learningRate = x
            case .momentum: momentumGiven = true
            case .nesterov, .beta1, .beta2, .eps, .alpha, .weightDecay: break
            case .schedule(let kind): c.schedule.kind = kind
            case .scheduleGamma(let x): c.schedule.gamma = x
            case .scheduleStep(let n): c.schedule.stepEpochs = n
            case .clip(let x): c.clipNorm = x
            case .l1(let x): c.regularization.l1 = x
            case .l2(let x): c.regularization.l2 = x
            case .dropout(let x): c.regularization.dropout = x
            case .batch(let n): c.batchSize = n
            case .shuffle(let on): c.shuffle = on
            case .seed(let s): c.seed = s
            }
        }
        if contains(.optimizer(.sgd)) && !momentumGiven {
            c.optimizer.momentum = 0
            c.optimizer.nesterov = false
        }
        // Optimizer parameters after the kind, whose change may set momentum and nesterov.
        for setting in self {
            switch setting {
            case .momentum(let x): c.optimizer.momentum = x
            case .nesterov(let on): c.optimizer.nesterov = on
            case .beta1(let x): c.optimizer.beta1 = x
            case .beta2(let x): c.optimizer.beta2 = x
            case .eps(let x): c.optimizer.eps = x
            case .alpha(let x): c.optimizer.alpha = x
            case .weightDecay(let x): c.optimizer.weightDecay = x
            default: break
            }
        }
        let newProblem = try problem(c.dataset), oldProblem = try problem(base.dataset)
        let problemChanged = newProblem != oldProblem
        c.output = output ?? (problemChanged ? OutputHead.natural(for: newProblem) : base.output)
        c.loss = loss ?? (output != nil || problemChanged ? c.output.naturalLoss : base.loss)
        return c
    }
}
