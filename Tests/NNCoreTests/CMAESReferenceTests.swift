import Foundation
import Testing
@testable import NNCore

/// nnplay's CMA-ES against pycma, the reference implementation by Hansen: the median
/// number of function evaluations, over 20 seeds, until the first evaluated point has
/// f < 1e-8, on 2-D Rosenbrock and on the sphere and the ellipsoid in 2, 5 and 10
/// dimensions, with the same λ, μ, weights, start and initial σ; and the separable
/// (diagonal) variant against pycma with `CMA_diagonal=True` on the 10-D sphere and the
/// 10-D and 30-D ellipsoids (axis-aligned, so a diagonal covariance can learn them).
///
/// The figures were computed once by `scripts/reference/cma_reference.py` (pycma 4.5.0,
/// committed as `scripts/reference/cma_reference.json`). The two implementations use
/// different random generators, so only the medians can agree; they must within ±25%.
@Suite struct CMAESReferenceTests {
    struct Problem {
        let function: String, dimension: Int, start: [Double], sigma: Double, lambda: Int, median: Double
        let separable: Bool
        var name: String { "\(separable ? "separable-" : "")\(function)-\(dimension)" }
    }

    static func reference() throws -> [Problem] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/reference/cma_reference.json")
        let root = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let rows = try #require(root["problems"] as? [[String: Any]])
        return try rows.map { row in
            Problem(function: try #require(row["function"] as? String), dimension: try #require(row["dimension"] as? Int),
                    start: try #require(row["start"] as? [Double]), sigma: try #require(row["sigma"] as? Double),
                    lambda: try #require(row["lambda"] as? Int),
                    median: try #require((row["median_evaluations"] as? NSNumber)?.doubleValue),
                    separable: row["separable"] as? Bool ?? false)
        }
    }

    static func function(_ name: String) -> ([Double]) -> Double {
        switch name {
        case "rosenbrock": return { (1 - $0[0]) * (1 - $0[0]) + 100 * ($0[1] - $0[0] * $0[0]) * ($0[1] - $0[0] * $0[0]) }
        case "sphere": return { $0.reduce(0) { $0 + $1 * $1 } }
        default: // ellipsoid: Σ 10^(6(i−1)/(n−1)) xᵢ²
            return { x in
                x.indices.reduce(0) { $0 + pow(10, 6 * Double($1) / Double(x.count - 1)) * x[$1] * x[$1] }
            }
        }
    }

    /// Evaluations until f < 1e-8 for one seed (f ≤ 1e-8 would differ only on an exact tie).
    static func evaluations(_ problem: Problem, seed: UInt64) -> Int? {
        var objective = CountingObjective(target: 1e-8.nextDown, function(problem.function))
        if problem.separable {
            var cma = SeparableCMAES(mean: problem.start, sigma: problem.sigma, seed: seed)
            while !objective.reachedTarget && objective.evaluations < 200_000 { cma.step(&objective) }
        } else {
            var cma = CMAES(mean: problem.start, sigma: problem.sigma, seed: seed)
            while !objective.reachedTarget && objective.evaluations < 200_000 { cma.step(&objective) }
        }
        return objective.reachedTarget ? objective.evaluations : nil
    }

    @Test func sevenFullAndThreeSeparableProblemsAreCompared() throws {
        let problems = try Self.reference()
        #expect(problems.filter { !$0.separable }.count == 7 && problems.filter(\.separable).count == 3)
    }

    @Test func separableLearningRatesArePycmas() {
        // pycma 4.5.0, CMA_diagonal=True, n = 10, λ = 10: c1_sep = 1/(n + 2√n + μ_eff/n),
        // cmu_sep = (0.25 + μ_eff + 1/μ_eff − 2)/(n + 4√n + μ_eff/2), cc_sep as below.
        let p = CMAParameters(dimension: 10, separable: true)
        let n = 10.0, m = p.muEff
        #expect(abs(p.c1 - 1 / (n + 2 * n.squareRoot() + m / n)) < 1e-15)
        #expect(abs(p.cMu - (0.25 + m + 1 / m - 2) / (n + 4 * n.squareRoot() + m / 2)) < 1e-15)
        #expect(abs(p.cc - (1 + 1 / n + m / n) / (n.squareRoot() + 1 / n + 2 * m / n)) < 1e-15)
        // About n/3 times the full learning rates, as Ros & Hansen propose.
        let full = CMAParameters(dimension: 10, separable: false)
        #expect(p.c1 / full.c1 > 2 && p.c1 / full.c1 < 6)
    }

    @Test func defaultsAreTheTutorials() {
        // n = 10: λ = 4 + ⌊3 ln 10⌋ = 10, μ = 5, weights ∝ ln 5.5 − ln i.
        let cma = CMAES(mean: [Double](repeating: 1, count: 10), sigma: 0.5, seed: 1)
        #expect(cma.lambda == 10 && cma.mu == 5)
        let raw = (1...5).map { log(5.5) - log(Double($0)) }
        for (w, r) in zip(cma.weights, raw) { #expect(abs(w - r / raw.reduce(0, +)) < 1e-15) }
        #expect(abs(cma.muEff - 1 / cma.weights.reduce(0) { $0 + $1 * $1 }) < 1e-12)
    }

    @Test(arguments: try! CMAESReferenceTests.reference().map(\.name))
    func medianEvaluationsMatchPycma(name: String) throws {
        let problem = try #require(try Self.reference().first { $0.name == name })
        #expect(CMAParameters(dimension: problem.dimension, separable: problem.separable).lambda == problem.lambda)
        let counts = (1...20).compactMap { Self.evaluations(problem, seed: UInt64($0)) }.sorted()
        #expect(counts.count == 20, "\(name): \(20 - counts.count) runs did not reach 1e-8")
        let median = Double(counts[9] + counts[10]) / 2
        let ratio = median / problem.median
        #expect(abs(ratio - 1) <= 0.25, "\(name): nnplay \(median) vs pycma \(problem.median) evaluations")
        print("CMAES \(name): nnplay \(median) pycma \(problem.median) ratio \(ratio)")
    }
}
