import Foundation
import NNCore
import NNSession
import Testing

/// The engine computes the inspector's figures the screen asks for (with the
/// pictures, never as a command): the same numbers as computing them directly.
@Suite struct EngineInspectorTests {
    @Test func publishedEvaluationEqualsADirectComputation() throws {
        let config = TrainingConfig(hiddenLayers: [4, 3], threshold: 0.35)
        let engine = Engine(state: try PlaygroundState(config: config))
        defer { engine.stop() }
        let spec = InspectorSpec(view: .evaluation, set: .test)
        engine.requestPictures(PictureRequest(.none, inspector: spec))
        engine.send(.run(epochs: 5))
        let done = engine.waitForSnapshot { !$0.isPlaying && $0.epoch >= 5 && $0.inspection?.version == $0.version }
        let inspection = try #require(done.inspection)
        #expect(inspection.spec == spec)
        let direct = EvaluationInspection(network: done.network, features: config.features, problem: done.problem,
                                          samples: done.testSamples, set: .test, threshold: 0.35)
        #expect(inspection.content == .evaluation(direct))
        #expect(engine.commandLog().map(\.command) == [.run(epochs: 5)], "the request is never logged")
    }

    @Test func gradientFlowIsRecordedPerEpochWhileItsViewIsOpen() throws {
        let config = TrainingConfig(hiddenLayers: [4, 3])
        var state = try PlaygroundState(config: config)
        var painter = InspectorPainter()
        let spec = InspectorSpec(view: .gradientFlow)
        for _ in 0..<3 {
            state.advance(to: state.sessionStep + state.trainer.stepsPerEpoch)
            _ = state.snapshot().inspected(spec, by: &painter)
        }
        let last = state.snapshot().inspected(spec, by: &painter)
        guard case .gradientFlow(let flow) = last.inspection?.content else {
            Issue.record("no gradient flow")
            return
        }
        #expect(flow.entries.map(\.at) == [1, 2, 3], "one measurement per epoch seen, none twice")
        let trainer = state.trainer
        let direct = GradientFlow.measure(network: trainer.network,
                                          inputs: FeatureMatrix(samples: trainer.split.train, features: config.features),
                                          problem: trainer.problem, loss: config.loss)
        #expect(flow.entries.last?.value == direct)
    }

    /// While a screen watches with the gradients view closed, the engine still measures
    /// each new epoch's flow (at most once a frame), so the history covers the run when
    /// the view opens: here the epochs before it opened, 0 (the run's start) and 30.
    @Test func gradientFlowIsMeasuredWhileItsViewIsClosed() throws {
        let config = TrainingConfig(hiddenLayers: [4, 3])
        let engine = Engine(state: try PlaygroundState(config: config))
        defer { engine.stop() }
        engine.requestPictures(PictureRequest(.none, inspector: InspectorSpec(view: .evaluation)))
        engine.send(.run(epochs: 30))
        let trained = engine.waitForSnapshot { !$0.isPlaying && $0.epoch == 30 }
        engine.requestPictures(PictureRequest(.none, inspector: InspectorSpec(view: .gradientFlow)))
        let opened = engine.waitForSnapshot { $0.inspection?.spec.view == .gradientFlow }
        guard case .gradientFlow(let flow) = opened.inspection?.content else {
            Issue.record("no gradient flow")
            return
        }
        #expect(flow.entries.first?.at == 0 && flow.entries.last?.at == 30)
        let direct = GradientFlow.measure(network: trained.network,
                                          inputs: FeatureMatrix(samples: trained.trainSamples, features: config.features),
                                          problem: trained.problem, loss: config.loss)
        #expect(flow.entries.last?.value == direct)
        #expect(engine.commandLog().map(\.command) == [.run(epochs: 30)], "nothing of it is a command")
    }

    /// Without an engine (headless replay, tests) a snapshot is inspected with the same
    /// painter, and the validation set is there too.
    @Test func aSnapshotInspectedHeadlessShowsTheValidationSet() throws {
        var config = TrainingConfig(hiddenLayers: [4])
        config.dataset.validationRatio = 0.2
        let snapshot = try PlaygroundState(config: config).snapshot()
        #expect(snapshot.validationSamples.count == 100)
        var painter = InspectorPainter()
        let spec = InspectorSpec(view: .evaluation, set: .validation)
        let inspected = snapshot.inspected(spec, by: &painter)
        let direct = EvaluationInspection(network: snapshot.network, features: config.features, problem: snapshot.problem,
                                          samples: snapshot.validationSamples, set: .validation, threshold: 0.5)
        #expect(inspected.inspection?.content == .evaluation(direct))
        #expect(direct.count == 100)
    }
}
