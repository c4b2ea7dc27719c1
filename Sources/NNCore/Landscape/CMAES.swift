/// CMA-ES, the covariance matrix adaptation evolution strategy, exactly as in Hansen's
/// tutorial ("The CMA Evolution Strategy: A Tutorial", 2016, table 1 and figure 6):
/// no gradient, only function values, in any dimension n.
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
/// The constants are `CMAParameters` (full). C = B·D²·Bᵀ is decomposed every
/// generation (`SymmetricEigen`), O(n³): for large n use `SeparableCMAES`. Normal
/// deviates come from nnplay's `RandomSource`, so a run is the same on every machine
/// for one seed.
package struct CMAES: Sendable {
    package let parameters: CMAParameters
    package var dimension: Int { parameters.dimension }
    package var lambda: Int { parameters.lambda }
    package var mu: Int { parameters.mu }
    package var weights: [Double] { parameters.weights }
    package var muEff: Double { parameters.muEff }

    package private(set) var mean: [Double]
    package private(set) var sigma: Double
    package private(set) var covariance: [[Double]]
    private var pathSigma: [Double], pathC: [Double]
    /// B (eigenvectors as columns) and D (square roots of the eigenvalues) of C.
    private var basis: [[Double]], scales: [Double]
    package private(set) var generation = 0
    /// The search collapsed or ran away (`CMAParameters.isSound` failed after a
    /// generation): it keeps the last sound distribution and evaluates nothing more.
    package private(set) var isStalled = false
    /// σ times the largest standard deviation of C: how far the next points spread.
    package var spread: Double { sigma * (scales.max() ?? 0) }
    /// The best point evaluated so far and its loss.
    package private(set) var best: (point: [Double], loss: Double)?
    private var random: RandomSource

    /// The tutorial's population size λ = 4 + ⌊3 ln n⌋ (6 for n = 2, 10 for n = 10).
    package static func defaultLambda(dimension n: Int) -> Int { CMAParameters.defaultLambda(dimension: n) }

    /// A search starting at `mean` with step size `sigma`; `lambda` nil means the
    /// tutorial's default 4 + ⌊3 ln n⌋. Random numbers come from `stream` of `seed`.
    package init(mean: [Double], sigma: Double, lambda: Int? = nil, seed: UInt64, stream: RandomStream = .interaction) {
        let n = mean.count
        precondition(n >= 1 && sigma > 0)
        parameters = CMAParameters(dimension: n, lambda: lambda, separable: false)
        self.mean = mean
        self.sigma = sigma
        covariance = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        basis = covariance
        scales = [Double](repeating: 1, count: n)
        pathSigma = [Double](repeating: 0, count: n)
        pathC = pathSigma
        random = RandomSource(seed: seed, stream: stream)
    }

    /// One generation: λ evaluations of `objective` (fewer if it reaches its target,
    /// which ends the generation at once and leaves the distribution as it was).
    package mutating func step<Objective: PopulationObjective>(_ objective: inout Objective) {
        guard !isStalled else { return }
        let before = self
        defer {
            if !CMAParameters.isSound(mean: mean, sigma: sigma, scales: scales) {
                let found = best
                self = before
                best = found
                isStalled = true
            }
        }
        let n = dimension, p = parameters
        var candidates: [(y: [Double], loss: Double)] = []
        for _ in 0..<p.lambda {
            let z = (0..<n).map { _ in random.normal() }
            var y = [Double](repeating: 0, count: n)
            for i in 0..<n { for k in 0..<n { y[i] += basis[i][k] * scales[k] * z[k] } }
            let x = (0..<n).map { mean[$0] + sigma * y[$0] }
            let loss = objective.evaluate(x)
            if best == nil || loss.rankingKey < best!.loss.rankingKey { best = (x, loss) }
            if objective.reachedTarget { return }
            candidates.append((y, loss))
        }
        let (ranked, yw) = p.ranked(candidates)
        for j in 0..<n { mean[j] += sigma * yw[j] }

        // C^(−½)·y_w = B·D⁻¹·Bᵀ·y_w.
        var projected = [Double](repeating: 0, count: n)
        for k in 0..<n {
            var dot = 0.0
            for i in 0..<n { dot += basis[i][k] * yw[i] }
            let scaled = dot / scales[k]
            for i in 0..<n { projected[i] += basis[i][k] * scaled }
        }
        let sigmaFactor = (p.cSigma * (2 - p.cSigma) * p.muEff).squareRoot()
        for j in 0..<n { pathSigma[j] = (1 - p.cSigma) * pathSigma[j] + sigmaFactor * projected[j] }
        let normSigma = pathSigma.reduce(0) { $0 + $1 * $1 }.squareRoot()
        generation += 1
        let hSigma = p.hSigma(pathNorm: normSigma, generation: generation)
        let cFactor = (p.cc * (2 - p.cc) * p.muEff).squareRoot()
        for j in 0..<n { pathC[j] = (1 - p.cc) * pathC[j] + (hSigma ? cFactor * yw[j] : 0) }
        let delta = hSigma ? 0 : p.cc * (2 - p.cc)
        let keep = 1 + p.c1 * delta - p.c1 - p.cMu
        for i in 0..<n {
            for j in i..<n { // the upper triangle, mirrored, so C stays exactly symmetric
                var rankMu = 0.0
                for (k, w) in p.weights.enumerated() { rankMu += w * ranked[k][i] * ranked[k][j] }
                covariance[i][j] = keep * covariance[i][j] + p.c1 * pathC[i] * pathC[j] + p.cMu * rankMu
                covariance[j][i] = covariance[i][j]
            }
        }
        sigma *= p.sigmaFactor(pathNorm: normSigma)
        let (values, vectors) = SymmetricEigen.decompose(covariance)
        basis = vectors
        scales = values.map { max($0, 1e-300).squareRoot() }
    }
}
