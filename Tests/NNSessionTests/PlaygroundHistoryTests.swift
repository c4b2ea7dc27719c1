import NNCore
import NNSession
import Testing

/// The loss history stays bounded and evenly spaced however long training runs.
@Suite struct PlaygroundHistoryTests {
    private func assertEven(_ history: LossHistory) {
        let epochs = history.points.map(\.epoch)
        #expect(epochs.first == 0)
        for (a, b) in zip(epochs, epochs.dropFirst()) { #expect(b - a == history.interval) }
    }

    @Test func halvingKeepsEveryOtherPointAndDoublesTheInterval() {
        var history = LossHistory(interval: 3, capacity: 8)
        var epoch = 0
        for _ in 0..<10_000 {
            if history.isDue(epoch: epoch) {
                history.record(LossHistory.Point(epoch: epoch, step: epoch * 5, trainLoss: 1 / Double(epoch + 1),
                                                 testLoss: nil))
            }
            #expect(history.points.count <= 8)
            epoch += 1
        }
        #expect(history.points.count >= 4)
        #expect(history.interval % 3 == 0 && history.interval > 3)
        assertEven(history)
        let allNaN = history.testLosses.allSatisfy { $0.isNaN }
        #expect(allNaN)
    }

    @Test func theStateRecordsABoundedEvenHistory() throws {
        var state = try PlaygroundState(config: TrainingConfig(), historyCapacity: 16)
        #expect(state.lossHistory.points.count == 1)  // epoch 0
        let interval = state.lossHistory.interval
        state.advance(to: 25 * interval * 40)  // 40 intervals of 25-step epochs
        let history = state.lossHistory
        #expect(history.points.count <= 16 && history.points.count >= 8)
        #expect(history.interval == interval * 4)
        assertEven(history)
        #expect(history.points.allSatisfy { $0.trainLoss.isFinite && ($0.testLoss?.isFinite ?? false) })
        #expect(history.points.last!.epoch <= state.trainer.epochs)
        let first = history.points[0].trainLoss, last = history.points.last!.trainLoss
        #expect(last < first)
    }

    @Test func aRebuildStartsANewHistory() throws {
        var state = try PlaygroundState(config: TrainingConfig(), historyCapacity: 16)
        state.advance(to: 2000)
        var config = state.config
        config.hiddenLayers = [3]
        state.apply(.configure(config))
        #expect(state.lossHistory.points.map(\.epoch) == [0])
    }
}
