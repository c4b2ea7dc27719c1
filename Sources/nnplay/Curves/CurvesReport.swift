import Foundation
import NNCore

/// The report of `nnplay curves`: one JSON object (sorted keys, numbers that are not
/// finite as null) or a short text summary.
struct CurvesReport: Encodable {
    struct Errors: Encodable {
        let train: Double?
        let validation: Double?
        let test: Double?
    }

    let target: String
    let domain: [Double]
    let noise: Double
    let seed: UInt64
    let degree: Int
    let l2: Double
    let train: [[Double]]
    let validation: [[Double]]
    let test: [[Double]]
    /// In the original x, lowest degree first.
    let coefficients: [Double]
    /// Of 1, t, …, tᵈ with t = (x − c)/h ∈ [−1, 1].
    let scaledCoefficients: [Double]
    let scaling: [String: Double]
    /// Mean squared errors.
    let errors: Errors
    let conditionNumber: Double?

    enum CodingKeys: String, CodingKey {
        case target, domain, noise, seed, degree, l2, train, validation, test, coefficients, scaling, errors
        case scaledCoefficients = "scaled_coefficients", conditionNumber = "condition_number"
    }

    init(target curve: CurveTarget, noise: Double, seed: UInt64, sample: CurveSample, fit: PolynomialFit) {
        target = curve.kind.rawValue
        domain = [curve.domain.lowerBound, curve.domain.upperBound]
        self.noise = noise
        self.seed = seed
        degree = fit.degree
        l2 = fit.l2
        func pairs(_ points: [CurveSample.Point]) -> [[Double]] { points.map { [$0.x, $0.y] } }
        train = pairs(sample.train)
        validation = pairs(sample.validation)
        test = pairs(sample.test)
        coefficients = fit.coefficients
        scaledCoefficients = fit.scaledCoefficients
        scaling = ["centre": fit.centre, "half_width": fit.halfWidth]
        func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
        errors = Errors(train: finite(fit.meanSquaredError(sample.train)),
                        validation: finite(fit.meanSquaredError(sample.validation)),
                        test: finite(fit.meanSquaredError(sample.test)))
        conditionNumber = finite(fit.conditionNumber)
    }

    /// Every key, an absent value as null (the synthesised encoding would drop it).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(target, forKey: .target)
        try c.encode(domain, forKey: .domain)
        try c.encode(noise, forKey: .noise)
        try c.encode(seed, forKey: .seed)
        try c.encode(degree, forKey: .degree)
        try c.encode(l2, forKey: .l2)
        try c.encode(train, forKey: .train)
        try c.encode(validation, forKey: .validation)
        try c.encode(test, forKey: .test)
        try c.encode(coefficients, forKey: .coefficients)
        try c.encode(scaledCoefficients, forKey: .scaledCoefficients)
        try c.encode(scaling, forKey: .scaling)
        try c.encode(errors, forKey: .errors)
        try c.encode(conditionNumber, forKey: .conditionNumber)
    }

    func json() -> String { JSONLine.encode(self) }

    func text() -> String {
        func show(_ x: Double?) -> String { x.map { String(format: "%.6g", $0) } ?? "n/a" }
        let fitKind = l2 > 0 ? "ridge, λ = \(show(l2))" : "least squares"
        let terms = coefficients.enumerated().map { k, a in
            k == 0 ? show(a) : "\(show(a))·x\(k == 1 ? "" : "^\(k)")"
        }
        return [
            "\(target) on [\(show(domain[0])), \(show(domain[1]))], noise \(show(noise)), seed \(seed): "
                + "\(train.count) training, \(validation.count) validation, \(test.count) test points",
            "degree \(degree), \(fitKind), condition number \(show(conditionNumber)) (x scaled to [-1, 1])",
            "y = " + terms.joined(separator: " + "),
            "mean squared error: train \(show(errors.train)), validation \(show(errors.validation)), "
                + "test \(show(errors.test))",
        ].joined(separator: "\n")
    }
}
