import NNCore
import NNSession
import Testing

/// Which changes keep the network and which rebuild it (issue 3), and that every
/// rebuild, reset and regeneration is deterministic.
@Suite struct PlaygroundStateRulesTests {
    private func trained(_ config: TrainingConfig = TrainingConfig(), steps: Int = 60) throws -> PlaygroundState {
        var state = try PlaygroundState(config: config)
        state.advance(to: steps)
        return state
    }

    private func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

    @Test func liveSettingsKeepTheNetworkAndCounters() throws {
        var config = TrainingConfig()
        config.optimizer = OptimizerConfig(kind: .momentum, learningRate: 0.03)
        var state = try trained(config)
        let before = state.snapshot()
        var changed = config
        changed.optimizer.learningRate = 0.1
        changed.optimizer.momentum = 0.5
        changed.regularization = Regularization(l2: 0.001, dropout: 0.1)
        changed.batchSize = 25
        changed.clipNorm = 1
        state.apply(.configure(changed))
        let after = state.snapshot()
        #expect(state.lastRejection == nil)
        #expect(after.config == changed)
        #expect(bits(after.network.parameters) == bits(before.network.parameters))
        #expect(after.step == before.step && after.epoch == before.epoch)
        #expect(state.trainer.optimizer.stepCount == 60)
        #expect(after.lossHistory == before.lossHistory)
        #expect(after.stepsPerEpoch == 10)
        let stepped = state.step()
        #expect(stepped)
    }

    @Test func shapeChangesRebuildTheNetworkFromTheSeed() throws {
        var state = try trained()
        var wider = state.config
        wider.hiddenLayers = [5, 3]
        state.apply(.configure(wider))
        let fresh = try PlaygroundState(config: wider)
        #expect(state.trainer.steps == 0 && state.trainer.epochs == 0)
        #expect(state.sessionStep == 60)
        #expect(bits(state.trainer.network.parameters) == bits(fresh.trainer.network.parameters))
        #expect(state.trainer.split == fresh.trainer.split)
        #expect(state.lossHistory.points.count == 1)

        var tanhToRelu = state.config
        tanhToRelu.activation = .relu
        state.advance(to: 80)
        state.apply(.configure(tanhToRelu))
        #expect(state.trainer.steps == 0)
        #expect(state.trainer.network.activation == .relu)
        // The weights depend on the shape, initializer and seed only: the same draw again.
        #expect(bits(state.trainer.network.parameters) == bits(fresh.trainer.network.parameters))
    }

    @Test func regenerateDrawsNewDataDeterministically() throws {
        var a = try trained()
        var b = try trained()
        let original = a.trainer.split
        let dataVersion = a.dataVersion
        a.apply(.regenerateData)
        b.apply(.regenerateData)
        #expect(a.config.dataset.generation == 1)
        #expect(a.trainer.split != original)
        #expect(a.trainer.split == b.trainer.split)
        #expect(a.dataVersion == dataVersion + 1)
        #expect(a.trainer.steps == 0)
        var expected = TrainingConfig()
        expected.dataset.generation = 1
        #expect(a.trainer.split == (try PlaygroundState(config: expected)).trainer.split)
    }

    @Test func resetsDrawNewReproducibleWeights() throws {
        var a = try trained()
        var b = try trained()
        let initial = try PlaygroundState(config: TrainingConfig()).trainer.network.parameters
        a.apply(.resetWeights)
        let first = a.trainer.network.parameters
        a.advance(to: 100)
        a.apply(.resetWeights)
        let second = a.trainer.network.parameters
        b.apply(.resetWeights)
        #expect(bits(b.trainer.network.parameters) == bits(first))
        b.advance(to: 100)
        b.apply(.resetWeights)
        #expect(bits(b.trainer.network.parameters) == bits(second))
        #expect(first != initial && second != first && second != initial)
        #expect(a.resetCount == 2 && a.trainer.steps == 0 && a.sessionStep == 100)
    }

