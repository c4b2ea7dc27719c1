import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay bench`: the peer benchmark's workloads, timed the same way.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the peer benchmark workloads W1-W4 (../shared/bench) on their CSV files.",
        discussion: """
        W1 circle and W2 xor: 2-8-8-1 tanh, SGD lr 0.03, batch 10, 200 epochs. W3 spiral: \
        2-32-32-1 ReLU, Adam lr 0.01, batch 32, 300 epochs. W4: one evaluation of W1's \
        network on the 20,000 points of grid.csv. Only the training loop is timed; the \
        figure is the median of the timed runs after one warm-up run. Build with \
        `swift build -c release` for meaningful numbers. The table starts with the \
        kernels this CPU runs (haswell: AVX2 and FMA; baseline: any x86-64 or arm64; \
        NNPLAY_CPU=baseline forces the baseline ones).
        """
    )

    @Option(help: "Folder with circle.csv, xor.csv, spiral.csv and grid.csv.")
    var dataDir: String

    @Option(help: "Workloads to run, comma-separated.")
    var workloads: String = "W1,W2,W3,W4"

    @Option(help: "Timed runs per workload.")
    var runs: Int = 5

    @Option(help: "Timed grid evaluations for W4.")
    var gridRepeats: Int = 7

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    func run() throws {
        let names = workloads.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        for name in names where !["W1", "W2", "W3", "W4"].contains(name) {
            throw ValidationError("unknown workload '\(name)' (W1, W2, W3, W4)")
        }
        guard runs >= 1, gridRepeats >= 1 else { throw ValidationError("--runs and --grid-repeats must be at least 1") }
        let runner = BenchmarkRunner(dataDirectory: dataDir, runs: runs, gridRepeats: gridRepeats)
        if !json { print("kernels: \(KernelPath.current.summary)") }
        try runner.run(names) { result in
            if json {
                if let e = result.epochsPerSecond {
                    print(#"{"workload": "\#(result.workload)", "epochs_per_second": \#(String(format: "%.1f", e)), "train_accuracy": \#(String(format: "%.4f", result.trainAccuracy ?? .nan))}"#)
                } else if let ms = result.msPerGrid {
                    print(#"{"workload": "\#(result.workload)", "ms_per_grid": \#(String(format: "%.4f", ms))}"#)
                }
            } else if let e = result.epochsPerSecond {
                print("\(result.workload)  \(String(format: "%10.1f", e)) epochs/s  (train accuracy \(String(format: "%.3f", result.trainAccuracy ?? .nan)))")
            } else if let ms = result.msPerGrid {
                print("\(result.workload)  \(String(format: "%10.3f", ms)) ms/grid")
            }
            fflush(nil)
        }
    }
}
