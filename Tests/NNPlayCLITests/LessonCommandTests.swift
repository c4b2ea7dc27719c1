import Foundation
import NNSession
import Testing

/// `nnplay lesson`: listing with progress, showing one lesson, and the authors' checker.
@Suite struct LessonCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/NNSessionTests/Lessons")
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    func run(_ arguments: [String]) throws -> CLIResult {
        try CLIRunner.run(arguments, environment: ["XDG_STATE_HOME": state.url.path])
    }

    @Test func everyShippedLessonPassesTheCheck() throws {
        let result = try run(["lesson", "check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let shipped = LessonFolder(path: CLIRunner.packageRoot.appendingPathComponent("lessons").path).files()
        #expect(shipped.count >= 12)
        #expect(result.stdout.contains("\(shipped.count) lessons checked: all fine"))
    }

    /// A race lesson opens on the race screen, which needs a terminal (exit 69 without
    /// one, once its races are resolved); `lesson show` names each goal's variant.
    @Test func aRaceLessonOpensOnTheRaceScreen() throws {
        let opened = try run(["lesson", "optimizer-race"])
        #expect(opened.status == 69)
        #expect(opened.stderr.contains("needs a terminal"), "\(opened.stderr)")
        let shown = try run(["lesson", "show", "optimizer-race"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("goal: variant 3 (optimizer=adam): test-accuracy >= 85% within 100 epochs"))
    }

    @Test func theCurriculumHasFourToTenStepsWithGoals() throws {
        let folder = LessonFolder(path: CLIRunner.packageRoot.appendingPathComponent("lessons").path)
        var ids = Set<String>()
        for file in folder.files() {
            let lesson = try LessonParser.read(file)
            #expect((4...10).contains(lesson.steps.count), "\(file)")
            let goals = lesson.curves.map { $0.steps.filter { $0.goal != nil }.count }
                ?? lesson.landscape.map { $0.steps.filter { $0.goal != nil }.count }
                ?? lesson.steps.filter { $0.goal != nil }.count
            #expect(goals >= 3, "\(file)")
            #expect(ids.insert(lesson.id).inserted, "\(file)")
        }
    }

    /// `-v` says where each reference solution met its goal, with the goal's figures
    /// then (what an author quotes in an explain block); without it, nothing more.
    @Test func verboseSaysWhereEachGoalWasMet() throws {
        let valid = Self.fixtures.appendingPathComponent("valid.md").path
        let result = try run(["lesson", "check", "-v", valid])
        #expect(result.status == 0, "\(result.stderr)")
        let prefix = "      step 1 'A learning rate that is far too small': met at epoch "
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix(prefix) })
        // `met at epoch E: test-loss L`, E within the goal's 100 epochs and L below its 0.3.
        let parts = line.dropFirst(prefix.count).split(separator: " ")
        let epoch = try #require(Int(parts[0].dropLast()))
        #expect((1...100).contains(epoch))
        #expect(parts[1] == "test-loss")
        #expect(try #require(Double(parts[2])) < 0.3)
        let quiet = try run(["lesson", "check", valid])
        #expect(!quiet.stdout.contains("met at epoch"))
    }

    /// A step solved by CMA-ES or GA was met at a generation; Adam's at an epoch.
    @Test func verboseCountsGenerationsWithoutGradients() throws {
        let lesson = CLIRunner.packageRoot.appendingPathComponent("lessons/22-without-gradients.md").path
        let result = try run(["lesson", "check", "-v", lesson])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("step 1 'Evolution instead of gradients': met at generation ") },
                "\(result.stdout)")
        #expect(lines.contains { $0.contains("step 3 'The genetic algorithm': met at generation ") })
        #expect(lines.contains { $0.contains("step 4 'Against Adam': met at epoch ") })
    }

    @Test func brokenLessonsFailWithTheirLines() throws {
        let met = Self.fixtures.appendingPathComponent("met-at-setup.md").path
        let unreachable = Self.fixtures.appendingPathComponent("unreachable.md").path
        let result = try run(["lesson", "check", met, unreachable])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  \(met)"))
        #expect(result.stderrLines.contains { $0.hasPrefix("\(met):15: ") && $0.contains("already met") })
        #expect(result.stderrLines.contains { $0.hasPrefix("\(unreachable):21: ") && $0.contains("does not reach") })
        #expect(result.stderrLines.last == "nnplay: lesson check: 2 problems in 2 lesson files")
    }

    @Test func aMalformedFileAndDuplicateIDsFail() throws {
        let bad = try state.write("bad.md", "---\nid: x\ntitle: T\n---\n## S\n```goal\nspeed > 1\n```\n")
        let valid = Self.fixtures.appendingPathComponent("valid.md").path
        let copy = try state.write("copy.md", try String(contentsOfFile: valid, encoding: .utf8))
        let result = try run(["lesson", "check", bad, valid, copy])
        #expect(result.status == 1)
        #expect(result.stderrLines.contains { $0.hasPrefix("\(bad):7: unknown goal 'speed'") })
        #expect(result.stderrLines.contains { $0.hasPrefix("\(copy):2: id 'first-steps' is already used") })
    }

    /// A lesson whose setup names a missing CSV file fails every step the same way:
    /// one message. Its id, taken from a shipped lesson, is reported too (checking the
    /// shipped file itself is not a clash).
    @Test func aMissingCSVIsReportedOnceAndAShippedIDClashes() throws {
        let steps = (1...3).map { "## Step \($0)\n```goal\nepoch >= 2\n```\n```hint\nTrain.\n```\n```solution\nrun 3\n```\n" }
        let lesson = try state.write("mine.md", "---\nid: learning-rate\ntitle: T\n---\nIntro.\n```setup\ndataset: gone.csv\n```\n"
                                     + steps.joined())
        let result = try run(["lesson", "check", lesson])
        #expect(result.status == 1)
        #expect(result.stderrLines.filter { $0.contains("gone.csv") }.count == 1, "\(result.stderr)")
        #expect(result.stderrLines.contains { $0.hasPrefix("\(lesson):2: id 'learning-rate' is already the id of the shipped lesson") })
        let shipped = CLIRunner.packageRoot.appendingPathComponent("lessons/01-learning-rate.md").path
        #expect(try run(["lesson", "check", shipped]).status == 0)
    }

    @Test func theListShowsEveryLessonAndProgress() throws {
        let result = try run(["lesson"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("learning-rate"))
        #expect(result.stdout.contains("not started"))
        #expect(try run(["lesson", "list"]).stdout == result.stdout)
    }

    @Test func aLessonIsShownByIDOrPath() throws {
        let byID = try run(["lesson", "show", "learning-rate"])
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.hasPrefix("Gradient descent and the learning rate (learning-rate"))
        #expect(byID.stdout.contains("goal: "))
        let valid = Self.fixtures.appendingPathComponent("valid.md").path
        let byPath = try run(["lesson", "show", valid])
        #expect(byPath.stdout.hasPrefix("First steps (first-steps, \(valid))"))
        let missing = try run(["lesson", "no-such-lesson"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no lesson 'no-such-lesson'"))
    }

    @Test func openingALessonNeedsATerminal() throws {
        let result = try run(["lesson", "learning-rate"])
        #expect(result.status == 69)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("the playground needs a terminal"))
        let missing = try run(["lesson", "no-such-lesson"])
        #expect(missing.status != 0 && missing.stderr.contains("no lesson 'no-such-lesson'"))
    }

    @Test func helpDescribesTheSubcommands() throws {
        let help = try run(["lesson", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("check"))
        #expect(help.stdout.contains("lessons/README.md"))
    }
}