    @Test func addedPointsJoinTrainingAndSurviveRebuildsButNotNewData() throws {
        var a = try trained()
        var b = try trained()
        let counts = (a.trainer.split.train.count, a.trainer.split.test.count)
        let point = Sample(x1: 0.5, x2: -1, label: 1)
        a.apply(.addPoint(point))
        b.apply(.addPoint(point))
        #expect(a.trainer.split.train.count == counts.0 + 1 && a.trainer.split.test.count == counts.1)
        #expect(a.trainer.split.train.last == point)
        #expect(a.trainer.steps == 60)
        a.advance(to: 200)
        b.advance(to: 200)
        #expect(bits(a.trainer.network.parameters) == bits(b.trainer.network.parameters))
        var deeper = a.config
        deeper.hiddenLayers = [4, 4, 2]
        a.apply(.configure(deeper))
        #expect(a.trainer.split.train.last == point)
        a.apply(.regenerateData)
        #expect(a.trainer.split.train.count == counts.0)
    }

    @Test func invalidCommandsAreRejectedAndChangeNothing() throws {
        var state = try trained()
        let before = state.snapshot()
        state.apply(.addPoint(Sample(x1: 0, x2: 0, label: 2)))
        #expect(state.lastRejection?.kind == "addPoint")
        var bad = state.config
        bad.hiddenLayers = [0]
        state.apply(.configure(bad))
        #expect(state.lastRejection?.kind == "configure")
        var regression = state.config
        regression.dataset.kind = .regPlane  // still a sigmoid head: does not fit
        state.apply(.configure(regression))
        #expect(state.lastRejection?.message.contains("regression") == true)
        state.apply(.setSpeed(stepsPerSecond: 0))
        #expect(state.lastRejection?.kind == "setSpeed")
        #expect(state.config == before.config)
        #expect(state.trainer.network == before.network)
        #expect(state.trainer.split.train == before.trainSamples)
        state.apply(.pause)
        #expect(state.lastRejection == nil)
    }

    @Test func csvPointsAreKeptAndRegeneratingDrawsANewSplit() throws {
        var samples: [Sample] = []
        for i in 0..<40 {
            samples.append(Sample(x1: Double(i % 8) - 4, x2: Double(i / 8) - 2, label: Double(i % 2)))
        }
        let csv = Dataset(samples: samples, problem: .classification(classes: 2))
        var config = TrainingConfig()
        config.dataset.kind = nil
        config.dataset.csvPath = "points.csv"
        #expect(throws: InputError.self) { try PlaygroundState(config: config) }
        var state = try PlaygroundState(config: config, csv: csv)
        let before = state.trainer.split
        state.apply(.regenerateData)
        let after = state.trainer.split
        let key = { (s: Sample) in "\(s.x1),\(s.x2),\(s.label)" }
        #expect(after != before)
        #expect(Set((after.train + after.test).map(key)) == Set(samples.map(key)))
        var circle = state.config
        circle.dataset.kind = .circle
        state.apply(.configure(circle))
        #expect(state.trainer.split.train.count == 250)
        circle.dataset.kind = nil
        state.apply(.configure(circle))
        #expect(state.trainer.split == after)
    }

    /// A linear network on regression data with a huge learning rate: blows up in a few steps.
    static func explosive() -> TrainingConfig {
        var config = TrainingConfig(activation: .linear, output: .linear, loss: .meanSquaredError)
        config.dataset.kind = .regPlane
        config.optimizer.learningRate = 1000
        return config
    }

    @Test func divergencePausesAndALowerRateOrAResetRecovers() throws {
        let config = PlaygroundStateRulesTests.explosive()
        var state = try PlaygroundState(config: config)
        state.apply(.play)
        var steps = 0
        while state.step() && steps < 1000 { steps += 1 }
        let diverged = state.trainer.divergedAtStep != nil, playing = state.isPlaying
        #expect(diverged && !playing)
        let stuck = state.sessionStep
        let moved = state.advance(to: stuck + 5)
        #expect(!moved && state.sessionStep == stuck)
        state.apply(.play)
        let refused = state.lastRejection != nil, playingAgain = state.isPlaying
        #expect(refused && !playingAgain)

        var reset = state
        reset.apply(.resetWeights)
        let recovered = reset.trainer.divergedAtStep == nil && reset.trainer.network.isFinite
        #expect(recovered)

        var calmer = config
        calmer.optimizer.learningRate = 0.001
        state.apply(.configure(calmer))
        let rebuilt = state.trainer.divergedAtStep == nil && state.trainer.steps == 0
        #expect(rebuilt)
        state.apply(.play)
        let resumed = state.isPlaying
        #expect(resumed)
        let reached = state.advance(to: stuck + 100)
        let finite = state.trainer.network.isFinite
        #expect(reached && finite)
    }
}
