import Foundation
import Testing
@testable import NNCore

/// One rule calls a two-class point: score ≥ t is class 1. The predicted class, the
/// confusion matrix of `ThresholdedScores`, the evaluation of a set and the setting's
/// table entry all follow it, ties included.
@Suite struct DecisionThresholdTests {
    /// σ(x1) with w = 1, b = 0: the score of x is σ(x).
    static let network = Network(layout: NetworkLayout(sizes: [1, 1]), activation: .tanh, output: .sigmoid,
                                 parameters: [1, 0])
    /// Classes 0, 0, 1, 0, 1, 1 at x = −2, −1, 0.5, 1, 2, 3.
    static let samples = [(-2.0, 0.0), (-1, 0), (0.5, 1), (1, 0), (2, 1), (3, 1)].map {
        Sample(x1: $0.0, x2: 0, label: $0.1)
    }

    /// An untrained network whose weights are all zero scores every point exactly 0.5
    /// (σ(0), (tanh 0 + 1)/2, a two-way softmax of equal logits): at t = 0.5 every point
    /// is class 1, as scikit-learn's `roc_curve` counts a score equal to the threshold.
    @Test(arguments: [OutputHead.sigmoid, .tanh, .softmax])
    func aScoreEqualToTheThresholdIsClassOne(head: OutputHead) {
        let layout = NetworkLayout(sizes: [1, head == .softmax ? 2 : 1])
        let zero = Network(layout: layout, activation: .tanh, output: head,
                           parameters: [Double](repeating: 0, count: layout.parameterCount))
        let inputs = FeatureMatrix(samples: Self.samples, features: [.x1])
        let outputs = NetworkOutputs(network: zero, inputs: inputs, problem: .classification(classes: 2), loss: nil)
        #expect(outputs.positiveScores(head: head) == [Double](repeating: 0.5, count: 6))
        #expect(outputs.predictedClasses(head: head, classes: 2, threshold: 0.5) == [1, 1, 1, 1, 1, 1])
        #expect(outputs.predictedClasses(head: head, classes: 2, threshold: 0.55) == [0, 0, 0, 0, 0, 0])
    }

    /// The predicted classes and `ThresholdedScores` agree point by point at every
    /// threshold of the setting's ladder and at every score itself.
    @Test func predictionsAndTheConfusionMatrixUseOneRule() {
        let inputs = FeatureMatrix(samples: Self.samples, features: [.x1])
        let outputs = NetworkOutputs(network: Self.network, inputs: inputs, problem: .classification(classes: 2),
                                     loss: nil)
        let scores = outputs.positiveScores(head: .sigmoid)
        let labels = Self.samples.map { Int($0.label) }
        for t in Ladder.threshold.rungs + scores {
            let predicted = outputs.predictedClasses(head: .sigmoid, classes: 2, threshold: t)
            let direct = ConfusionMatrix(actual: labels, predicted: predicted, classes: 2)
            #expect(direct == ThresholdedScores(scores: scores, labels: labels).confusion(at: t), "t = \(t)")
        }
    }

    /// Counted by hand: t = 0.5 calls x ≥ 0 class 1 (TP 3, FP 1, TN 2, FN 0: accuracy
    /// 5/6); t = 0.75 calls x ≥ ln 3 ≈ 1.10 (TP 2, FP 0, TN 3, FN 1: accuracy 5/6);
    /// t = 0.2 calls x ≥ ln ¼ ≈ −1.39 (TP 3, FP 2, TN 1, FN 0: accuracy 4/6).
    @Test func aSetIsEvaluatedAtTheThreshold() {
        let inputs = FeatureMatrix(samples: Self.samples, features: [.x1])
        func counts(_ t: Double) -> [Int] {
            let e = SetEvaluation(network: Self.network, inputs: inputs, problem: .classification(classes: 2),
                                  loss: .binaryCrossEntropy, penalty: 0, threshold: t)
            let m = e.confusion!
            return [m.truePositives, m.falsePositives, m.trueNegatives, m.falseNegatives]
        }
        #expect(counts(0.5) == [3, 1, 2, 0])
        #expect(counts(0.75) == [2, 0, 3, 1])
        #expect(counts(0.2) == [3, 2, 1, 0])
    }

    /// The same network scored by a trainer follows `config.threshold`.
    @Test func theTrainerEvaluatesAtTheConfiguredThreshold() throws {
        var config = TrainingConfig(dataset: DatasetConfig(kind: .circle, noise: 0.1), hiddenLayers: [3])
        let base = try Trainer(config: config, dataset: DatasetFactory.make(config, loaded: nil))
        config.threshold = 0
        var all = base
        try all.updateSettings(config)
        #expect(all.network.parameters == base.network.parameters, "a threshold never touches the weights")
        let m = try #require(all.evaluate().train.confusion)
        #expect(m.predictedCount(of: 1) == m.total, "t = 0 calls every point class 1")
    }

    @Test func theSettingParsesStepsAndRefuses() throws {
        let s = Settings.threshold
        #expect(Settings.lessonSetting(named: "decision-threshold")?.key == "threshold")
        #expect(try s.change(parsing: "0.3").value == .number(0.3))
        #expect(try s.change(parsing: "30%").value == .number(0.3))
        #expect(throws: SettingValueError.notANumber) { try s.change(parsing: "high") }
        for (value, ok) in [(0.0, true), (1, true), (0.35, true), (-0.01, false), (1.5, false), (30, false), (.nan, false)] {
            let c = TrainingConfig(threshold: value)
            #expect((s.rangeProblem(in: c) == nil) == ok, "\(value)")
        }
        #expect(s.rangeProblem(in: TrainingConfig(threshold: 2)) == "--threshold must be between 0 and 1")
        #expect(throws: InputError.self) { try TrainingConfig(threshold: 2).validate(for: .classification(classes: 2)) }
        // ← and → move by 0.05 on the grid k/20; an off-grid value (a click on the ROC
        // curve) steps to the next rung; the ends stop.
        func step(_ t: Double, _ d: Int) -> Double? {
            s.stepped(TrainingConfig(threshold: t), by: d, csv: nil)?.first?.value.number
        }
        #expect(step(0.5, 1) == 0.55 && step(0.5, -1) == 0.45)
        #expect(step(0.33, 1) == 0.35 && step(0.33, -1) == 0.3)
        #expect(step(1, 1) == nil && step(0, -1) == nil)
    }

    /// Files written before the threshold read as 0.5, and 0.5 is not written, so old
    /// sessions and models stay byte for byte the same.
    @Test func theDefaultIsNotWrittenAndAbsentReadsAsOneHalf() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = String(decoding: try encoder.encode(TrainingConfig()), as: UTF8.self)
        #expect(!plain.contains("threshold"))
        #expect(try JSONDecoder().decode(TrainingConfig.self, from: Data(plain.utf8)).threshold == 0.5)
        let moved = try encoder.encode(TrainingConfig(threshold: 0.3))
        #expect(try JSONDecoder().decode(TrainingConfig.self, from: moved).threshold == 0.3)
    }
}
