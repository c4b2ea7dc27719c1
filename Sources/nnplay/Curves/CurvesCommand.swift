import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay curves`: the curve-fitting lab on a terminal, or headless (`--json`, `--text`,
/// or when not on a terminal) a report of the closed-form fit.
struct CurvesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curves",
        abstract: "The curve-fitting lab: polynomials in closed form and by gradient descent, and a small network.",
        discussion: """
        On a terminal this opens the curve-fitting lab: the points (• train, ◦ \
        validation, × test) and, in braille over them, the target, the closed-form fit, \
        the same polynomial fitted by gradient descent with any of the playground's \
        optimizers (space plays, s steps; it walks towards the closed form, or crawls \
        when the problem is ill-conditioned) and a small network 1 → hidden → 1. v (or \
        1-4) switches the view: fits, the U-curve of train/validation/test error by \
        degree (0-15), by ridge λ (1e-8 to 1e2), and bias and variance from 30 resampled \
        datasets (of the closed form). ↑ ↓ pick a control, ← → change it live; a click \
        focuses a control and a second click changes it, and on the error views a click \
        sets the degree or λ under the pointer; ? lists the keys, q quits. \
        --record FILE writes the session for 'nnplay replay FILE'. The screen fits \
        degrees 0 to 15 and 10 to 1000 points. 'nnplay lesson curves-degree' and \
        'nnplay lesson ridge-vs-gd' open the lab with a lesson beside it.

        Headless (--json, --text, or stdout not a terminal): draws --points points x ~ U(the target's interval), \
        y = f(x) + N(0, noise²), splits them 60/20/20 into training, validation and test \
        sets, and fits a polynomial of degree --degree to the training set by least \
        squares, or by ridge regression when --l2 is above 0: the minimiser of \
        ‖Xβ − y‖² + λ‖β‖², β = (XᵀX + λI)⁻¹Xᵀy. x is scaled to [−1, 1] first and the \
        problem solved by Householder QR on [X; √λ·I], never by inverting XᵀX; the \
        coefficients are reported back in the original units of x, lowest degree first. \
        The report gives the mean squared error on each set and the condition number of \
        the scaled (augmented) design matrix: a high one means the fit is sensitive to \
        the data, which ridge reduces.

        Examples:
          nnplay curves                                   (the lab, on a terminal)
          nnplay curves --target runge --degree 12 --optimizer adam --lr 0.01 --play
          nnplay curves --target sin --degree 3 --text
          nnplay curves --target sin --degree 9 --l2 1e-3 --seed 1 --json
          nnplay curves --target poly --degree 10 --points 30 --noise 2

        Exit status: 0 done, 1 the recording cannot be written, 3 no unique fit (more \
        coefficients than distinct training points and --l2 0; headless), 64 a bad \
        flag or value, 69 no terminal for --record.
        """
    )

    static let maxDegree = 20
    static let maxPoints = 100_000

    @Option(help: ArgumentHelp("The curve to sample.", valueName: "name"))
    var target: CurveTarget.Kind = .sin

    @Option(parsing: .unconditional, help: "The polynomial's degree, 0 to \(maxDegree).")
    var degree: Int = 3

    @Option(name: .customLong("l2"), parsing: .unconditional,
            help: ArgumentHelp("λ, the ridge penalty on the scaled coefficients (0: least squares).", valueName: "λ"))
    var l2: Double = 0

    @Option(parsing: .unconditional, help: "The seed of the sample.")
    var seed: UInt64 = 1

    @Option(parsing: .unconditional, help: "How many points in all, 5 to \(maxPoints).")
    var points: Int = 50

    @Option(parsing: .unconditional,
            help: ArgumentHelp("The standard deviation of the noise on y (default: the target's).", valueName: "S"))
    var noise: Double?

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    @Flag(help: "Print the report as a short text, even on a terminal.")
    var text = false

    @OptionGroup(title: "The lab on a terminal")
    var screen: CurvesScreenOptions

    func check() throws {
        guard (0...Self.maxDegree).contains(degree) else { throw InputError("--degree must be 0 to \(Self.maxDegree)") }
        guard l2.isFinite, (0...1e6).contains(l2) else { throw InputError("--l2 must be 0 to 1e6") }
        guard (5...Self.maxPoints).contains(points) else { throw InputError("--points must be 5 to \(Self.maxPoints)") }
        if let noise, !(noise.isFinite && (0...1e6).contains(noise)) { throw InputError("--noise must be 0 to 1e6") }
        _ = try screen.hiddenLayers()  // the screen's flags are checked even when no screen opens
        _ = try screen.stepsPerSecond()
        guard (1...240).contains(screen.fps) else { throw InputError("--fps must be 1 to 240") }
    }

    func run() throws {
        try check()
        let onTerminal = Platform.isTerminal(Platform.standardOutput) && Platform.isTerminal(Platform.standardInput)
        if !json && !text && (onTerminal || screen.record != nil) { return try openLab() }
        let curve = CurveTarget(target)
        let sample = CurveSample(target: curve, count: points, noise: noise ?? curve.defaultNoise, seed: seed)
        let fit: PolynomialFit
        do {
            fit = try PolynomialFit(points: sample.train, degree: degree, l2: l2, domain: curve.domain)
        } catch {
            StandardError.line("error: no unique fit: degree \(degree) has \(degree + 1) coefficients but the "
                               + "\(sample.train.count) training points do not determine them; "
                               + "lower --degree, raise --points or add --l2")
            throw ExitCode(ExitStatus.diverged)
        }
        let report = CurvesReport(target: curve, noise: noise ?? curve.defaultNoise, seed: seed, sample: sample, fit: fit)
        print(json ? report.json() : report.text())
    }
}

extension CurvesCommand {
    /// The lab on the terminal, from these flags.
    func openLab() throws {
        let settings = CurveLabSettings(target: target, noise: noise, points: points, seed: seed, degree: degree, l2: l2,
                                        optimizer: OptimizerConfig(kind: screen.optimizer, learningRate: screen.learningRate),
                                        hidden: try screen.hiddenLayers(), activation: screen.activation)
        if let problem = settings.problem { throw InputError("the lab's screen: \(problem)") }
        try CurvesLauncher(settings: settings, stepsPerSecond: try screen.stepsPerSecond(), startPlaying: screen.play,
                           fps: screen.fps, record: screen.record).run()
    }
}

extension CurveTarget.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.summary) })
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
