import NNCore

/// A braille plot area for the inspector's charts: maps values on two ranges to dots
/// (y up), draws lines and points, then copies itself onto the canvas. Only scales
/// numbers the engine published.
struct InspectorPlot {
    let rect: Rect
    let xRange: ClosedRange<Double>
    let yRange: ClosedRange<Double>
    var grid: BrailleGrid

    init(rect: Rect, x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.rect = rect
        xRange = x
        yRange = y
        grid = BrailleGrid(columns: max(0, rect.width), rows: max(0, rect.height))
    }

    /// The dot of (x, y), nil for a non-finite value.
    func dot(_ x: Double, _ y: Double) -> (Int, Int)? {
        guard x.isFinite, y.isFinite, grid.dotWidth > 0, grid.dotHeight > 0 else { return nil }
        let u = (x - xRange.lowerBound) / max(xRange.upperBound - xRange.lowerBound, .leastNormalMagnitude)
        let v = (y - yRange.lowerBound) / max(yRange.upperBound - yRange.lowerBound, .leastNormalMagnitude)
        let px = Int((min(max(u, 0), 1) * Double(grid.dotWidth - 1)).rounded())
        let py = Int(((1 - min(max(v, 0), 1)) * Double(grid.dotHeight - 1)).rounded())
        return (px, py)
    }

    /// A polyline through `points` (pieces with a non-finite end are left out).
    mutating func polyline(_ points: [(Double, Double)], colour: Colour, dash: Int = 0) {
        grid.restartDashes()
        var previous: (Int, Int)?
        for (x, y) in points {
            let here = dot(x, y)
            if let a = previous, let b = here {
                grid.line(x0: a.0, y0: a.1, x1: b.0, y1: b.1, colour: colour, dash: dash)
            } else if let b = here, points.count == 1 {
                grid.set(x: b.0, y: b.1, colour: colour)
            }
            previous = here
        }
    }

    /// One dot at (x, y).
    mutating func point(_ x: Double, _ y: Double, colour: Colour) {
        if let d = dot(x, y) { grid.set(x: d.0, y: d.1, colour: colour) }
    }

    /// The cell of (x, y) on the canvas, for a marker drawn over the dots.
    func cell(_ x: Double, _ y: Double) -> (column: Int, row: Int)? {
        dot(x, y).map { (rect.x + $0.0 / 2, rect.y + $0.1 / 4) }
    }

    func draw(into canvas: inout Canvas) {
        grid.draw(into: &canvas, column: rect.x, row: rect.y)
    }
}
