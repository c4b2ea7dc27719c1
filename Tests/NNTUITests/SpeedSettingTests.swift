import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The pace as the `speed` setting: a lesson sets it (`speed: 10`) and may lock it
/// (`lock: speed`), entering a step sends it as a recorded `setPace`, and it never
/// enters the configuration (a pace changes only when steps happen).
@Suite struct SpeedSettingTests {
    static let lessonText = """
        ---
        id: pace
        title: Pace
        ---

        ```setup
        dataset: circle
        speed: 10
        ```

        ## Watch

        Slow.

        ## Single steps

        One update at a time.

        ```setup
        pace: 2steps
        lock: speed
        ```
        """

    static func opened() throws -> (Lesson, [LessonStepSetup]) {
        let lesson = try LessonParser.parse(lessonText, path: "pace.md")
        let data = LessonData(datasets: nil, lessonFolder: nil)
        return (lesson, try lesson.steps.indices.map { index throws(InputError) in
            try lesson.resolvedSetup(ofStep: index, data: data)
        })
    }

    @Test func aLessonSetsThePaceOutsideTheConfiguration() throws {
        let (_, setups) = try Self.opened()
        #expect(setups[0].pace == .epochsPerSecond(10), "the lesson's speed")
        #expect(setups[1].pace == .stepsPerSecond(2), "the step's own, by the alias pace")
        #expect(setups[0].config == setups[1].config && setups[0].config == TrainingConfig(),
                "a pace is no part of the configuration")
        #expect(!setups[0].isLocked(LessonControl(Settings.speed)) && setups[1].isLocked(LessonControl(Settings.speed)))
    }

    @Test func enteringAStepSendsItsPaceAndALockedPaceStays() throws {
        let (lesson, setups) = try Self.opened()
        var app = AppState(config: setups[0].config)
        app.pace = .max
        var mode = LessonMode(session: LessonSession(lesson: lesson), setups: setups.map(LessonMode.StepSetup.init))
        #expect(mode.entryCommands == [.restart(TrainingConfig()), .setPace(.epochsPerSecond(10)), .watchGoal(nil)])
        _ = app.enterStep(&mode)
        app.lesson = mode
        #expect(app.pace == .epochsPerSecond(10))
        // Step 1 is free to change: + goes one rung faster.
        let (faster, commands) = AppFixture.press([.character("+")], on: app)
        #expect(commands == [.setPace(.epochsPerSecond(20))] && faster.pace == .epochsPerSecond(20))
        // Step 2 locks it.
        var locked = app
        var second = mode
        let moved = second.session.go(to: 1)
        #expect(moved)
        _ = locked.enterStep(&second)
        locked.lesson = second
        #expect(locked.pace == .stepsPerSecond(2))
        let (after, none) = AppFixture.press([.character("+")], on: locked)
        #expect(none.isEmpty && after.pace == .stepsPerSecond(2) && after.message == "this step locks speed")
    }

    /// `lock: all` locks every setting that changes a result, and the pace only when it
    /// is named, so a step that locks "everything" can still be slowed down to watch.
    @Test func lockAllLeavesThePaceUnlessNamed() throws {
        func locks(_ line: String) throws -> Set<LessonControl> {
            let text = Self.lessonText.replacingOccurrences(of: "lock: speed", with: line)
            let lesson = try LessonParser.parse(text, path: "pace.md")
            return try lesson.resolvedSetup(ofStep: 1, data: LessonData(datasets: nil, lessonFolder: nil)).lockedControls
        }
        let speed = LessonControl(Settings.speed), threshold = LessonControl(Settings.threshold)
        let all = try locks("lock: all")
        #expect(!all.contains(speed) && all.contains(threshold) && all.contains(.learningRate))
        #expect(all.summary == "everything")
        let named = try locks("lock: all, speed")
        #expect(named.contains(speed) && named.summary == "everything, speed")
        let except = try locks("lock: all except lr")
        #expect(!except.contains(speed) && except.summary == "all but lr")
        #expect(try locks("lock: speed").summary == "speed")
    }

    @Test func aBadPaceInALessonSaysWhy() {
        for (value, message) in [("fast", "speed: not a pace: 'fast'"),
                                 ("0", "speed: a pace must be 1 to 100,000 epochs per second (got 0)")] {
            do {
                _ = try LessonParser.parse(Self.lessonText.replacingOccurrences(of: "speed: 10", with: "speed: \(value)"),
                                           path: "pace.md")
                Issue.record("\(value) was accepted")
            } catch {
                #expect(error.description.contains(message), "\(error.description)")
            }
        }
    }

    @Test func theSettingReadsEveryFormOfAPace() throws {
        for (text, pace) in [("max", Pace.max), ("60", .epochsPerSecond(60)), ("5 steps/s", .stepsPerSecond(5)),
                             ("2,500 ep/s", .epochsPerSecond(2500))] {
            #expect([try Settings.speed.change(parsing: text)].pace == pace, "\(text)")
        }
        #expect(Settings.speed.scope == .pace && Settings.threshold.scope == .training)
        let config = TrainingConfig().applying([try Settings.speed.change(parsing: "1step")], csv: nil)
        #expect(config == TrainingConfig(), "applying a pace leaves the configuration alone")
    }
}
