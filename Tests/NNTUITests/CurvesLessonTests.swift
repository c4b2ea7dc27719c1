import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// A curve lesson in the lab: its pane beside the plots, the step's goal judged by the
/// engine and met by the keys a student would press at the step the checker names, `n`
/// entering the next step on fresh data and models, and the frame with the pane.
@MainActor
@Suite struct CurvesLessonTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let size = Size(width: 120, height: 40)

    static func mode(_ name: String) throws -> CurvesLessonMode {
        let lesson = try LessonParser.read(root.appendingPathComponent("lessons/\(name)").path)
        let lab = try #require(lesson.curves)
        return CurvesLessonMode(session: LessonSession(lesson: lesson), lab: lab, settings: try lab.resolvedSettings(lesson))
    }

    /// The checker's step for the current step of `mode`.
    static func checkerMetAt(_ mode: CurvesLessonMode) throws -> Int {
        let step = mode.lab.steps[mode.session.stepIndex]
        let goal = try #require(step.goal)
        return try #require(CurveLessonRehearsal.play(settings: mode.setup, solution: step.solution, goal: goal).metAt)
    }

    /// The → presses on `control` that take `settings` to `done`, by the panel's own ladder.
    static func rightPresses(_ control: CurvesControl, from settings: CurveLabSettings,
                             until done: (CurveLabSettings) -> Bool) throws -> Int {
        var settings = settings
        for presses in 0..<30 {
            if done(settings) { return presses }
            let command = try #require(control.change(settings, direction: 1))
            settings = try #require(settings.applying(command))
        }
        Issue.record("\(control) never gets there")
        return 0
    }

    static func cues(_ keys: [InputEvent], every milliseconds: Int = 50) -> [ScriptedBackend.Cue] {
        keys.enumerated().map { ScriptedBackend.Cue(at: .milliseconds(milliseconds * ($0.offset + 1)), .input($0.element)) }
    }

    @Test func theSolutionsDegreeMeetsStepOneWhereTheCheckerSaysAndNOpensStepTwoOnFreshData() throws {
        let mode = try Self.mode("26-curves-degree.md")
        guard case .command(.setDegree(let degree)) = mode.lab.steps[0].solution.first else {
            Issue.record("step 1's solution is 'degree: N'")
            return
        }
        let metAt = try Self.checkerMetAt(mode)
        // The degree control has the focus at first.
        let rights = try Self.rightPresses(.degree, from: mode.setup) { $0.degree == degree }
        var cues = Self.cues(Array(repeating: .right, count: rights) + Array(repeating: .escape, count: 10))
        cues.append(ScriptedBackend.Cue(at: .seconds(2), .input(.character("n"))))
        cues.append(ScriptedBackend.Cue(at: .seconds(3), .input(.character("q"))))
        let backend = ScriptedBackend(size: Self.size, script: cues)
        backend.realWakeTimeout = .milliseconds(50)
        let engine = LabEngine<CurveLab>(state: CurveLab(settings: mode.setup))
        var state = CurvesAppState(settings: mode.setup)
        state.lesson = mode
        let app = CurvesApp(engine: engine, state: state)
        app.run(on: backend, startPlaying: false)
        engine.stop()

        let session = try #require(app.state.lesson?.session)
        #expect(session.progress.steps[0].goalMetAtEpoch == metAt, "met at the checker's step")
        #expect(session.stepIndex == 1, "n opened step 2")
        let last = engine.latestSnapshot()
        #expect(last.settings == mode.settings[1], "step 2's settings applied")
        #expect(last.stateHash == CurveLab(settings: mode.settings[1]).stateHash, "on fresh models")
        #expect(last.watchedGoal == mode.lab.steps[1].goal)
        #expect(backend.frames.contains { $0.text.contains("goal met at step \(metAt)") })
        #expect(backend.frames.last?.text.contains("step 2/4") == true)
        #expect(app.markers.map(\.label) == ["lesson curves-degree step 1/4: A straight line cannot bend",
                                             "lesson curves-degree step 2/4: Fitting the noise"])
    }

    /// Lesson 27 step 1: the learning rate raised to the solution's, then played at full
    /// pace; the engine judges every step, so the moment is the checker's however fast the
    /// machine, and the logged commands replay to it.
    @Test func descentReachesTheClosedFormAtTheCheckersStep() throws {
        let mode = try Self.mode("27-ridge-vs-gd.md")
        guard case .command(.setLearningRate(let rate)) = mode.lab.steps[0].solution.first else {
            Issue.record("step 1's solution starts with 'lr: N'")
            return
        }
        let metAt = try Self.checkerMetAt(mode)
        #expect(metAt > 1_000, "a goal that takes steps")
        let downs = CurvesControl.learningRate.rawValue - CurvesControl.degree.rawValue
        let rights = try Self.rightPresses(.learningRate, from: mode.setup) { $0.optimizer.learningRate == rate }
        let faster = Array(repeating: InputEvent.character("+"), count: CurvesAppState.paces.count)
        var cues = Self.cues(Array(repeating: .down, count: downs) + Array(repeating: .right, count: rights) + faster
                             + [.character(" ")])
        cues.append(ScriptedBackend.Cue(at: .seconds(3), .input(.character("q"))))
        let backend = ScriptedBackend(size: Self.size, script: cues)
        backend.realWakeTimeout = .milliseconds(50)
        let engine = LabEngine<CurveLab>(state: CurveLab(settings: mode.setup))
        var state = CurvesAppState(settings: mode.setup)
        state.lesson = mode
        let app = CurvesApp(engine: engine, state: state)
        app.run(on: backend, startPlaying: false)
        engine.stop()

        let progress = try #require(app.state.lesson?.session.progress)
        #expect(progress.steps[0].goalMetAtEpoch == metAt, "met at the checker's step")
        // The logged commands, replayed up to that session step, meet the goal there too.
        let at = try #require(progress.steps[0].goalMetAtSessionStep)
        let replayed = CurveLab.replay(settings: mode.setup, log: engine.commandLog().filter { $0.step <= at }, until: at)
        #expect(replayed.goalMetAt == CurveGoalMoment(steps: metAt, sessionStep: at))
    }

    @Test func aStepWithoutItsGoalMetDoesNotOpenTheNextAndXStartsItAgain() throws {
        let mode = try Self.mode("27-ridge-vs-gd.md")
        var state = CurvesAppState(settings: mode.setup)
        state.lesson = mode
        #expect(state.handle(.character("n")).isEmpty)
        #expect(state.lesson?.session.stepIndex == 0 && state.message?.contains("not met yet") == true)
        _ = state.handle(.character("h"))
        #expect(state.lesson?.session.visibleHints.count == 1)
        _ = state.handle(.right)  // degree 4
        #expect(state.settings.degree == 4)
        let again = state.handle(.character("x"))
        #expect(again == CurveLesson.entryCommands(to: mode.setup) + [.watchGoal(mode.goal)])
        #expect(state.settings == mode.setup, "the screen shows the step's settings at once")
    }

    @Test func theWheelOverThePaneScrollsItsText() throws {
        let mode = try Self.mode("27-ridge-vs-gd.md")
        let snapshot = CurvesScreenTests.snapshot(size: Self.size)
        var state = CurvesAppState(settings: mode.setup)
        state.lesson = mode
        let hits = CurvesScreen.hits(state: state, snapshot: snapshot, size: Self.size)
        let pane = try #require(CurvesScreen.Layout(size: Self.size, lesson: true).lesson)
        #expect(state.handle(.scrollDown(column: pane.x + 5, row: pane.y + 5), hits: hits).isEmpty)
        #expect(state.lesson?.pane.scroll == 3)
        _ = state.handle(.scrollDown(column: 40, row: 10), hits: hits)  // over the plot: nothing
        #expect(state.lesson?.pane.scroll == 3)
        _ = state.handle(.scrollUp(column: pane.x + 5, row: pane.y + 5), hits: hits)
        #expect(state.lesson?.pane.scroll == 0)
    }

    @Test func theLabWithTheLessonPane() throws {
        let mode = try Self.mode("27-ridge-vs-gd.md")
        var lab = CurveLab(settings: mode.setup)
        lab.apply(.watchGoal(mode.goal))
        for _ in 0..<100 { lab.step() }
        var publisher = CurveLabPublisher(interval: 1)
        publisher.request = CurveLabRequest(columns: CurvesScreen.Layout(size: Self.size, lesson: true).curveColumns)
        let snapshot = publisher.snapshot(of: lab, now: 0, forced: true)
        var state = CurvesAppState(settings: snapshot.settings)
        state.lesson = mode
        state.adopt(snapshot)
        _ = state.handle(.character("h"))
        let frame = CurvesScreenTests.dump(state, snapshot, size: Self.size, tier: .ansi256)
        #expect(frame.contains("step 1/4") && frame.contains("gd-distance < 1e-6") && frame.contains("now 100"))
        GoldenFile.check(frame, named: "curves-lesson-120x40-256")
    }
}
