import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The curve lab's run loop on a `ScriptedBackend` with a real engine: keys become
/// commands the engine applies, and the recorded log replays to the same bits.
@MainActor
@Suite struct CurvesLoopTests {
    static let size = Size(width: 120, height: 40)
    static let settings = CurveLabSettings(target: .sin, degree: 3, optimizer: OptimizerConfig(kind: .sgd, learningRate: 0.1))

    @Test func keysDriveTheEngineAndTheLogReplaysToTheSameBits() throws {
        let engine = LabEngine<CurveLab>(state: CurveLab(settings: Self.settings))
        let backend = ScriptedBackend(size: Self.size, script: [
            .init(at: .milliseconds(100), .input(.right)),            // degree 4
            .init(at: .milliseconds(200), .input(.character("s"))),   // one step
            .init(at: .milliseconds(300), .input(.character("s"))),
            .init(at: .milliseconds(400), .input(.down)),
            .init(at: .milliseconds(500), .input(.right)),            // λ 1e-8
            .init(at: .milliseconds(600), .input(.character("3"))),   // error by λ
            .init(at: .milliseconds(700), .input(.character("q"))),
        ])
        let app = CurvesApp(engine: engine, state: CurvesAppState(settings: Self.settings))
        app.run(on: backend, startPlaying: false)
        engine.stop()
        let last = engine.latestSnapshot()
        #expect(last.settings.degree == 4 && last.settings.l2 == 1e-8)
        #expect(last.sessionStep == 2)
        #expect(app.state.plot == .byRidge)
        let log = engine.commandLog()
        #expect(log.map(\.command) == [.setDegree(4), .step, .step, .setL2(1e-8)])
        let replayed = CurveLab.replay(settings: Self.settings, log: log, until: last.sessionStep)
        #expect(replayed.stateHash == last.stateHash)
        #expect(backend.frames.last?.text.contains("error by ridge λ") == true)
    }

    /// Playing for real: the engine steps on its own thread; the session recorded from
    /// its log and final snapshot replays bit for bit.
    @Test func aPlayedSessionReplaysBitForBit() throws {
        var lab = CurveLab(settings: Self.settings)
        lab.apply(.setSpeed(nil))
        let initial = lab
        let engine = LabEngine<CurveLab>(state: lab)
        engine.send(.play)
        let deadline = MonotonicClock.now() + 5_000_000_000
        while engine.latestSnapshot().sessionStep < 2_000 && MonotonicClock.now() < deadline {}
        engine.send(.setDegree(7))
        engine.send(.setOptimizer(.adam))
        while engine.latestSnapshot().sessionStep < 4_000 && MonotonicClock.now() < deadline {}
        engine.send(.pause)
        engine.stop()
        let last = engine.latestSnapshot()
        #expect(last.sessionStep >= 4_000)
        let log = engine.commandLog()
        let session = CurveSession(settings: initial.settings, stepsPerSecond: initial.stepsPerSecond, log: log,
                                   end: (last.sessionStep, last.stateHash))
        let read = try CurveSession.decode(try session.text(), path: "played.session")
        #expect(read.replay().stateHash == last.stateHash)
    }
}
