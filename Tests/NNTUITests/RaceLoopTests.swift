import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The race screen's loop on a `ScriptedBackend` with a real race engine: keys become
/// race commands the engine logs, the frame shows every variant, a paused race sleeps.
@MainActor
@Suite struct RaceLoopTests {
    static let size = Size(width: 120, height: 40)

    func run(_ script: [ScriptedBackend.Cue]) throws -> (ScriptedBackend, LabEngine<RaceState>) {
        let race = try RaceScreenGoldenTests.race()
        let engine = LabEngine(state: race)
        let backend = ScriptedBackend(size: Self.size, script: script)
        backend.realWakeTimeout = .seconds(5)
        let app = RaceApp(engine: engine, state: RaceScreenGoldenTests.interface(race))
        _ = app.run(on: backend)
        engine.stop()
        return (backend, engine)
    }

    @Test func keysBecomeRaceCommandsAndTheFrameShowsEveryVariant() throws {
        let (backend, engine) = try run([
            .init(at: .seconds(1), .input(.character("a"))),
            .init(at: .seconds(2), .input(.character("x"))),
            .init(at: .seconds(3), .input(.character("s"))),
            .init(at: .seconds(4), .quit),
        ])
        let commands = engine.commandLog().map(\.command)
        #expect(commands == [.add(copyOf: 0, name: "copy of adam"), .remove(id: 0), .all(.step)], "\(commands)")
        let last = try #require(backend.frames.last?.text)
        #expect(last.contains("race · 3 variants"))
        #expect(last.contains("copy of") == false)  // labels say what differs, not names
        #expect(engine.latestSnapshot().variants.map(\.name) == ["sgd", "wild", "copy of adam"])
    }

    @Test func aPausedRaceSleepsUntilInput() throws {
        let (backend, _) = try run([.init(at: .seconds(60), .quit)])
        // The last sleep (the first, once the pictures came) has no deadline: until input.
        let last = try #require(backend.waits.last)
        #expect(last == nil, "\(backend.waits)")
    }
}
