import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The digits lesson in the digits lab: its pane on the left, a step opens once the
/// engine reports the goal met, `n` starts the next step as `nnplay lesson check` does,
/// and a locked setting is refused.
@Suite struct DigitsLessonTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func lessonMode() throws -> LessonMode {
        let file = root.appendingPathComponent("lessons/25-digits.md").path
        let lesson = try LessonParser.parse(try String(contentsOfFile: file, encoding: .utf8), path: file)
        let data = LessonData(datasets: DatasetFolder(path: root.appendingPathComponent("datasets").path))
        let setups = try lesson.steps.indices.map { index throws(InputError) in
            LessonMode.StepSetup(try lesson.resolvedSetup(ofStep: index, data: data))
        }
        return LessonMode(session: LessonSession(lesson: lesson), setups: setups)
    }

    @Test func aStepOpensOnceTheEngineReportsItsGoalMet() throws {
        let mode = try Self.lessonMode()
        #expect(mode.session.lesson.lab == .digits)
        var state = DigitsAppState(config: mode.setup.config, lesson: mode)
        #expect(state.handle(.character("n")).isEmpty)
        #expect(state.message == "the goal of this step is not met yet (h for a hint)")
        // The engine's side: the step's settings, its goal watched, trained until met.
        var lab = try DigitsLabState(config: mode.setup.config, digits: try DigitsFixture.digits())
        mode.startCommands.forEach { lab.apply($0) }
        while lab.playground.goalMetAt == nil && lab.playground.trainer.epochs < 20 { lab.step() }
        state.adopt(DigitsSnapshot(playground: lab.playground.snapshot(), readout: nil, pad: nil))
        #expect(state.message?.hasPrefix("✔ goal met at epoch") == true)
        let next = state.handle(.character("n"))
        let step2 = try #require(state.lesson)
        #expect(step2.session.stepIndex == 1 && next == step2.entryCommands)
        #expect(state.config.hiddenLayers == [32] && next.first == .restart(state.config))
    }

    /// The shared lesson keys (`LessonKeys`): `p` on the first step, `l` the list and
    /// Enter on a later step refused, `x` the step again; the help lists them.
    @Test func theSharedLessonKeysAndTheirHelp() throws {
        let mode = try Self.lessonMode()
        var state = DigitsAppState(config: mode.setup.config, lesson: mode)
        #expect(state.handle(.character("p")).isEmpty && state.message == "this is the first step")
        #expect(state.handle(.character("l")).isEmpty && state.lesson?.panel == .steps(selection: 0))
        _ = state.handle(.down)
        #expect(state.handle(.enter).isEmpty && state.message == "step 2 opens once the goals before it are met")
        #expect(state.handle(.character("x")) == mode.entryCommands)
        #expect(state.message == "step 1/\(mode.session.stepCount): \(mode.session.step.title)")
        let help = state.activeKeyBindings.map(\.keys)
        #expect(help.contains("n / p") && help.contains("x") && help.last == "q")
        #expect(DigitsAppState(config: mode.setup.config).activeKeyBindings == DigitsAppState.keyBindings)
    }

    @Test func aLockedSettingIsRefusedAndThePaneShows() throws {
        let mode = try Self.lessonMode()
        var state = DigitsAppState(config: mode.setups[2].config, lesson: mode)
        state.lesson?.setups[0].locked.insert(.hidden)
        state.focus = .controls
        state.control = .hidden
        #expect(state.handle(.right).isEmpty)
        #expect(state.message == "this step locks hidden")
        let (snapshot, _) = try DigitsFixture.snapshot()
        var drawn = DigitsAppState(config: mode.setup.config, lesson: try Self.lessonMode())
        drawn.adopt(snapshot)
        drawn.message = nil
        GoldenFile.check(DigitsFixture.dump(snapshot, drawn, size: Size(width: 120, height: 40), tier: .ansi256),
                         named: "digits-lesson-120x40-256")
    }
}
