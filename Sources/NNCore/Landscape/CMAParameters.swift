/// The strategy parameters of CMA-ES for dimension n and population λ, said once for
/// the full (`CMAES`) and the separable (`SeparableCMAES`) variant.
///
/// Selection and step size are Hansen's tutorial's ("The CMA Evolution Strategy: A
/// Tutorial", 2016, table 1) for both: μ = ⌊λ/2⌋ parents, weights wᵢ ∝ ln((λ+1)/2) − ln i,
/// μ_eff = 1/Σwᵢ², c_σ = (μ_eff + 2)/(n + μ_eff + 5),
/// d_σ = 1 + 2·max(0, √((μ_eff − 1)/(n + 1)) − 1) + c_σ.
///
/// The covariance learning rates differ:
/// - full:      c_c = (4 + μ_eff/n)/(n + 4 + 2μ_eff/n), c₁ = 2/((n + 1.3)² + μ_eff),
///              c_μ = min(1 − c₁, 2(μ_eff − 2 + 1/μ_eff)/((n + 2)² + μ_eff));
/// - separable: a diagonal C has n free entries instead of n(n+1)/2, so it may learn
///              about n times faster (Ros & Hansen 2008). The rates are pycma's
///              (`CMA_diagonal=True`): c_c = (1 + 1/n + μ_eff/n)/(√n + 1/n + 2μ_eff/n),
///              c₁ = 1/(n + 2√n + μ_eff/n),
///              c_μ = min(1 − c₁, (0.25 + μ_eff + 1/μ_eff − 2)/(n + 4√n + μ_eff/2)).
package struct CMAParameters: Sendable, Equatable {
    package let dimension: Int
    /// λ, the population size; μ, the number of parents.
    package let lambda: Int, mu: Int
    /// The recombination weights w₁ ≥ … ≥ w_μ > 0, summing to 1.
    package let weights: [Double]
    package let muEff: Double, cc: Double, cSigma: Double, c1: Double, cMu: Double, dSigma: Double
    /// E‖N(0, I)‖ ≈ √n(1 − 1/(4n) + 1/(21n²)).
    package let chiN: Double

    /// The tutorial's population size λ = 4 + ⌊3 ln n⌋ (6 for n = 2, 10 for n = 10).
    package static func defaultLambda(dimension n: Int) -> Int {
        4 + Int((3 * PlatformMath.log(Double(n))).rounded(.down))
    }

    /// `lambda` nil means `defaultLambda`.
    package init(dimension n: Int, lambda: Int? = nil, separable: Bool) {
        precondition(n >= 1)
        let nd = Double(n)
        dimension = n
        let l = lambda ?? Self.defaultLambda(dimension: n)
        precondition(l >= 2)
        self.lambda = l
        mu = l / 2
        let raw = (1...mu).map { PlatformMath.log((Double(l) + 1) / 2) - PlatformMath.log(Double($0)) }
        let total = raw.reduce(0, +)
        weights = raw.map { $0 / total }
        muEff = 1 / weights.reduce(0) { $0 + $1 * $1 }
        cSigma = (muEff + 2) / (nd + muEff + 5)
        dSigma = 1 + 2 * max(0, ((muEff - 1) / (nd + 1)).squareRoot() - 1) + cSigma
        chiN = nd.squareRoot() * (1 - 1 / (4 * nd) + 1 / (21 * nd * nd))
        if separable {
            let root = nd.squareRoot()
            cc = (1 + 1 / nd + muEff / nd) / (root + 1 / nd + 2 * muEff / nd)
            c1 = 1 / (nd + 2 * root + muEff / nd)
            cMu = min(1 - c1, (0.25 + muEff + 1 / muEff - 2) / (nd + 4 * root + muEff / 2))
        } else {
            cc = (4 + muEff / nd) / (nd + 4 + 2 * muEff / nd)
            c1 = 2 / ((nd + 1.3) * (nd + 1.3) + muEff)
            cMu = min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((nd + 2) * (nd + 2) + muEff))
        }
    }

    /// The selected steps' weighted mean y_w = Σᵢ wᵢ·y_(i:λ) of candidates ranked best
    /// first (NaN counts as the worst loss; ties keep sampling order).
    func ranked(_ candidates: [(y: [Double], loss: Double)]) -> (ranked: [[Double]], yw: [Double]) {
        let n = dimension
        let ranked = candidates.indices
            .sorted { (candidates[$0].loss.rankingKey, $0) < (candidates[$1].loss.rankingKey, $1) }
            .map { candidates[$0].y }
        var yw = [Double](repeating: 0, count: n)
        for (i, w) in weights.enumerated() { for j in 0..<n { yw[j] += w * ranked[i][j] } }
        return (ranked, yw)
    }

    /// Whether the evolution path p_σ is short enough for the rank-one update to count
    /// fully (h_σ of the tutorial), after `generation` generations.
    func hSigma(pathNorm: Double, generation: Int) -> Bool {
        let decay = (1 - ExactPower.power(1 - cSigma, 2 * generation)).squareRoot()
        return pathNorm / decay < (1.4 + 2 / (Double(dimension) + 1)) * chiN
    }

    /// The step-size factor exp((c_σ/d_σ)(‖p_σ‖/E‖N(0,I)‖ − 1)).
    func sigmaFactor(pathNorm: Double) -> Double {
        PlatformMath.exp((cSigma / dSigma) * (pathNorm / chiN - 1))
    }

    /// Whether a distribution can still be sampled and moved: every number finite, the
    /// mean within ±1e15 (the trainer's bound on a parameter), σ times every scale (the
    /// square roots of C's eigenvalues, or of its diagonal) between 1e-300 and 1e15, and
    /// C's condition number (largest/smallest scale)² at most 1e14, the usual stopping
    /// rule of Hansen's tutorial. A search that fails it has collapsed or run away on a
    /// flat loss; it stops where it last was sound (`isStalled`) instead of diverging.
    static func isSound(mean: [Double], sigma: Double, scales: [Double]) -> Bool {
        guard sigma.isFinite, sigma > 0, mean.allSatisfy({ $0.isFinite && abs($0) <= 1e15 }),
              let low = scales.min(), let high = scales.max(), low.isFinite, high.isFinite, low > 0 else { return false }
        let spreadLow = sigma * low, spreadHigh = sigma * high
        return spreadLow >= 1e-300 && spreadHigh <= 1e15 && (high / low) * (high / low) <= 1e14
    }
}
