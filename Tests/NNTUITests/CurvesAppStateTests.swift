import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The curve lab's state machine, pure: keys in, commands out.
@Suite struct CurvesAppStateTests {
    static let settings = CurveLabSettings(target: .sin, degree: 3)

    @Test func arrowsChangeTheFocusedControlOneRungAtATime() {
        var state = CurvesAppState(settings: Self.settings)
        #expect(state.focus == .degree)
        #expect(state.handle(.right) == [.setDegree(4)])
        #expect(state.handle(.right) == [.setDegree(5)])  // applied locally before the engine reports
        _ = state.handle(.down)
        #expect(state.focus == .l2)
        #expect(state.handle(.right) == [.setL2(1e-8)])
        #expect(state.handle(.left) == [.setL2(0)])
        #expect(state.handle(.left) == [])  // already at the bottom rung
    }

    @Test func theDegreeStopsAtFifteen() {
        var state = CurvesAppState(settings: CurveLabSettings(degree: 15))
        #expect(state.handle(.right) == [])
    }

    @Test func spaceStepAndPace() {
        var state = CurvesAppState(settings: Self.settings, stepsPerSecond: 60)
        #expect(state.handle(.character(" ")) == [.play])
        #expect(state.handle(.character("s")) == [.pause, .step])
        #expect(state.handle(.character("+")) == [.setSpeed(120)])
        #expect(state.handle(.character("-")) == [.setSpeed(60)])
        var fastest = CurvesAppState(settings: Self.settings, stepsPerSecond: nil)
        #expect(fastest.handle(.character("+")) == [])
    }

    @Test func viewsQuitAndHelp() {
        var state = CurvesAppState(settings: Self.settings)
        _ = state.handle(.character("v"))
        #expect(state.plot == .byDegree)
        _ = state.handle(.character("4"))
        #expect(state.plot == .biasVariance)
        _ = state.handle(.character("?"))
        #expect(state.showHelp)
        _ = state.handle(.character("x"))
        #expect(!state.showHelp && !state.shouldQuit)
        _ = state.handle(.character("q"))
        #expect(state.shouldQuit)
    }

    @Test func aNewTargetTakesItsNoise() {
        var state = CurvesAppState(settings: Self.settings)
        state.focus = .target
        #expect(state.handle(.right) == [.setTarget(.poly)])
        #expect(state.settings.noise == 1)
    }
}

extension CurvesAppStateTests {
    @Test func aRefusedValueIsNotedOnceAndAKeyDismissesIt() {
        var state = CurvesAppState(settings: Self.settings)
        state.focus = .learningRate
        var lab = CurveLab(settings: Self.settings)
        lab.apply(.setLearningRate(50))
        var publisher = CurveLabPublisher(interval: 1)
        let refused = publisher.snapshot(of: lab, now: 0, forced: true)
        state.adopt(refused)
        #expect(state.message == "learning rate must be 1e-6 to 10")
        _ = state.handle(.down)
        #expect(state.message == nil)
        state.adopt(publisher.snapshot(of: lab, now: 1, forced: true))
        #expect(state.message == nil, "the same refusal is not noted again")
    }
}
