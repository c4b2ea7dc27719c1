import Foundation
import NNCore

/// Times the peer workloads the way ../shared/bench does: only the training loop,
/// one untimed warm-up run, then `runs` timed runs each training a fresh network for
/// the full epoch count; the figure is the median epochs/s. W4 is the median time
/// of one evaluation of the 20,000 grid points with W1's trained network.
package struct BenchmarkRunner: Sendable {
    package struct Result: Sendable, Equatable {
        package let workload: String
        package var epochsPerSecond: Double?
        package var msPerGrid: Double?
        package var trainAccuracy: Double?
        package var allRuns: [Double]
    }

    package let dataDirectory: String
    package let runs: Int
    package let gridRepeats: Int
    package let epochScale: Double

    package init(dataDirectory: String, runs: Int = 5, gridRepeats: Int = 7, epochScale: Double = 1) {
        self.dataDirectory = dataDirectory
        self.runs = runs
        self.gridRepeats = gridRepeats
        self.epochScale = epochScale
    }

    /// Runs the named workloads (W1…W4), calling `report` after each.
    package func run(_ names: [String], report: (Result) -> Void) throws(InputError) {
        var w1Network: Network?
        for workload in BenchmarkWorkload.all where names.contains(workload.name) || (workload.name == "W1" && names.contains("W4")) {
            let path = (dataDirectory as NSString).appendingPathComponent(workload.dataFile)
            let dataset = try CSVDatasetParser.parse(try TextFile.read(path), path: path)
            let epochs = max(1, Int(Double(workload.epochs) * epochScale))
            let warmup = try Trainer(config: workload.config(seed: 999), dataset: dataset)
            var warm = warmup
            warm.train(epochs: epochs)
            var rates: [Double] = [], accuracy = 0.0
            for run in 0..<runs {
                var trainer = try Trainer(config: workload.config(seed: UInt64(run + 1)), dataset: dataset)
                let start = MonotonicClock.now()
                trainer.train(epochs: epochs)
                let seconds = MonotonicClock.seconds(since: start)
                rates.append(Double(epochs) / seconds)
                accuracy = BenchmarkRunner.accuracy(trainer)
                if workload.name == "W1" { w1Network = trainer.network }
            }
            if names.contains(workload.name) {
                report(Result(workload: workload.name, epochsPerSecond: median(rates), trainAccuracy: accuracy, allRuns: rates))
            }
        }
        if names.contains("W4"), let network = w1Network {
            let path = (dataDirectory as NSString).appendingPathComponent("grid.csv")
            let points = try BenchmarkRunner.gridPoints(path)
            let inputs = FeatureMatrix(points: points, features: [.x1, .x2])
            var times: [Double] = []
            for r in -1..<gridRepeats {
                let start = MonotonicClock.now()
                let out = NetworkOutputs(network: network, inputs: inputs, problem: .classification(classes: 2),
                                         loss: nil)
                let ms = MonotonicClock.seconds(since: start) * 1000
                if r >= 0 { times.append(ms) }
                precondition(out.count == points.count)
            }
            report(Result(workload: "W4", msPerGrid: median(times), allRuns: times))
        }
    }

    static func accuracy(_ trainer: Trainer) -> Double {
        let out = NetworkOutputs(network: trainer.network, inputs: trainer.trainInputs, problem: trainer.problem,
                                 loss: trainer.config.loss)
        var ok = 0
        for s in 0..<out.count where (out.value(point: s) > 0.5) == (trainer.trainInputs.labels[s] > 0.5) { ok += 1 }
        return Double(ok) / Double(max(1, out.count))
    }

    /// The grid file: a header, then `x1,x2` rows.
    static func gridPoints(_ path: String) throws(InputError) -> [(x1: Double, x2: Double)] {
        var points: [(x1: Double, x2: Double)] = []
        for (index, line) in try TextFile.read(path).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index == 0 || line.isEmpty { continue }
            let fields = line.split(separator: ",")
            guard fields.count == 2, let x1 = Double(fields[0]), let x2 = Double(fields[1]) else {
                throw InputError("expected x1,x2", path: path, line: index + 1)
            }
            points.append((x1, x2))
        }
        return points
    }

    private func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.isEmpty ? .nan : s[s.count / 2]
    }
}
