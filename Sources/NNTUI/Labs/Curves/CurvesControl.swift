import NNCore
import NNSession

/// The curve lab's controls panel, top to bottom: each row's label, its value as
/// shown, and the command ← or → sends (one rung of the control's ladder).
package enum CurvesControl: Int, CaseIterable, Sendable {
    case target, noise, points, seed, degree, l2, optimizer, learningRate, hidden, activation

    package var label: String {
        switch self {
        case .target: return "target"
        case .noise: return "noise"
        case .points: return "points"
        case .seed: return "seed"
        case .degree: return "degree"
        case .l2: return "ridge λ"
        case .optimizer: return "optimizer"
        case .learningRate: return "learning rate"
        case .hidden: return "shape"
        case .activation: return "activation"
        }
    }

    /// The section heading drawn above this row, if it starts one.
    package var section: String? {
        switch self {
        case .target: return "data"
        case .degree: return "polynomial"
        case .optimizer: return "descent + network"
        case .hidden: return "network"
        default: return nil
        }
    }

    package static let noiseLadder: [Double] = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5]
    package static let pointLadder: [Int] = [10, 15, 20, 30, 50, 100, 200, 500, 1_000]
    package static let l2Ladder: [Double] = [0] + ErrorCurve.ridgeLadder
    package static let rateLadder: [Double] = [1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.2, 0.3, 1]
    package static let shapeLadder: [[Int]] = [[1], [2], [4], [8], [16], [32], [64], [4, 4], [8, 8], [16, 16], [8, 8, 8]]
    package static let activations: [Activation] = [.tanh, .relu, .sigmoid, .elu, .swish, .leakyRelu, .linear]

    /// The value as the panel shows it.
    package func value(_ s: CurveLabSettings) -> String {
        switch self {
        case .target: return s.target.rawValue
        case .noise: return NumberText.short(s.noise)
        case .points: return String(s.points)
        case .seed: return String(s.seed)
        case .degree: return String(s.degree)
        case .l2: return s.l2 == 0 ? "0" : NumberText.scientific(s.l2, digits: 1)
        case .optimizer: return s.optimizer.kind.rawValue
        case .learningRate: return NumberText.short(s.optimizer.learningRate)
        case .hidden: return "1-" + s.hidden.map(String.init).joined(separator: "-") + "-1"
        case .activation: return s.activation.rawValue
        }
    }

    /// The command that moves the value one rung up (`direction` > 0) or down; nil at
    /// either end.
    package func change(_ s: CurveLabSettings, direction: Int) -> CurveLabCommand? {
        let up = direction > 0
        switch self {
        case .target:
            return Self.neighbour(CurveTarget.Kind.allCases, of: s.target, up: up).map(CurveLabCommand.setTarget)
        case .noise: return Self.rung(Self.noiseLadder, from: s.noise, up: up).map(CurveLabCommand.setNoise)
        case .points:
            return Self.rung(Self.pointLadder.map(Double.init), from: Double(s.points), up: up)
                .map { CurveLabCommand.setPoints(Int($0)) }
        case .seed:
            return up ? .setSeed(s.seed &+ 1) : (s.seed > 0 ? .setSeed(s.seed - 1) : nil)
        case .degree:
            let next = s.degree + (up ? 1 : -1)
            return (0...CurveLabSettings.maxDegree).contains(next) ? .setDegree(next) : nil
        case .l2: return Self.rung(Self.l2Ladder, from: s.l2, up: up).map(CurveLabCommand.setL2)
        case .optimizer:
            return Self.neighbour(OptimizerKind.allCases, of: s.optimizer.kind, up: up).map(CurveLabCommand.setOptimizer)
        case .learningRate:
            return Self.rung(Self.rateLadder, from: s.optimizer.learningRate, up: up).map(CurveLabCommand.setLearningRate)
        case .hidden: return Self.neighbour(Self.shapeLadder, of: s.hidden, up: up).map(CurveLabCommand.setHidden)
        case .activation:
            return Self.neighbour(Self.activations, of: s.activation, up: up).map(CurveLabCommand.setActivation)
        }
    }

    /// The next rung above (or below) `value` on a sorted ladder; a value between rungs
    /// moves to the nearest rung in that direction.
    static func rung(_ ladder: [Double], from value: Double, up: Bool) -> Double? {
        up ? ladder.first { $0 > value } : ladder.last { $0 < value }
    }

    /// The next (or previous) item of a list, nil at the end; an item not on the list
    /// moves to the first (or last).
    static func neighbour<T: Equatable>(_ list: [T], of value: T, up: Bool) -> T? {
        guard let index = list.firstIndex(of: value) else { return up ? list.first : list.last }
        let next = index + (up ? 1 : -1)
        return list.indices.contains(next) ? list[next] : nil
    }
}
