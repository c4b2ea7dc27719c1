import NNCore
@testable import NNSession
import Testing

/// `dead-units`, `first-layer-gradient` and `gradient-ratio` against a direct
/// computation with the scalar reference network: per-point forward passes for the
/// dead units, the mean of per-point backpropagated gradients for the layers.
@Suite struct GradientFlowGoalTests {
    /// A ReLU network trained at a rate that kills units, and a deep sigmoid one.
    static func state(activation: Activation, lr: Double, epochs: Int) throws -> PlaygroundState {
        var config = TrainingConfig()
        config.dataset.count = 80
        config.hiddenLayers = [6, 6, 6]
        config.activation = activation
        config.optimizer.learningRate = lr
        var state = try PlaygroundState(config: config)
        for _ in 0..<epochs { state.trainEpoch() }
        return state
    }

    /// (share of dead hidden units, first layer's mean |∂L/∂w|, last layer's), computed directly.
    static func direct(_ state: PlaygroundState) -> (dead: Double, first: Double, last: Double) {
        let trainer = state.trainer, network = trainer.network, layout = network.layout
        let inputs = trainer.trainInputs, n = inputs.count
        var alive = (1..<layout.layerCount).map { [Bool](repeating: false, count: layout.sizes[$0]) }
        for s in 0..<n {
            let x = (0..<inputs.features.count).map { inputs.values[$0 * n + s] }
            let pass = ReferenceNetwork.forward(network, x: x)
            for l in 1..<layout.layerCount {
                for (i, a) in pass.a[l].enumerated() where a != 0 { alive[l - 1][i] = true }
            }
        }
        let units = alive.joined()
        let dead = Double(units.filter { !$0 }.count) / Double(units.count)
        let gradient = ReferenceNetwork.meanGradient(network, inputs: inputs, problem: trainer.problem,
                                                     loss: trainer.config.loss)
        func meanAbs(_ l: Int) -> Double {
            let weights = layout.weightOffsets[l]..<layout.biasOffsets[l]
            return weights.reduce(0) { $0 + abs(gradient[$1]) } / Double(weights.count)
        }
        return (dead, meanAbs(0), meanAbs(layout.layerCount - 1))
    }

    func goal(_ line: String) throws -> LessonGoal {
        LessonGoal(conditions: [LessonGoal.Line(try GoalCondition.parse(line), line: 1)])
    }

    @Test(arguments: [(Activation.relu, 3.0, 10), (.relu, 0.03, 5), (.sigmoid, 0.03, 5)])
    func figuresMatchTheReferenceNetwork(activation: Activation, lr: Double, epochs: Int) throws {
        let state = try Self.state(activation: activation, lr: lr, epochs: epochs)
        let o = LessonObservation(state: state, flowing: true)
        let expected = Self.direct(state)
        let dead = try #require(GoalMetric.deadUnits.value(in: o))
        #expect(abs(dead - expected.dead) < 1e-12)
        let first = try #require(GoalMetric.firstLayerGradient.value(in: o))
        #expect(abs(first - expected.first) <= 1e-9 * max(expected.first, 1e-300))
        if expected.last > 0 {
            let ratio = try #require(GoalMetric.gradientRatio.value(in: o))
            #expect(abs(ratio - expected.first / expected.last) <= 1e-9 * max(ratio, 1e-300))
        } else {
            #expect(GoalMetric.gradientRatio.value(in: o) == nil, "no ratio over a zero gradient")
        }
    }

    /// The large rate kills some units (the case the figure is for) and the deep sigmoid
    /// network's first layer gets far less gradient than its last.
    @Test func theFiguresShowTheFailures() throws {
        let killed = LessonObservation(state: try Self.state(activation: .relu, lr: 3, epochs: 10), flowing: true)
        #expect(try goal("dead-units > 0").isMet(by: killed))
        let sigmoid = LessonObservation(state: try Self.state(activation: .sigmoid, lr: 0.03, epochs: 5), flowing: true)
        #expect(try goal("gradient-ratio < 0.1").isMet(by: sigmoid))
    }

    /// Without the flow measured (no goal names it) the figures are missing, never 0.
    @Test func unmeasuredFlowMeetsNoGoal() throws {
        let state = try Self.state(activation: .relu, lr: 0.03, epochs: 1)
        let o = LessonObservation(state: state)
        #expect(try !goal("dead-units < 100%").isMet(by: o))
        #expect(try !goal("gradient-ratio > -1").isMet(by: o))
        #expect(try goal("dead-units < 100%").needsGradientFlow)
        #expect(try !goal("test-loss < 1").needsGradientFlow)
    }
}
