import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay landscape`: walks an optimizer over a 2-D test function and reports its path.
struct LandscapeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landscape",
        abstract: "The landscape lab: optimizers racing on a 2-D loss surface, on screen or as a report.",
        discussion: """
        On a terminal (and without --json or --text) this opens the lab: the surface as a \
        heatmap with contour lines and its minima (x), up to four methods racing from the \
        same start, one iteration each per step, each path drawn live in its own colour \
        and glyph (GA's population as a cloud, CMA-ES's search ellipse), their loss above \
        the minimum's on a log chart, and 'reached the minimum at iteration k' (within \
        1e-6 of a global minimum's loss). The flags set where it starts: --function, \
        --condition, --start, --seed, --method with its settings as the first racer, \
        --race for the others (e.g. --race momentum,adam). With no flags: gradient \
        descent, momentum and Adam at lr 0.05 on the ravine (condition 10). --record \
        FILE writes the session; 'nnplay replay FILE' plays it back (--headless verifies it bit for bit).

        Keys: space play/pause, s one iteration, + and - the pace (default 3 iterations \
        per second), r restart the race, arrows choose and change a control (every change \
        restarts the race from the start, so it stays fair), Enter presses a button, Tab \
        moves the keys to the surface (arrows move a cursor, Enter starts the race there; \
        a mouse click on the surface does the same), f the next surface, a add a method, \
        m the phase map (also in a lesson, where p is the previous step), ? help, q quit.

        Without a terminal, or with --json or --text, it walks one method and reports: \
        gradient descent, momentum, Nesterov, AdaGrad, RMSProp and Adam \
        (the playground's own optimizers), Newton's method, a genetic algorithm and CMA-ES \
        on test functions with known minima. One step is one update, one Newton step or \
        one generation. The report gives the path (x, y, loss of the start and after every \
        step; for ga the best point so far, for cma-es the mean), the function evaluations \
        used, and where the walk ended: the final point, its loss and the nearest minimum.

        Examples:
          nnplay landscape
          nnplay landscape --function himmelblau --race nesterov,adam,ga,cma-es
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

    @Option(help: ArgumentHelp("The surface (default rosenbrock; the lab with no flags: ravine).", valueName: "name"))
    var function: LandscapeFunction.Kind?

    @Option(help: ArgumentHelp("The method (default gd).", valueName: "name"))
    var method: LandscapeMethod.Kind?

    @Option(help: ArgumentHelp("The lab: methods racing besides --method, comma-separated, up to 4 in all "
                               + "(default gd,momentum,adam).", valueName: "list"))
    var race: String?

    @Option(help: ArgumentHelp("The lab: record the session to this file (for nnplay replay).", valueName: "file"))
    var record: String?

    @Flag(help: "Print the short text report even on a terminal (instead of opening the lab).")
    var text = false

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
        try optimizer.check(for: method ?? .gd)
        try other.check(for: method ?? .gd, function: function ?? .rosenbrock)
    }

    /// Whether to open the lab: on a terminal, unless a report was asked for.
    var opensLab: Bool {
        !json && !text && Platform.isTerminal(Platform.standardOutput) && Platform.isTerminal(Platform.standardInput)
    }

    func run() throws {
        if phaseMap.enabled { return try runPhaseMap() }
        if let flag = phaseMap.strayFlag { throw InputError("\(flag) is for --phase-map") }
        if opensLab { return try runLab() }
        if race != nil || record != nil { throw InputError("--race and --record are for the lab (on a terminal, without --json or --text)") }
        try check()
        let method = self.method ?? .gd
        let surface = LandscapeFunction(function ?? .rosenbrock, condition: other.condition ?? 10)
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
        let function = self.function ?? .ravine, method = self.method ?? .momentum
        try other.check(for: method, function: function)
        if learningRate != nil || optimizer.momentum != nil || start != nil || target != nil {
            throw InputError("--phase-map chooses the learning rates, momenta and start itself "
                             + "(use --columns, --rows, --max-iterations, --tolerance)")
        }
        let spec = try phaseMap.spec(function: function, method: method, condition: other.condition ?? 10)
        let report = PhaseMapReport(PhaseMap.computed(spec, threads: phaseMap.threadCount))
        print(json ? report.json() : report.text())
    }

    /// The lab on screen, set up by the flags.
    func runLab() throws {
        guard (0...Self.maxSteps).contains(steps) else { throw InputError("--steps must be 0 to \(Self.maxSteps)") }
        try optimizer.check(for: method ?? .gd)
        var options = other
        let seed = options.seed
        options.seed = nil  // the lab's seed, for every method
        try options.check(for: method ?? .gd, function: function ?? .ravine)
        if function == nil && method == nil && race == nil && start == nil && other.condition == nil {
            return try LandscapeLabLauncher.run(setup: .firstLook(seed: seed ?? 1), record: record, startPlaying: false)
        }
        var methods: [LandscapeMethod] = []
        if let method { methods.append(try optimizer.method(method, learningRate: learningRate, other: options)) }
        let names = race.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            ?? (method == nil ? ["gd", "momentum", "adam"] : [])
        for name in names {
            guard let kind = LandscapeMethod.Kind(settingName: name) else {
                throw InputError("--race: unknown method '\(name)' (\(LandscapeMethod.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            methods.append(.labDefault(kind))
        }
        guard (1...LandscapeLabState.maxMethods).contains(methods.count) else {
            throw InputError("the lab races 1 to \(LandscapeLabState.maxMethods) methods (got \(methods.count))")
        }
        let setup = LandscapeLabSetup(function: function ?? .rosenbrock, condition: other.condition ?? 10,
                                      start: try start.map(Self.point), methods: methods, seed: seed ?? 1)
        if let problem = setup.problem { throw InputError(problem) }
        try LandscapeLabLauncher.run(setup: setup, record: record, startPlaying: false)
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
