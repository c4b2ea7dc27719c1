import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The threshold as a setting through the interface: `[` `]` and a click send a
/// `configure` that changes the threshold alone (the engine re-scores the same
/// network), a lesson sets it and may lock it, and other problems have none.
@Suite struct ThresholdSettingTests {
    @Test func bracketsSendAConfigureOfTheThresholdAlone() throws {
        let app = InspectorFixture.pressing("i", on: AppState(config: InspectorFixture.circle))
        let (raised, commands) = AppFixture.press(AppFixture.typing("]"), on: app)
        var expected = InspectorFixture.circle
        expected.threshold = 0.55
        #expect(commands == [.configure(expected)])
        #expect(raised.config == expected && raised.message == "threshold 0.55: score ≥ it is class 1")
        // Applied to a playground it is a live change: the same weights, the same step.
        var state = try PlaygroundState(config: InspectorFixture.circle)
        state.advance(to: state.trainer.stepsPerEpoch)
        let weights = state.trainer.network.parameters, epochs = state.trainer.epochs
        for command in commands { state.apply(command) }
        #expect(state.lastRejection == nil && state.config.threshold == 0.55)
        #expect(state.trainer.network.parameters == weights && state.trainer.epochs == epochs)
    }

    @Test func otherProblemsHaveNoThresholdToMove() {
        let blobs = TrainingConfig(dataset: DatasetConfig(kind: .blobs), output: .softmax, loss: .crossEntropy)
        let (app, commands) = AppFixture.press(AppFixture.typing("i]"), on: AppState(config: blobs))
        #expect(commands.isEmpty && app.config == blobs)
        #expect(app.message == "the threshold applies to two classes")
    }

    static let lessonText = """
        ---
        id: threshold
        title: Threshold
        ---

        ```setup
        dataset: circle
        threshold: 0.3
        lock: threshold
        ```

        ## Read it

        The threshold is fixed here.
        """

    @Test func aLessonSetsAndLocksTheThreshold() throws {
        let lesson = try LessonParser.parse(Self.lessonText, path: "threshold.md")
        let setup = try lesson.resolvedSetup(ofStep: 0, data: LessonData(datasets: nil, lessonFolder: nil))
        #expect(setup.config.threshold == 0.3 && setup.isLocked(LessonControl(Settings.threshold)))
        var app = AppState(config: setup.config)
        app.lesson = LessonMode(session: LessonSession(lesson: lesson), setups: [LessonMode.StepSetup(setup)])
        let (after, commands) = AppFixture.press(AppFixture.typing("i]"), on: app)
        #expect(commands.isEmpty && after.config.threshold == 0.3)
        #expect(after.message == "this step locks threshold")
    }

    @Test func aLessonRefusesAThresholdOutOfRangeOrNotANumber() throws {
        for (value, message) in [("1.5", "--threshold must be between 0 and 1"), ("low", "threshold: 'low' is not a number")] {
            let text = Self.lessonText.replacingOccurrences(of: "threshold: 0.3", with: "threshold: \(value)")
            do {
                let lesson = try LessonParser.parse(text, path: "threshold.md")
                _ = try lesson.resolvedSetup(ofStep: 0, data: LessonData(datasets: nil, lessonFolder: nil))
                Issue.record("\(value) was accepted")
            } catch {
                #expect(error.message.contains(message), "\(error.message)")
            }
        }
    }
}
