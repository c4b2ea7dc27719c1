import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay landscape`: walks an optimizer over a 2-D test function and reports its path.
struct LandscapeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landscape",
        abstract: "Walk an optimizer over a 2-D loss surface and report its path.",
        discussion: """
        The landscape lab: gradient descent, momentum, Nesterov, AdaGrad, RMSProp and Adam \
        (the playground's own optimizers), Newton's method, a genetic algorithm and CMA-ES \
        on test functions with known minima. One step is one update, one Newton step or \
        one generation. The report gives the path (x, y, loss of the start and after every \
        step; for ga the best point so far, for cma-es the mean), the function evaluations \
        used, and where the walk ended: the final point, its loss and the nearest minimum.

        Examples:
          nnplay landscape --function rosenbrock --method adam --lr 0.01 \\
              --start -1.5,2 --steps 500 --json
          nnplay landscape --function ravine --condition 50 --method momentum \\
              --lr 0.03 --momentum 0.9
          nnplay landscape --function saddle --method newton --start 0.5,0.1 --steps 5
          nnplay landscape --function rastrigin --method cma-es --sigma 2 \\
              --target 1e-8 --steps 10000

        --phase-map maps, like Distill's "Why Momentum Really Works", how many \
        iterations momentum (or --method nesterov) needs on the ravine for every pair \
        of learning rate (columns, log-spaced from 0.01/k to 4/k) and momentum (rows, \
        0 to 0.98), with the pairs that diverge marked, computed on every core (the \
        same numbers on any number of threads). The JSON object has learning_rates, \
        momenta, iterations[row][column] (null where it diverged or was too slow), \
        diverged[row][column], stability_edge[row] = 2(1 + momentum)/k (the theory's \
        largest stable rate) and fastest.
          nnplay landscape --phase-map --function ravine --condition 50 --json

        Exit status: 0 done, 3 the walk diverged (a coordinate or the loss not finite), \
        64 a bad flag or value.
        """
    )

    static let maxSteps = 1_000_000
    /// The most function evaluations a population method may be asked for
    /// (--steps × --population), so that every run ends in seconds to minutes.
    static let maxEvaluations = 10_000_000

    @Option(help: ArgumentHelp("The surface.", valueName: "name"))
    var function: LandscapeFunction.Kind = .rosenbrock

    @Option(help: ArgumentHelp("The method.", valueName: "name"))
    var method: LandscapeMethod.Kind = .gd

    @Option(name: .customLong(Settings.learningRate.key), parsing: .unconditional,
            help: ArgumentHelp("\(Settings.learningRate.help); Newton's step scale (default 0.001, 1 for newton).",
                               valueName: "rate"),
            transform: Settings.learningRate.argument)
    var learningRate: SettingChange?

    @Option(parsing: .unconditional, help: ArgumentHelp("The start, two numbers (default: the function's own).",
                                                         valueName: "x,y"))
    var start: String?

    @Option(parsing: .unconditional, help: "Steps: updates, Newton steps or generations (default 200).")
    var steps: Int = 200

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Stop as soon as an evaluated point has loss <= F.", valueName: "F"))
    var target: Double?

    @OptionGroup(title: "Optimizer settings (as the playground's)")
    var optimizer: LandscapeOptimizerOptions

    @OptionGroup(title: "Newton, GA, CMA-ES and the ravine")
    var other: LandscapeMethodOptions

    @OptionGroup(title: "Phase map")
    var phaseMap: PhaseMapOptions

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    /// Refuses a bad value or a flag the method does not use (checked in `run`, so the
    /// error exits with nnplay's usage status like every other command's).
    func check() throws {
        guard (0...Self.maxSteps).contains(steps) else { throw InputError("--steps must be 0 to \(Self.maxSteps)") }
        if let target, !target.isFinite { throw InputError("--target must be a finite number") }
        try optimizer.check(for: method)
        try other.check(for: method, function: function)
    }

    func run() throws {
        if phaseMap.enabled { return try runPhaseMap() }
        if let flag = phaseMap.strayFlag { throw InputError("\(flag) is for --phase-map") }
        try check()
        let surface = LandscapeFunction(function, condition: other.condition ?? 10)
        let begin = try start.map(Self.point) ?? surface.defaultStart
        let landscapeMethod = try optimizer.method(method, learningRate: learningRate, other: other)
        guard steps * landscapeMethod.effectivePopulation <= Self.maxEvaluations else {
            throw InputError("--steps times the population (\(landscapeMethod.effectivePopulation)) must be at most "
                             + "10,000,000 evaluations (got \(steps) steps)")
        }
        let run = LandscapeRunner.run(surface, method: landscapeMethod, start: begin, steps: steps, target: target)
        let report = LandscapeReport(function: surface, method: landscapeMethod, start: begin, target: target, run: run)
        print(json ? report.json() : report.text())
        if run.ending == .diverged { throw ExitCode(ExitStatus.diverged) }
    }

    /// The phase map: learning rate × momentum, computed on every core.
    func runPhaseMap() throws {
        try other.check(for: method, function: function)
        if learningRate != nil || optimizer.momentum != nil || start != nil || target != nil {
            throw InputError("--phase-map chooses the learning rates, momenta and start itself "
                             + "(use --columns, --rows, --max-iterations, --tolerance)")
        }
        let spec = try phaseMap.spec(function: function, method: method, condition: other.condition ?? 10)
        let report = PhaseMapReport(PhaseMap.computed(spec, threads: phaseMap.threadCount))
        print(json ? report.json() : report.text())
    }

    /// `x,y` as two finite numbers.
    static func point(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let x = parts[0], let y = parts[1], x.isFinite, y.isFinite, abs(x) <= 1e6, abs(y) <= 1e6
        else { throw InputError("--start must be two numbers x,y within +-1e6, e.g. -1.5,2 (got '\(text)')") }
        return [x, y]
    }
}

extension LandscapeFunction.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension LandscapeMethod.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}
