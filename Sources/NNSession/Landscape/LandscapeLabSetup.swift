import NNCore

/// Where a landscape lab session begins: the surface, the start, the methods racing,
/// the seed and the pace. The header of a recorded session; a lesson step's setup.
package struct LandscapeLabSetup: Equatable, Sendable {
    package var function: LandscapeFunction.Kind
    /// The ravine's condition number κ.
    package var condition: Double
    /// The start (x, y); nil: the surface's own default start.
    package var start: [Double]?
    /// One to `LandscapeLabState.maxMethods` methods.
    package var methods: [LandscapeMethod]
    package var seed: UInt64
    /// Iterations per second while playing; nil: as fast as possible.
    package var stepsPerSecond: Int?

    /// The default pace: slow enough to watch each step.
    package static let defaultStepsPerSecond = 3

    package init(function: LandscapeFunction.Kind = .rosenbrock, condition: Double = 10, start: [Double]? = nil,
                methods: [LandscapeMethod]? = nil, seed: UInt64 = 1,
                stepsPerSecond: Int? = LandscapeLabSetup.defaultStepsPerSecond) {
        self.function = function
        self.condition = condition
        self.start = start
        self.methods = methods ?? [.labDefault(.gd), .labDefault(.momentum), .labDefault(.adam)]
        self.seed = seed
        self.stepsPerSecond = stepsPerSecond
    }

    /// Why this setup cannot run, or nil.
    package var problem: String? {
        if !LandscapeFunction.conditionRange.contains(condition) { return "condition must be 1 to 1e6" }
        if let start, start.count != 2 || !start.allSatisfy({ $0.isFinite && abs($0) <= 1e6 }) {
            return "start must be two numbers within +-1e6"
        }
        if !(1...LandscapeLabState.maxMethods).contains(methods.count) {
            return "a race has 1 to \(LandscapeLabState.maxMethods) methods"
        }
        if let rate = stepsPerSecond, rate < 1 { return "the pace must be at least 1 step/s" }
        return methods.lazy.compactMap(\.problem).first
    }
}

extension LandscapeMethod {
    /// A method as the lab first offers it: the CLI's learning rates (Newton 1,
    /// the others 0.001) except Adam, AdaGrad and RMSProp at 0.05, whose steps are
    /// about lr long whatever the gradient, so they move visibly on every surface.
    package static func labDefault(_ kind: Kind) -> LandscapeMethod {
        let rate: Double
        switch kind {
        case .newton: rate = 1
        case .adam, .adagrad, .rmsprop: rate = 0.05
        default: rate = 0.001
        }
        return LandscapeMethod(kind: kind, optimizer: OptimizerConfig(kind: kind.optimizerKind ?? .sgd, learningRate: rate))
    }
}

extension LandscapeLabSetup {
    /// What `nnplay landscape` shows with no flags: gradient descent, momentum and Adam
    /// at the same rate 0.05 on the ravine κ = 10, where each moves visibly at every
    /// step and the differences show within a minute at the default pace.
    package static func firstLook(seed: UInt64 = 1) -> LandscapeLabSetup {
        var gd = LandscapeMethod.labDefault(.gd), momentum = LandscapeMethod.labDefault(.momentum)
        gd.optimizer.learningRate = 0.05
        momentum.optimizer.learningRate = 0.05
        return LandscapeLabSetup(function: .ravine, condition: 10, methods: [gd, momentum, .labDefault(.adam)], seed: seed)
    }
}
