import Foundation
import NNCore
@testable import NNSession
import Testing

@Suite struct LessonParserTests {
    @Test func theREADMEExampleParsesIntoTypedValues() throws {
        let lesson = try LessonParser.read(LessonFixtures.path("valid.md"))
        #expect(lesson.id == "first-steps")
        #expect(lesson.title == "First steps")
        #expect(lesson.introduction.contains("**circle**"))
        #expect(lesson.setup?.values == [Settings.dataset.change(.data(.builtIn(.circle))), Settings.hidden.change(.layers([4])),
                                          Settings.batch.change(.integer(10))])
        #expect(lesson.setup?.locks == [.dataset])
        #expect(lesson.steps.count == 1)
        let step = lesson.steps[0]
        #expect(step.title == "A learning rate that is far too small")
        #expect(step.setup?.autoRunEpochs == 20)
        #expect(step.setup?.locks == [.dataset, .hidden])
        #expect(step.goal?.conditions.map(\.condition) == [.number(.testLoss, .less, 0.3)])
        #expect(step.goal?.withinEpochs == 100)
        #expect(step.hints.map(\.text) == ["Raise the learning rate a hundredfold or more.",
                                           "Try `lr` = 0.03, then reset the weights."])
        #expect(step.solution?.actions.map(\.action) == [.set(Settings.learningRate.change(.number(0.1))), .reset])
        #expect(step.explanation?.hasPrefix("With η") == true)
        let question = try #require(step.question)
        #expect(question.choices.map(\.isCorrect) == [false, true])
        #expect(question.choices[1].feedback == "Right: each step is proportional to η.")
        #expect(step.text.contains("w ← w − η·∂L/∂w"))
        #expect(lesson.contentHash == ContentHash.of(try TextFile.read(LessonFixtures.path("valid.md"))))
    }

    @Test func settingsUseTheFlagVocabulary() throws {
        let lesson = try LessonFixtures.lesson("""
            ## One
            ```setup
            dataset: iris
            features: x1sq, x2sq
            hidden: none
            init: he-uniform
            optimizer: adam
            batch: full
            regularization: l2 0.001
            test-ratio: 30%
            shuffle: no
            ```
            """)
        #expect(lesson.steps[0].setup?.values == [
            Settings.dataset.change(.data(.csv("iris"))), Settings.features.change(.features([.x1Squared, .x2Squared])),
            Settings.hidden.change(.layers([])), Settings.initializer.change(.name("he-uniform")),
            Settings.optimizer.change(.name("adam")), Settings.batch.change(.integer(SettingKind.fullBatch)),
            Settings.regularization.change(.regularization(.l2, rate: 0.001)), Settings.testRatio.change(.number(0.3)),
            Settings.shuffle.change(.flag(false)),
        ])
    }

    @Test(arguments: [
        ("id: x\ntitle: T\n---\n## S\n", 1, "front matter"),
        ("---\nid: Bad Id\ntitle: T\n---\n## S\n", 2, "lowercase"),
        ("---\nid: a\ntitle: T\ncolour: red\n---\n## S\n", 4, "unknown front matter key"),
        ("---\nid: a\n---\n## S\n", 1, "title"),
        ("---\nid: a\ntitle: T\n---\nintro only\n", 5, "no steps"),
        ("---\nid: a\ntitle: T\n---\n## S\n```setup\nlr: fast\n```\n", 7, "'fast' is not a number"),
        ("---\nid: a\ntitle: T\n---\n## S\n```setup\nsped: 3\n```\n", 7, "unknown setting 'sped'"),
        ("---\nid: a\ntitle: T\n---\n## S\n```hints\nx\n```\n", 6, "unknown block"),
        ("---\nid: a\ntitle: T\n---\n## S\n```goal\ntest-loss < 0.1\n```\n", 6, "needs a ```solution"),
        ("---\nid: a\ntitle: T\n---\n## S\n```goal\ntest-los < 0.1\n```\n", 7, "unknown goal 'test-los'"),
        ("---\nid: a\ntitle: T\n---\n## S\n```goal\nactivation is rellu\n```\n", 7, "unknown name 'rellu'"),
        ("---\nid: a\ntitle: T\n---\n## S\n```hint\n\n```\n", 6, "hint is empty"),
        ("---\nid: a\ntitle: T\n---\n## S\n```setup\nlr: 1\n", 6, "never closed"),
        ("---\nid: a\ntitle: T\n---\n## S\n```question\nWhy?\n- [ ] a\n  > no\n- [ ] b\n  > no\n```\n", 6, "right choice"),
        ("---\nid: a\ntitle: T\n---\n## S\n```question\nWhy?\n- [ ] a\n- [x] b\n  > yes\n```\n", 8, "needs feedback"),
        ("---\nid: a\ntitle: T\n---\n## S\n```setup\nlock: lr, wings\n```\n", 7, "unknown control 'wings'"),
        ("---\nid: a\ntitle: T\n---\n## S\n```setup\nlock: all, wings\n```\n", 7, "unknown control 'wings'"),
        ("---\nid: a\ntitle: T\n---\n## S\n```setup\nlock: lr except hidden\n```\n", 7, "write 'all except NAME"),
        ("---\nid: a\ntitle: T\n---\n## S\n```setup\nlock: all except\n```\n", 7, "name the controls"),
        ("---\nid: a\ntitle: T\n---\n```goal\nepoch > 1\n```\n## S\n", 5, "introduction"),
    ])
    func malformedLessonsAreRefusedWithTheirLine(text: String, line: Int, message: String) throws {
        let error = try #require(LessonFixtures.parseError(text))
        #expect(error.path == "bad.md")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func ordinaryCodeBlocksStayProse() throws {
        let lesson = try LessonFixtures.lesson("## S\n```math\nL = (1/n) Σ (ŷ − y)²\n```\nafter\n")
        #expect(lesson.steps[0].text == "```math\nL = (1/n) Σ (ŷ − y)²\n```\nafter")
    }

    /// `all` inside a list is all; `all except …` (or `all but …`) is all the others;
    /// a setting key names its whole lock (`l2` is `regularization`, L1 and dropout too).
    /// `all` is every control but the pace (`speed`), which a list may add.
    @Test func lockListsAllAndAllExcept() throws {
        func locks(_ line: String) throws -> Set<LessonControl>? {
            try LessonFixtures.lesson("## S\n```setup\n\(line)\n```\n").steps[0].setup?.locks
        }
        let all = Set(LessonControl.allCases).subtracting([LessonControl(Settings.speed)])
        #expect(Set(LessonControl.lockedByAll) == all)
        #expect(try locks("lock: all, speed") == Set(LessonControl.allCases))
        #expect(try locks("lock: all, momentum") == all)
        #expect(try locks("lock: all except lr") == all.subtracting([.learningRate]))
        #expect(try locks("lock: all but lr, l2") == all.subtracting([.learningRate, LessonControl(name: "regularization")!]))
        #expect(try locks("lock: l1, hidden") == [LessonControl(name: "regularization")!, .hidden])
        #expect(try locks("lock: none") == [])
    }

    /// A prompt wrapped over two lines in the file is one sentence (it once showed as
    /// "loss?falls": the line break drawn as an unknown character).
    @Test func aQuestionPromptOverTwoLinesJoinsWithASpace() throws {
        let lesson = try LessonFixtures.lesson("## S\n```question\nWhy does the training loss\nfall faster?\n- [x] a\n  > yes\n- [ ] b\n  > no\n```\n")
        #expect(lesson.steps[0].question?.prompt == "Why does the training loss fall faster?")
    }

    /// A lesson saved with Windows (`\r\n`) or old Mac (`\r`) line ends reads as the same
    /// lesson (CSV, model and session files already did): `\r\n` is one Swift
    /// `Character`, so splitting at "\n" once saw the whole file as one line.
    @Test func crlfAndCRLineEndsReadTheSame() throws {
        let lf = try String(contentsOfFile: LessonFixtures.path("valid.md"), encoding: .utf8)
        let expected = try LessonParser.parse(lf, path: "l.md")
        #expect(expected.steps.count == 1 && expected.setup != nil)
        for ending in ["\r\n", "\r"] {
            var lesson = try LessonParser.parse(lf.replacingOccurrences(of: "\n", with: ending), path: "l.md")
            #expect(lesson.contentHash != expected.contentHash)  // the hash is of the file's bytes
            lesson.contentHash = expected.contentHash
            #expect(lesson == expected)
        }
    }

    /// Untrusted lessons are bounded: 10,000 steps are refused at the 31st.
    @Test func tenThousandStepsAreRefused() {
        let steps = (1...10_000).map { "## Step \($0)\n\nText.\n" }.joined(separator: "\n")
        let error = LessonFixtures.parseError("---\nid: many\ntitle: Many\n---\nIntro.\n\n" + steps)
        #expect(error?.message == "at most 30 steps (got 10000)")
        #expect(error?.line == 7 + 4 * 30)
    }
}
