import Testing
@testable import NNCore

/// SGD, momentum and Nesterov on p = [1, −2] with lr = 0.5, μ = 0.5 and dyadic
/// gradients, so every value below is exact in binary floating point and the
/// optimizer must reproduce it bit for bit.
@Suite struct OptimizerSGDTests {
    let start = [1.0, -2.0]
    let gradients: [[Double]] = [[0.5, -0.25], [-0.25, 0.75], [0.125, 0.5]]

    func trajectory(_ config: OptimizerConfig, learningRate: Double = 0.5) -> [[Double]] {
        var optimizer = Optimizer(config: config, isWeight: [true, false])
        var p = start
        var result: [[Double]] = []
        for g in gradients {
            optimizer.update(parameters: &p, gradient: g, learningRate: learningRate)
            result.append(p)
        }
        return result
    }

    @Test func plainSGD() {
        // p ← p − lr·g with lr = 0.5:
        //   step 1: 1 − 0.5·0.5 = 0.75,        −2 − 0.5·(−0.25) = −1.875
        //   step 2: 0.75 − 0.5·(−0.25) = 0.875, −1.875 − 0.5·0.75 = −2.25
        //   step 3: 0.875 − 0.5·0.125 = 0.8125, −2.25 − 0.5·0.5 = −2.5
        #expect(trajectory(OptimizerConfig(kind: .sgd)) == [[0.75, -1.875], [0.875, -2.25], [0.8125, -2.5]])
    }

    @Test func heavyBallMomentum() {
        // b ← g first, then b ← μ·b + g; p ← p − lr·b (μ = 0.5, lr = 0.5):
        //   step 1: b = [0.5, −0.25];                       p = [0.75, −1.875]
        //   step 2: b = [0.25 − 0.25, −0.125 + 0.75] = [0, 0.625]
        //           p = [0.75 − 0, −1.875 − 0.3125] = [0.75, −2.1875]
        //   step 3: b = [0 + 0.125, 0.3125 + 0.5] = [0.125, 0.8125]
        //           p = [0.75 − 0.0625, −2.1875 − 0.40625] = [0.6875, −2.59375]
        let config = OptimizerConfig(kind: .momentum, momentum: 0.5)
        #expect(trajectory(config) == [[0.75, -1.875], [0.75, -2.1875], [0.6875, -2.59375]])
    }

    @Test func nesterovMomentum() {
        // b as for heavy ball; the step direction is d = g + μ·b:
        //   step 1: b = [0.5, −0.25];   d = [0.5 + 0.25, −0.25 − 0.125] = [0.75, −0.375]
        //           p = [1 − 0.375, −2 + 0.1875] = [0.625, −1.8125]
        //   step 2: b = [0, 0.625];     d = [−0.25 + 0, 0.75 + 0.3125] = [−0.25, 1.0625]
        //           p = [0.625 + 0.125, −1.8125 − 0.53125] = [0.75, −2.34375]
        //   step 3: b = [0.125, 0.8125]; d = [0.125 + 0.0625, 0.5 + 0.40625] = [0.1875, 0.90625]
        //           p = [0.75 − 0.09375, −2.34375 − 0.453125] = [0.65625, −2.796875]
        let config = OptimizerConfig(kind: .nesterov, momentum: 0.5)
        #expect(trajectory(config) == [[0.625, -1.8125], [0.75, -2.34375], [0.65625, -2.796875]])
    }

    @Test func momentumFirstStepEqualsPlainSGD() {
        let sgd = trajectory(OptimizerConfig(kind: .sgd))
        let momentum = trajectory(OptimizerConfig(kind: .momentum, momentum: 0.9))
        #expect(momentum[0] == sgd[0])
        #expect(momentum[1] != sgd[1])
    }

    /// On step 2 both variants hold the same velocity b₂ = μ·g₁ + g₂ (it does not
    /// depend on p); heavy ball moves by −lr·b₂, Nesterov by −lr·(g₂ + μ·b₂).
    @Test func nesterovDiffersFromMomentumOnStepTwoAsTheFormulaSays() {
        let mu = 0.5, lr = 0.5
        let heavy = trajectory(OptimizerConfig(kind: .momentum, momentum: mu))
        let nesterov = trajectory(OptimizerConfig(kind: .nesterov, momentum: mu))
        let g1 = gradients[0], g2 = gradients[1]
        for i in 0..<2 {
            let b2 = mu * g1[i] + g2[i]
            #expect(heavy[1][i] - heavy[0][i] == -lr * b2)
            #expect(nesterov[1][i] - nesterov[0][i] == -lr * (g2[i] + mu * b2))
        }
        #expect(heavy[1][1] - heavy[0][1] != nesterov[1][1] - nesterov[0][1])
    }

    @Test func theKindDoesNotMatterOnlyMomentumAndNesterov() {
        // The three SGD kinds share one rule; config.momentum and config.nesterov decide.
        let a = trajectory(OptimizerConfig(kind: .sgd, momentum: 0.5, nesterov: true))
        let b = trajectory(OptimizerConfig(kind: .nesterov, momentum: 0.5))
        #expect(a == b)
        let c = trajectory(OptimizerConfig(kind: .momentum, momentum: 0))
        #expect(c == trajectory(OptimizerConfig(kind: .sgd)))
    }

    @Test func momentumDefaultsFollowTheKind() {
        #expect(OptimizerConfig(kind: .sgd).momentum == 0)
        #expect(OptimizerConfig(kind: .momentum).momentum == 0.9)
        #expect(OptimizerConfig(kind: .nesterov).nesterov)
    }
}
