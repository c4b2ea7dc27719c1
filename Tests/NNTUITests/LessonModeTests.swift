import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The lesson pane's keys as a pure function of (state, event), the goal as the
/// engine judges it, and golden frames of the pane.
@Suite struct LessonModeTests {
    static let lessonText = """
        ---
        id: two-steps
        title: Two steps
        ---

        Points in the *plane*; the network learns $w \\gets w - \\eta g$.

        ```setup
        dataset: circle
        hidden: 4
        batch: 10
        lock: dataset
        ```

        ## Tiny steps

        With η = 0.0001 the steps are tiny.

        ```setup
        lr: 0.0001
        run: 5
        lock: dataset, hidden
        ```

        ```goal
        test-loss < 0.3
        within 100 epochs
        ```

        ```hint
        Raise the learning rate a hundredfold or more.
        ```

        ```hint
        Try `lr` = 0.03, then reset the weights.
        ```

        ```solution
        lr: 0.1
        reset
        ```

        ```explain
        Each step is proportional to η.
        ```

        ```question
        What did a tiny learning rate do?
        - [ ] It made the loss explode.
          > No: explosions come from rates that are too large.
        - [x] It made progress very slow.
          > Right: each step is proportional to η.
        ```

        ## A bigger network

        ```setup
        lr: 0.03
        ```

        ```goal
        neurons >= 6
        ```

        ```hint
        Press + above a layer.
        ```

        ```solution
        hidden: 6
        ```
        """

    /// The playground with the fixture lesson open at its first step, as `nnplay lesson` opens it.
    static func opened() throws -> (AppState, PlaygroundState) {
        let lesson = try LessonParser.parse(lessonText, path: "two-steps.md")
        let data = LessonData(datasets: nil, lessonFolder: nil)
        let setups = try lesson.steps.indices.map { index throws(InputError) in
            LessonMode.StepSetup(try lesson.resolvedSetup(ofStep: index, data: data))
        }
        var state = AppState(config: setups[0].config)
        state.lesson = LessonMode(session: LessonSession(lesson: lesson), setups: setups)
        return (state, try PlaygroundState(config: setups[0].config))
    }

    /// `playground` after `commands`, trained until it pauses by itself (or `limit` steps).
    static func run(_ commands: [Command], on playground: inout PlaygroundState, limit: Int = 20_000) {
        for command in commands { playground.apply(command) }
        var steps = 0
        while playground.isPlaying && steps < limit {
            playground.step()
            steps += 1
        }
    }

