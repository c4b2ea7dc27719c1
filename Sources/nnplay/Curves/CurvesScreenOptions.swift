import ArgumentParser
import NNCore
import NNSession

/// The flags of `nnplay curves` that only the screen reads: gradient descent's and the
/// network's optimizer, learning rate and shape, the pace, and recording.
struct CurvesScreenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The optimizer of gradient descent and of the network.", valueName: "name"))
    var optimizer: OptimizerKind = .sgd

    @Option(name: .customLong("lr"), parsing: .unconditional,
            help: ArgumentHelp("Their learning rate, 1e-6 to 10.", valueName: "η"))
    var learningRate: Double = 0.1

    @Option(help: ArgumentHelp("The network's hidden layers, e.g. 8 or 16-16 (1 to 3 layers of 1 to 64).",
                               valueName: "sizes"))
    var hidden: String = "8"

    @Option(help: ArgumentHelp("The network's activation.", valueName: "name"))
    var activation: Activation = .tanh

    @Option(help: ArgumentHelp("Steps per second while playing, 1 to 100000, or max.", valueName: "n|max"))
    var speed: String = "60"

    @Flag(help: "Start playing at once.")
    var play = false

    @Option(help: ArgumentHelp("The most frames drawn per second, 1 to 240.", valueName: "n"))
    var fps: Int = 40

    @Option(help: ArgumentHelp("Record the session into this file, to replay with 'nnplay replay FILE'.", valueName: "file"))
    var record: String?

    /// The hidden layer sizes of `--hidden`.
    func hiddenLayers() throws(InputError) -> [Int] {
        let parts = hidden.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0.map(CurveLabSettings.hiddenRange.contains) ?? false }) else {
            throw InputError("--hidden must be 1 to 3 layer sizes of 1 to 64 joined by '-', e.g. 8 or 16-16 (got '\(hidden)')")
        }
        return parts.compactMap { $0 }
    }

    /// `--speed` in steps per second (nil: max).
    func stepsPerSecond() throws(InputError) -> Int? {
        if speed == "max" { return nil }
        guard let rate = Int(speed), (1...100_000).contains(rate) else {
            throw InputError("--speed must be 1 to 100000 steps per second, or max (got '\(speed)')")
        }
        return rate
    }
}
