import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The playground's `m` and `e` on a `ScriptedBackend` with a real engine: the loop
/// pauses training, hands its terminal to the comparison (`openCompare`: here a search
/// screen on a fixed grid, left with `q`), then comes back as it was, training again,
/// with the comparison's note. Without an opener the keys say they are not here.
@MainActor
@Suite struct PlaygroundCompareKeyTests {
    @Test func mAndEOpenTheComparisonOnTheSameTerminalAndQComesBackTraining() throws {
        var config = TrainingConfig()
        config.dataset.kind = .circle
        let engine = Engine(state: try PlaygroundState(config: config))
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .milliseconds(50), .input(.character(" "))),
            .init(at: .milliseconds(100), .input(.character("m"))),
            .init(at: .milliseconds(150), .input(.character("q"))),  // leaves the search
            .init(at: .milliseconds(200), .input(.character("e"))),
            .init(at: .milliseconds(250), .input(.character("q"))),  // leaves the sweep
            .init(at: .milliseconds(400), .input(.character("q"))),  // quits the playground
        ])
        let app = PlaygroundApp(engine: engine, state: AppFixture.state(config))
        var opened: [(CompareScreen, TrainingConfig)] = []
        var outcomes: [FeedApp<SearchScreenState>.Outcome] = []
        app.openCompare = { screen, setup, terminal in
            opened.append((screen, setup))
            let feed = SearchFeed(SearchScreenTests.grid())
            outcomes.append(FeedApp<SearchScreenState>(feed: feed).run(on: terminal))
            return .returned(note: "\(screen) done")
        }
        _ = app.run(on: backend)
        engine.stop()

        #expect(opened.map(\.0) == [.search, .sweep])
        #expect(opened.allSatisfy { $0.1 == config }, "the comparison is of the playground's setup")
        #expect(outcomes == [.quit, .quit], "q left each comparison")
        #expect(engine.commandLog().map(\.command) == [.play, .pause, .play, .pause, .play],
                "paused while the comparison ran, training again after")
        let frames = backend.frames.map(\.text)
        let search = try #require(frames.firstIndex { $0.contains("7×7 cells") })
        #expect(frames[search...].contains { $0.contains("search done") && $0.contains("controls") },
                "back in the playground, with the note")
        #expect(backend.remainingCues == 0 && app.state.shouldQuit, "the last q quit the playground")
    }

    @Test func withoutAnOpenerTheKeysSaySo() throws {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .milliseconds(50), .input(.character("m"))),
            .init(at: .milliseconds(100), .quit),
        ])
        let app = PlaygroundApp(engine: engine, state: AppFixture.state())
        _ = app.run(on: backend)
        engine.stop()
        #expect(backend.frames.last?.text.contains("opens from the playground itself") == true)
        #expect(engine.commandLog().isEmpty)
    }
}