    @Test func nextWaitsForTheGoalThenSetsUpTheNextStep() throws {
        var (state, playground) = try Self.opened()
        let (blocked, none) = AppFixture.press([.character("n")], on: state)
        #expect(none.isEmpty)
        #expect(blocked.lesson?.session.stepIndex == 0)
        #expect(blocked.message?.contains("not met yet") == true)

        // The engine watches the goal; meeting it pauses training and the app hears of it.
        Self.run(state.lesson!.startCommands, on: &playground)
        state.config.optimizer.learningRate = 0.1
        Self.run([.configure(state.config), .resetWeights, .play], on: &playground)
        #expect(playground.goalMetAt != nil)
        #expect(!playground.isPlaying)
        state.observeLesson(playground.snapshot())
        #expect(state.lesson?.session.isGoalMet == true)
        #expect(state.message?.hasPrefix("✔ goal met at epoch") == true)

        let (next, commands) = AppFixture.press([.character("n")], on: state)
        let lesson = try #require(next.lesson)
        #expect(lesson.session.stepIndex == 1)
        #expect(commands == [.restart(lesson.setups[1].config), .watchGoal(lesson.session.step.goal)]
                + (lesson.setups[1].autoRunEpochs > 0 ? [.run(epochs: lesson.setups[1].autoRunEpochs)] : []))
        #expect(next.config == lesson.setups[1].config)
        #expect(next.message == "step 2/\(lesson.session.stepCount): \(lesson.session.step.title)")
    }

    @Test func aGoalFromAnotherStepIsNotCounted() throws {
        var (state, playground) = try Self.opened()
        Self.run([.watchGoal(LessonGoal(conditions: [.init(try GoalCondition.parse("test-loss < 9"), line: 0)]))],
                 on: &playground)
        #expect(playground.goalMetAt != nil)
        state.observeLesson(playground.snapshot())
        #expect(state.lesson?.session.isGoalMet == false)
    }

    @Test func lockedControlsAreRefusedAndOthersChange() throws {
        let (state, _) = try Self.opened()
        var locked = state
        locked.focus = .hidden
        let (after, commands) = AppFixture.press([.right], on: locked)
        #expect(commands.isEmpty)
        #expect(after.message == "this step locks hidden")
        #expect(after.config == state.config)
        let (regenerated, none) = AppFixture.press([.character("g")], on: state)
        #expect(none.isEmpty && regenerated.message == "this step locks dataset")
        var free = state
        free.focus = .learningRate
        let (changed, sent) = AppFixture.press([.right], on: free)
        #expect(sent.count == 1)
        #expect(changed.config.optimizer.learningRate > state.config.optimizer.learningRate)
    }

    @Test func hintsComeOneAtATime() throws {
        let (state, _) = try Self.opened()
        let (one, _) = AppFixture.press([.character("h")], on: state)
        #expect(one.lesson?.session.visibleHints.count == 1)
        #expect(one.message == "hint 1 of 2")
        let (all, _) = AppFixture.press([.character("h"), .character("h"), .character("h")], on: state)
        #expect(all.lesson?.session.visibleHints.count == 2)
        #expect(all.message == "no more hints")
        let pane = try #require(all.lesson?.paneModel)
        #expect(pane.hints.count == 2 && pane.hintsLeft == 0)
    }

    @Test func answeringTakesALetterAfterA() throws {
        let (state, _) = try Self.opened()
        let (right, _) = AppFixture.press([.character("a"), .character("b")], on: state)
        #expect(right.lesson?.session.answer == 1)
        #expect(right.message == "✔ right")
        #expect(right.lesson?.paneModel.question?.feedback?.hasPrefix("Right") == true)
        let (wrong, _) = AppFixture.press([.character("a"), .character("a")], on: state)
        #expect(wrong.lesson?.paneModel.question?.pickedIsCorrect == false)
        let (none, _) = AppFixture.press([.character("a"), .character("z")], on: state)
        #expect(none.lesson?.session.answer == nil)
        #expect(none.message?.hasPrefix("no answer z") == true)
        // `d` after answering is the playground's discretize again.
        let (toggled, _) = AppFixture.press([.character("a"), .character("b"), .character("d")], on: state)
        #expect(toggled.discretize)
    }

    @Test func theStepListOpensReachableStepsOnly() throws {
        let (state, _) = try Self.opened()
        let (list, _) = AppFixture.press([.character("l"), .down], on: state)
        #expect(list.lesson?.panel == .steps(selection: 1))
        #expect(list.lesson?.paneModel.stepList?.rows.map(\.isReachable) == [true] + Array(repeating: false, count: state.lesson!.session.stepCount - 1))
        let (refused, commands) = AppFixture.press([.enter], on: list)
        #expect(commands.isEmpty && refused.lesson?.session.stepIndex == 0)
        #expect(refused.message?.contains("opens once the goals before it are met") == true)
        let (closed, _) = AppFixture.press([.character("l"), .escape], on: state)
        #expect(closed.lesson?.panel == .step)
        let (log, _) = AppFixture.press([.character("L")], on: state)
        #expect(log.logScale)
    }

    @Test func startingAStepAgainAsksFirst() throws {
        let (state, _) = try Self.opened()
        let (asked, none) = AppFixture.press([.character("x")], on: state)
        #expect(none.isEmpty && asked.confirmation != nil)
        let (again, commands) = AppFixture.press([.character("y")], on: asked)
        #expect(commands.first == .restart(state.lesson!.setups[0].config))
        #expect(again.confirmation == nil)
        let (kept, nothing) = AppFixture.press([.character("n")], on: asked)
        #expect(nothing.isEmpty && kept.message == "nothing changed")
    }

    @Test func restartGivesAFreshPlaygroundsPointsAndWeights() throws {
        let config = TrainingConfig()
        var used = try PlaygroundState(config: config)
        used.apply(.resetWeights)
        used.apply(.regenerateData)
        used.advance(to: 50)
        used.apply(.restart(config))
        let fresh = try PlaygroundState(config: config)
        #expect(used.trainer.network.parameters.map(\.bitPattern) == fresh.trainer.network.parameters.map(\.bitPattern))
        #expect(used.trainer.split.train == fresh.trainer.split.train)
        #expect(!used.isPlaying && used.sessionStep == 50 && used.trainer.epochs == 0)
    }

    @Test func aGoalWithinNEpochsIsJudgedAtThatEpochHoweverFastTrainingRuns() throws {
        var playground = try PlaygroundState(config: TrainingConfig())
        let goal = LessonGoal(conditions: [.init(try GoalCondition.parse("test-loss < 0.0001"), line: 0)],
                              withinEpochs: 3)
        Self.run([.watchGoal(goal), .play], on: &playground, limit: 200)
        #expect(playground.goalMetAt == nil)
        #expect(playground.goalEvaluation?.inTime == false)
        let data = try JSONEncoder().encode(Command.watchGoal(goal))
        #expect(try JSONDecoder().decode(Command.self, from: data) == .watchGoal(goal))
        #expect(String(decoding: data, as: UTF8.self).contains(#""within":3"#))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func lessonPaneFrames(size: Size) throws {
        var (state, playground) = try Self.opened()
        state = AppFixture.press([.character("h"), .character("a"), .character("b")], on: state).0
        Self.run(state.lesson!.startCommands, on: &playground)
        state.observeLesson(playground.snapshot())
        let frame = AppFixture.frame(state, snapshot: playground.snapshot(), size: size)
        var backend = MemoryBackend(size: size, tier: .ansi256)
        backend.present(frame.canvas)
        GoldenFile.check(backend.dump, named: "lesson-\(size.width)x\(size.height)-256")
    }

    @Test func theStepListFrame() throws {
        let (opened, playground) = try Self.opened()
        let state = AppFixture.press([.character("l")], on: opened).0
        let size = Size(width: 120, height: 40)
        var backend = MemoryBackend(size: size, tier: .monochrome)
        backend.present(AppFixture.frame(state, snapshot: playground.snapshot(), size: size, tier: .monochrome).canvas)
        GoldenFile.check(backend.dump, named: "lesson-steps-120x40-mono")
    }

    @Test func theHelpInALessonFitsAtTheSmallestSize() throws {
        let (opened, playground) = try Self.opened()
        let state = AppFixture.press([.character("?")], on: opened).0
        let size = Size(width: 80, height: 24)
        let frame = AppFixture.frame(state, snapshot: playground.snapshot(), size: size)
        let text = (0..<size.height).map { frame.canvas.text(row: $0) }.joined(separator: "\n")
        for binding in AppKeys.bindings(inLesson: true) {
            #expect(text.contains(binding.keys), "\(binding.keys) is not in the help")
        }
        var backend = MemoryBackend(size: size, tier: .ansi256)
        backend.present(frame.canvas)
        GoldenFile.check(backend.dump, named: "lesson-help-80x24-256")
    }
}
