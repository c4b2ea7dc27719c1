import ArgumentParser
import Foundation
import NNCore

/// The flags of `nnplay landscape --phase-map`: the grid's size, when a cell counts as
/// converged, and the threads that compute it.
struct PhaseMapOptions: ParsableArguments {
    @Flag(name: .customLong("phase-map"),
          help: "Map the iterations momentum (or --method nesterov) needs on the ravine over learning rate x momentum.")
    var enabled = false

    @Option(parsing: .unconditional, help: "Phase map: learning rates, 2 to 200.")
    var columns: Int = 40

    @Option(parsing: .unconditional, help: "Phase map: momenta, 2 to 200.")
    var rows: Int = 20

    @Option(name: .customLong("max-iterations"), parsing: .unconditional,
            help: "Phase map: iterations before a cell counts as too slow, 1 to 100000.")
    var maxIterations: Int = 1000

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Phase map: converged once loss <= tol x the starting loss, in (0, 1).",
                               valueName: "tol"))
    var tolerance: Double = 1e-6

    @Option(parsing: .unconditional, help: "Phase map: threads computing it, 1 to 256 (default: every core).")
    var threads: Int?

    /// The map's spec, or why these flags cannot make one.
    func spec(function: LandscapeFunction.Kind, method: LandscapeMethod.Kind, condition: Double) throws -> PhaseMap.Spec {
        guard function == .ravine else { throw InputError("--phase-map maps the ravine: add --function ravine") }
        let kind: OptimizerKind
        switch method {
        case .gd, .momentum: kind = .momentum
        case .nesterov: kind = .nesterov
        default: throw InputError("--phase-map maps --method momentum (the default) or nesterov")
        }
        guard (2...200).contains(columns), (2...200).contains(rows) else {
            throw InputError("--columns and --rows must be 2 to 200")
        }
        guard (1...100_000).contains(maxIterations) else { throw InputError("--max-iterations must be 1 to 100000") }
        guard tolerance > 0 && tolerance < 1 else { throw InputError("--tolerance must be in (0, 1)") }
        if let threads, !(1...256).contains(threads) { throw InputError("--threads must be 1 to 256") }
        var spec = PhaseMap.Spec.ravine(condition: condition, method: kind, columns: columns, rows: rows)
        spec.tolerance = tolerance
        spec.maxIterations = maxIterations
        return spec
    }

    /// The threads to compute on: the ones asked for, or every core.
    var threadCount: Int { threads ?? ProcessInfo.processInfo.activeProcessorCount }

    /// A phase-map flag given (away from its default) without `--phase-map`.
    var strayFlag: String? {
        if threads != nil { return "--threads" }
        if columns != 40 { return "--columns" }
        if rows != 20 { return "--rows" }
        if maxIterations != 1000 { return "--max-iterations" }
        if tolerance != 1e-6 { return "--tolerance" }
        return nil
    }
}
