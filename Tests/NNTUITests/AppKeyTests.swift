import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Every key of issue 3 as a pure function (state, event) → (state, commands).
@Suite struct AppKeyTests {
    let start = AppFixture.state()

    @Test func spacePlaysAndPauses() {
        let (playing, play) = AppFixture.press([.character(" ")], on: start)
        #expect(play == [.play])
        #expect(playing.isPlaying)
        let (paused, pause) = AppFixture.press([.character(" ")], on: playing)
        #expect(pause == [.pause])
        #expect(!paused.isPlaying)
    }

    @Test func twoQuickSpacesCancelOut() {
        // The state remembers what it sent, so a second press before the engine has
        // answered still pauses.
        let (state, commands) = AppFixture.press([.character(" "), .character(" ")], on: start)
        #expect(commands == [.play, .pause])
        #expect(!state.isPlaying)
    }

    @Test func spaceAndStepWhileDivergedExplainTheWayOut() {
        var diverged = start
        diverged.divergedAtStep = 1234
        for key: Character in [" ", ".", "s"] {
            let (state, commands) = AppFixture.press([.character(key)], on: diverged)
            #expect(commands.isEmpty)
            #expect(state.message == "diverged at step 1,234: press r to reset, or lower the learning rate")
        }
        let (reset, commands) = AppFixture.press([.character("r"), .character(" ")], on: diverged)
        #expect(commands == [.resetWeights, .play])
        #expect(reset.divergedAtStep == nil)
    }

    @Test func dotAndSStepOncePausingFirstIfPlaying() {
        #expect(AppFixture.press([.character(".")], on: start).1 == [.step])
        #expect(AppFixture.press([.character("s")], on: start).1 == [.step])
        #expect(AppFixture.press([.character("S")], on: start).1 == [.step])
        var playing = start
        playing.isPlaying = true
        let (state, commands) = AppFixture.press([.character("s")], on: playing)
        #expect(commands == [.pause, .step])
        #expect(!state.isPlaying)
    }

    @Test func resetAndRegenerate() {
        #expect(AppFixture.press([.character("r")], on: start).1 == [.resetWeights])
        let (state, commands) = AppFixture.press([.character("g")], on: start)
        #expect(commands == [.regenerateData])
        #expect(state.config.dataset.generation == 1)
    }

