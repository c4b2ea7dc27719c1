/// Separable CMA-ES (Ros & Hansen, "A Simple Modification in CMA-ES Achieving Linear
/// Time and Space Complexity", 2008): CMA-ES with a diagonal covariance matrix
/// C = diag(c₁ … c_n), for searches with too many parameters for a full n×n matrix
/// and its O(n³) decomposition every generation (a network of a few hundred weights).
///
/// The same generation as `CMAES` with C diagonal, so sampling, C^(−½) and the update
/// are per coordinate, O(n) each:
///
///     y_k,i = √cᵢ·z_k,i,                   z ~ N(0, I)
///     p_σ  ← (1 − c_σ)p_σ + √(c_σ(2 − c_σ)μ_eff)·y_w/√c
///     cᵢ   ← (1 + c₁δ(h_σ) − c₁ − c_μ)cᵢ + c₁·p_c,ᵢ² + c_μ·Σ_k w_k·y_(k:λ),ᵢ²
///
/// with the separable learning rates of `CMAParameters` (about n times larger than
/// the full ones, as the paper proposes; pycma's values). It learns a scale per
/// parameter but no correlations between them.
package struct SeparableCMAES: Sendable {
    package let parameters: CMAParameters
    package var dimension: Int { parameters.dimension }
    package var lambda: Int { parameters.lambda }

    package private(set) var mean: [Double]
    package private(set) var sigma: Double
    /// The diagonal of C.
    package private(set) var variances: [Double]
    private var pathSigma: [Double], pathC: [Double]
    package private(set) var generation = 0
    /// The search collapsed or ran away (`CMAParameters.isSound` failed after a
    /// generation): it keeps the last sound distribution and evaluates nothing more.
    package private(set) var isStalled = false
    /// σ times the largest standard deviation of C: how far the next points spread.
    package var spread: Double { sigma * (variances.max() ?? 0).squareRoot() }
    /// The best point evaluated so far and its loss.
    package private(set) var best: (point: [Double], loss: Double)?
    private var random: RandomSource

    /// A search starting at `mean` with step size `sigma` and C = I; `lambda` nil means
    /// 4 + ⌊3 ln n⌋. Random numbers come from `stream` of `seed`.
    package init(mean: [Double], sigma: Double, lambda: Int? = nil, seed: UInt64, stream: RandomStream = .interaction) {
        let n = mean.count
        precondition(n >= 1 && sigma > 0)
        parameters = CMAParameters(dimension: n, lambda: lambda, separable: true)
        self.mean = mean
        self.sigma = sigma
        variances = [Double](repeating: 1, count: n)
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
            if !CMAParameters.isSound(mean: mean, sigma: sigma, scales: variances.map { $0.squareRoot() }) {
                let found = best
                self = before
                best = found
                isStalled = true
            }
        }
        let n = dimension, p = parameters
        let deviations = variances.map { max($0, 1e-300).squareRoot() }
        var candidates: [(y: [Double], loss: Double)] = []
        for _ in 0..<p.lambda {
            let y = (0..<n).map { deviations[$0] * random.normal() }
            let x = (0..<n).map { mean[$0] + sigma * y[$0] }
            let loss = objective.evaluate(x)
            if best == nil || loss.rankingKey < best!.loss.rankingKey { best = (x, loss) }
            if objective.reachedTarget { return }
            candidates.append((y, loss))
        }
        let (ranked, yw) = p.ranked(candidates)
        for j in 0..<n { mean[j] += sigma * yw[j] }

        let sigmaFactor = (p.cSigma * (2 - p.cSigma) * p.muEff).squareRoot()
        for j in 0..<n { pathSigma[j] = (1 - p.cSigma) * pathSigma[j] + sigmaFactor * yw[j] / deviations[j] }
        let normSigma = pathSigma.reduce(0) { $0 + $1 * $1 }.squareRoot()
        generation += 1
        let hSigma = p.hSigma(pathNorm: normSigma, generation: generation)
        let cFactor = (p.cc * (2 - p.cc) * p.muEff).squareRoot()
        for j in 0..<n { pathC[j] = (1 - p.cc) * pathC[j] + (hSigma ? cFactor * yw[j] : 0) }
        let delta = hSigma ? 0 : p.cc * (2 - p.cc)
        let keep = 1 + p.c1 * delta - p.c1 - p.cMu
        for i in 0..<n {
            var rankMu = 0.0
            for (k, w) in p.weights.enumerated() { rankMu += w * ranked[k][i] * ranked[k][i] }
            variances[i] = keep * variances[i] + p.c1 * pathC[i] * pathC[i] + p.cMu * rankMu
        }
        sigma *= p.sigmaFactor(pathNorm: normSigma)
    }
}
