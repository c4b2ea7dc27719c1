import Testing
@testable import NNCore

/// Backpropagation against central finite differences, (L(p + h) − L(p − h)) / 2h, for
/// every parameter of small networks: every hidden activation, every output head with
/// every loss it accepts, with and without L1/L2.
@Suite struct GradientCheckTests {
    struct Case: CustomStringConvertible, Sendable {
        let activation: Activation
        let head: OutputHead
        let loss: LossKind
        let problem: Problem
        let regularization: Regularization
        var description: String { "\(activation.rawValue)/\(head.rawValue)/\(loss.rawValue)/l1=\(regularization.l1),l2=\(regularization.l2)" }
    }

    static let heads: [(OutputHead, LossKind, Problem)] = [
        (.sigmoid, .binaryCrossEntropy, .classification(classes: 2)),
        (.sigmoid, .meanSquaredError, .classification(classes: 2)),
        (.softmax, .crossEntropy, .classification(classes: 3)),
        (.softmax, .meanSquaredError, .classification(classes: 3)),
        (.tanh, .meanSquaredError, .classification(classes: 2)),
        (.tanh, .meanSquaredError, .regression),
        (.linear, .meanSquaredError, .regression),
    ]

    static let cases: [Case] = Activation.allCases.flatMap { act in
        heads.flatMap { head, loss, problem in
            [Regularization(), Regularization(l1: 0.01, l2: 0.02)].map {
                Case(activation: act, head: head, loss: loss, problem: problem, regularization: $0)
            }
        }
    }

    /// Points with labels fitting `problem`, spread over the domain.
    static func inputs(_ problem: Problem, features: [Feature]) -> FeatureMatrix {
        var r = RandomSource(seed: 11)
        let samples = (0..<13).map { i -> Sample in
            let label: Double
            switch problem {
            case .regression: label = r.uniform(-1, 1)
            case .classification(let k): label = Double(i % k)
            }
            return Sample(x1: r.uniform(-3, 3), x2: r.uniform(-3, 3), label: label)
        }
        return FeatureMatrix(samples: samples, features: features)
    }

    @Test(arguments: cases)
    func backpropagationMatchesFiniteDifferences(_ c: Case) {
        let features: [Feature] = [.x1, .x2, .x1TimesX2, .sinX1]
        let layout = NetworkLayout(sizes: [features.count, 5, 3, c.head.outputCount(for: c.problem)])
        var r = RandomSource(seed: 5)
        var network = Network(layout: layout, activation: c.activation, output: c.head, initializer: .xavierNormal, random: &r)
        // Non-zero biases, and weights away from ReLU's kink at 0 for these points.
        for k in 0..<network.parameters.count { network.parameters[k] += 0.05 * r.uniform(-1, 1) }
        let x = Self.inputs(c.problem, features: features)
        let analytic = FullBatchGradient.compute(network: network, inputs: x, problem: c.problem, loss: c.loss,
                                                 regularization: c.regularization)
        let h = 1e-6
        var worst = 0.0
        for k in 0..<network.parameters.count {
            var plus = network, minus = network
            plus.parameters[k] += h
            minus.parameters[k] -= h
            let lp = FullBatchGradient.objective(network: plus, inputs: x, problem: c.problem, loss: c.loss, regularization: c.regularization)
            let lm = FullBatchGradient.objective(network: minus, inputs: x, problem: c.problem, loss: c.loss, regularization: c.regularization)
            let numeric = (lp - lm) / (2 * h)
            let error = abs(numeric - analytic[k]) / max(1e-4, abs(numeric) + abs(analytic[k]))
            worst = max(worst, error)
        }
        #expect(worst < 1e-5, "\(c): worst relative error \(worst)")
    }

    @Test func gradientIsNotTriviallyZero() {
        let layout = NetworkLayout(sizes: [2, 4, 1])
        var r = RandomSource(seed: 2)
        let network = Network(layout: layout, activation: .tanh, output: .sigmoid, initializer: .xavier, random: &r)
        let g = FullBatchGradient.compute(network: network, inputs: Self.inputs(.classification(classes: 2), features: [.x1, .x2]),
                                          problem: .classification(classes: 2), loss: .binaryCrossEntropy,
                                          regularization: Regularization())
        #expect(g.filter { abs($0) > 1e-6 }.count > g.count / 2)
    }
}
