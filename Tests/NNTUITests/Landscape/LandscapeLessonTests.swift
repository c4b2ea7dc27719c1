import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// A landscape lesson in the lab: its pane beside the race, the step's goal judged by
/// the engine and met by the keys a student would press, `n` entering the next step's
/// setup, and the frame with the pane.
/// Where lesson 20 (the landscape lesson) is.
enum LessonLabTestsRoot {
    static let lesson20 = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons/20-optimizers-on-a-landscape.md").path
}

@MainActor
@Suite struct LandscapeLessonLabTests {

    static func mode() throws -> LandscapeLessonMode {
        let lesson = try LessonParser.read(LessonLabTestsRoot.lesson20)
        let lab = try #require(lesson.landscape)
        return LandscapeLessonMode(session: LessonSession(lesson: lesson), lab: lab, setups: try lab.resolvedSetups())
    }

    /// The → presses on the first method's lr row that take it from `setup`'s to `target`,
    /// found with the panel's own ladder (nil when the ladder never reaches it).
    static func rightPresses(to target: Double, in setup: LandscapeLabSetup) -> Int? {
        var setup = setup
        for presses in 0..<20 {
            if setup.methods[0].optimizer.learningRate == target { return presses }
            guard let command = LandscapeControl.knob(slot: 0, .learningRate).step(1, in: setup) else { return nil }
            setup.apply(command)
        }
        return nil
    }

    @Test func theFirstStepsGoalIsMetWithTheSolutionsLearningRateAndNOpensTheNext() throws {
        let mode = try Self.mode()
        let solution = try #require(mode.lab.steps[0].solution.first)
        guard case .commands(let commands) = solution, case .setMethod(0, let method) = commands.first else {
            Issue.record("step 1's solution starts with 'method 1: …'")
            return
        }
        let rehearsal = LandscapeLessonRehearsal.play(setup: mode.setup, solution: mode.lab.steps[0].solution,
                                                      goal: try #require(mode.goal))
        let metAt = try #require(rehearsal.metAt)
        let rights = try #require(Self.rightPresses(to: method.optimizer.learningRate, in: mode.setup))
        // ↓ skips the section rows: one press per row between the function (focused first) and lr.
        let rows = LandscapeControl.rows(for: mode.setup)
        let lrRow = try #require(rows.firstIndex(of: .knob(slot: 0, .learningRate)))
        let functionRow = try #require(rows.firstIndex(of: .function))
        let downs = rows[functionRow..<lrRow].filter { if case .section = $0 { false } else { true } }.count
        // To the lr row, up to the solution's rate, then one iteration per `s` up to the
        // checker's moment (paused, so the run is the same however fast the machine); n; q.
        var keys = Array(repeating: InputEvent.down, count: downs) + Array(repeating: .right, count: rights)
        keys += Array(repeating: .character("s"), count: metAt)
        // Keys that change nothing, so the engine's last snapshot is in before n.
        keys += Array(repeating: .escape, count: 10)
        var cues = keys.enumerated().map { ScriptedBackend.Cue(at: .milliseconds(50 * ($0.offset + 1)), .input($0.element)) }
        let end = 50 * keys.count
        cues.append(ScriptedBackend.Cue(at: .milliseconds(end + 1000), .input(.character("n"))))
        cues.append(ScriptedBackend.Cue(at: .milliseconds(end + 2000), .input(.character("q"))))
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: cues)
        backend.realWakeTimeout = .milliseconds(50)
        let engine = LabEngine(state: LandscapeLabState(mode.setup))
        let app = LandscapeLabApp(engine: engine, lesson: mode)
        app.run(on: backend)
        engine.stop()

        let session = try #require(app.ui.lesson?.session)
        #expect(session.progress.steps[0].goalMetAtEpoch == metAt, "met at the checker's iteration")
        #expect(session.stepIndex == 1, "n opened step 2")
        #expect(engine.latestSnapshot().setup == LandscapeLabState(mode.setups[1]).setup, "step 2's setup applied")
        #expect(engine.latestSnapshot().watchedGoal == mode.lab.steps[1].goal)
        #expect(backend.frames.contains { $0.text.contains("goal met at iteration \(metAt)") })
        #expect(backend.frames.last?.text.contains("step 2/4") == true)
    }

    @Test func aStepWithoutItsGoalMetDoesNotOpenTheNext() throws {
        var ui = LandscapeLabUI(setup: try Self.mode().setup)
        ui.lesson = try Self.mode()
        #expect(ui.handle(.character("n"), context: LandscapeLabContext()).isEmpty)
        #expect(ui.lesson?.session.stepIndex == 0 && ui.message?.contains("not met yet") == true)
        _ = ui.handle(.character("h"), context: LandscapeLabContext())
        #expect(ui.lesson?.session.visibleHints.count == 1)
        #expect(!ui.handle(.character("a"), context: LandscapeLabContext()).isEmpty, "a still adds a method: no question here")
    }