    @Test func plusAndMinusChangeThePace() {
        let (slower, commands) = AppFixture.press([.character("-"), .character("-"), .character("_")], on: start)
        #expect(commands == [.setPace(.epochsPerSecond(30)), .setPace(.epochsPerSecond(20)),
                             .setPace(.epochsPerSecond(10))])
        #expect(slower.pace == .epochsPerSecond(10))
        #expect(slower.message == "pace: 10 epochs/s")
        let (faster, back) = AppFixture.press([.character("+"), .character("="), .character("+")], on: slower)
        #expect(back == [.setPace(.epochsPerSecond(20)), .setPace(.epochsPerSecond(30)), .setPace(.epochsPerSecond(60))])
        #expect(faster.pace == .watchable)
        var fastest = start
        fastest.pace = .max
        let (max, none) = AppFixture.press([.character("+")], on: fastest)
        #expect(none.isEmpty)
        #expect(max.message == "pace: max")
    }

    @Test func togglesSendNothing() {
        let (state, commands) = AppFixture.press([.character("t"), .character("d"), .character("l"), .character("?")],
                                                 on: start)
        #expect(commands.isEmpty)
        #expect(state.showTest && state.discretize && state.logScale && state.showHelp)
        let (back, _) = AppFixture.press([.character("t"), .character("d"), .character("l"), .escape], on: state)
        #expect(!back.showTest && !back.discretize && !back.logScale && !back.showHelp)
        #expect(AppFixture.press([.function(1)], on: start).0.showHelp)
        #expect(!AppFixture.press([.character("?"), .character("?")], on: start).0.showHelp)
    }

    @Test func qAndCtrlCQuit() {
        #expect(AppFixture.press([.character("q")], on: start).0.shouldQuit)
        #expect(AppFixture.press([.character("Q")], on: start).0.shouldQuit)
        #expect(AppFixture.press([.interrupt], on: start).0.shouldQuit)
        var editing = start
        editing.editing = TextEdit(text: "0.1")
        #expect(!AppFixture.press([.character("q")], on: editing).0.shouldQuit, "q is text while typing")
        #expect(AppFixture.press([.interrupt], on: editing).0.shouldQuit, "Ctrl-C always quits")
    }

    @Test func arrowsAndTabMoveBetweenControlsAndWrap() {
        let order = start.focusable
        #expect(order.first == .problem)
        #expect(order.last == .shuffle, "free play ends with the more section")
        #expect(AppFixture.press([.down], on: start).0.focus == .momentum)
        #expect(AppFixture.press([.tab], on: start).0.focus == .momentum)
        #expect(AppFixture.press([.up], on: start).0.focus == .optimizer)
        #expect(AppFixture.press([.backTab], on: start).0.focus == .optimizer)
        #expect(AppFixture.press([.home], on: start).0.focus == .problem)
        #expect(AppFixture.press([.end], on: start).0.focus == .shuffle)
        #expect(AppFixture.press([.home, .up], on: start).0.focus == .shuffle, "wraps at the top")
        #expect(AppFixture.press([.end, .down], on: start).0.focus == .problem, "wraps at the bottom")
        #expect(AppFixture.press([.home, .pageDown], on: start).0.focus == order[5])
        #expect(AppFixture.press([.home, .pageUp], on: start).0.focus == .problem, "pages stop at the ends")
        // A full round of Tab visits every control once.
        let round = AppFixture.press(Array(repeating: InputEvent.tab, count: order.count), on: start).0
        #expect(round.focus == start.focus)
    }

    @Test func leftAndRightStepTheLearningRateLadder() {
        let (up, commands) = AppFixture.press([.right], on: start)
        #expect(up.config.optimizer.learningRate == 0.1)
        #expect(commands == [.configure(up.config)])
        let (down, _) = AppFixture.press([.left, .left], on: start)
        #expect(down.config.optimizer.learningRate == 0.003)
        var top = start
        top.config.optimizer.learningRate = 10
        #expect(AppFixture.press([.right], on: top).1.isEmpty, "10 is the top of the ladder")
        var typed = start
        typed.config.optimizer.learningRate = 0.02
        #expect(AppFixture.press([.right], on: typed).0.config.optimizer.learningRate == 0.03)
        #expect(AppFixture.press([.left], on: typed).0.config.optimizer.learningRate == 0.01)
    }

    @Test func featureKeysToggleFeaturesInPanelOrder() {
        let (more, commands) = AppFixture.press([.character("5"), .character("3")], on: start)
        #expect(more.config.features == [.x1, .x2, .x1Squared, .x1TimesX2])
        #expect(commands.count == 2)
        let (fewer, _) = AppFixture.press([.character("1")], on: more)
        #expect(fewer.config.features == [.x2, .x1Squared, .x1TimesX2])
        var single = start
        single.config.features = [.x1]
        let (kept, none) = AppFixture.press([.character("1")], on: single)
        #expect(none.isEmpty)
        #expect(kept.config.features == [.x1])
        #expect(kept.message == "the network needs at least one input feature")
    }

    @Test func cChoosesTheClassOfClickedPoints() {
        var blobs = start
        blobs.config = AppFixture.config { $0.dataset.kind = .blobs; $0.dataset.classes = 3; $0.output = .softmax; $0.loss = .crossEntropy }
        let classes = (1...3).map { n in AppFixture.press(Array(repeating: .character("c"), count: n), on: blobs).0.clickClass }
        #expect(classes == [2, 0, 1])
        #expect(AppFixture.press([.character("c")], on: start).0.clickClass == 0)
    }

    @Test func enterOnRegenerateRegenerates() {
        var state = start
        state.focus = .regenerate
        #expect(AppFixture.press([.enter], on: state).1 == [.regenerateData])
    }

    @Test func disabledControlsExplainThemselves() {
        var state = start
        state.focus = .regularizationRate
        let (after, commands) = AppFixture.press([.right], on: state)
        #expect(commands.isEmpty)
        #expect(after.message == "reg. rate cannot be changed for these data")
        #expect(AppFixture.press([.enter], on: state).0.editing == nil)
    }

    @Test func resizeAndUnknownKeysChangeNothing() {
        for event: InputEvent in [.resize(width: 100, height: 30), .character("y"), .function(5), .delete] {
            let (state, commands) = AppFixture.press([event], on: start)
            #expect(state == start)
            #expect(commands.isEmpty)
        }
    }
}
