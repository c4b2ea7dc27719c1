/// The loss of a two-weight logistic regression, the landscape lab's slice of a real
/// training loss: with points (x₁, x₂) and labels y ∈ {0, 1},
///
///     z = w₁x₁ + w₂x₂              (no bias: the two weights are the two axes)
///     L(w) = mean[ ln(1 + eᶻ) − y·z ] + ½λ‖w‖²          (λ = 0.01)
///     ∇L   = mean[ (σ(z) − y)·x ] + λw
///     ∇²L  = mean[ σ(z)(1 − σ(z))·xxᵀ ] + λI
///
/// The small L2 term keeps the minimum finite even if the classes were separable.
struct LogisticSlice: Sendable, Equatable {
    /// The points and their labels.
    let points: [Sample]
    /// λ of the L2 term.
    static let l2 = 0.01
    /// The weights at the minimum (found once by Newton's method, which converges
    /// quadratically on this strictly convex loss).
    private(set) var minimum: [Double] = [0, 0]

    init(points: [Sample]) {
        self.points = points
        guard !points.isEmpty else { return }
        var w = [0.0, 0.0]
        for _ in 0..<50 {
            let g = gradient(w), h = hessian(w)
            let det = h.xx * h.yy - h.xy * h.xy
            w[0] -= (h.yy * g[0] - h.xy * g[1]) / det
            w[1] -= (h.xx * g[1] - h.xy * g[0]) / det
        }
        minimum = w
    }

    /// The playground's "gauss" clouds at noise 0.5 (they overlap), 100 points, seed 1.
    static let gauss: LogisticSlice = {
        var random = RandomSource(seed: 1, stream: .data)
        return LogisticSlice(points: GaussDataset.samples(count: 100, noise: 0.5, random: &random))
    }()

    func value(_ w: [Double]) -> Double {
        var sum = 0.0
        for s in points {
            let z = w[0] * s.x1 + w[1] * s.x2
            sum += Self.softplus(z) - s.label * z
        }
        return sum / Double(points.count) + 0.5 * Self.l2 * (w[0] * w[0] + w[1] * w[1])
    }

    func gradient(_ w: [Double]) -> [Double] {
        var g0 = 0.0, g1 = 0.0
        for s in points {
            let r = Self.sigmoid(w[0] * s.x1 + w[1] * s.x2) - s.label
            g0 += r * s.x1
            g1 += r * s.x2
        }
        let n = Double(points.count)
        return [g0 / n + Self.l2 * w[0], g1 / n + Self.l2 * w[1]]
    }

    func hessian(_ w: [Double]) -> LandscapeFunction.Hessian {
        var xx = 0.0, xy = 0.0, yy = 0.0
        for s in points {
            let p = Self.sigmoid(w[0] * s.x1 + w[1] * s.x2)
            let c = p * (1 - p)
            xx += c * s.x1 * s.x1
            xy += c * s.x1 * s.x2
            yy += c * s.x2 * s.x2
        }
        let n = Double(points.count)
        return LandscapeFunction.Hessian(xx: xx / n + Self.l2, xy: xy / n, yy: yy / n + Self.l2)
    }

    /// ln(1 + eᶻ) without overflow.
    static func softplus(_ z: Double) -> Double {
        z > 0 ? z + PlatformMath.log1p(PlatformMath.exp(-z)) : PlatformMath.log1p(PlatformMath.exp(z))
    }

    /// σ(z) = 1/(1 + e⁻ᶻ) without overflow.
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + PlatformMath.exp(-z)) }
        let e = PlatformMath.exp(z)
        return e / (1 + e)
    }
}
