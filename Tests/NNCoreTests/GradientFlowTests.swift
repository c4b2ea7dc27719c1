import Testing
@testable import NNCore

/// `GradientFlow` against a direct computation from the parameters, finite
/// differences and hand-made networks whose dead units are known.
@Suite struct GradientFlowTests {
    static func points(_ count: Int, features: [Feature] = [.x1, .x2], seed: UInt64 = 3) -> FeatureMatrix {
        var r = RandomSource(seed: seed)
        let samples = (0..<count).map { _ -> Sample in
            let x1 = r.uniform(-5, 5), x2 = r.uniform(-5, 5)
            return Sample(x1: x1, x2: x2, label: x1 * x2 > 0 ? 1 : 0)
        }
        return FeatureMatrix(samples: samples, features: features)
    }

    static func network(_ sizes: [Int], _ activation: Activation, seed: UInt64 = 5) -> Network {
        var r = RandomSource(seed: seed, stream: .initialization)
        return Network(layout: NetworkLayout(sizes: sizes), activation: activation, output: .sigmoid,
                       initializer: .xavier, random: &r)
    }

    /// Mean |∂L/∂w| per layer equals the mean of central differences
    /// |L(w + h) − L(w − h)| / 2h over that layer's weights, and the weight norm √Σw².
    @Test func gradientAndNormMatchFiniteDifferences() {
        let net = GradientFlowTests.network([2, 3, 2, 1], .tanh)
        let inputs = GradientFlowTests.points(17)
        let flow = GradientFlow.measure(network: net, inputs: inputs, problem: .classification(classes: 2),
                                        loss: .binaryCrossEntropy)
        #expect(flow.count == 3)
        func loss(_ n: Network) -> Double {
            NetworkOutputs(network: n, inputs: inputs, problem: .classification(classes: 2), loss: .binaryCrossEntropy).meanLoss
        }
        let h = 1e-5
        for l in 0..<3 {
            let weights = net.layout.weightOffsets[l]..<net.layout.biasOffsets[l]
            var sum = 0.0, squares = 0.0
            for k in weights {
                var plus = net, minus = net
                plus.parameters[k] += h
                minus.parameters[k] -= h
                sum += abs(loss(plus) - loss(minus)) / (2 * h)
                squares += net.parameters[k] * net.parameters[k]
            }
            let expected = sum / Double(weights.count)
            #expect(abs(flow[l].meanAbsGradient - expected) <= 1e-7 * max(1, expected), "layer \(l)")
            #expect(abs(flow[l].weightNorm - squares.squareRoot()) <= 1e-12, "layer \(l)")
        }
        #expect(flow[0].deadShare == 0 && flow[1].deadShare == 0 && flow[2].deadShare == nil)
    }

    /// A ReLU unit with a bias far below anything its inputs can reach outputs 0 at
    /// every point: one dead unit of four is a share of 0.25, and it sends back no gradient.
    @Test func aReLUWithAHugeNegativeBiasIsDead() {
        var net = GradientFlowTests.network([2, 4, 1], .relu)
        net.parameters[net.layout.biasOffsets[0] + 2] = -1000
        let flow = GradientFlow.measure(network: net, inputs: GradientFlowTests.points(40),
                                        problem: .classification(classes: 2), loss: .binaryCrossEntropy)
        #expect(flow[0].deadShare == 0.25)
        let healthy = GradientFlow.measure(network: GradientFlowTests.network([2, 4, 1], .relu),
                                           inputs: GradientFlowTests.points(40),
                                           problem: .classification(classes: 2), loss: .binaryCrossEntropy)
        #expect(healthy[0].deadShare == 0)
    }

    /// Five sigmoid layers: σ′ ≤ 1/4 per layer, so the first layer's gradient is far
    /// weaker than the last hidden layer's (vanishing gradients); tanh loses much less.
    @Test func deepSigmoidGradientsVanishTowardsTheInput() {
        let inputs = GradientFlowTests.points(64)
        let sizes = [2, 8, 8, 8, 8, 8, 1]
        let sigmoid = GradientFlow.measure(network: GradientFlowTests.network(sizes, .sigmoid), inputs: inputs,
                                           problem: .classification(classes: 2), loss: .binaryCrossEntropy)
        let tanh = GradientFlow.measure(network: GradientFlowTests.network(sizes, .tanh), inputs: inputs,
                                        problem: .classification(classes: 2), loss: .binaryCrossEntropy)
        let sigmoidRatio = sigmoid[0].meanAbsGradient / sigmoid[4].meanAbsGradient
        let tanhRatio = tanh[0].meanAbsGradient / tanh[4].meanAbsGradient
        #expect(sigmoidRatio < 0.05)
        #expect(tanhRatio > 5 * sigmoidRatio)
    }

    @Test func noPointsNoFigures() {
        let empty = FeatureMatrix(samples: [], features: [.x1, .x2])
        #expect(GradientFlow.measure(network: GradientFlowTests.network([2, 2, 1], .relu), inputs: empty,
                                     problem: .classification(classes: 2), loss: .binaryCrossEntropy).isEmpty)
    }
}
