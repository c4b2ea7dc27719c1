import Testing
@testable import NNCore

/// The phase map of momentum on the ravine ½(x² + κy²) against the theory of heavy-ball
/// momentum on a quadratic (Polyak; Goh, "Why Momentum Really Works"): for curvature λ
/// the iteration is stable exactly when 0 < lr·λ < 2(1 + β), and with the best pair
/// lr = (2/(√λ_max + √λ_min))², β = ((√κ − 1)/(√κ + 1))² it contracts by β^(1/2) per
/// step, so its iterations grow like √κ instead of κ.
@Suite struct PhaseMapTests {
    static let kappa = 50.0

    @Test func cellsDivergeExactlyPastTheStabilityEdge() {
        let spec = PhaseMap.Spec.ravine(condition: Self.kappa, columns: 30, rows: 8)
        let map = PhaseMap(spec: spec)
        for (r, beta) in spec.momenta.enumerated() {
            let edge = 2 * (1 + beta) / Self.kappa
            for (c, rate) in spec.learningRates.enumerated() {
                // A few percent away from the edge, where 1000 iterations settle it either way.
                if rate > edge * 1.03, case .diverged = map[r, c] { continue }
                if rate > edge * 1.03 { Issue.record("β \(beta), lr \(rate) > edge \(edge) did not diverge: \(map[r, c])") }
                if rate < edge * 0.97, case .diverged = map[r, c] {
                    Issue.record("β \(beta), lr \(rate) < edge \(edge) diverged")
                }
            }
        }
    }

    @Test func theBestMomentumBeatsPlainGradientDescentByAboutRootKappa() {
        let spec = PhaseMap.Spec.ravine(condition: Self.kappa, columns: 40, rows: 50)
        let map = PhaseMap(spec: spec)
        let plain = (0..<spec.learningRates.count).compactMap { c -> Int? in
            if case .converged(let k) = map[0, c] { return k } else { return nil }
        }.min()!
        let fastest = map.fastest!
        // From (−1.5, 1) the loss is 1.125 along x and 25 along y; tolerance 1e-6 of 26.1
        // asks the slow x error to fall about 200-fold. Plain GD contracts it by at best
        // (κ − 1)/(κ + 1) per step: ln 200/−ln(49/51) ≈ 133 steps; the best momentum by
        // (√κ − 1)/(√κ + 1): about 19 (the grid only comes near either optimum).
        #expect(plain > 120 && plain < 500, "plain GD \(plain)")
        #expect(fastest.iterations < plain / 3, "momentum \(fastest.iterations) vs plain \(plain)")
        let beta = spec.momenta[fastest.row]
        let best = ((Self.kappa.squareRoot() - 1) / (Self.kappa.squareRoot() + 1)) * ((Self.kappa.squareRoot() - 1) / (Self.kappa.squareRoot() + 1))
        #expect(abs(beta - best) < 0.15, "fastest at β \(beta), theory \(best)")
    }

    @Test func cellsAreAPureFunctionOfTheSpec() {
        let spec = PhaseMap.Spec.ravine(condition: 10, method: .nesterov, columns: 5, rows: 4)
        let whole = PhaseMap(spec: spec)
        let reversed = (0..<spec.cellCount).reversed().map { PhaseMap.cell(spec, index: $0) }.reversed()
        #expect(whole.cells == Array(reversed))
    }

    @Test func aSwingBelowTheToleranceIsNotConvergence() {
        // β = 0.98 at a small rate: the iterates swing about the minimum for hundreds of
        // iterations, and their loss dips below 1e-6 of the start long before it stays there.
        var spec = PhaseMap.Spec.ravine(condition: 50, columns: 2, rows: 2)
        spec.learningRates = [0.0002]
        spec.momenta = [0.98]
        spec.maxIterations = 5000
        let goal = spec.tolerance * spec.function.value(spec.start)
        var optimizer = Optimizer(config: OptimizerConfig(kind: .momentum, learningRate: 0.0002, momentum: 0.98),
                                  isWeight: [true, true])
        var p = spec.start, firstDip: Int?, lastAbove = 0
        for k in 1...5000 {
            optimizer.update(parameters: &p, gradient: spec.function.gradient(p), learningRate: 0.0002)
            if spec.function.value(p) <= goal { firstDip = firstDip ?? k } else { lastAbove = k }
        }
        #expect(PhaseMap(spec: spec).cells == [.converged(lastAbove + 1)])
        #expect(firstDip! < lastAbove)
    }

    @Test func oneIterationLimitLeavesEveryConvergingCellSlow() {
        var spec = PhaseMap.Spec.ravine(condition: 10, columns: 4, rows: 2)
        spec.maxIterations = 1
        let map = PhaseMap(spec: spec)
        #expect(map.cells.allSatisfy { if case .converged = $0 { return false } else { return true } })
    }
}
