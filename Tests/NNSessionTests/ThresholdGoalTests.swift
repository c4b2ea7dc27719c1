import Foundation
import NNCore
@testable import NNSession
import Testing

/// Lesson goals at the step's threshold: precision, recall, F1 and MCC of class 1
/// follow `threshold`, and `threshold` itself is a goal metric. Counts by hand on six
/// points scored σ(x): classes 0, 0, 1, 0, 1, 1 at x = −2, −1, 0.5, 1, 2, 3.
@Suite struct ThresholdGoalTests {
    static let network = Network(layout: NetworkLayout(sizes: [1, 1]), activation: .tanh, output: .sigmoid,
                                 parameters: [1, 0])
    static let samples = [(-2.0, 0.0), (-1, 0), (0.5, 1), (1, 0), (2, 1), (3, 1)].map {
        Sample(x1: $0.0, x2: 0, label: $0.1)
    }

    /// The observation of the six points as the test set at threshold `t`.
    func observation(threshold t: Double) -> LessonObservation {
        let evaluation = SetEvaluation(network: Self.network, inputs: FeatureMatrix(samples: Self.samples, features: [.x1]),
                                       problem: .classification(classes: 2), loss: .binaryCrossEntropy, penalty: 0,
                                       threshold: t)
        let figures = LessonObservation.Figures(evaluation)
        return LessonObservation(config: TrainingConfig(threshold: t), problem: .classification(classes: 2),
                                 train: figures, test: figures, validation: figures)
    }

    func value(_ metric: String, _ o: LessonObservation) throws -> Double {
        try #require(GoalMetric(rawValue: metric)?.value(in: o))
    }

    /// t = 0.5: TP 3, FP 1, TN 2, FN 0 → precision 3/4, recall 1, F1 6/7,
    /// MCC (3·2 − 1·0)/√(4·3·3·2) = 1/√2.
    /// t = 0.2: TP 3, FP 2, TN 1, FN 0 → precision 3/5, recall 1, F1 3/4,
    /// MCC (3·1 − 2·0)/√(5·3·3·1) = 1/√5.
    /// t = 0.9: TP 1, FP 0, TN 3, FN 2 → precision 1, recall 1/3, F1 1/2, MCC 1/√5.
    @Test func precisionRecallF1AndMCCFollowTheThreshold() throws {
        let cases: [(t: Double, precision: Double, recall: Double, f1: Double, mcc: Double)] = [
            (0.5, 3.0 / 4, 1, 6.0 / 7, 1 / 2.0.squareRoot()),
            (0.2, 3.0 / 5, 1, 3.0 / 4, 1 / 5.0.squareRoot()),
            (0.9, 1, 1.0 / 3, 1.0 / 2, 1 / 5.0.squareRoot()),
        ]
        for c in cases {
            let o = observation(threshold: c.t)
            for set in ["train", "test", "val"] {
                #expect(abs(try value("\(set)-precision", o) - c.precision) < 1e-12, "\(set) t=\(c.t)")
                #expect(abs(try value("\(set)-recall", o) - c.recall) < 1e-12, "\(set) t=\(c.t)")
                #expect(abs(try value("\(set)-f1", o) - c.f1) < 1e-12, "\(set) t=\(c.t)")
                #expect(abs(try value("\(set)-mcc", o) - c.mcc) < 1e-12, "\(set) t=\(c.t)")
            }
            #expect(try value("threshold", o) == c.t)
        }
    }

    /// A student's goal: recall at least 0.9 with the threshold no higher than 0.4.
    @Test func aGoalOnTheThresholdAndRecall() throws {
        let goal = LessonGoal(conditions: try ["threshold <= 0.4", "test-recall >= 0.9", "test-mcc > 0.4"].map {
            LessonGoal.Line(try GoalCondition.parse($0), line: 1)
        })
        #expect(!goal.isMet(by: observation(threshold: 0.5)), "threshold too high")
        #expect(goal.isMet(by: observation(threshold: 0.2)))
        #expect(!goal.isMet(by: observation(threshold: 0.05)), "everything class 1: MCC 0")
    }

    /// No threshold for regression or three classes, and no MCC for regression.
    @Test func missingWhereThereIsNoThreshold() throws {
        let o = LessonObservation(config: TrainingConfig(), problem: .regression, train: .init(loss: 0.1, r2: 0.9))
        #expect(GoalMetric.threshold.value(in: o) == nil)
        #expect(GoalMetric.trainMCC.value(in: o) == nil)
        let blobs = LessonObservation(config: TrainingConfig(), problem: .classification(classes: 3),
                                      train: .init(loss: 0.1))
        #expect(GoalMetric.threshold.value(in: blobs) == nil)
    }

    /// On a real playground, moving the threshold (a recorded `configure`) re-judges
    /// the watched goal at once, without training a step.
    @Test func aWatchedGoalIsJudgedAgainWhenTheThresholdMoves() throws {
        var config = TrainingConfig(dataset: DatasetConfig(kind: .circle, noise: 0.1), hiddenLayers: [3])
        var state = try PlaygroundState(config: config)
        for _ in 0..<3 { state.trainEpoch() }
        let goal = LessonGoal(conditions: [LessonGoal.Line(try GoalCondition.parse("train-recall >= 1"), line: 1)])
        state.apply(.watchGoal(goal))
        let step = state.sessionStep, weights = state.trainer.network.parameters
        config = state.config
        config.threshold = 0
        state.apply(.configure(config))
        #expect(state.goalMetAt?.sessionStep == step, "t = 0 finds every point of class 1")
        #expect(state.sessionStep == step && state.trainer.network.parameters == weights)
        #expect(state.trainer.epochs == 3, "training goes on, not over")
    }
}
