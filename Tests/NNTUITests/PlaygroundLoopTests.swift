import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The live playground's run loop on a `ScriptedBackend`: what it draws, when, and when
/// it sleeps, with a fake clock (nothing here sleeps for real, except waiting for the
/// engine's thread to publish while training).
@MainActor
@Suite struct PlaygroundLoopTests {
    static let size = Size(width: 120, height: 40)

    /// Runs a paused playground (a real engine) through `script`; returns the backend.
    func run(_ script: [ScriptedBackend.Cue], options: PlaygroundApp.Options = PlaygroundApp.Options(),
             startPlaying: Bool = false, realWakes: Bool = false) throws -> (ScriptedBackend, PlaygroundStats) {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        defer { engine.stop() }
        PlaygroundLoopTests.preparePictures(engine, size: PlaygroundLoopTests.size)
        let backend = ScriptedBackend(size: PlaygroundLoopTests.size, script: script)
        if realWakes { backend.realWakeTimeout = .seconds(5) }
        let app = PlaygroundApp(engine: engine, state: AppFixture.state(), options: options)
        let stats = app.run(on: backend, startPlaying: startPlaying)
        return (backend, stats)
    }

    /// Has the engine publish the heatmap and thumbnails for a screen of `size` before
    /// the loop starts, so that its first frame is complete. (Otherwise the first frame
    /// asks for them and a second one shows them, whenever the engine's thread is done.)
    static func preparePictures(_ engine: Engine, size: Size) {
        let spec = NetworkFields.pictureSpec(for: engine.latestSnapshot(), layout: Layout.make(for: size, lesson: false))
        engine.requestPictures(PictureRequest(spec, interval: .milliseconds(25)))
        let deadline = MonotonicClock.now() + 5_000_000_000
        while engine.latestSnapshot().pictures?.spec != spec && MonotonicClock.now() < deadline {}
    }

    @Test func nothingChangedDrawsNoFrameAndSleepsForEver() throws {
        let (backend, stats) = try run([.init(at: .seconds(60), .quit)])
        #expect(backend.presentCalls == 1, "only the first frame")
        #expect(stats.frames == 1)
        #expect(backend.waits.count == 1 && backend.waits.allSatisfy { $0 == nil }, "\(backend.waits)")
    }

    @Test func aKeyIsVisibleInTheNextFrame() throws {
        let (backend, _) = try run([.init(at: .seconds(1), .input(.character("?"))), .init(at: .seconds(2), .quit)])
        #expect(backend.frames.count == 2)
        #expect(!(backend.frames.first?.text.contains("press ? or Esc to close") ?? true))
        let next = try #require(backend.frames.last)
        #expect(next.time == 1_000_000_000, "drawn at once, not at the next frame time")
        #expect(next.text.contains("press ? or Esc to close"))
    }

    @Test func aKeyThatChangesNothingDrawsNothing() throws {
        let (backend, stats) = try run([.init(at: .seconds(1), .input(.function(12))), .init(at: .seconds(2), .quit)])
        #expect(stats.events == 1)
        #expect(backend.presentCalls == 1)
    }

    @Test func aResizeLaysTheScreenOutAgain() throws {
        let (backend, _) = try run([
            .init(at: .seconds(1), .resize(Size(width: 80, height: 24))),
            .init(at: .seconds(2), .resize(Size(width: 60, height: 20))),
            .init(at: .seconds(3), .quit),
        ])
        // A new size may take two frames: at once, and again when the engine has
        // published the heatmap at the new size.
        var last: [Int: ScriptedBackend.PresentedFrame] = [:]
        var widths: [Int] = []
        for frame in backend.frames {
            if widths.last != frame.width { widths.append(frame.width) }
            last[frame.width] = frame
            #expect(frame.cells.count == frame.width * (frame.width == 120 ? 40 : frame.width == 80 ? 24 : 20))
        }
        #expect(widths == [120, 80, 60])
        #expect(last[80]?.text.contains("learning rate") == true)
        #expect(last[60]?.text.contains("terminal too small: need 80×24") == true)
    }

    @Test(arguments: [ScriptedBackend.Action.input(.character("q")), .quit, .input(.interrupt)])
    func quittingEndsTheLoop(_ action: ScriptedBackend.Action) throws {
        let (backend, _) = try run([.init(at: .seconds(1), action), .init(at: .seconds(2), .input(.character("?")))])
        #expect(backend.remainingCues == 1, "the loop ended at the quit")
        #expect(backend.frames.count == 1)
    }

    @Test func suspendingAndResumingRedrawsTheScreen() throws {
        let (backend, _) = try run([.init(at: .seconds(1), .suspend), .init(at: .seconds(2), .quit)])
        #expect(backend.suspensions == 1 && backend.resumptions == 1)
        #expect(backend.frames.count == 2, "the whole screen again after the resume")
        #expect(backend.frames.last?.time == 1_000_000_000)
        #expect(backend.frames.first?.cells == backend.frames.last?.cells)
    }

    @Test func aNoteIsClearedWhenItExpiresAndNotBefore() throws {
        // `-` sets the pace and says so on the bottom row for `noteLifetime`.
        let options = PlaygroundApp.Options(noteLifetime: 2_000_000_000)
        let (backend, _) = try run([.init(at: .seconds(1), .input(.character("-"))), .init(at: .seconds(10), .quit)],
                                   options: options)
        let times = backend.frames.map(\.time)
        #expect(backend.frames.count >= 3, "\(times)")
        #expect(backend.frames[1].text.contains("pace:"))
        let cleared = try #require(backend.frames.last)
        #expect(!cleared.text.contains("pace:"))
        #expect(cleared.time >= 3_000_000_000 && cleared.time < 3_100_000_000, "\(times)")
        #expect(backend.waits.last == .some(nil), "then it sleeps until something happens")
    }

    @Test func whileTrainingFramesKeepToTheFrameRate() throws {
        let options = PlaygroundApp.Options(maxFramesPerSecond: 10)
        let (backend, stats) = try run([.init(at: .seconds(2), .quit)], options: options, startPlaying: true,
                                       realWakes: true)
        let times = backend.frames.map(\.time)
        // After the first frames (the start, and at once the state adopting "playing"),
        // one frame per tenth of a second of the fake clock, never closer.
        let gaps = zip(times.dropFirst(2), times.dropFirst(3)).map { $1 - $0 }
        #expect(gaps.allSatisfy { $0 >= 100_000_000 }, "\(times)")
        #expect((16...22).contains(stats.frames), "\(times)")
    }
}
