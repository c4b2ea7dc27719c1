import Foundation
import Testing
@testable import NNCore

/// nnplay's closed-form polynomial fits against numpy's `lstsq` (ridge cross-checked with
/// scikit-learn's `Ridge`), for degrees 0–10 and λ ∈ {0, 10⁻³, 1}, on the training
/// points of five samples. The figures were computed once by
/// `scripts/reference/curves_reference.py` from nnplay's own `curves --json` points and
/// committed as `scripts/reference/curves_reference.json`.
///
/// Each coefficient must agree to 1e-8 relative: |a − r| ≤ 1e-8·max(|r|, 1e-6·‖r‖∞).
/// The floor only matters for a coefficient near zero (below a millionth of the fit's
/// largest), where a relative error is meaningless; none of the reference's is that small.
@Suite struct CurvesReferenceTests {
    struct Fit: Decodable {
        let degree: Int, l2: Double, coefficients: [Double], scaledCoefficients: [Double]
        enum CodingKeys: String, CodingKey { case degree, l2, coefficients, scaledCoefficients = "scaled_coefficients" }
    }
    struct Case: Decodable { let target: String, seed: UInt64, points: Int, noise: Double, train: [[Double]], fits: [Fit] }
    struct Reference: Decodable { let cases: [Case] }

    /// Read with `JSONDecoder`, which rounds decimals to the nearest double (Linux's
    /// `JSONSerialization` can be off by an ulp, and the points must match bit for bit).
    static func reference() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/reference/curves_reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).cases
    }

    static func agrees(_ a: [Double], _ r: [Double]) -> Bool {
        let largest = r.map(abs).max() ?? 0
        return a.count == r.count && zip(a, r).allSatisfy { abs($0 - $1) <= 1e-8 * max(abs($1), 1e-6 * largest) }
    }

    @Test func everyDegreeUpToTenAndEveryPenaltyIsCompared() throws {
        let cases = try Self.reference()
        #expect(cases.count == 5)
        #expect(Set(cases.map(\.target)) == Set(CurveTarget.Kind.allCases.map(\.rawValue)))
        for c in cases {
            #expect(Set(c.fits.map(\.degree)) == Set(0...10))
            #expect(Set(c.fits.map(\.l2)) == [0, 1e-3, 1])
        }
    }

    @Test func coefficientsAgreeWithNumpyTo1e8Relative() throws {
        for c in try Self.reference() {
            let target = CurveTarget(try #require(CurveTarget.Kind(rawValue: c.target)))
            let sample = CurveSample(target: target, count: c.points, noise: c.noise, seed: c.seed)
            // The reference fitted these very points (read from nnplay's --json output).
            #expect(sample.train.map { [$0.x, $0.y] } == c.train, "\(c.target) seed \(c.seed)")
            for f in c.fits {
                let fit = try PolynomialFit(points: sample.train, degree: f.degree, l2: f.l2, domain: target.domain)
                #expect(Self.agrees(fit.coefficients, f.coefficients),
                        "\(c.target) seed \(c.seed) degree \(f.degree) λ \(f.l2): \(fit.coefficients) vs \(f.coefficients)")
                #expect(Self.agrees(fit.scaledCoefficients, f.scaledCoefficients), "\(c.target) degree \(f.degree) λ \(f.l2)")
            }
        }
    }
}
