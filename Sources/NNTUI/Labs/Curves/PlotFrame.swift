/// Maps data coordinates to the braille dots of a plot: x across `xRange`, y up
/// `yRange` (dot row 0 at the top), and draws polylines through it.
struct PlotFrame {
    var grid: BrailleGrid
    let xRange: ClosedRange<Double>
    let yRange: ClosedRange<Double>

    init(columns: Int, rows: Int, x: ClosedRange<Double>, y: ClosedRange<Double>) {
        grid = BrailleGrid(columns: columns, rows: rows)
        xRange = x
        yRange = y
    }

    func dotX(_ x: Double) -> Int {
        let span = xRange.upperBound - xRange.lowerBound
        guard span > 0 else { return 0 }
        return Int(((x - xRange.lowerBound) / span * Double(grid.dotWidth - 1)).rounded())
    }

    /// The dot row of y, clamped to a band around the plot so a wild value still draws
    /// a steep line off the edge without a huge Bresenham walk.
    func dotY(_ y: Double) -> Int {
        let span = yRange.upperBound - yRange.lowerBound, h = grid.dotHeight
        guard span > 0 else { return h / 2 }
        let row = (yRange.upperBound - y) / span * Double(h - 1)
        return Int(min(Double(2 * h), max(Double(-h), row)).rounded())
    }

    /// A polyline through (xs[i], ys[i]), broken where a value is not finite.
    mutating func polyline(xs: [Double], ys: [Double], colour: Colour, dash: Int = 0) {
        grid.restartDashes()
        var previous: (Int, Int)?
        for (x, y) in zip(xs, ys) {
            guard y.isFinite else {
                previous = nil
                continue
            }
            let point = (dotX(x), dotY(y))
            if let p = previous {
                grid.line(x0: p.0, y0: p.1, x1: point.0, y1: point.1, colour: colour, dash: dash)
            } else {
                grid.set(x: point.0, y: point.1, colour: colour)
            }
            previous = point
        }
    }

    /// The range of the finite values, widened by `pad` of its span on each side (and
    /// to a unit span around a single value).
    static func range(of values: [Double], pad: Double) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        guard high > low else { return (low - 1)...(high + 1) }
        let margin = (high - low) * pad
        return (low - margin)...(high + margin)
    }
}
