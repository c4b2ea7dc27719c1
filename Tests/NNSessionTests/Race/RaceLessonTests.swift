import Foundation
import NNCore
import Testing
@testable import NNSession

/// A race lesson (`lab: race`): its `variant:` lines, goals and solutions on a named
/// variant, the refusals (at `file:line`) and `nnplay lesson check` on a `RaceState`.
@Suite struct RaceLessonTests {
    /// A race lesson: the setup's variant lines start at line 8, the step's text at line 14.
    static func text(variants: String = "variant: optimizer=sgd\nvariant: optimizer=adam",
                     step: String = RaceLessonTests.goalStep()) -> String {
        "```setup\nlab: race\nlr: 0.03\n\(variants)\n```\n\n## Race\n\n\(step)"
    }

    /// A goal at line 14 (its condition at 15), a hint, a solution at line 23 (its line at 24).
    static func goalStep(_ condition: String = "variant adam: test-accuracy >= 90%", within: Int = 100,
                         solution: String = "run 100") -> String {
        "```goal\n\(condition)\nwithin \(within) epochs\n```\n\n```hint\nPlay.\n```\n\n```solution\n\(solution)\n```\n"
    }

    static func refusal(_ message: String, line: Int) -> InputError {
        InputError(message, path: "test.md", line: line)
    }

    @Test func variantsGoalsAndSolutionsNameTheirVariant() throws {
        let lesson = try LessonFixtures.lesson(Self.text(step: Self.goalStep(solution: "variant 1: lr: 0.3\nrun 10")))
        #expect(lesson.lab == .race)
        #expect(lesson.setup?.variants.map(\.variant.label) == ["optimizer=sgd", "optimizer=adam"])
        #expect(lesson.setup?.variants.map(\.line) == [8, 9])
        #expect(lesson.steps[0].goal?.conditions.map(\.variant) == [1])
        let lr = try Settings.lessonChange(key: "lr", value: "0.3")
        #expect(lesson.steps[0].solution?.actions.first == LessonSolution.Line(.set(lr), line: 24, variant: 0))
        #expect(lesson.steps[0].solution?.actions.last?.variant == nil)
    }

