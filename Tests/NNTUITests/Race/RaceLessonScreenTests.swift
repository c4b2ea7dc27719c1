import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// A race lesson on the race screen (lesson 23, `optimizer-race`): the lesson pane
/// beside the race, the goal judged by the engine and met by the keys a student would
/// press at the checker's epoch, `n` entering the next step's race by logged commands,
/// the step's locks, the recording's markers, and the frame with the pane.
@MainActor
@Suite struct RaceLessonScreenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let data = LessonData(datasets: nil, lessonFolder: root.appendingPathComponent("lessons").path)

    static func lesson() throws -> Lesson {
        try LessonParser.read(root.appendingPathComponent("lessons/23-optimizer-race.md").path)
    }

    static func mode() throws -> RaceLessonMode {
        let lesson = try lesson()
        return try RaceLessonMode.open(lesson, progress: LessonProgress(lesson: lesson), data: data).mode
    }

    static func interface(_ race: RaceState, mode: RaceLessonMode) -> RaceUIState {
        var state = RaceUIState(ids: race.entrants.map(\.id), config: race.entrants[0].config, pace: .max)
        state.lesson = mode
        return state
    }

    /// Where `nnplay lesson check` meets step `index`'s goal with its reference solution.
    static func checkersMoment(step index: Int) throws -> GoalMoment {
        let lesson = try lesson()
        let rehearsal = try RaceLessonRehearsal(lesson: lesson, stepIndex: index, data: data)
        let goal = try #require(lesson.steps[index].goal)
        var race = try rehearsal.startState()
        #expect(rehearsal.enter(&race, goal: goal) == nil)
        let outcome = try rehearsal.play(try #require(lesson.steps[index].solution), goal: goal, on: &race,
                                         locked: rehearsal.setup.lockedControls)
        guard case .met(let moment) = outcome else {
            Issue.record("the checker does not meet step \(index + 1)'s goal: \(outcome)")
            return GoalMoment(epoch: -1, sessionStep: -1)
        }
        return moment
    }

    /// Step 1's solution is `run 100`: space plays the race, the engine pauses it when Adam
    /// crosses 85%, at the checker's epoch; `n` then restarts every variant in step 2.
    @Test func stepOnesSolutionMeetsTheGoalWhereTheCheckerDoesAndNOpensStepTwo() throws {
        let mode = try Self.mode()
        let checker = try Self.checkersMoment(step: 0)
        let race = try mode.startState()
        let engine = LabEngine(state: race)
        // Space at once; n and q only when the loop has nothing left to wait for (the race
        // paused at the goal): a wait with no deadline plays the next cue.
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .milliseconds(50), .input(.character(" "))),
            .init(at: .seconds(1_000_000), .input(.character("n"))),
            .init(at: .seconds(2_000_000), .input(.character("q"))),
        ])
        backend.realWakeTimeout = .seconds(3)
        let app = RaceApp(engine: engine, state: Self.interface(race, mode: mode))
        var markers: [RaceSession.Marker] = []
        app.onMark = { markers.append($0) }
        _ = app.run(on: backend)
        engine.stop()

        let session = try #require(app.state.lesson?.session)
        #expect(session.progress.steps[0].goalMetAtEpoch == checker.epoch, "met at the checker's epoch")
        #expect(session.progress.steps[0].goalMetAtSessionStep == checker.sessionStep)
        #expect(backend.frames.contains { $0.text.contains("goal met at epoch \(checker.epoch)") })
        #expect(session.stepIndex == 1, "n opened step 2")
        let variants = engine.latestSnapshot().variants
        #expect(variants.map(\.snapshot.config) == mode.steps[1].variants.map(\.config), "step 2's race")
        #expect(variants.map(\.snapshot.epoch) == [0, 0, 0], "restarted")
        let stepTwo = try #require(app.state.lesson)
        #expect(stepTwo.goalPart(forVariant: 1) != nil)
        #expect(variants.map(\.snapshot.watchedGoal) == [nil, stepTwo.goalPart(forVariant: 1), nil], "momentum's goal watched")
        #expect(markers.map(\.label) == ["lesson optimizer-race step 1/4: Adam leaves first",
                                             "lesson optimizer-race step 2/4: Momentum catches up"])
        #expect(markers.last?.step == checker.sessionStep, "marked where the race paused")
        #expect(backend.frames.last?.text.contains("step 2/4") == true)
    }

    /// When the race's goal is met every variant pauses there: the others stand where
    /// the checker reports them (the explanation's figures).
    @Test func theRacePausesEveryVariantWhenTheGoalIsMet() throws {
        let mode = try Self.mode()
        var race = try mode.startState()
        for command in mode.startCommands(ids: race.entrants.map(\.id)) { race.apply(command) }
        race.apply(.all(.play))
        while race.isPlaying { race.step() }
        let met = try #require(race.goalMetAt)
        #expect(met == (try Self.checkersMoment(step: 0)))
        #expect(race.entrants.map(\.playground.trainer.epochs) == [met.epoch, met.epoch, met.epoch])
        race.apply(.all(.play))
        race.step()
        #expect(race.isPlaying, "space goes on racing past the goal")
    }

    @Test func aLockedControlIsRefusedAndXRestartsTheStep() throws {
        let mode = try Self.mode()
        let race = try mode.startState()
        var state = Self.interface(race, mode: mode)
        var painters: [Int: PicturePainter] = [:]
        state.adopt(RaceSnapshot.headless(race, painters: &painters))
        while state.panel.focus != .learningRate { _ = state.handle(.down, context: AppContext(), heatmaps: []) }
        #expect(state.handle(.right, context: AppContext(), heatmaps: []).isEmpty)
        #expect(state.message == "this step locks lr")
        #expect(state.panel.config.optimizer.learningRate == 0.03, "the panel shows the variant's rate again")
        #expect(state.handle(.character("g"), context: AppContext(), heatmaps: []).isEmpty)
        #expect(state.message == "this step locks dataset", "\(state.message ?? "")")
        #expect(state.handle(.character("r"), context: AppContext(), heatmaps: []) == [.all(.resetWeights)],
                "new weights are not a setting")
        #expect(state.handle(.character("n"), context: AppContext(), heatmaps: []).isEmpty)
        #expect(state.message?.contains("not met yet") == true)
        let ids = race.entrants.map(\.id)
        #expect(state.handle(.character("x"), context: AppContext(), heatmaps: []) == mode.entryCommands(ids: ids))
        #expect(mode.entryCommands(ids: ids).prefix(4) == [.all(.pause)] + ids.map {
            .variant(id: $0, .restart(mode.steps[0].variants[$0].config))
        })
        #expect(race.entrants.count == 3 && state.lesson?.session.stepIndex == 0, "x restarts, it removes no variant")
    }

    /// Step 3 unlocks the learning rate: → on it changes the selected variant's, and
    /// that variant's only.
    @Test func anUnlockedControlChangesTheSelectedVariant() throws {
        var mode = try Self.mode()
        for _ in 0..<2 {
            let recorded = mode.session.recordGoalMet(epoch: 1, sessionStep: 1)
            #expect(recorded)
            mode.session.next()
        }
        #expect(mode.session.stepIndex == 2 && !mode.step.locked.contains(LessonControl(Settings.learningRate)))
        let race = try mode.startState()
        var state = Self.interface(race, mode: mode)
        var painters: [Int: PicturePainter] = [:]
        state.adopt(RaceSnapshot.headless(race, painters: &painters))
        _ = state.handle(.character("v"), context: AppContext(), heatmaps: [])
        while state.panel.focus != .learningRate { _ = state.handle(.down, context: AppContext(), heatmaps: []) }
        let commands = state.handle(.right, context: AppContext(), heatmaps: [])
        guard case .variant(let id, .configure(let config))? = commands.first, commands.count == 1 else {
            Issue.record("\(commands)")
            return
        }
        #expect(id == race.entrants[1].id, "momentum, selected with v")
        #expect(config.optimizer.learningRate > race.entrants[1].config.optimizer.learningRate)
        var expected = race.entrants[1].config
        expected.optimizer.learningRate = config.optimizer.learningRate
        #expect(config == expected, "nothing else changed")
    }

    @Test func theRaceWithTheLessonPane() throws {
        let mode = try Self.mode()
        var race = try mode.startState()
        for command in mode.startCommands(ids: race.entrants.map(\.id)) { race.apply(command) }
        race.run(epochs: 30)
        var state = Self.interface(race, mode: mode)
        state.seenRejection = race.lastRejection
        var painters: [Int: PicturePainter] = [:]
        state.adopt(RaceSnapshot.headless(race, painters: &painters))
        for _ in 0..<8 { _ = state.handle(.character("j"), context: AppContext(), heatmaps: []) }
        let frame = RaceScreenGoldenTests.dump(race, state: state, size: Size(width: 120, height: 40), tier: .ansi256)
        #expect(frame.contains("step 1/4") && frame.contains("adam: test-accuracy >= 85%"), "\(frame)")
        GoldenFile.check(frame, named: "race-lesson-120x40-256")
    }
}
