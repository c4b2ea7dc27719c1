import Foundation
import NNCore

/// The report of `nnplay landscape`: one JSON object (keys in sorted order, every key
/// always present, numbers that are not finite as null) or a short text summary.
struct LandscapeReport: Encodable {
    let function: String
    let condition: Double?
    let method: String
    let settings: [String: Double]
    let start: [Double]
    let target: Double?
    let steps: Int
    /// [x, y, loss] of the start and after every step.
    let path: [[Double?]]
    /// `iterate`, `best` (GA) or `mean` (CMA-ES): which point of a population `path` shows.
    let pathPoint: String
    let evaluations: Int
    let gradientEvaluations: Int
    let hessianEvaluations: Int
    /// `steps`, `target`, `diverged`, `singular` or `converged`.
    let ending: String
    let reachedTarget: Bool
    /// [x, y, loss] where the walk ended: the point that reached the target, or the path's last.
    let final: [Double?]
    let nearestMinimum: [Double]
    let distance: Double?

    enum CodingKeys: String, CodingKey {
        case function, condition, method, settings, start, target, steps, path, evaluations, ending, final, distance
        case pathPoint = "path_point", gradientEvaluations = "gradient_evaluations"
        case hessianEvaluations = "hessian_evaluations", reachedTarget = "reached_target"
        case nearestMinimum = "nearest_minimum"
    }

    init(function f: LandscapeFunction, method m: LandscapeMethod, start: [Double], target: Double?, run: LandscapeRun) {
        function = f.kind.rawValue
        condition = f.kind == .ravine ? f.condition : nil
        method = m.kind.rawValue
        settings = Self.settings(of: m)
        self.start = start
        self.target = target
        steps = run.steps
        path = run.path.map { $0.map(Self.finite) }
        pathPoint = run.pathPoint.rawValue
        evaluations = run.evaluations
        gradientEvaluations = run.gradientEvaluations
        hessianEvaluations = run.hessianEvaluations
        ending = run.ending.rawValue
        reachedTarget = run.ending == .target
        final = run.final.map(Self.finite)
        let nearest = f.nearestMinimum(to: run.final)
        nearestMinimum = nearest.minimum
        distance = Self.finite(nearest.distance)
    }

    /// The knobs the method used, by their flag names.
    static func settings(of m: LandscapeMethod) -> [String: Double] {
        let o = m.optimizer
        switch m.kind {
        case .gd, .momentum, .nesterov:
            return ["lr": o.learningRate, "momentum": o.momentum, "nesterov": o.nesterov ? 1 : 0]
        case .adagrad: return ["lr": o.learningRate, "eps": o.effectiveEps]
        case .rmsprop: return ["lr": o.learningRate, "alpha": o.alpha, "eps": o.effectiveEps]
        case .adam: return ["lr": o.learningRate, "beta1": o.beta1, "beta2": o.beta2, "eps": o.effectiveEps]
        case .newton: return ["lr": o.learningRate, "damping": m.damping]
        case .ga:
            return ["population": Double(m.effectivePopulation), "sigma": m.effectiveSigma,
                    "mutation-rate": m.mutationRate, "seed": Double(m.seed)]
        case .cmaes:
            return ["population": Double(m.effectivePopulation), "sigma": m.effectiveSigma, "seed": Double(m.seed)]
        }
    }

    static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

    /// Every key, an absent value as null (the synthesised encoding would drop it).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(function, forKey: .function)
        try c.encode(condition, forKey: .condition)
        try c.encode(method, forKey: .method)
        try c.encode(settings, forKey: .settings)
        try c.encode(start, forKey: .start)
        try c.encode(target, forKey: .target)
        try c.encode(steps, forKey: .steps)
        try c.encode(path, forKey: .path)
        try c.encode(pathPoint, forKey: .pathPoint)
        try c.encode(evaluations, forKey: .evaluations)
        try c.encode(gradientEvaluations, forKey: .gradientEvaluations)
        try c.encode(hessianEvaluations, forKey: .hessianEvaluations)
        try c.encode(ending, forKey: .ending)
        try c.encode(reachedTarget, forKey: .reachedTarget)
        try c.encode(final, forKey: .final)
        try c.encode(nearestMinimum, forKey: .nearestMinimum)
        try c.encode(distance, forKey: .distance)
    }

    func json() -> String { JSONLine.encode(self) }

    func text() -> String {
        func show(_ x: Double?) -> String { x.map { String(format: "%.6g", $0) } ?? "n/a" }
        let knobs = settings.keys.sorted().map { "\($0) \(show(settings[$0]))" }.joined(separator: ", ")
        var lines = [
            "\(method) on \(function)\(condition.map { " (condition \(show($0)))" } ?? "") from (\(show(start[0])), \(show(start[1]))): \(knobs)",
            "steps: \(steps), evaluations: \(evaluations) (gradients \(gradientEvaluations), Hessians \(hessianEvaluations))",
            "final: (\(show(final[0])), \(show(final[1]))), loss \(show(final[2]))",
            "nearest minimum: (\(show(nearestMinimum[0])), \(show(nearestMinimum[1]))), distance \(show(distance))",
        ]
        switch ending {
        case "target": lines.append("reached the target loss \(show(target)) after \(evaluations) evaluations")
        case "diverged": lines.append("diverged at step \(steps)")
        case "singular": lines.append("stopped: H + damping*I is singular at the last point (try --damping)")
        case "converged": lines.append("converged: the search spread fell below 1e-12 (at a minimum, perhaps a local one)")
        default: if let target { lines.append("did not reach the target loss \(show(target))") }
        }
        return lines.joined(separator: "\n")
    }
}
