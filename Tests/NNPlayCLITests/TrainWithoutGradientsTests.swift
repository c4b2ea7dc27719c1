import Foundation
import Testing

/// `nnplay train --optimizer cma-es` / `ga`, and `--until-test-accuracy`.
@Suite struct TrainWithoutGradientsTests {
    @Test func cmaesStopsAtTheFirstGenerationAt95Percent() throws {
        let arguments = ["train", "--dataset", "xor", "--hidden", "4", "--optimizer", "cma-es", "--seed", "4",
                         "--epochs", "300", "--until-test-accuracy", "0.95", "-q"]
        let result = try CLIRunner.run(arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        let epochs = try #require(json["epochs"] as? Int)
        #expect(epochs < 300)
        #expect(try #require(json["test_accuracy"] as? Double) >= 0.95)
        // One epoch fewer was not yet there: the same run stopped one generation earlier.
        let before = try CLIRunner.run(["train", "--dataset", "xor", "--hidden", "4", "--optimizer", "cma-es",
                                        "--seed", "4", "--epochs", String(epochs - 1), "-q", "--json"]).json()
        #expect(try #require(before["test_accuracy"] as? Double) < 0.95)
        let text = try CLIRunner.run(arguments)
        #expect(text.stdout.contains("cma-es, population 12, sigma 0.5"), "\(text.stdout)")
        // The report and the progress count generations, not epochs.
        #expect(text.stdout.contains("trained    \(epochs) generations, \(epochs) steps in"), "\(text.stdout)")
        let progress = try CLIRunner.run(["train", "--dataset", "xor", "--hidden", "4", "--optimizer", "ga",
                                          "--epochs", "20"])
        #expect(progress.stderr.contains("generation 20/20") && !progress.stderr.contains("epoch"), "\(progress.stderr)")
    }

    @Test func aLargeNetworkSaysItsCMAESIsSeparable() throws {
        let result = try CLIRunner.run(["train", "--dataset", "circle", "--hidden", "12,12", "--optimizer", "cma-es",
                                        "--epochs", "2", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("cma-es (separable), population 19"), "\(result.stdout)")
    }

    @Test(arguments: [
        (["--until-test-accuracy", "1.5"], "--until-test-accuracy must be in (0, 1]"),
        (["--optimizer", "ga", "--mutation-rate", "2"], "--mutation-rate must be in [0, 1]"),
        (["--optimizer", "cma-es", "--population", "2"], "--population must be 4 to 1000"),
        (["--optimizer", "cma-es", "--sigma", "0"], "--sigma must be a positive number"),
    ])
    func badValuesAreRefused(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["train", "--dataset", "xor", "--epochs", "1"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
