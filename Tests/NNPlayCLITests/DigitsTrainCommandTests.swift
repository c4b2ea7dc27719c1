import Testing

/// `nnplay train --dataset digits`: the 64-pixel images train on their own defaults and
/// report with the usual keys; the plane's features and the playground refuse them.
@Suite struct DigitsTrainCommandTests {
    @Test func theDigitsTrainToAHighTestAccuracyOnTheirDefaults() throws {
        let result = try CLIRunner.run(["train", "--dataset", "digits", "--hidden", "50", "--json", "--quiet"])
        #expect(result.status == 0)
        let report = try result.json()
        #expect(report["layers"] as? [Int] == [64, 50, 10])
        #expect(report["classes"] as? Int == 10 && report["points"] as? Int == 1797)
        #expect(report["train_points"] as? Int == 1079 && report["validation_points"] as? Int == 359
                && report["test_points"] as? Int == 359)
        #expect(report["epochs"] as? Int == 80, "the digits' default epochs")
        let accuracy = try #require(report["test_accuracy"] as? Double)
        #expect(accuracy >= 0.95, "test accuracy \(accuracy)")
        let confusion = try #require(report["test_confusion"] as? [[Int]])
        #expect(confusion.count == 10 && confusion.allSatisfy { $0.count == 10 })
    }

    @Test func thePlanesFeaturesAndThePlaygroundRefuseTheDigits() throws {
        let features = try CLIRunner.run(["train", "--dataset", "digits", "--features", "x1,x2,x1sq", "--epochs", "1"])
        #expect(features.status == 64)
        #expect(features.stderr.contains("this data has 64 inputs, which the network reads as they are"))
        let noise = try CLIRunner.run(["train", "--dataset", "digits", "--noise", "0.1"])
        #expect(noise.status == 64 && noise.stderr.contains("--noise applies to the built-in datasets"))
        let play = try CLIRunner.run(["play", "--dataset", "digits"])
        #expect(play.status == 64 && play.stderr.contains("'nnplay digits'"))
    }
}
