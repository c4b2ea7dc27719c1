/// A loss surface over two parameters (x, y) for the landscape lab: its value, its
/// gradient and its Hessian (all analytic), its global minima and the box it is
/// best viewed in.
///
/// Every formula is in `LandscapeFunction+Formulas.swift`; trigonometry and
/// exponentials go through `PlatformMath`, so the values are the same on every
/// machine once the core has its own implementations.
package struct LandscapeFunction: Sendable, Equatable {
    /// Which surface.
    package enum Kind: String, Sendable, CaseIterable {
        /// ½(x² + κy²): a ravine whose walls are κ times steeper than its floor.
        case ravine
        /// x² + y⁴/4 − y²/2: a saddle at the origin between two minima (0, ±1).
        case saddle
        /// (1 − x)² + 100(y − x²)²: a curved, flat-bottomed valley.
        case rosenbrock
        /// (x² + y − 11)² + (x + y² − 7)²: four minima of equal depth.
        case himmelblau
        /// (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²: steep edges, flat middle.
        case beale
        /// 20 + Σ (xᵢ² − 10 cos 2πxᵢ): a bowl covered in local minima.
        case rastrigin
        /// Ackley's function: a nearly flat plain of local minima around one deep hole.
        case ackley
        /// The mean cross-entropy of a logistic regression σ(w₁x₁ + w₂x₂) on the
        /// playground's Gaussian clouds, plus ½·0.01·‖w‖²: a real loss over two weights.
        case logistic

        /// A one-line description for help texts.
        package var summary: String {
            switch self {
            case .ravine: return "quadratic ravine 0.5*(x^2 + k*y^2), condition number k (--condition)"
            case .saddle: return "x^2 + y^4/4 - y^2/2: saddle at (0,0), minima (0,+-1)"
            case .rosenbrock: return "(1-x)^2 + 100*(y-x^2)^2, minimum (1,1)"
            case .himmelblau: return "(x^2+y-11)^2 + (x+y^2-7)^2, four minima"
            case .beale: return "Beale's function, minimum (3,0.5)"
            case .rastrigin: return "20 + sum(x^2 - 10*cos(2*pi*x)), many local minima"
            case .ackley: return "Ackley's function, many local minima, minimum (0,0)"
            case .logistic: return "cross-entropy of a 2-weight logistic regression on the gauss data"
            }
        }
    }

    /// A rectangle of the (x, y) plane.
    package struct Box: Sendable, Equatable {
        package var x: ClosedRange<Double>
        package var y: ClosedRange<Double>
    }

    /// The largest condition number the ravine accepts.
    package static let conditionRange: ClosedRange<Double> = 1...1e6

    package let kind: Kind
    /// κ, the ratio of the ravine's largest to smallest curvature (ignored by the others).
    package let condition: Double
    /// The logistic regression's points (empty for the other kinds).
    let logisticData: LogisticSlice

    /// The surface `kind`; `condition` must be in `conditionRange`.
    package init(_ kind: Kind, condition: Double = 10) {
        precondition(Self.conditionRange.contains(condition), "condition out of range")
        self.kind = kind
        self.condition = condition
        self.logisticData = kind == .logistic ? LogisticSlice.gauss : LogisticSlice(points: [])
    }

    /// The global minima, as (x, y).
    package var minima: [[Double]] {
        switch kind {
        case .ravine, .rastrigin, .ackley: return [[0, 0]]
        case .saddle: return [[0, -1], [0, 1]]
        case .rosenbrock: return [[1, 1]]
        case .himmelblau:
            return [[3, 2], [-2.805118086952745, 3.131312518250573],
                    [-3.779310253377747, -3.283185991286170], [3.584428340330492, -1.848126526964404]]
        case .beale: return [[3, 0.5]]
        case .logistic: return [logisticData.minimum]
        }
    }

    /// The box the lab shows by default.
    package var viewBox: Box {
        switch kind {
        case .ravine, .saddle: return Box(x: -2...2, y: -2...2)
        case .rosenbrock: return Box(x: -2...2, y: -1...3)
        case .himmelblau: return Box(x: -5...5, y: -5...5)
        case .beale: return Box(x: -4.5...4.5, y: -4.5...4.5)
        case .rastrigin: return Box(x: -5.12...5.12, y: -5.12...5.12)
        case .ackley: return Box(x: -5...5, y: -5...5)
        case .logistic: return Box(x: -3...3, y: -3...3)
        }
    }

    /// Where a walk starts unless told otherwise: away from every minimum, somewhere
    /// that shows the surface's character (Rosenbrock's classic (−1.5, 2), a point
    /// near the saddle's ridge, a hillside of Rastrigin's bumps).
    package var defaultStart: [Double] {
        switch kind {
        case .ravine: return [-1.5, 1]
        case .saddle: return [1.5, 0.1]
        case .rosenbrock: return [-1.5, 2]
        case .himmelblau: return [0, 0]
        case .beale: return [1, 1.5]
        case .rastrigin: return [3.2, 2.4]
        case .ackley: return [3.5, -2.5]
        case .logistic: return [-2, 2.5]
        }
    }

    /// The minimum closest to `point` and its Euclidean distance.
    package func nearestMinimum(to point: [Double]) -> (minimum: [Double], distance: Double) {
        var best = minima[0], bestDistance = Double.infinity
        for m in minima {
            let dx = point[0] - m[0], dy = point[1] - m[1]
            let d = (dx * dx + dy * dy).squareRoot()
            if d < bestDistance { best = m; bestDistance = d }
        }
        return (best, bestDistance)
    }
}
