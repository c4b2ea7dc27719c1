import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Changes that would drop points the student added ask first; the engine's reports
/// are adopted.
@Suite struct AppConfirmationTests {
    var withPoints: AppState {
        var state = AppFixture.state()
        state.addedPoints = 3
        return state
    }

    @Test func newDataAsksBeforeDroppingAddedPoints() {
        let (asking, none) = AppFixture.press([.character("g")], on: withPoints)
        #expect(none.isEmpty)
        #expect(asking.confirmation?.question == "New data drops the 3 points you added. Go on?")
        let (yes, commands) = AppFixture.press([.character("y")], on: asking)
        #expect(commands == [.regenerateData])
        #expect(yes.confirmation == nil && yes.addedPoints == 0)
        #expect(yes.config.dataset.generation == 1)
        let (no, nothing) = AppFixture.press([.character("n")], on: asking)
        #expect(nothing.isEmpty)
        #expect(no.confirmation == nil && no.addedPoints == 3 && no.config == TrainingConfig())
        #expect(AppFixture.press([.enter], on: asking).1 == [.regenerateData])
        #expect(AppFixture.press([.escape], on: asking).1.isEmpty)
    }

    @Test func otherKeysWaitForAnAnswerButQuitStillQuits() {
        let (asking, _) = AppFixture.press([.character("g")], on: withPoints)
        let (waiting, none) = AppFixture.press([.character(" "), .right, .character("r")], on: asking)
        #expect(none.isEmpty)
        #expect(waiting.confirmation != nil)
        #expect(AppFixture.press([.character("q")], on: asking).0.shouldQuit)
    }

    @Test func settingsThatKeepTheDataDoNotAsk() {
        var state = withPoints
        state.focus = .activation
        let (after, commands) = AppFixture.press([.right], on: state)
        #expect(commands == [.configure(after.config)])
        #expect(after.addedPoints == 3)
        state.focus = .noise
        let (asking, none) = AppFixture.press([.right], on: state)
        #expect(none.isEmpty && asking.confirmation != nil)
        let (yes, sent) = AppFixture.press([.character("y")], on: asking)
        #expect(yes.config.dataset.noise == 0.05)
        #expect(sent == [.configure(yes.config)])
    }

    @Test func engineReportsAreAdoptedAndRefusalsShownOnce() {
        var state = AppFixture.state()
        state.isPlaying = true
        let refusal = CommandRejection(sessionStep: 7, kind: "configure", message: "--points must be 1 to 100000")
        var engineConfig = TrainingConfig()
        engineConfig.seed = 9
        state.adopt(EngineReport(config: engineConfig, isPlaying: false, divergedAtStep: 5, pace: .stepsPerSecond(30),
                                 lastRejection: refusal))
        #expect(state.config == engineConfig)
        #expect(!state.isPlaying && state.divergedAtStep == 5 && state.pace == .stepsPerSecond(30))
        #expect(state.message == "points must be 1 to 100000")
        state.message = nil
        state.adopt(EngineReport(config: engineConfig, isPlaying: false, lastRejection: refusal))
        #expect(state.message == nil, "the same refusal is not shown twice")
    }
}
