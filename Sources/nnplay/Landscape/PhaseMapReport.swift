import NNCore

/// The report of `nnplay landscape --phase-map`: one JSON object (keys sorted) or a
/// text table. `iterations[r][c]` is what momentum `momenta[r]` with learning rate
/// `learning_rates[c]` needed to bring the loss to `tolerance` times the starting
/// loss; null where it diverged (`diverged[r][c]` true) or did not within
/// `max_iterations`. `stability_edge[r]` is the theory's largest stable learning rate
/// for heavy ball on the ravine, 2(1 + momentum)/condition.
struct PhaseMapReport: Encodable {
    let function: String
    let condition: Double
    let method: String
    let start: [Double]
    let tolerance: Double
    let maxIterations: Int
    let learningRates: [Double]
    let momenta: [Double]
    let iterations: [[Int?]]
    let diverged: [[Bool]]
    let stabilityEdge: [Double]
    /// The converged cell with the fewest iterations: learning rate, momentum, iterations.
    let fastest: Fastest?

    struct Fastest: Encodable {
        let learningRate: Double, momentum: Double, iterations: Int
        enum CodingKeys: String, CodingKey { case iterations, momentum, learningRate = "learning_rate" }
    }

    enum CodingKeys: String, CodingKey {
        case function, condition, method, start, tolerance, iterations, diverged, momenta, fastest
        case maxIterations = "max_iterations", learningRates = "learning_rates", stabilityEdge = "stability_edge"
    }

    init(_ map: PhaseMap) {
        let spec = map.spec
        function = spec.function.kind.rawValue
        condition = spec.function.condition
        method = spec.method.rawValue
        start = spec.start
        tolerance = spec.tolerance
        maxIterations = spec.maxIterations
        learningRates = spec.learningRates
        momenta = spec.momenta
        let columns = spec.learningRates.count
        iterations = spec.momenta.indices.map { r in
            (0..<columns).map { c in if case .converged(let k) = map[r, c] { return k } else { return nil } }
        }
        diverged = spec.momenta.indices.map { r in
            (0..<columns).map { c in if case .diverged = map[r, c] { return true } else { return false } }
        }
        stabilityEdge = spec.momenta.map { 2 * (1 + $0) / spec.function.condition }
        fastest = map.fastest.map {
            Fastest(learningRate: spec.learningRates[$0.column], momentum: spec.momenta[$0.row], iterations: $0.iterations)
        }
    }

    func json() -> String { JSONLine.encode(self) }

    /// One line per momentum: iterations per learning rate, `x` where it diverged, `.`
    /// where it was too slow.
    func text() -> String {
        var lines = ["phase map of \(method) on the ravine, condition \(NumberText.short(condition, digits: 4)): "
                     + "iterations to reach \(NumberText.significant(tolerance, digits: 2)) x the starting loss "
                     + "(x diverged, . more than \(maxIterations))",
                     "learning rate from \(NumberText.significant(learningRates.first!, digits: 3)) (left) to "
                     + "\(NumberText.significant(learningRates.last!, digits: 3)) (right), log-spaced"]
        for (r, momentum) in momenta.enumerated() {
            let cells = iterations[r].indices.map { c -> String in
                if diverged[r][c] { return "x" }
                return iterations[r][c].map { String($0) } ?? "."
            }
            let label = "momentum " + NumberText.fixed(momentum, digits: 2)
            lines.append(label + "  " + cells.map { $0.count >= 5 ? $0 : String(repeating: " ", count: 5 - $0.count) + $0 }
                .joined(separator: " "))
        }
        if let fastest {
            lines.append("fastest: \(fastest.iterations) iterations at learning rate "
                         + "\(NumberText.significant(fastest.learningRate, digits: 3)), momentum "
                         + NumberText.fixed(fastest.momentum, digits: 2))
        }
        return lines.joined(separator: "\n")
    }
}