    @Test func theLabWithTheLessonPane() throws {
        let size = Size(width: 120, height: 40)
        let mode = try Self.mode()
        var state = LandscapeLabState(mode.setup)
        state.apply(.watchGoal(mode.goal))
        for _ in 0..<40 { state.step() }
        var publisher = LandscapeLabPublisher(interval: 1)
        let raster = try #require(LandscapeLabScreen.rasterSize(for: size, lesson: true))
        publisher.request = LandscapeRasterRequest(width: raster.width, height: raster.height)
        let snapshot = publisher.snapshot(of: state, now: 0, forced: true)
        var ui = LandscapeLabUI(setup: snapshot.setup)
        ui.lesson = mode
        ui.adopt(snapshot)
        _ = ui.handle(.character("h"), context: LandscapeLabContext())
        let frame = LandscapeLabFixture.dump(ui: ui, snapshot: snapshot, size: size, tier: .ansi256)
        #expect(frame.contains("step 1/4") && frame.contains("gd: reached-at <= 300"))
        GoldenFile.check(frame, named: "landscape-lesson-120x40-256")
    }
}

/// The phase map's key `m` in both modes (a lesson's `p` is its previous step), and the
/// help listing exactly the keys that work in each.
@MainActor
@Suite struct LandscapeLessonKeysTests {
    static let context = LandscapeLabContext()

    /// The single keys the help lists (`. or s` gives `.` and `s`, `n / p` gives `n` and `p`).
    static func letters(_ bindings: [KeyBinding]) -> Set<String> {
        Set(bindings.flatMap { $0.keys.split { $0 == " " || $0 == "," }.map(String.init) }
            .filter { $0.count == 1 && $0.first!.isLetter })
    }

    @Test func mShowsThePhaseMapWithAndWithoutALessonAndPIsTheLessonsPreviousStep() throws {
        var free = LandscapeLabUI(setup: .firstLook())  // the ravine
        #expect(free.handle(.character("m"), context: Self.context).isEmpty && free.showPhaseMap)
        _ = free.handle(.character("p"), context: Self.context)
        #expect(free.showPhaseMap && free.message == nil, "p is no key of the lab alone")

        let mode = try LandscapeLessonLabTests.mode()
        #expect(mode.setup.function == .ravine, "lesson 20 starts on the ravine")
        var lesson = LandscapeLabUI(setup: mode.setup)
        lesson.lesson = mode
        #expect(lesson.handle(.character("m"), context: Self.context).isEmpty && lesson.showPhaseMap)
        _ = lesson.handle(.character("p"), context: Self.context)
        #expect(lesson.showPhaseMap && lesson.message == "this is the first step", "p: the lesson's previous step")
        _ = lesson.handle(.character("m"), context: Self.context)
        #expect(!lesson.showPhaseMap)
    }

    @Test func theHelpListsTheKeysOfTheMode() throws {
        let free = Self.letters(LandscapeLabKeys.bindings(lesson: nil))
        #expect(free == ["s", "r", "f", "a", "m", "q"])
        let mode = try LandscapeLessonLabTests.mode()
        #expect(mode.session.step.question == nil)
        #expect(Self.letters(LandscapeLabKeys.bindings(lesson: mode)) == free.union(["n", "p", "h", "l", "x", "j", "k"]))
        // On a step with a question `a` answers it (the lesson's), no longer adding a method.
        let path = LessonLabTestsRoot.lesson20
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "```goal\ngd: reached-at <= 300\n```", with: """
            ```goal
            gd: reached-at <= 300
            ```

            ```question
            Which direction limits the step size?
            - [x] Across (y), the steep one.
              > Right.
            - [ ] Along (x).
              > No.
            ```
            """)
        let lesson = try LessonParser.parse(text, path: path)
        #expect(lesson.steps[0].question != nil)
        let lab = try #require(lesson.landscape)
        let asking = LandscapeLessonMode(session: LessonSession(lesson: lesson), lab: lab, setups: try lab.resolvedSetups())
        let bindings = LandscapeLabKeys.bindings(lesson: asking)
        #expect(Self.letters(bindings) == free.union(["n", "p", "h", "l", "x", "j", "k"]))
        #expect(bindings.filter { Self.letters([$0]).contains("a") }.map(\.action) == ["lesson: answer the question"])
        var ui = LandscapeLabUI(setup: asking.setup)
        ui.lesson = asking
        #expect(ui.handle(.character("a"), context: Self.context).isEmpty && ui.lesson?.pane.panel == .answering)
    }

    /// The app on a `ScriptedBackend` in lesson mode: `m` draws the phase map in the chart
    /// pane, `?` shows the help with the lesson's keys and `m`, no `p` for the map.
    @Test func theLessonLabOnAScriptedBackend() throws {
        let mode = try LandscapeLessonLabTests.mode()
        let keys: [InputEvent] = [.character("m"), .character("p"), .character("?")]
        var cues = keys.enumerated().map { ScriptedBackend.Cue(at: .milliseconds(200 * ($0.offset + 1)), .input($0.element)) }
        cues.append(ScriptedBackend.Cue(at: .milliseconds(1500), .input(.character("q"))))
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: cues)
        backend.realWakeTimeout = .milliseconds(50)
        let engine = LabEngine(state: LandscapeLabState(mode.setup))
        let app = LandscapeLabApp(engine: engine, lesson: mode)
        app.run(on: backend)
        engine.stop()

        #expect(backend.frames.contains { $0.text.contains("phase map · m: race chart") })
        #expect(backend.frames.contains { $0.text.contains("this is the first step") })
        let help = try #require(backend.frames.last { $0.text.contains("landscape lab keys") }?.text)
        #expect(help.contains("lesson: next step") && help.contains("phase map (learning rate × momentum)"))
        let mapLine = try #require(help.split(separator: "\n").first { $0.contains("phase map (learning rate") })
        #expect(mapLine.contains(" m ") && !mapLine.contains(" p "))
    }
}
