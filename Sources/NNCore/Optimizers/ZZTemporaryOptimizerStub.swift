// TEMPORARY: replaced by the optimizers work.
public struct Optimizer: Sendable, Equatable {
    public private(set) var config: OptimizerConfig
    public private(set) var stepCount = 0
    var m: [Double], v: [Double]; var p1 = 1.0, p2 = 1.0
    public init(config: OptimizerConfig, isWeight: [Bool]) { self.config = config; m = .init(repeating: 0, count: isWeight.count); v = m }
    public mutating func update(parameters p: UnsafeMutableBufferPointer<Double>, gradient g: UnsafeBufferPointer<Double>, learningRate lr: Double) {
        stepCount += 1
        if config.kind == .adam {
            let b1 = config.beta1, b2 = config.beta2
            p1 *= b1; p2 *= b2; var bc1 = p1, bc2 = p2
            bc1 = 1 - bc1; bc2 = 1 - bc2
            for i in 0..<p.count { m[i] = b1 * m[i] + (1 - b1) * g[i]; v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                p[i] -= (lr / bc1) * m[i] / (v[i].squareRoot() / bc2.squareRoot() + config.effectiveEps) }
        } else { for i in 0..<p.count { p[i] -= lr * g[i] } }
    }
    public mutating func reconfigure(_ c: OptimizerConfig) { config = c }
    public mutating func reset() { stepCount = 0 }
}
public enum GradientClipping {
    public static func clipByGlobalNorm(_ g: UnsafeMutableBufferPointer<Double>, maxNorm: Double) -> Double { 0 }
}
