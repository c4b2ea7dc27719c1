/// What a phase map view draws: the map's cells and the figures its axes and legend
/// need, as a plain value (the engine computes the map and publishes this; the view
/// only draws it).
package struct PhaseMapPicture: Sendable, Equatable {
    /// Learning rates (columns, left to right) and momenta (rows, first = smallest).
    package let columns: Int, rows: Int
    /// Row-major, row 0 the smallest momentum (drawn at the bottom).
    package let cells: [PhaseMap.Cell]
    /// The first and last learning rate (a log axis) and momentum (a linear axis).
    package let learningRates: ClosedRange<Double>
    package let momenta: ClosedRange<Double>
    package let maxIterations: Int
    /// `momentum on the ravine, condition 50`.
    package let title: String
    /// The converged cell with the fewest iterations.
    package let fastest: (row: Int, column: Int, iterations: Int)?
    /// The fewest and most iterations of a converged cell (the colour scale's ends).
    package let iterationRange: ClosedRange<Int>?

    package init(_ map: PhaseMap) {
        let spec = map.spec
        columns = spec.learningRates.count
        rows = spec.momenta.count
        cells = map.cells
        learningRates = spec.learningRates.first!...spec.learningRates.last!
        momenta = spec.momenta.first!...spec.momenta.last!
        maxIterations = spec.maxIterations
        let function = spec.function.kind == .ravine
            ? "the ravine, condition \(NumberText.short(spec.function.condition, digits: 4))"
            : spec.function.kind.rawValue
        title = "\(spec.method == .nesterov ? "nesterov" : "momentum") on \(function)"
        fastest = map.fastest
        let counts = map.cells.compactMap { cell -> Int? in if case .converged(let k) = cell { return k } else { return nil } }
        iterationRange = counts.min().map { $0...counts.max()! }
    }

    package subscript(row: Int, column: Int) -> PhaseMap.Cell { cells[row * columns + column] }

    package static func == (a: PhaseMapPicture, b: PhaseMapPicture) -> Bool {
        a.cells == b.cells && a.columns == b.columns && a.learningRates == b.learningRates && a.momenta == b.momenta
            && a.maxIterations == b.maxIterations && a.title == b.title
    }
}
