import NNCore
import Testing
@testable import NNSession

/// Landscape lesson lines, goals and the headless rehearsal `nnplay lesson check` runs.
@Suite struct LandscapeLessonTests {
    static func lines(_ text: String) throws -> [LandscapeLessonLine] {
        try text.split(separator: "\n").map { try LandscapeLessonLine.parse(String($0)) }
    }

    @Test func aSetupBlockBecomesALabSetup() throws {
        let setup = try LandscapeLessonRehearsal.setup(try Self.lines("""
            lab: landscape
            function: ravine
            condition: 50
            start: -1.5, 1
            methods: gd lr=0.03, momentum lr=0.01 momentum=0.9
            """))
        #expect(setup.function == .ravine && setup.condition == 50 && setup.start == [-1.5, 1])
        #expect(setup.methods.map(\.kind) == [.gd, .momentum])
        #expect(setup.methods[1].optimizer.learningRate == 0.01 && setup.methods[1].optimizer.momentum == 0.9)
    }

    @Test(arguments: [
        ("lab: playground", "this lab is 'landscape'"), ("function: moon", "unknown function 'moon'"),
        ("start: 1", "start must be two numbers"), ("methods: adam lr=0", "adam: the learning rate must be above 0"),
        ("methods: ga population=1", "the population must be 2 to 10000"), ("method 5: gd", "unknown key 'method 5'"),
        ("methods: gd, gd, gd, gd, gd", "1 to 4 methods"), ("run 0", "run takes a number"), ("zoom: 2", "unknown key 'zoom'"),
    ])
    func badLinesSayWhy(line: String, message: String) {
        do {
            _ = try LandscapeLessonLine.parse(line)
            Issue.record("accepted '\(line)'")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func goalsParseAndAreCheckedOnTheState() throws {
        let goal = try LandscapeGoal.parse("momentum: reached-at <= 100")
        #expect(goal == LandscapeGoal(metric: .reachedAt, comparison: .lessOrEqual, target: 100, method: .momentum))
        #expect(throws: InputError.self) { try LandscapeGoal.parse("speed > 3") }
        #expect(throws: InputError.self) { try LandscapeGoal.parse("loss 3") }
    }

    /// Newton (lr 1, no damping) from each of four starts lands on each of Himmelblau's
    /// four minima in a few steps: "find every minimum" is met once the fourth is reached.
    @Test func findingEveryMinimumOfHimmelblau() throws {
        let setup = try LandscapeLessonRehearsal.setup(try Self.lines("function: himmelblau\nmethods: newton"))
        let goal = [try LandscapeGoal.parse("minima-found >= 4")]
        let solution = try Self.lines("""
            start: 3.5, 2.5
            run 20
            start: -3, 3.5
            run 20
            start: -4, -3.5
            run 20
            start: 4, -2
            run 20
            """)
        let (metAt, state) = LandscapeLessonRehearsal.play(setup: setup, solution: solution, goal: goal)
        #expect(metAt != nil && state.foundMinima.count == 4)
        let none = LandscapeLessonRehearsal.play(setup: setup, solution: Array(solution.prefix(6)), goal: goal)
        #expect(none.metAt == nil && none.state.foundMinima.count == 3)
    }

    /// On the ravine κ = 50 at lr 0.03, gradient descent crawls along the floor (x shrinks
    /// by 1 − 0.03 = 0.97 a step, y by 1 − 50·0.03 = −0.5: the first k with
    /// ½(1.5²·0.97²ᵏ + 50·0.25ᵏ) ≤ 10⁻⁶, counted here by hand); momentum 0.9 at the same
    /// rate gets there sooner.
    @Test func momentumBeatsGradientDescentOnTheRavine() throws {
        let setup = try LandscapeLessonRehearsal.setup(try Self.lines("""
            function: ravine
            condition: 50
            methods: gd lr=0.03, momentum lr=0.03 momentum=0.9
            """))
        let state = LandscapeLessonRehearsal.play(setup: setup, solution: [.run(1000)], goal: []).state
        let gd = try #require(state.tracks[0].reached?.iteration), momentum = try #require(state.tracks[1].reached?.iteration)
        var k = 0, x = 1.5, y = 1.0
        while 0.5 * (x * x + 50 * y * y) > 1e-6 { x *= 0.97; y *= -0.5; k += 1 }
        #expect(gd == k)
        #expect(momentum < gd)
    }
}
