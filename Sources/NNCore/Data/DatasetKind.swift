/// The built-in datasets, named as the command line spells them.
///
/// The first four classification sets and both regression sets are TensorFlow
/// Playground's; moons, blobs, checkerboard and the logic gates are nnplay's own.
package enum DatasetKind: String, CaseIterable, Codable, Sendable {
    case circle, xor, gauss, spiral, moons, blobs, checkerboard
    case gateAnd = "gate-and", gateOr = "gate-or", gateXor = "gate-xor"
    case regPlane = "reg-plane", regGauss = "reg-gauss"

    /// One line for `nnplay datasets` (plain ASCII, so it prints on any terminal).
    package var summary: String {
        switch self {
        case .circle: return "a disc of class 1 inside a ring of class 0 (TensorFlow Playground)"
        case .xor: return "four quadrants, class 1 where x1*x2 >= 0 (TensorFlow Playground)"
        case .gauss: return "two gaussian clouds around (2,2) and (-2,-2) (TensorFlow Playground)"
        case .spiral: return "two interleaved spirals (TensorFlow Playground)"
        case .moons: return "two interleaved half circles"
        case .blobs: return "3 to 6 gaussian clouds on a circle, one class each (--classes)"
        case .checkerboard: return "a 4x4 checkerboard of squares of side 3"
        case .gateAnd: return "logic gate AND: class 1 only at the corner (1,1); 4 points"
        case .gateOr: return "logic gate OR: class 0 only at the corner (0,0); 4 points"
        case .gateXor: return "logic gate XOR: class 1 where exactly one input is 1; 4 points"
        case .regPlane: return "regression: the tilted plane (x1 + x2)/10 (TensorFlow Playground)"
        case .regGauss: return "regression: six gaussian bumps of +1 and -1 (TensorFlow Playground)"
        }
    }

    /// True for the two regression sets, whose labels are real numbers.
    package var isRegression: Bool {
        self == .regPlane || self == .regGauss
    }

    /// True for the three logic gates (four corner points, no test set by default).
    package var isGate: Bool {
        self == .gateAnd || self == .gateOr || self == .gateXor
    }

    /// Number of points when the user gives none: TensorFlow Playground's 500 for
    /// classification and 1200 for regression, the 4 corners of the truth table for gates.
    package var defaultCount: Int {
        if isGate { return 4 }
        return isRegression ? 1200 : 500
    }

    /// Fraction held out for testing when the user gives none: half, as TensorFlow
    /// Playground; 0 for the gates, whose four points are the whole truth table.
    package var defaultTestRatio: Double {
        isGate ? 0 : 0.5
    }
}
