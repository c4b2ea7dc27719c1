/// Each optimizer's update written the way textbooks and PyTorch's documentation write
/// it, one parameter at a time, for reading. The trainer runs `Optimizer` (one tight
/// loop per rule, with PyTorch's exact order of operations); `ReferenceOptimizerTests`
/// checks both give the same parameters to a relative 1e-12 over many steps.
///
/// θ is a parameter, g its gradient, η the learning rate, t the step (from 1).
package struct ReferenceOptimizer: Sendable {
    package let config: OptimizerConfig
    /// Velocity (SGD momentum), running mean of g (Adam) — one per parameter.
    private var m: [Double]
    /// Sum of g² (AdaGrad), running mean of g² (RMSProp, Adam) — one per parameter.
    private var v: [Double]
    private var t = 0
    private let isWeight: [Bool]

    package init(config: OptimizerConfig, isWeight: [Bool]) {
        self.config = config
        self.isWeight = isWeight
        m = [Double](repeating: 0, count: isWeight.count)
        v = m
    }

    /// One update of every parameter θ from its gradient g at learning rate η.
    package mutating func update(_ theta: inout [Double], gradient g: [Double], learningRate eta: Double) {
        t += 1
        let c = config
        for i in theta.indices {
            switch c.kind {
            case .sgd, .momentum, .nesterov:
                if c.momentum == 0 {
                    theta[i] -= eta * g[i]                            // θ ← θ − η·g
                    continue
                }
                m[i] = t == 1 ? g[i] : c.momentum * m[i] + g[i]     // b ← μ·b + g  (b ← g at first)
                let direction = c.nesterov ? g[i] + c.momentum * m[i] : m[i]  // Nesterov looks ahead: g + μ·b
                theta[i] -= eta * direction                           // θ ← θ − η·b
            case .adagrad:
                v[i] += g[i] * g[i]                                   // s ← s + g²
                theta[i] -= eta * g[i] / (v[i].squareRoot() + c.effectiveEps)  // θ ← θ − η·g/(√s + ε)
            case .rmsprop:
                v[i] = c.alpha * v[i] + (1 - c.alpha) * g[i] * g[i]  // v ← α·v + (1 − α)·g²
                theta[i] -= eta * g[i] / (v[i].squareRoot() + c.effectiveEps)  // θ ← θ − η·g/(√v + ε)
            case .ga, .cmaes:
                preconditionFailure("\(c.kind.rawValue) uses no gradient")
            case .adam, .adamw:
                if c.kind == .adamw && isWeight[i] {
                    theta[i] -= eta * c.weightDecay * theta[i]        // AdamW: θ ← θ − η·λ·θ (decoupled)
                }
                m[i] = c.beta1 * m[i] + (1 - c.beta1) * g[i]         // m ← β₁·m + (1 − β₁)·g
                v[i] = c.beta2 * v[i] + (1 - c.beta2) * g[i] * g[i]  // v ← β₂·v + (1 − β₂)·g²
                let mHat = m[i] / (1 - power(c.beta1, t))             // m̂ = m/(1 − β₁ᵗ)
                let vHat = v[i] / (1 - power(c.beta2, t))             // v̂ = v/(1 − β₂ᵗ)
                theta[i] -= eta * mHat / (vHat.squareRoot() + c.effectiveEps)  // θ ← θ − η·m̂/(√v̂ + ε)
            }
        }
    }

    /// xⁿ by repeated multiplication.
    private func power(_ x: Double, _ n: Int) -> Double {
        (0..<n).reduce(1.0) { result, _ in result * x }
    }
}
