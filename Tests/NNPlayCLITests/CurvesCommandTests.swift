import Foundation
import Testing

/// `nnplay curves`: the JSON object scripts read, the summary, and refused flags.
@Suite struct CurvesCommandTests {
    @Test func ridgeOnTheSineAsTheIssueWritesIt() throws {
        let result = try CLIRunner.run(["curves", "--target", "sin", "--degree", "9", "--l2", "1e-3", "--seed", "1",
                                        "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1, "exactly one line of JSON")
        let json = try result.json()
        let train = try #require(json["train"] as? [[Double]])
        let validation = try #require(json["validation"] as? [[Double]])
        let test = try #require(json["test"] as? [[Double]])
        #expect(train.count == 30 && validation.count == 10 && test.count == 10) // 60/20/20 of 50
        #expect((train + validation + test).allSatisfy { $0.count == 2 && (0...1).contains($0[0]) })
        let coefficients = try #require(json["coefficients"] as? [Double])
        #expect(coefficients.count == 10)
        // The report's train error is the mean squared error of its own polynomial on its own points.
        let mse = train.reduce(0.0) { sum, p in
            let fitted = coefficients.reversed().reduce(0.0) { $0 * p[0] + $1 }
            return sum + (fitted - p[1]) * (fitted - p[1])
        } / Double(train.count)
        let errors = try #require(json["errors"] as? [String: Double])
        #expect(abs(try #require(errors["train"]) - mse) < 1e-9 * mse)
        #expect(try #require(json["condition_number"] as? Double) > 1)
    }

    @Test func theSummaryNamesTheFitAndTheErrors() throws {
        let result = try CLIRunner.run(["curves", "--target", "poly", "--degree", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("degree 3, least squares, condition number"))
        #expect(result.stdout.contains("mean squared error: train "))
    }

    @Test func refusedValuesAndFitsWithoutAnAnswer() throws {
        let tooHigh = try CLIRunner.run(["curves", "--degree", "21"])
        #expect(tooHigh.status == 64 && tooHigh.stderr.contains("--degree must be 0 to 20"))
        let underdetermined = try CLIRunner.run(["curves", "--degree", "20", "--points", "20"])
        #expect(underdetermined.status == 3 && underdetermined.stderr.contains("no unique fit"))
        let ridge = try CLIRunner.run(["curves", "--degree", "20", "--points", "20", "--l2", "1e-3"])
        #expect(ridge.status == 0)
    }
}
