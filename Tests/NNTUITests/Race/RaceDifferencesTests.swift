import NNCore
import Testing
@testable import NNTUI

/// A variant's label names what sets it apart, and only settings that apply to it.
@Suite struct RaceDifferencesTests {
    @Test func aSettingThatDoesNotApplyIsLeftOut() {
        var sgd = TrainingConfig(), momentum = TrainingConfig(), adam = TrainingConfig()
        sgd.optimizer = OptimizerConfig(kind: .sgd, learningRate: 0.03)
        momentum.optimizer = OptimizerConfig(kind: .momentum, learningRate: 0.03, momentum: 0.9)
        adam.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.03)
        let labels = RaceDifferences.labels([sgd, momentum, adam]).map(\.long)
        #expect(labels == ["optimizer=sgd momentum=0", "optimizer=momentum momentum=0.9", "optimizer=adam"])
        #expect(RaceDifferences.labels([sgd, sgd]).map(\.short) == ["same", "same"])
    }
}
