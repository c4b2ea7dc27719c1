import Foundation
import Testing

/// `nnplay search`: the grid, the figures of each cell (checked against `nnplay train`
/// runs of the same setups), the choice of the best cell, thread-count independence
/// and the errors.
@Suite struct SearchCommandTests {
    static let base = ["search", "--dataset", "xor", "--hidden", "4", "--epochs", "20", "--seed", "5", "--json", "-q"]

    func search(_ extra: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(Self.base + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try result.json()
    }

    @Test func sameBitsWithOneAndTwoThreads() throws {
        let grid = ["--x", "lr=0.003..0.3", "--y", "l2=1e-4..1e-2", "--steps", "3", "--seeds", "2"]
        let one = try search(grid + ["--threads", "1"])
        let two = try search(grid + ["--threads", "2"])
        let cells = try #require(one["cells"] as? [[String: Any]])
        #expect(cells.count == 9)
        #expect(NSArray(array: cells).isEqual(two["cells"]), "cells differ between 1 and 2 threads")
        #expect(NSDictionary(dictionary: try #require(one["best"] as? [String: Any])).isEqual(two["best"]))
    }

    /// The figures compared bit for bit (read with `JSONDecoder`: `JSONSerialization`
    /// may round the last digit of a number on Linux).
    struct Figures: Decodable, Equatable {
        var validation_loss: Double
        var validation_accuracy: Double
        var train_loss: Double
        var test_accuracy: Double
        var x: Double?
        var y: Double?
    }

    struct Cells: Decodable {
        var cells: [Figures]
        var validation_ratio: Double
    }

    /// A cell's figures are the mean, over its seeds, of `nnplay train` with the cell's
    /// values, the seed and the default validation ratio: the same bits.
    @Test func cellIsTheMeanOfTrainRuns() throws {
        let result = try CLIRunner.run(Self.base + ["--x", "lr=0.01..0.1", "--y", "l2=1e-4..1e-2", "--steps", "2", "--seeds", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let search = try JSONDecoder().decode(Cells.self, from: Data(result.stdout.utf8))
        let cell = try #require(search.cells.first { $0.x == 0.1 && $0.y == 1e-4 })
        var runs: [Figures] = []
        for seed in ["5", "6"] {
            let run = try CLIRunner.run(["train", "--dataset", "xor", "--hidden", "4", "--epochs", "20", "--lr", "0.1",
                                         "--l2", "0.0001", "--seed", seed, "--val-ratio", "0.2", "--json", "-q"])
            #expect(run.status == 0, "\(run.stderr)")
            runs.append(try JSONDecoder().decode(Figures.self, from: Data(run.stdout.utf8)))
        }
        #expect(runs[0] != runs[1], "the seeds give different runs")
        #expect(cell.validation_loss == (runs[0].validation_loss + runs[1].validation_loss) / 2)
        #expect(cell.validation_accuracy == (runs[0].validation_accuracy + runs[1].validation_accuracy) / 2)
        #expect(cell.train_loss == (runs[0].train_loss + runs[1].train_loss) / 2)
        #expect(cell.test_accuracy == (runs[0].test_accuracy + runs[1].test_accuracy) / 2)
        #expect(search.validation_ratio == 0.2)
    }

    @Test func laddersAndTheBestCell() throws {
        let json = try search(["--x", "lr=1e-4..1", "--y", "momentum=0..0.9", "--steps", "5", "--optimizer", "sgd"])
        let x = try #require(json["x"] as? [String: Any])
        let y = try #require(json["y"] as? [String: Any])
        #expect(x["values"] as? [Double] == [1e-4, 1e-3, 1e-2, 0.1, 1])
        #expect(x["scale"] as? String == "log")
        #expect(y["values"] as? [Double] == [0, 0.225, 0.45, 0.675, 0.9])
        #expect(y["scale"] as? String == "lin")
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 25)
        let best = try #require(json["best"] as? [String: Any])
        let accuracies = cells.compactMap { $0["validation_accuracy"] as? Double }
        #expect(best["validation_accuracy"] as? Double == accuracies.max())
        let ties = cells.filter { $0["validation_accuracy"] as? Double == accuracies.max() }
        let lowest = ties.compactMap { $0["validation_loss"] as? Double }.min()
        #expect(best["validation_loss"] as? Double == lowest)
    }

    @Test func csvHasOneRowPerCell() throws {
        let result = try CLIRunner.run(["search", "--dataset", "xor", "--epochs", "5", "--steps", "2", "--csv", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "lr,l2,runs,diverged_runs,validation_accuracy,validation_loss,train_accuracy,train_loss,test_accuracy,test_loss,best")
        #expect(lines.count == 5)
        #expect(lines.dropFirst().filter { $0.hasSuffix(",1") }.count == 1)
    }

    @Test(arguments: [
        (["--x", "foo=1..2"], "unknown setting 'foo'"),
        (["--x", "l2=0..1"], "logarithmic ladder needs a low end above 0"),
        (["--x", "lr=1..0.1"], "low end must be below the high end"),
        (["--x", "activation=1..2"], "not a numeric setting"),
        (["--x", "l2=1e-3..1", "--y", "l2=1e-5..1e-1"], "must be different settings"),
        (["--x", "lr"], "takes setting=low..high"),
        (["--steps", "1"], "--steps must be 2 to 50"),
    ])
    func badFlagsAreRejected(flags: [String], message: String) throws {
        let result = try CLIRunner.run(["search", "--dataset", "xor", "--epochs", "1"] + flags)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
