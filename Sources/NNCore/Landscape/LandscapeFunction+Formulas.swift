/// The formulas of each surface: value f, gradient ∇f = (∂f/∂x, ∂f/∂y) and Hessian
/// ∇²f, all written out by hand (and checked against finite differences in the tests).
extension LandscapeFunction {
    /// The symmetric 2×2 matrix of second derivatives [[xx, xy], [xy, yy]].
    package struct Hessian: Sendable, Equatable {
        package var xx: Double
        package var xy: Double
        package var yy: Double
    }

    /// f(x, y).
    package func value(_ p: [Double]) -> Double {
        let x = p[0], y = p[1]
        switch kind {
        case .ravine: return 0.5 * (x * x + condition * y * y)
        case .saddle: return x * x + y * y * y * y / 4 - y * y / 2
        case .rosenbrock:
            let a = 1 - x, b = y - x * x
            return a * a + 100 * b * b
        case .himmelblau:
            let a = x * x + y - 11, b = x + y * y - 7
            return a * a + b * b
        case .beale:
            var sum = 0.0
            for t in bealeTerms(x, y) { sum += t.value * t.value }
            return sum
        case .rastrigin:
            return 20 + (x * x - 10 * PlatformMath.cos(2 * .pi * x)) + (y * y - 10 * PlatformMath.cos(2 * .pi * y))
        case .ackley:
            let r = (0.5 * (x * x + y * y)).squareRoot()
            let plain = PlatformMath.exp(0.5 * (PlatformMath.cos(2 * .pi * x) + PlatformMath.cos(2 * .pi * y)))
            return -20 * PlatformMath.exp(-0.2 * r) - plain + Self.e + 20
        case .logistic: return logisticData.value(p)
        }
    }

    /// ∇f(x, y).
    package func gradient(_ p: [Double]) -> [Double] {
        let x = p[0], y = p[1]
        switch kind {
        case .ravine: return [x, condition * y]
        case .saddle: return [2 * x, y * y * y - y]
        case .rosenbrock:
            let b = y - x * x
            return [-2 * (1 - x) - 400 * x * b, 200 * b]
        case .himmelblau:
            let a = x * x + y - 11, b = x + y * y - 7
            return [4 * x * a + 2 * b, 2 * a + 4 * y * b]
        case .beale:
            var g = [0.0, 0.0]
            for t in bealeTerms(x, y) {
                g[0] += 2 * t.value * t.dx
                g[1] += 2 * t.value * t.dy
            }
            return g
        case .rastrigin:
            return [2 * x + 20 * .pi * PlatformMath.sin(2 * .pi * x), 2 * y + 20 * .pi * PlatformMath.sin(2 * .pi * y)]
        case .ackley:
            let (radial, _) = ackleyRadial(x, y)
            let plain = ackleyPlain(x, y)
            return [radial * x + .pi * PlatformMath.sin(2 * .pi * x) * plain,
                    radial * y + .pi * PlatformMath.sin(2 * .pi * y) * plain]
        case .logistic: return logisticData.gradient(p)
        }
    }

    /// ∇²f(x, y).
    package func hessian(_ p: [Double]) -> Hessian {
        let x = p[0], y = p[1]
        switch kind {
        case .ravine: return Hessian(xx: 1, xy: 0, yy: condition)
        case .saddle: return Hessian(xx: 2, xy: 0, yy: 3 * y * y - 1)
        case .rosenbrock: return Hessian(xx: 1200 * x * x - 400 * y + 2, xy: -400 * x, yy: 200)
        case .himmelblau:
            let a = x * x + y - 11, b = x + y * y - 7
            return Hessian(xx: 4 * a + 8 * x * x + 2, xy: 4 * x + 4 * y, yy: 2 + 4 * b + 8 * y * y)
        case .beale:
            // Σ 2(∇tᵢ∇tᵢᵀ + tᵢ∇²tᵢ), with ∇²tᵢ = [[0, i·yⁱ⁻¹], [i·yⁱ⁻¹, i(i−1)·x·yⁱ⁻²]].
            var h = Hessian(xx: 0, xy: 0, yy: 0)
            for t in bealeTerms(x, y) {
                h.xx += 2 * t.dx * t.dx
                h.xy += 2 * (t.dx * t.dy + t.value * t.dxy)
                h.yy += 2 * (t.dy * t.dy + t.value * t.dyy)
            }
            return h
        case .rastrigin:
            let c = 40 * Double.pi * Double.pi
            return Hessian(xx: 2 + c * PlatformMath.cos(2 * .pi * x), xy: 0, yy: 2 + c * PlatformMath.cos(2 * .pi * y))
        case .ackley:
            // Radial part: (2E/r)·I − E(0.2/r² + 1/r³)·ppᵀ with E = e^(−0.2r);
            // plain part P = e^(½(cos 2πx + cos 2πy)): ∂²/∂x² = π²P(2cos 2πx − sin² 2πx),
            // ∂²/∂x∂y = −π²P·sin 2πx·sin 2πy.
            let (radial, curvature) = ackleyRadial(x, y)
            let plain = ackleyPlain(x, y)
            let sx = PlatformMath.sin(2 * .pi * x), sy = PlatformMath.sin(2 * .pi * y)
            let cx = PlatformMath.cos(2 * .pi * x), cy = PlatformMath.cos(2 * .pi * y)
            let pi2 = Double.pi * .pi
            return Hessian(xx: radial - curvature * x * x + pi2 * plain * (2 * cx - sx * sx),
                           xy: -curvature * x * y - pi2 * plain * sx * sy,
                           yy: radial - curvature * y * y + pi2 * plain * (2 * cy - sy * sy))
        case .logistic: return logisticData.hessian(p)
        }
    }

    /// e, Ackley's constant term.
    static let e = 2.718281828459045

    /// Beale's three residuals tᵢ = cᵢ − x + x·yⁱ and their derivatives.
    private func bealeTerms(_ x: Double, _ y: Double)
        -> [(value: Double, dx: Double, dy: Double, dxy: Double, dyy: Double)] {
        let c = [1.5, 2.25, 2.625]
        var terms: [(value: Double, dx: Double, dy: Double, dxy: Double, dyy: Double)] = []
        var power = 1.0 // yⁱ⁻¹
        var lower = 0.0 // yⁱ⁻²
        for i in 1...3 {
            let yi = power * y
            let n = Double(i)
            terms.append((c[i - 1] - x + x * yi, yi - 1, n * x * power, n * power, n * (n - 1) * x * lower))
            lower = power
            power = yi
        }
        return terms
    }

    /// Ackley's radial term's first-derivative factor 2E/r (∂/∂x = factor·x) and its
    /// curvature factor E(0.2/r² + 1/r³); both 0 at the origin, where the cone's tip
    /// has no derivative (a subgradient of 0 is used).
    private func ackleyRadial(_ x: Double, _ y: Double) -> (Double, Double) {
        let r = (0.5 * (x * x + y * y)).squareRoot()
        guard r > 0 else { return (0, 0) }
        let e = PlatformMath.exp(-0.2 * r)
        return (2 * e / r, e * (0.2 / (r * r) + 1 / (r * r * r)))
    }

    /// e^(½(cos 2πx + cos 2πy)).
    private func ackleyPlain(_ x: Double, _ y: Double) -> Double {
        PlatformMath.exp(0.5 * (PlatformMath.cos(2 * .pi * x) + PlatformMath.cos(2 * .pi * y)))
    }
}
