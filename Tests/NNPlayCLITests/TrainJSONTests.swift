import Foundation
import Testing

/// `nnplay train --json`: the object's shape, and that training really learns (or cannot).
@Suite struct TrainJSONTests {
    /// 2-4-1 tanh on the xor quadrants with Adam: 100% of the training points by
    /// epoch 300 with seed 1 (the run is deterministic, so this never flakes).
    static let xorArguments = ["train", "--dataset", "xor", "--hidden", "4", "--activation", "tanh",
                               "--optimizer", "adam", "--lr", "0.03", "--epochs", "300", "--seed", "1", "--json"]

    @Test func jsonHasThePromisedKeys() throws {
        let result = try CLIRunner.run(["train", "--dataset", "xor", "--hidden", "4", "--epochs", "5", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        for key in ["epochs", "steps", "epochs_per_second", "train_loss", "test_loss", "train_accuracy",
                    "test_accuracy", "diverged", "diverged_at_step", "train_confusion", "test_confusion",
                    "test_auc", "train_mse", "test_r2", "layers", "config"] {
            #expect(json.keys.contains(key), "missing key \(key)")
        }
        #expect(json["epochs"] as? Int == 5)
        #expect(json["steps"] as? Int == 5 * 25)  // 250 training points, batches of 10
        #expect(json["diverged"] as? Bool == false)
        #expect(json["diverged_at_step"] is NSNull)
        #expect(json["layers"] as? [Int] == [2, 4, 1])
        #expect(json["train_mse"] is NSNull)
        let confusion = try #require(json["test_confusion"] as? [[Int]])
        #expect(confusion.flatMap { $0 }.reduce(0, +) == 250)
        #expect(result.stdout.split(separator: "\n").count == 1, "exactly one line of JSON")
    }

    @Test func gatesHaveNoTestSetAndRegressionHasNoAccuracy() throws {
        let gate = try CLIRunner.run(["train", "--dataset", "gate-and", "--epochs", "3", "--json", "-q"]).json()
        #expect(gate["test_loss"] is NSNull)
        #expect(gate["test_accuracy"] is NSNull)
        #expect(gate["train_points"] as? Int == 4)

        let regression = try CLIRunner.run(["train", "--dataset", "reg-plane", "--points", "200", "--epochs", "3", "--json"])
        #expect(regression.status == 0, "\(regression.stderr)")
        let json = try regression.json()
        #expect(json["train_accuracy"] is NSNull)
        #expect(json["test_mse"] is Double)
        #expect(json["problem"] as? String == "regression")
        #expect(json["layers"] as? [Int] == [2, 4, 2, 1])
    }

    @Test func aSmallTanhNetworkLearnsXOR() throws {
        let result = try CLIRunner.run(Self.xorArguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try result.json()["train_accuracy"] as? Double == 1)
    }

    @Test(arguments: ["xor", "gate-xor"])
    func aLinearModelCannotLearnXOR(_ dataset: String) throws {
        let result = try CLIRunner.run(["train", "--dataset", dataset, "--hidden", "none", "--features", "x1,x2",
                                        "--optimizer", "adam", "--lr", "0.03", "--epochs", "300", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["layers"] as? [Int] == [2, 1])
        let accuracy = try #require(json["train_accuracy"] as? Double)
        #expect(accuracy <= 0.75)
    }

    @Test func divergenceIsReportedWithStatus3AndNothingIsSaved() throws {
        let folder = try TemporaryFolder()
        let arguments = ["train", "--dataset", "reg-plane", "--activation", "linear", "--lr", "10", "--epochs", "20",
                         "--save", folder.path("model.json")]
        let text = try CLIRunner.run(arguments)
        #expect(text.status == 3)
        #expect(text.stdout.contains("diverged at step 4 (NaN, infinite or beyond 1e15): try a smaller --lr"))
        let json = try CLIRunner.run(arguments + ["--json"])
        #expect(json.status == 3)
        #expect(try json.json()["diverged"] as? Bool == true)
        #expect(try json.json()["diverged_at_step"] as? Int == 4)
        let trainLoss = try json.json()["train_loss"]
        #expect(trainLoss is NSNull || (trainLoss as? Double ?? 0) > 1e20, "a diverged run's loss is astronomical or not a number")
        #expect(folder.contents().isEmpty)
    }

    /// README's example of a run that blows up: linear units do not saturate, so with a
    /// learning rate of 3 the weights grow without bound within a few steps.
    @Test func readmeDivergenceExampleDiverges() throws {
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let example = "nnplay train --dataset circle --lr 3 --activation linear; echo $?"
        #expect(readme.contains(example))
        let result = try CLIRunner.run(["train", "--dataset", "circle", "--lr", "3", "--activation", "linear"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("diverged at step"))
    }
}
