/// A phase map in the manner of Distill's "Why Momentum Really Works" (Goh, 2017): for
/// heavy-ball momentum or Nesterov's gradient descent on a landscape (the quadratic
/// ravine ½(x² + κy²) above all), how many iterations each (learning rate, momentum)
/// pair needs to converge, over a grid, with the pairs that diverge marked.
///
/// A cell runs the playground's own `Optimizer` (one implementation of each update
/// rule) from `start` for up to `maxIterations` iterations. It converged at iteration
/// k when the loss is at most `tolerance` times the starting loss from k on (with much
/// momentum the iterates swing about the minimum and their loss dips below the
/// tolerance long before it stays there: the first dip is not convergence); it
/// diverged when the loss rises beyond `divergenceFactor` times the starting loss or
/// stops being finite; otherwise it was too slow. A run stops early once the loss is
/// a further 10⁻⁶ below the tolerance, from where the swings no longer reach it. For the ravine, theory says
/// where the edge lies: heavy ball converges exactly when 0 < lr·λ < 2(1 + β) for both
/// curvatures λ ∈ {1, κ}, i.e. lr < 2(1 + β)/κ.
///
/// Cells are independent and pure, so they can be computed in any order on any number
/// of threads (`cell(row:column:)`) and assembled (`init(spec:cells:)`) with the same bits.
package struct PhaseMap: Sendable, Equatable {
    /// What to map.
    package struct Spec: Sendable, Equatable {
        package var function: LandscapeFunction
        /// `.momentum` (heavy ball) or `.nesterov`.
        package var method: OptimizerKind
        /// The learning rates of the columns, left to right.
        package var learningRates: [Double]
        /// The momenta of the rows, top to bottom.
        package var momenta: [Double]
        package var start: [Double]
        /// Converged once loss ≤ tolerance · starting loss.
        package var tolerance: Double
        /// Diverged once loss > divergenceFactor · starting loss (or not finite).
        package var divergenceFactor: Double
        package var maxIterations: Int

        package init(function: LandscapeFunction, method: OptimizerKind, learningRates: [Double], momenta: [Double],
                     start: [Double], tolerance: Double = 1e-6, divergenceFactor: Double = 1e6,
                     maxIterations: Int = 1000) {
            precondition(method == .momentum || method == .nesterov)
            self.function = function
            self.method = method
            self.learningRates = learningRates
            self.momenta = momenta
            self.start = start
            self.tolerance = tolerance
            self.divergenceFactor = divergenceFactor
            self.maxIterations = maxIterations
        }

        /// The default grid for the ravine of condition κ: `columns` learning rates
        /// spaced evenly in log from 0.01/κ to 4/κ (the edge of stability 2(1 + β)/κ
        /// runs from 2/κ at β = 0 to 4/κ at β → 1), and `rows` momenta 0 … 0.98 evenly;
        /// starting at the ravine's usual start (−1.5, 1).
        package static func ravine(condition: Double, method: OptimizerKind = .momentum, columns: Int = 40,
                                   rows: Int = 20) -> Spec {
            precondition(columns >= 2 && rows >= 2)
            let low = 0.01 / condition, high = 4 / condition
            let ratio = high / low
            let rates = (0..<columns).map { low * PlatformMath.exp(PlatformMath.log(ratio) * Double($0) / Double(columns - 1)) }
            let momenta = (0..<rows).map { 0.98 * Double($0) / Double(rows - 1) }
            let function = LandscapeFunction(.ravine, condition: condition)
            return Spec(function: function, method: method, learningRates: rates, momenta: momenta,
                        start: function.defaultStart)
        }

        package var cellCount: Int { learningRates.count * momenta.count }
    }

    /// How one (learning rate, momentum) pair fared.
    package enum Cell: Sendable, Equatable {
        /// The loss reached the tolerance at this iteration (0: the start already had).
        case converged(Int)
        /// The loss blew up at this iteration.
        case diverged(Int)
        /// Neither within `maxIterations`.
        case slow
    }

    package let spec: Spec
    /// Row-major: row r (momentum r), column c (learning rate c) at r·columns + c.
    package let cells: [Cell]

    /// Assembles cells computed elsewhere (in row-major order).
    package init(spec: Spec, cells: [Cell]) {
        precondition(cells.count == spec.cellCount)
        self.spec = spec
        self.cells = cells
    }

    /// Every cell, one after another.
    package init(spec: Spec) {
        self.init(spec: spec, cells: (0..<spec.cellCount).map { PhaseMap.cell(spec, index: $0) })
    }

    package subscript(row: Int, column: Int) -> Cell { cells[row * spec.learningRates.count + column] }

    /// The fewest iterations of any converged cell and where it is, nil if none converged.
    package var fastest: (row: Int, column: Int, iterations: Int)? {
        var best: (Int, Int, Int)?
        for (i, cell) in cells.enumerated() {
            guard case .converged(let k) = cell, best == nil || k < best!.2 else { continue }
            best = (i / spec.learningRates.count, i % spec.learningRates.count, k)
        }
        return best
    }

    /// Cell `index` (row-major) of `spec`: a pure function of the two.
    package static func cell(_ spec: Spec, index: Int) -> Cell {
        let columns = spec.learningRates.count
        let rate = spec.learningRates[index % columns], momentum = spec.momenta[index / columns]
        let config = OptimizerConfig(kind: spec.method, learningRate: rate, momentum: momentum,
                                     nesterov: spec.method == .nesterov)
        var optimizer = Optimizer(config: config, isWeight: spec.start.map { _ in true })
        var p = spec.start
        let initial = spec.function.value(p)
        let goal = spec.tolerance * initial, limit = spec.divergenceFactor * initial
        if initial <= goal { return .converged(0) }
        var below: Int? // the iteration since which the loss has stayed at or below the goal
        for k in 1...max(1, spec.maxIterations) {
            optimizer.update(parameters: &p, gradient: spec.function.gradient(p), learningRate: rate)
            let loss = spec.function.value(p)
            if !loss.isFinite || loss > limit { return .diverged(k) }
            if loss > goal { below = nil } else if below == nil { below = k }
            if let below, loss <= goal * 1e-6 { return .converged(below) }
        }
        return below.map { .converged($0) } ?? .slow
    }
}
