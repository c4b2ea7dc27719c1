import NNCore
@testable import NNSession
import Testing

@Suite struct LessonGoalTests {
    /// An observation of the default config with the given figures.
    func observation(epoch: Int = 10, trainLoss: Double = 0.3, test: LessonObservation.Figures? = nil,
                     diverged: Bool = false, configure: (inout TrainingConfig) -> Void = { _ in }) -> LessonObservation {
        var config = TrainingConfig()
        configure(&config)
        return LessonObservation(config: config, problem: .classification(classes: 2), epoch: epoch,
                                 diverged: diverged, train: .init(loss: trainLoss, accuracy: 0.8), test: test)
    }

    func goal(_ lines: String...) throws -> LessonGoal {
        LessonGoal(conditions: try lines.map { LessonGoal.Line(try GoalCondition.parse($0), line: 1) })
    }

    @Test func numbersCompareAndPercentagesAreFractions() throws {
        let o = observation(test: .init(loss: 0.12, accuracy: 0.96, auc: 0.99))
        #expect(try goal("test-loss < 0.2").isMet(by: o))
        #expect(try !goal("test-loss < 0.1").isMet(by: o))
        #expect(try goal("test-accuracy >= 95%", "test-auc >= 0.98").isMet(by: o))
        #expect(try !goal("test-accuracy >= 97%").isMet(by: o))
        #expect(try goal("loss-gap < -0.1").isMet(by: o))
    }

    @Test func missingFiguresNeverMeetAGoal() throws {
        let noTest = observation(test: nil)
        #expect(try !goal("test-loss < 100").isMet(by: noTest))
        #expect(try !goal("test-r2 > -100").isMet(by: observation(test: .init(loss: 0.1))))
        let nan = observation(trainLoss: .nan)
        #expect(try !goal("train-loss < 1").isMet(by: nan))
        #expect(try !goal("train-loss > 1").isMet(by: nan))
    }

    /// `val-loss` and `val-accuracy` read the validation points, on a real state with a
    /// validation split; without one they are missing and meet no goal.
    @Test func validationFiguresComeFromTheValidationSet() throws {
        var config = TrainingConfig()
        config.dataset.validationRatio = 0.2
        var state = try PlaygroundState(config: config)
        for _ in 0..<5 { state.trainEpoch() }
        let o = LessonObservation(state: state)
        let validation = try #require(state.trainer.evaluate().validation)
        #expect(o.validation?.loss == validation.loss && o.validation?.accuracy == validation.accuracy)
        #expect(try goal("val-loss < \(validation.loss + 0.01)").isMet(by: o))
        #expect(try !goal("val-loss < \(validation.loss - 0.01)").isMet(by: o))
        #expect(try !goal("val-accuracy >= 0%").isMet(by: observation()), "no validation set, no figure")
    }

    @Test func withinCountsTheNetworksEpochs() throws {
        var g = try goal("train-loss < 0.5")
        g.withinEpochs = 10
        #expect(g.isMet(by: observation(epoch: 10)))
        let late = g.evaluate(observation(epoch: 11))
        #expect(!late.isMet && !late.inTime && late.conditions.allSatisfy(\.isMet))
    }

    @Test func settingsAndShape() throws {
        let relu = observation { $0.activation = .relu; $0.hiddenLayers = [3, 2]; $0.optimizer.learningRate = 0.3 }
        #expect(try goal("activation is relu", "neurons <= 5", "layers = 2", "lr >= 0.1").isMet(by: relu))
        #expect(try !goal("activation not relu, elu").isMet(by: relu))
        #expect(try goal("activation in tanh, relu").isMet(by: relu))
        let features = observation { $0.features = [.x1, .x1Squared, .x2Squared] }
        #expect(try goal("features has x1sq, x2sq").isMet(by: features))
        #expect(try !goal("features is x1sq, x2sq").isMet(by: features))
        #expect(try goal("features not sin1, sin2", "inputs = 3").isMet(by: features))
        let l2 = observation { $0.regularization.l2 = 0.01 }
        #expect(try goal("regularization is l2").isMet(by: l2))
        #expect(try goal("regularization is none").isMet(by: observation()))
    }

    @Test func divergence() throws {
        #expect(try goal("diverged").isMet(by: observation(diverged: true)))
        #expect(try !goal("diverged").isMet(by: observation()))
        #expect(try goal("diverged is no").isMet(by: observation()))
    }

    @Test func evaluationShowsCurrentValues() throws {
        let o = observation(test: .init(loss: 0.25, accuracy: 0.875))
        let e = try goal("test-loss < 0.2", "test-accuracy >= 80%").evaluate(o)
        #expect(e.conditions.map(\.isMet) == [false, true])
        #expect(e.conditions.map(\.current) == ["0.25", "87.5%"])
        #expect(e.conditions.map(\.condition.text) == ["test-loss < 0.2", "test-accuracy >= 80%"])
    }

    @Test func aRealPlaygroundIsObserved() throws {
        var state = try PlaygroundState(config: TrainingConfig(dataset: DatasetConfig(kind: .gauss), hiddenLayers: []))
        let g = try goal("test-accuracy >= 95%")
        #expect(!g.isMet(by: LessonObservation(state: state)))
        for _ in 0..<20 { state.trainEpoch() }
        let o = LessonObservation(state: state)
        #expect(o.epoch == 20)
        #expect(g.isMet(by: o))
        let unmeasured = LessonObservation(state: state, measuring: false)
        #expect(unmeasured.train.loss.isNaN && unmeasured.test == nil && unmeasured.epoch == 20)
        let setting = try goal("activation is tanh")
        #expect(g.needsMeasuring && !setting.needsMeasuring)
    }
}
