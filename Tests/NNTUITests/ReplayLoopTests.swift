import Foundation
import NNSession
import Testing
@testable import NNTUI

/// The interactive replay's run loop on a `ScriptedBackend` (fake clock, no terminal).
@MainActor
@Suite struct ReplayLoopTests {
    func app(_ name: String, speed: Double) throws -> ReplayApp {
        let path = ReplayGoldenTests.sessions.appendingPathComponent(name + ".session").path
        return ReplayApp(playback: try PlaygroundPlayback(session: try SessionReader.read(path), path: path),
                         options: ReplayApp.Options(speed: speed))
    }

    @Test func aReplayPlaysToTheEndThenSleeps() throws {
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [.init(at: .seconds(3600), .quit)])
        guard case .quit(let playback) = try app("xor-small", speed: 256).run(on: backend) else {
            Issue.record("no desync expected")
            return
        }
        #expect(playback.replay.isComplete)
        #expect(backend.frames.last?.text.contains("■ replay finished") == true)
        #expect(backend.waits.last == .some(nil), "finished: it waits for a key, not for a frame time")
        let moving = backend.waits.compactMap { $0 }
        #expect(!moving.isEmpty)
    }

    @Test func pausingStopsTheFramesAndAKeyShowsAtOnce() throws {
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .zero, .input(.character(" "))),
            .init(at: .seconds(5), .input(.character("+"))),
            .init(at: .seconds(10), .input(.character("q"))),
        ])
        _ = try app("xor-small", speed: 1).run(on: backend)
        #expect(backend.frames.last?.text.contains("❚❚ replay paused") == true)
        #expect(backend.presentCalls == 3, "the first frame, the pause, and the key; nothing while paused")
        #expect(backend.waits.dropFirst().allSatisfy { $0 == nil }, "\(backend.waits)")
    }

    @Test func suspendingRedrawsAndQuitEnds() throws {
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .zero, .input(.character(" "))),
            .init(at: .seconds(1), .suspend),
            .init(at: .seconds(2), .quit),
            .init(at: .seconds(3), .input(.character(" "))),
        ])
        _ = try app("xor-small", speed: 1).run(on: backend)
        #expect(backend.suspensions == 1 && backend.resumptions == 1)
        #expect(backend.frames.last?.time == 1_000_000_000)
        #expect(backend.remainingCues == 1)
    }
}
