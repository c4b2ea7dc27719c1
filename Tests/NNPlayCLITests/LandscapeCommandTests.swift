import Foundation
import Testing

/// `nnplay landscape`: the JSON object scripts read, the summary, and refused flags.
@Suite struct LandscapeCommandTests {
    @Test func adamOnRosenbrockAsTheIssueWritesIt() throws {
        let result = try CLIRunner.run(["landscape", "--function", "rosenbrock", "--method", "adam", "--lr", "0.01",
                                        "--start", "-1.5,2", "--steps", "500", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1, "exactly one line of JSON")
        let json = try result.json()
        let path = try #require(json["path"] as? [[Double]])
        #expect(path.count == 501)
        // The start and Adam's first step: m̂ = g and √v̂ = |g|, so each coordinate moves by
        // lr·|g|/(|g| + ε), about 0.01 against the gradient's sign; the gradient at (−1.5, 2)
        // is (−2(2.5) − 400(−1.5)(2 − 2.25), 200(2 − 2.25)) = (−155, −50): both coordinates grow.
        #expect(path[0] == [-1.5, 2, 12.5])
        #expect(abs(path[1][0] - (-1.5 + 0.01 * 155 / (155 + 1e-8))) < 1e-15)
        #expect(abs(path[1][1] - (2 + 0.01 * 50 / (50 + 1e-8))) < 1e-15)
        #expect(json["evaluations"] as? Int == 501)
        #expect(json["gradient_evaluations"] as? Int == 500)
        #expect(json["path_point"] as? String == "iterate")
        #expect(json["reached_target"] as? Bool == false)
        #expect(json["nearest_minimum"] as? [Double] == [1, 1])
        let final = try #require(json["final"] as? [Double])
        #expect(final == path[500])
        let distance = try #require(json["distance"] as? Double)
        #expect(abs(distance - ((final[0] - 1) * (final[0] - 1) + (final[1] - 1) * (final[1] - 1)).squareRoot()) < 1e-12)
        for key in ["function", "method", "settings", "start", "steps", "target", "ending", "hessian_evaluations",
                    "condition"] {
            #expect(json.keys.contains(key), "missing key \(key)")
        }
    }

    @Test func targetCountsTheEvaluationsItTook() throws {
        let result = try CLIRunner.run(["landscape", "--function", "rosenbrock", "--method", "cma-es", "--seed", "2",
                                        "--target", "1e-8", "--steps", "100000", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["reached_target"] as? Bool == true)
        #expect(json["path_point"] as? String == "mean")
        #expect(json["gradient_evaluations"] as? Int == 0)
        let final = try #require(json["final"] as? [Double])
        #expect(final[2] <= 1e-8)
        let evaluations = try #require(json["evaluations"] as? Int)
        let steps = try #require(json["steps"] as? Int)
        // λ = 6 per generation; the last generation stops at the point that reached it.
        #expect(evaluations > 6 * (steps - 1) && evaluations <= 6 * steps)
    }

    @Test func textSummary() throws {
        let result = try CLIRunner.run(["landscape", "--function", "ravine", "--condition", "1000", "--method", "newton",
                                        "--steps", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("newton on ravine (condition 1000)"))
        #expect(result.stdout.contains("final: (0, 0), loss 0"))
    }

    @Test func divergenceExitsWithStatus3() throws {
        let result = try CLIRunner.run(["landscape", "--function", "ravine", "--condition", "100", "--lr", "0.05",
                                        "--steps", "100000", "--json"])
        #expect(result.status == 3)
        #expect(try result.json()["ending"] as? String == "diverged")
    }

    @Test(arguments: [
        (["--method", "adam", "--damping", "1"], "--damping applies only to --method newton"),
        (["--method", "gd", "--beta1", "0.5"], "--beta1 does not apply to --method gd"),
        (["--function", "beale", "--condition", "3"], "--condition applies only to --function ravine"),
        (["--start", "1"], "--start must be two numbers"),
        (["--lr", "0"], "--lr must be a positive number"),
        (["--method", "momentum", "--momentum", "1.5"], "--momentum must be in [0, 1)"),
        (["--method", "cma-es", "--population", "1"], "--population must be 2 to 10000"),
        (["--method", "ga", "--mutation-rate", "2"], "--mutation-rate must be in [0, 1]"),
        (["--steps", "-1"], "--steps must be 0 to 1000000"),
        (["--method", "sgd"], "'sgd' is invalid for '--method"),
        (["--method", "ga", "--steps", "1000000"], "--steps times the population (20) must be at most 10,000,000"),
    ])
    func badFlagsAreRefused(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["landscape"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1 && result.stderr.contains(message), "\(result.stderr)")
    }
}
