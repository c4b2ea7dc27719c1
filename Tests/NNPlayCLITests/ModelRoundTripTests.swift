import Foundation
import Testing

/// `--save` and `--load`: a saved model reproduces its metrics and is a pure function of its settings.
@Suite struct ModelRoundTripTests {
    static let spiral = ["train", "--dataset", "spiral", "--points", "200", "--features", "x1,x2,sin1,sin2",
                         "--hidden", "6,4", "--optimizer", "adam", "--lr", "0.01", "--l2", "0.001",
                         "--epochs", "40", "--quiet"]

    /// The metrics of a report, without what depends on the clock or the run's length.
    static func metrics(_ json: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in json where key.hasPrefix("train_") || key.hasPrefix("test_") {
            result[key] = "\(value)"
        }
        return result
    }

    @Test func loadingWithZeroEpochsReproducesTheMetrics() throws {
        let folder = try TemporaryFolder()
        let model = folder.path("spiral.model")
        let trained = try CLIRunner.run(Self.spiral + ["--seed", "3", "--save", model, "--json"])
        #expect(trained.status == 0, "\(trained.stderr)")
        let reloaded = try CLIRunner.run(["train", "--load", model, "--epochs", "0", "--json"])
        #expect(reloaded.status == 0, "\(reloaded.stderr)")
        let before = try trained.json(), after = try reloaded.json()
        #expect(Self.metrics(before) == Self.metrics(after))
        #expect(after["epochs"] as? Int == 0)
        #expect(after["total_epochs"] as? Int == 40)
        #expect(Self.metrics(before)["test_accuracy"] != "<null>")
    }

    @Test func aCSVModelReloadsItsOwnData() throws {
        let folder = try TemporaryFolder()
        let model = folder.path("iris-model.json")
        let trained = try CLIRunner.run(["train", "--dataset", "iris", "--hidden", "6", "--epochs", "30", "-q",
                                         "--save", model, "--json"])
        #expect(trained.status == 0, "\(trained.stderr)")
        let reloaded = try CLIRunner.run(["train", "--load", model, "--epochs", "0", "-q", "--json"])
        #expect(reloaded.status == 0, "\(reloaded.stderr)")
        #expect(Self.metrics(try trained.json()) == Self.metrics(try reloaded.json()))
        #expect(try reloaded.json()["classes"] as? Int == 3)
    }

    @Test func theSameSeedSavesTheSameBytesAndAnotherSeedDoesNot() throws {
        let folder = try TemporaryFolder()
        for (name, seed) in [("a", "7"), ("b", "7"), ("c", "8")] {
            let result = try CLIRunner.run(Self.spiral + ["--seed", seed, "--save", folder.path(name)])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: folder.path("a")))
        let b = try Data(contentsOf: URL(fileURLWithPath: folder.path("b")))
        let c = try Data(contentsOf: URL(fileURLWithPath: folder.path("c")))
        #expect(!a.isEmpty)
        #expect(a == b)
        #expect(a != c)
        #expect(folder.contents() == ["a", "b", "c"], "no temporary files left behind")
    }
}
