/// CMA-ES, the covariance matrix adaptation evolution strategy, exactly as in Hansen's
/// tutorial ("The CMA Evolution Strategy: A Tutorial", 2016, table 1 and figure 6):
/// no gradient, only function values.
///
/// Each generation samples λ points x_k = m + σ·y_k with y_k ~ N(0, C), ranks them by
/// f, and moves the mean to the weighted average of the μ = ⌊λ/2⌋ best:
///
///     m  ← m + σ·y_w,                  y_w = Σᵢ wᵢ·y_(i:λ),  wᵢ ∝ ln((λ+1)/2) − ln i
///     p_σ ← (1 − c_σ)p_σ + √(c_σ(2 − c_σ)μ_eff)·C^(−½)·y_w        (cumulation)
///     σ  ← σ·exp((c_σ/d_σ)(‖p_σ‖/E‖N(0,I)‖ − 1))                 (step-size control)
///     p_c ← (1 − c_c)p_c + h_σ·√(c_c(2 − c_c)μ_eff)·y_w
///     C  ← (1 + c₁δ(h_σ) − c₁ − c_μ)C + c₁·p_c p_cᵀ + c_μ·Σᵢ wᵢ y_(i:λ) y_(i:λ)ᵀ
///                                         (rank-one and rank-μ updates)
///
/// C = B·D²·Bᵀ is decomposed every generation (`SymmetricEigen`). Normal deviates come
/// from nnplay's `RandomSource`, so a run is the same on every machine for one seed.
package struct CMAES: Sendable {
    package let dimension: Int
    /// λ, the population size; μ, the number of parents.
    package let lambda: Int, mu: Int
    /// The recombination weights w₁ ≥ … ≥ w_μ > 0, summing to 1.
    package let weights: [Double]
    package let muEff: Double, cc: Double, cSigma: Double, c1: Double, cMu: Double, dSigma: Double
    /// E‖N(0, I)‖ ≈ √n(1 − 1/(4n) + 1/(21n²)).
    let chiN: Double

    package private(set) var mean: [Double]
    package private(set) var sigma: Double
    package private(set) var covariance: [[Double]]
    private var pathSigma: [Double], pathC: [Double]
    /// B (eigenvectors as columns) and D (square roots of the eigenvalues) of C.
    private var basis: [[Double]], scales: [Double]
    package private(set) var generation = 0
    /// σ times the largest standard deviation of C: how far the next points spread.
    package var spread: Double { sigma * (scales.max() ?? 0) }
    /// The best point evaluated so far and its loss.
    package private(set) var best: (point: [Double], loss: Double)?
    private var random: RandomSource

    /// The tutorial's population size λ = 4 + ⌊3 ln n⌋ (6 for n = 2, 10 for n = 10).
    package static func defaultLambda(dimension n: Int) -> Int {
        4 + Int((3 * PlatformMath.log(Double(n))).rounded(.down))
    }

    /// A search starting at `mean` with step size `sigma`; `lambda` nil means the
    /// tutorial's default 4 + ⌊3 ln n⌋.
    package init(mean: [Double], sigma: Double, lambda: Int? = nil, seed: UInt64) {
        let n = mean.count
        precondition(n >= 1 && sigma > 0)
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
        cc = (4 + muEff / nd) / (nd + 4 + 2 * muEff / nd)
        cSigma = (muEff + 2) / (nd + muEff + 5)
        c1 = 2 / ((nd + 1.3) * (nd + 1.3) + muEff)
        cMu = min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((nd + 2) * (nd + 2) + muEff))
        dSigma = 1 + 2 * max(0, ((muEff - 1) / (nd + 1)).squareRoot() - 1) + cSigma
        chiN = nd.squareRoot() * (1 - 1 / (4 * nd) + 1 / (21 * nd * nd))
        self.mean = mean
        self.sigma = sigma
        covariance = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        basis = covariance
        scales = [Double](repeating: 1, count: n)
        pathSigma = [Double](repeating: 0, count: n)
        pathC = pathSigma
        random = RandomSource(seed: seed, stream: .interaction)
    }

    /// One generation: λ evaluations of `objective` (fewer if it reaches its target,
    /// which ends the generation at once and leaves the distribution as it was).
    package mutating func step(_ objective: inout CountingObjective) {
        let n = dimension
        var candidates: [(y: [Double], loss: Double)] = []
        for _ in 0..<lambda {
            let z = (0..<n).map { _ in random.normal() }
            var y = [Double](repeating: 0, count: n)
            for i in 0..<n { for k in 0..<n { y[i] += basis[i][k] * scales[k] * z[k] } }
            let x = (0..<n).map { mean[$0] + sigma * y[$0] }
            let loss = objective(x)
            if best == nil || loss.rankingKey < best!.loss.rankingKey { best = (x, loss) }
            if objective.reachedTarget { return }
            candidates.append((y, loss))
        }
        // Stable sort by loss (ties keep sampling order).
        let ranked = candidates.indices.sorted { (candidates[$0].loss.rankingKey, $0) < (candidates[$1].loss.rankingKey, $1) }
            .map { candidates[$0].y }
        var yw = [Double](repeating: 0, count: n)
        for (i, w) in weights.enumerated() { for j in 0..<n { yw[j] += w * ranked[i][j] } }
        for j in 0..<n { mean[j] += sigma * yw[j] }

        // C^(−½)·y_w = B·D⁻¹·Bᵀ·y_w.
        var projected = [Double](repeating: 0, count: n)
        for k in 0..<n {
            var dot = 0.0
            for i in 0..<n { dot += basis[i][k] * yw[i] }
            let scaled = dot / scales[k]
            for i in 0..<n { projected[i] += basis[i][k] * scaled }
        }
        let sigmaFactor = (cSigma * (2 - cSigma) * muEff).squareRoot()
        for j in 0..<n { pathSigma[j] = (1 - cSigma) * pathSigma[j] + sigmaFactor * projected[j] }
        let normSigma = pathSigma.reduce(0) { $0 + $1 * $1 }.squareRoot()
        generation += 1
        let decay = (1 - ExactPower.power(1 - cSigma, 2 * generation)).squareRoot()
        let hSigma = normSigma / decay < (1.4 + 2 / (Double(n) + 1)) * chiN
        let cFactor = (cc * (2 - cc) * muEff).squareRoot()
        for j in 0..<n { pathC[j] = (1 - cc) * pathC[j] + (hSigma ? cFactor * yw[j] : 0) }
        let delta = hSigma ? 0 : cc * (2 - cc)
        let keep = 1 + c1 * delta - c1 - cMu
        for i in 0..<n {
            for j in i..<n { // the upper triangle, mirrored, so C stays exactly symmetric
                var rankMu = 0.0
                for (k, w) in weights.enumerated() { rankMu += w * ranked[k][i] * ranked[k][j] }
                covariance[i][j] = keep * covariance[i][j] + c1 * pathC[i] * pathC[j] + cMu * rankMu
                covariance[j][i] = covariance[i][j]
            }
        }
        sigma *= PlatformMath.exp((cSigma / dSigma) * (normSigma / chiN - 1))
        let (values, vectors) = SymmetricEigen.decompose(covariance)
        basis = vectors
        scales = values.map { max($0, 1e-300).squareRoot() }
    }
}
