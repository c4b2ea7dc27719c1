import Testing
@testable import NNCore

/// The fast kernels (`NetworkOutputs`, `FullBatchGradient`, `Optimizer`) against the
/// readable reference (`ReferenceNetwork`, `ReferenceOptimizer`), for every hidden
/// activation, every head with every loss it accepts and every optimizer. They differ
/// only in rounding (fused multiply-adds, the order of sums, the vector exp and tanh),
/// so they agree to a relative 1e-12 per value (1e-10 after 40 optimizer steps).
@Suite struct ReferenceNetworkTests {
    static let cases: [GradientCheckTests.Case] = GradientCheckTests.cases.filter { $0.regularization == Regularization() }

    static func network(_ c: GradientCheckTests.Case, features: [Feature]) -> Network {
        let layout = NetworkLayout(sizes: [features.count, 5, 3, c.head.outputCount(for: c.problem)])
        var r = RandomSource(seed: 9)
        var network = Network(layout: layout, activation: c.activation, output: c.head, initializer: .xavierNormal, random: &r)
        for k in 0..<network.parameters.count { network.parameters[k] += 0.05 * r.uniform(-1, 1) }
        return network
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(1e-3, abs(a) + abs(b))
    }

    @Test(arguments: cases)
    func kernelsMatchTheReference(_ c: GradientCheckTests.Case) {
        let features: [Feature] = [.x1, .x2, .x1TimesX2, .sinX1]
        let network = Self.network(c, features: features)
        let inputs = GradientCheckTests.inputs(c.problem, features: features)
        let n = inputs.count
        // Forward: ŷ and the data loss.
        let fast = NetworkOutputs(network: network, inputs: inputs, problem: c.problem, loss: c.loss)
        var lossSum = 0.0
        for s in 0..<n {
            let x = (0..<features.count).map { inputs.values[$0 * n + s] }
            let y = ReferenceNetwork.forward(network, x: x).a[network.layout.layerCount]
            for k in 0..<y.count { #expect(Self.close(fast.value(point: s, neuron: k), y[k], 1e-12), "\(c) ŷ") }
            let t = (0..<y.count).map { network.output.target(label: inputs.labels[s], neuron: $0, problem: c.problem) }
            lossSum += ReferenceNetwork.loss(c.loss, output: y, target: t)
        }
        #expect(Self.close(fast.meanLoss, lossSum / Double(n), 1e-12), "\(c) loss")
        // Backward: every parameter's batch-mean gradient.
        let kernel = FullBatchGradient.compute(network: network, inputs: inputs, problem: c.problem, loss: c.loss,
                                               regularization: Regularization())
        let reference = ReferenceNetwork.meanGradient(network, inputs: inputs, problem: c.problem, loss: c.loss)
        let worst = zip(kernel, reference).map { abs($0 - $1) / max(1e-3, abs($0) + abs($1)) }.max() ?? 0
        #expect(worst <= 1e-12, "\(c): worst relative difference \(worst)")
    }

    /// 40 steps of every optimizer on the gradient of ½·Σ cᵢθᵢ² − θᵢ (g = c·θ − 1),
    /// from the same start, with AdamW's decay on the first half (the "weights").
    @Test(arguments: OptimizerKind.gradientKinds)
    func optimizersMatchTheirTextbookUpdates(_ kind: OptimizerKind) {
        let count = 12
        let isWeight = (0..<count).map { $0 < count / 2 }
        let curvature = (0..<count).map { 0.2 + Double($0) * 0.3 }
        let config = OptimizerConfig(kind: kind, learningRate: 0.05, momentum: kind == .sgd ? 0 : nil)
        var fast = Optimizer(config: config, isWeight: isWeight)
        var reference = ReferenceOptimizer(config: config, isWeight: isWeight)
        var a = (0..<count).map { Double($0) / 5 - 1 }, b = a
        for _ in 0..<40 {
            let ga = (0..<count).map { curvature[$0] * a[$0] - 1 }
            let gb = (0..<count).map { curvature[$0] * b[$0] - 1 }
            fast.update(parameters: &a, gradient: ga, learningRate: 0.05)
            reference.update(&b, gradient: gb, learningRate: 0.05)
        }
        for i in 0..<count { #expect(Self.close(a[i], b[i], 1e-10), "\(kind) θ\(i): \(a[i]) vs \(b[i])") }
        #expect(a != (0..<count).map { Double($0) / 5 - 1 }, "the parameters moved")
    }
}
