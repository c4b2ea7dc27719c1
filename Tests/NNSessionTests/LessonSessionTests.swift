import NNCore
@testable import NNSession
import Testing

@Suite struct LessonSessionTests {
    let lesson: Lesson

    init() throws {
        lesson = try LessonFixtures.lesson("""
            ```setup
            dataset: gauss
            hidden: none
            lock: dataset
            ```
            ## Read
            Nothing to do here.
            ## Train
            ```setup
            lr: 0.1
            lock: all
            unlock: lr
            ```
            ```goal
            test-accuracy >= 95%
            ```
            ```hint
            one
            ```
            ```hint
            two
            ```
            ```solution
            run 20
            ```
            ```explain
            well done
            ```
            ```question
            Pick?
            - [ ] a
              > not a
            - [x] b
              > yes b
            ```
            ## Last
            The end.
            """)
    }

    @Test func stepsAdvanceOnlyOnceTheGoalIsMet() throws {
        var session = LessonSession(lesson: lesson)
        #expect(session.positionText == "step 1/3")
        let r1 = session.next()
        #expect(r1)
        #expect(session.positionText == "step 2/3")
        #expect(!session.canGoNext)
        let r2 = session.next()
        #expect(!r2)
        let r3 = session.go(to: 2)
        #expect(!r3)
        #expect(session.visibleExplanation == nil)

        let data = LessonData(datasets: nil)
        var state = try session.setup(data: data).makeState()
        let r4 = session.observe(LessonObservation(state: state))
        #expect(!r4)
        for _ in 0..<20 { state.trainEpoch() }
        let r5 = session.observe(LessonObservation(state: state))
        #expect(r5)
        let r6 = session.observe(LessonObservation(state: state))  // announced once
        #expect(!r6)
        #expect(session.progress.steps[1].goalMetAtEpoch == 20)
        #expect(session.visibleExplanation == "well done")
        let r7 = session.next()
        #expect(r7)
        let r8 = session.previous()
        #expect(r8 && session.stepIndex == 1)
        let r9 = session.go(to: 2)
        #expect(r9)
        let r10 = session.next()
        #expect(r10)
        #expect(session.progress.finished)
        let r11 = session.next()
        #expect(!r11)
    }

    @Test func hintsAreRevealedOneAtATime() {
        var session = LessonSession(lesson: lesson)
        let r12 = session.revealHint()  // step 1 has none
        #expect(r12 == nil)
        session.next()
        let r13 = session.revealHint()
        #expect(r13?.text == "one")
        #expect(session.visibleHints.map(\.text) == ["one"])
        let r14 = session.revealHint()
        #expect(r14?.text == "two")
        #expect(!session.canRevealHint)
        let r15 = session.revealHint()
        #expect(r15 == nil)
    }

    @Test func answersGiveTheirFeedback() {
        var session = LessonSession(lesson: lesson)
        let r16 = session.answer(0)
        #expect(r16 == nil)
        session.next()
        let r17 = session.answer(0)
        #expect(r17?.feedback == "not a")
        let r18 = session.answer(1)
        #expect(r18?.isCorrect == true)
        #expect(session.answer == 1)
        let r19 = session.answer(5)
        #expect(r19 == nil)
        #expect(session.step.question?.choiceIndex(forKey: "b") == 1)
    }

    @Test func locksComeFromTheLessonAndTheStep() {
        var session = LessonSession(lesson: lesson)
        #expect(session.lockedControls == [.dataset])
        session.next()
        #expect(session.isLocked(.hidden) && session.isLocked(.dataset))
        #expect(!session.isLocked(.learningRate))
    }

    @Test func theSetupStartsEachStepFromTheLessonsSettings() throws {
        let session = LessonSession(lesson: lesson, progress: {
            var p = LessonProgress(lesson: lesson)
            p.currentStep = 1
            return p
        }())
        let setup = try session.setup(data: LessonData(datasets: nil))
        #expect(setup.config.dataset.kind == .gauss)
        #expect(setup.config.hiddenLayers == [])
        #expect(setup.config.optimizer.learningRate == 0.1)
        var restarted = try PlaygroundState(config: TrainingConfig())
        restarted.advance(to: 30)
        restarted.apply(.restart(setup.config))
        let fresh = try setup.makeState()
        #expect(restarted.trainer.network.parameters == fresh.trainer.network.parameters)
        #expect(restarted.trainer.split.train == fresh.trainer.split.train)
    }

    @Test func resumingRestoresThePlace() {
        var session = LessonSession(lesson: lesson)
        session.next()
        session.revealHint()
        let resumed = LessonSession(lesson: lesson, progress: session.progress)
        #expect(resumed.stepIndex == 1)
        #expect(resumed.visibleHints.count == 1)
    }
}
