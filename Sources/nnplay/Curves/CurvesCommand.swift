import ArgumentParser
import Foundation
import NNCore

/// `nnplay curves`: samples a 1-D target with noise and fits a polynomial in closed form.
struct CurvesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curves",
        abstract: "Fit a polynomial to noisy samples of a 1-D curve, in closed form.",
        discussion: """
        The curve-fitting lab, headless. Draws --points points x ~ U(the target's interval), \
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
          nnplay curves --target sin --degree 3
          nnplay curves --target sin --degree 9 --l2 1e-3 --seed 1 --json
          nnplay curves --target poly --degree 10 --points 30 --noise 2

        Exit status: 0 done, 3 no unique fit (more coefficients than distinct training \
        points and --l2 0), 64 a bad flag or value.
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

    func check() throws {
        guard (0...Self.maxDegree).contains(degree) else { throw InputError("--degree must be 0 to \(Self.maxDegree)") }
        guard l2.isFinite, (0...1e6).contains(l2) else { throw InputError("--l2 must be 0 to 1e6") }
        guard (5...Self.maxPoints).contains(points) else { throw InputError("--points must be 5 to \(Self.maxPoints)") }
        if let noise, !(noise.isFinite && (0...1e6).contains(noise)) { throw InputError("--noise must be 0 to 1e6") }
    }

    func run() throws {
        try check()
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

extension CurveTarget.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.summary) })
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
