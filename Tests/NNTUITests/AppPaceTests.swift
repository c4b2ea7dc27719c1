import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The pace ladder of `+` and `-` and the pace a playground starts at.
@Suite struct AppPaceTests {
    @Test func theLadderGoesFromSingleStepsThroughEpochsToMax() {
        let rungs = SpeedLadder.rungs
        #expect(rungs.first == .stepsPerSecond(1))
        #expect(rungs.prefix(3) == [.stepsPerSecond(1), .stepsPerSecond(2), .stepsPerSecond(5)])
        #expect(rungs.last == .max)
        #expect(rungs.contains(.epochsPerSecond(1)) && rungs.contains(.watchable))
        #expect(Set(rungs).count == rungs.count)
        #expect(rungs.allSatisfy { $0.problem == nil })
        // Slowest first: every step rung, then epoch rungs rising.
        let epochs = rungs.compactMap { if case .epochsPerSecond(let r) = $0 { r } else { nil } }
        #expect(epochs == epochs.sorted())
        let firstEpoch = rungs.firstIndex { if case .epochsPerSecond = $0 { true } else { false } }!
        #expect(rungs[..<firstEpoch].allSatisfy { if case .stepsPerSecond = $0 { true } else { false } })
    }

    @Test func stepsMoveOneRungAndStopAtTheEnds() {
        #expect(SpeedLadder.step(.max, by: 1) == .max)
        #expect(SpeedLadder.step(.stepsPerSecond(1), by: -1) == .stepsPerSecond(1))
        #expect(SpeedLadder.step(.stepsPerSecond(1), by: 1) == .stepsPerSecond(2))
        #expect(SpeedLadder.step(.stepsPerSecond(10), by: 1) == .epochsPerSecond(1))
        #expect(SpeedLadder.step(.epochsPerSecond(1), by: -1) == .stepsPerSecond(10))
        #expect(SpeedLadder.step(.max, by: -1) == .epochsPerSecond(5000))
        #expect(SpeedLadder.step(.watchable, by: 1) == .epochsPerSecond(120))
        #expect(SpeedLadder.step(.watchable, by: -1) == .epochsPerSecond(30))
    }

    @Test func pacesOffTheLadderMoveToTheNextRungOfTheirKind() {
        #expect(SpeedLadder.step(.stepsPerSecond(7), by: 1) == .stepsPerSecond(10))
        #expect(SpeedLadder.step(.stepsPerSecond(7), by: -1) == .stepsPerSecond(5))
        #expect(SpeedLadder.step(.stepsPerSecond(2000), by: 1) == .epochsPerSecond(1))
        #expect(SpeedLadder.step(.stepsPerSecond(2000), by: -1) == .stepsPerSecond(10))
        #expect(SpeedLadder.step(.epochsPerSecond(45), by: 1) == .watchable)
        #expect(SpeedLadder.step(.epochsPerSecond(45), by: -1) == .epochsPerSecond(30))
        #expect(SpeedLadder.step(.epochsPerSecond(90_000), by: 1) == .max)
        #expect(SpeedLadder.step(.epochsPerSecond(90_000), by: -1) == .epochsPerSecond(5000))
    }

    @Test func thePlaygroundStartsAtAWatchablePace() {
        #expect(Pace.watchable == .epochsPerSecond(60))
        #expect(SpeedLadder.rungs.contains(.watchable))
        let state = AppFixture.state()
        #expect(state.pace == .watchable)
        // Space starts training at that pace: nothing but play is sent.
        let (playing, commands) = AppFixture.press([.character(" ")], on: state)
        #expect(commands == [.play])
        #expect(playing.pace == .watchable)
    }

    @Test func theStatusLineShowsThePace() throws {
        var state = AppFixture.state()
        let snapshot = try AppFixture.snapshot()
        func statusLine(_ width: Int) -> String {
            AppFixture.frame(state, snapshot: snapshot, size: Size(width: width, height: 40)).canvas.text(row: 0)
        }
        #expect(statusLine(200).contains("pace 60 epochs/s"))
        state.pace = .stepsPerSecond(5)
        #expect(statusLine(200).contains("pace 5 steps/s"))
        #expect(statusLine(80).contains("pace 5 st/s"))
        state.pace = .max
        #expect(statusLine(120).contains("pace max"))
    }

    @Test func theEnginesPaceIsAdopted() {
        var state = AppFixture.state()
        state.adopt(EngineReport(config: state.config, isPlaying: true, pace: .stepsPerSecond(30)))
        #expect(state.pace == .stepsPerSecond(30))
        #expect(AppFixture.press([.character("+")], on: state).1 == [.setPace(.epochsPerSecond(1))])
    }
}
