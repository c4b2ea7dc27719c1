import Foundation
import Testing

/// `nnplay train --val-ratio --patience`: the validation set and early stopping in
/// the JSON and text reports, and the flags' refusals.
@Suite struct TrainEarlyStoppingTests {
    static let arguments = ["train", "--dataset", "spiral", "--noise", "0.2", "--hidden", "8,8", "--optimizer", "adam",
                            "--lr", "0.03", "--epochs", "1000", "--val-ratio", "0.2", "--patience", "15", "-q"]

    @Test func jsonReportsTheStopAndTheValidationSet() throws {
        let result = try CLIRunner.run(Self.arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        let best = try #require(json["best_epoch"] as? Int)
        #expect(json["stopped_early"] as? Bool == true)
        #expect(json["early_stopping"] as? Bool == true)
        #expect(json["restored_best"] as? Bool == true)
        #expect(json["epochs"] as? Int == best + 15)
        #expect(json["train_points"] as? Int == 150)
        #expect(json["validation_points"] as? Int == 100)
        #expect(json["test_points"] as? Int == 250)
        #expect(json["validation_loss"] is Double && json["validation_accuracy"] is Double)
        let config = try #require(json["config"] as? [String: Any])
        #expect(config["patience"] as? Int == 15)
    }

    /// The restored model is the model of a run trained for exactly the best epoch's count.
    @Test func theRestoredModelIsTheBestEpochsModel() throws {
        let stopped = try CLIRunner.run(Self.arguments + ["--json"]).json()
        let best = try #require(stopped["best_epoch"] as? Int)
        var shorter = Self.arguments
        shorter[shorter.firstIndex(of: "1000")!] = String(best)
        let plain = try CLIRunner.run(shorter + ["--json"]).json()
        #expect(plain["stopped_early"] as? Bool == false)
        #expect(plain["best_epoch"] as? Int == best)
        for key in ["train_loss", "validation_loss", "test_loss", "test_accuracy"] {
            #expect((plain[key] as? Double) == (stopped[key] as? Double), "\(key)")
        }
    }

    @Test func withoutPatienceTheKeysSayNoStop() throws {
        let json = try CLIRunner.run(["train", "--dataset", "xor", "--epochs", "3", "--json", "-q"]).json()
        #expect(json["stopped_early"] as? Bool == false)
        #expect(json["early_stopping"] as? Bool == false)
        #expect(json["best_epoch"] is NSNull)
        #expect(json["validation_points"] as? Int == 0)
        #expect(json["validation_loss"] is NSNull)
    }

    @Test func theTextReportHasAValidationColumnAndTheStop() throws {
        let result = try CLIRunner.run(Self.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("150 train / 100 validation / 250 test"))
        #expect(result.stdout.contains("train  validation      test"))
        #expect(result.stdout.contains("stopping   stopped early at epoch"))
        #expect(result.stdout.contains("(weights restored); patience 15, min delta 0"))
    }

    @Test func patienceNeedsAValidationSet() throws {
        let result = try CLIRunner.run(["train", "--dataset", "xor", "--patience", "5", "--epochs", "3"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--patience needs --val-ratio above 0"))
        let tooMuch = try CLIRunner.run(["train", "--dataset", "xor", "--val-ratio", "0.6", "--epochs", "3"])
        #expect(tooMuch.status == 64)
        #expect(tooMuch.stderr.contains("--val-ratio and --test-ratio together must stay below 1"))
    }
}