    @Test func aVariantIsNamedByNumberLabelOrValue() throws {
        let variants = try ["optimizer=sgd", "optimizer=adam,lr=0.01", "optimizer=momentum"].map {
            (text: String) throws(InputError) -> RaceVariant in try RaceVariant(parsing: text)
        }
        #expect(try RaceLessonLine.index(of: "2", in: variants) == 1)
        #expect(try RaceLessonLine.index(of: "optimizer=adam,lr=0.01", in: variants) == 1)
        #expect(try RaceLessonLine.index(of: "Momentum", in: variants) == 2)
        #expect(throws: InputError("variant 4: this race has variants 1 to 3")) {
            try RaceLessonLine.index(of: "4", in: variants)
        }
        // A label of several settings has no short name.
        #expect(throws: InputError("variant 'adam': no such variant (the variants: 1 'optimizer=sgd', 2 'optimizer=adam,lr=0.01', 3 'optimizer=momentum')")) {
            try RaceLessonLine.index(of: "adam", in: variants)
        }
    }

    @Test func malformedRaceLessonsAreRefusedAtTheirLine() {
        let cases: [(String, InputError)] = [
            (Self.text(variants: "variant: optimizer=sgd"),
             Self.refusal("a race lesson's setup has 2 to 4 'variant:' lines (variant: optimizer=adam), not 1", line: 5)),
            (Self.text(variants: "variant: optimizer=sgd\nvariant: optimiser=adam"),
             Self.refusal("variant: unknown setting 'optimiser' (a race's variants share their data; any other flag of 'nnplay train' works)", line: 9)),
            (Self.text(variants: "variant: optimizer=sgd\nvariant: optimizer=sgd"),
             Self.refusal("variant 'optimizer=sgd' is given twice", line: 9)),
            (Self.text(step: Self.goalStep("variant 3: test-accuracy >= 90%")),
             Self.refusal("variant 3: this race has variants 1 to 2", line: 15)),
            (Self.text(step: Self.goalStep(solution: "variant sgd: run 10")),
             Self.refusal("a variant's solution line is a setting (variant 1: lr: 0.3); run, reset and regenerate go to every variant", line: 24)),
            (Self.text(step: "```setup\nvariant: optimizer=momentum\n```\n"),
             Self.refusal("a race's variants are the lesson's: put 'variant:' lines in the introduction's setup", line: 15)),
            ("```setup\nvariant: optimizer=sgd\n```\n\n## A\n\nText.\n",
             Self.refusal("'variant:' lines belong to race lessons (add 'lab: race')", line: 6)),
            ("```setup\nlr: 0.1\n```\n\n## A\n\n" + Self.goalStep(),
             Self.refusal("'variant ...' lines belong to race lessons (lab: race and variant: lines in the lesson's setup)", line: 12)),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try LessonFixtures.lesson(text) }
        }
    }

    /// In lockstep a variant trains as it would alone, so its goal is met at the very
    /// epoch a lone playground with its settings meets it.
    @Test func theCheckMeetsAVariantsGoalWhereTheVariantAloneMeetsIt() throws {
        let lesson = try LessonFixtures.lesson(Self.text())
        let (problems, notes) = LessonChecker(datasets: LessonFixtures.datasets).checkReporting(lesson)
        #expect(problems.isEmpty)
        let rehearsal = try RaceLessonRehearsal(lesson: lesson, stepIndex: 0, data: LessonData(datasets: nil, lessonFolder: "."))
        var alone = try PlaygroundState(config: rehearsal.variants[1].config)
        alone.apply(.watchGoal(LessonGoal(conditions: [.init(try GoalCondition.parse("test-accuracy >= 90%"), line: 0)],
                                          withinEpochs: 100)))
        alone.apply(.run(epochs: 100))
        alone.trainUntilPaused()
        let met = try #require(alone.goalMetAt)
        #expect(met.epoch > 0)
        let sgdAccuracy = try Self.accuracy(of: rehearsal, variant: 0, epochs: met.epoch)
        #expect(notes == ["step 1 'Race': met at epoch \(met.epoch): "
                          + "optimizer=sgd: test-accuracy \(sgdAccuracy) at epoch \(met.epoch), no goal; "
                          + "optimizer=adam: test-accuracy \(alone.goalEvaluation?.conditions[0].current ?? "?") met at epoch \(met.epoch)"])
    }

    /// Variant `variant`'s test accuracy trained alone for `epochs` epochs, as the goal panel writes it.
    static func accuracy(of rehearsal: RaceLessonRehearsal, variant: Int, epochs: Int) throws -> String {
        var alone = try PlaygroundState(config: rehearsal.variants[variant].config)
        alone.apply(.run(epochs: epochs))
        alone.trainUntilPaused()
        return try GoalCondition.parse("test-accuracy >= 90%").currentValue(in: LessonObservation(state: alone))
    }

    @Test func aGoalMissedOrMetAtOnceIsReported() throws {
        let checker = LessonChecker(datasets: nil)
        let missed = try LessonFixtures.lesson(Self.text(step: Self.goalStep("variant sgd: test-loss < 0.0001", within: 5)))
        let problem = try #require(checker.check(missed).first)
        #expect(problem.line == 23)
        #expect(problem.message.hasPrefix("step 1 'Race': the reference solution does not reach the goal "
                                          + "'variant 1 (optimizer=sgd): test-loss < 0.0001 within 5 epochs' (optimizer=sgd: test-loss "))
        let atOnce = try LessonFixtures.lesson(Self.text(step: Self.goalStep("epoch >= 0")))
        #expect(checker.check(atOnce) == [Self.refusal("step 1 'Race': the goal 'epoch >= 0 within 100 epochs' is already met right after its setup", line: 14)])
    }

    @Test func theShippedRaceLessonChecksOut() throws {
        let folder = LessonFixtures.packageRoot.appendingPathComponent("lessons")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("optimizer-race.md") }
        let lesson = try LessonParser.read(folder.appendingPathComponent(try #require(names.first)).path)
        #expect(lesson.lab == .race)
        let (problems, notes) = LessonChecker(datasets: LessonFixtures.datasets).checkReporting(lesson)
        #expect(problems.isEmpty)
        #expect(notes.count == 4)
    }
}
