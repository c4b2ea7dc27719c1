import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Lesson 22 (without gradients) in the playground: the goal's limit and the note when it
/// is met count generations once the optimizer is GA or CMA-ES, epochs before.
@Suite struct LessonGenerationsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theLimitAndTheNoteSayGenerationsUnderCMAES() throws {
        let file = Self.root.appendingPathComponent("lessons/22-without-gradients.md").path
        let lesson = try LessonParser.read(file)
        let data = LessonData(datasets: DatasetFolder(path: Self.root.appendingPathComponent("datasets").path))
        let setups = try lesson.steps.indices.map { index throws(InputError) in
            LessonMode.StepSetup(try lesson.resolvedSetup(ofStep: index, data: data))
        }
        let mode = LessonMode(session: LessonSession(lesson: lesson), setups: setups)
        #expect(mode.paneModel.goalLimit == "within 40 epochs", "SGD, the step's setup")

        // The student's move: CMA-ES; the playground judges the goal after each generation.
        var state = AppState(config: mode.setup.config)
        state.lesson = mode
        var playground = try PlaygroundState(config: mode.setup.config)
        var config = mode.setup.config
        config.optimizer.kind = .cmaes
        LessonModeTests.run(mode.startCommands + [.configure(config), .play], on: &playground, limit: 40)
        state.observeLesson(playground.snapshot())
        #expect(state.lesson?.paneModel.goalLimit == "within 40 generations")
        let epoch = try #require(playground.goalMetAt?.epoch)
        #expect(state.message?.hasPrefix("✔ goal met at generation \(epoch)!") == true, "\(state.message ?? "")")
    }
}
