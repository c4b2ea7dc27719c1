import Foundation
import Testing

/// `nnplay sweep`: each run is the `nnplay train` run of its seed, the spread and the
/// solved share follow from the runs, and the thread count changes nothing.
@Suite struct SweepCommandTests {
    struct Run: Decodable, Equatable {
        var seed: UInt64?
        var train_loss: Double
        var test_loss: Double
        var test_accuracy: Double
        var solved: Bool?
    }

    struct Range: Decodable { var min: Double, median: Double, max: Double }

    struct Sweep: Decodable {
        var runs: [Run]
        var test_accuracy: Range
        var train_loss: Range
        var solved_share: Double
    }

    static let base = ["sweep", "--dataset", "xor", "--hidden", "4", "--epochs", "30", "--seed", "3", "--json", "-q"]

    func sweep(_ extra: [String]) throws -> (Sweep, String) {
        let result = try CLIRunner.run(Self.base + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return (try JSONDecoder().decode(Sweep.self, from: Data(result.stdout.utf8)), result.stdout)
    }

    @Test func eachRunIsTrainWithItsSeed() throws {
        let (sweep, _) = try sweep(["--seeds", "3"])
        #expect(sweep.runs.count == 3)
        for (k, run) in sweep.runs.enumerated() {
            let train = try CLIRunner.run(["train", "--dataset", "xor", "--hidden", "4", "--epochs", "30",
                                           "--seed", String(3 + k), "--json", "-q"])
            var alone = try JSONDecoder().decode(Run.self, from: Data(train.stdout.utf8))
            alone.seed = run.seed
            alone.solved = run.solved
            #expect(run == alone, "run \(k)")
            #expect(run.seed == UInt64(3 + k))
        }
    }

    @Test func spreadAndSolvedShareFollowFromTheRuns() throws {
        let (sweep, _) = try sweep(["--seeds", "6", "--solved", "0.9"])
        let accuracies = sweep.runs.map(\.test_accuracy).sorted()
        #expect(sweep.test_accuracy.min == accuracies[0])
        #expect(sweep.test_accuracy.max == accuracies[5])
        #expect(sweep.test_accuracy.median == (accuracies[2] + accuracies[3]) / 2)
        let losses = sweep.runs.map(\.train_loss).sorted()
        #expect(sweep.train_loss.median == (losses[2] + losses[3]) / 2)
        let solved = sweep.runs.filter { $0.test_accuracy >= 0.9 }.count
        #expect(sweep.solved_share == Double(solved) / 6)
        #expect(sweep.runs.map { $0.solved == true } == sweep.runs.map { $0.test_accuracy >= 0.9 })
    }

    @Test func sameBitsWithOneAndTwoThreads() throws {
        for vary in ["data", "weights", "both"] {
            let one = try sweep(["--seeds", "5", "--vary", vary, "--threads", "1"])
            let two = try sweep(["--seeds", "5", "--vary", vary, "--threads", "2"])
            #expect(one.0.runs == two.0.runs, "\(vary)")
            #expect(Set(one.0.runs.map(\.test_loss)).count == 5, "\(vary): every run differs")
        }
    }

    /// Varying the weights keeps the points: the same test set size and, with the same
    /// weights seed, the same run as varying nothing else.
    @Test func varyWeightsKeepsTheDataAndVaryDataKeepsTheWeights() throws {
        let weights = try sweep(["--seeds", "2", "--vary", "weights"]).0
        let data = try sweep(["--seeds", "2", "--vary", "data"]).0
        let both = try sweep(["--seeds", "2", "--vary", "both"]).0
        // Run 0 of every kind is the base setup itself.
        #expect(weights.runs[0] == both.runs[0])
        #expect(data.runs[0].test_loss == both.runs[0].test_loss)
        #expect(weights.runs[1] != data.runs[1])
    }
}
