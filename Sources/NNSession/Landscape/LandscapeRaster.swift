import NNCore

/// The surface sampled on the screen's pixel grid, ready to draw: a shade in [0, 1]
/// per pixel and the pixels that lie on a contour line. Computed on the engine's
/// thread when the size, the surface or its box changes; views only paint it.
///
/// Shades are linear in f when values spread evenly over the box, and logarithmic
/// when most of the box is low and a few walls are very high (Rosenbrock's valley is
/// below 1 where its corners exceed 2,000): with lo, hi the extremes and s a scale
/// set by the median,
///
///     shade = ln(1 + (f − lo)/s) / ln(1 + (hi − lo)/s)
///
/// Contour lines are drawn at `levelCount` evenly spaced shades, so on a log scale
/// they crowd where the surface is steep only as much as the eye needs.
package struct LandscapeRaster: Sendable, Equatable {
    /// Pixels across and down (down: two per cell row, half blocks).
    package let width: Int, height: Int
    package let box: LandscapeFunction.Box
    /// Row-major from the top row (the box's largest y).
    package let shades: [Double]
    /// Pixels where the contour level differs from the pixel right of or below it.
    package let contour: [Bool]
    /// The smallest and largest finite value seen.
    package let low: Double, high: Double
    /// Whether shades are logarithmic in f.
    package let logarithmic: Bool
    /// The values of f the contour lines follow, lowest first.
    package let levels: [Double]

    /// Contour lines per surface.
    package static let levelCount = 10

    /// `function` sampled at the centres of `width` × `height` pixels covering `box`.
    package init(function: LandscapeFunction, box: LandscapeFunction.Box, width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.box = box
        var values = [Double](repeating: .nan, count: self.width * self.height)
        for row in 0..<self.height {
            let y = box.y.upperBound - (Double(row) + 0.5) / Double(height) * (box.y.upperBound - box.y.lowerBound)
            for column in 0..<self.width {
                let x = box.x.lowerBound + (Double(column) + 0.5) / Double(width) * (box.x.upperBound - box.x.lowerBound)
                values[row * self.width + column] = function.value([x, y])
            }
        }
        let finite = values.filter(\.isFinite).sorted()
        let lo = finite.first ?? 0, hi = finite.last ?? 1
        let median = finite.isEmpty ? 0.5 : finite[finite.count / 2]
        let span = max(hi - lo, 1e-300)
        low = lo
        high = hi
        let logarithmic = median - lo < 0.1 * span
        self.logarithmic = logarithmic
        let scale = logarithmic ? max((median - lo) / 10, span * 1e-9) : span
        let denominator = logarithmic ? PlatformMath.log1p(span / scale) : 1
        func shade(_ f: Double) -> Double {
            guard f.isFinite else { return 1 }
            let t = logarithmic ? PlatformMath.log1p((f - lo) / scale) / denominator : (f - lo) / span
            return min(max(t, 0), 1)
        }
        let shades = values.map(shade)
        self.shades = shades
        let n = Double(Self.levelCount)
        func level(_ t: Double) -> Int { min(Int(t * n), Self.levelCount - 1) }
        var contour = [Bool](repeating: false, count: values.count)
        for row in 0..<self.height {
            for column in 0..<self.width {
                let i = row * self.width + column, here = level(shades[i])
                let right = column + 1 < self.width && level(shades[i + 1]) != here
                let below = row + 1 < self.height && level(shades[i + self.width]) != here
                contour[i] = right || below
            }
        }
        self.contour = contour
        levels = (1..<Self.levelCount).map { k in
            let t = Double(k) / n
            return logarithmic ? lo + scale * (PlatformMath.exp(t * denominator) - 1) : lo + t * span
        }
    }

    /// Where the point (x, y) falls in pixels (fractional, and outside 0..<width or
    /// 0..<height when the point is outside the box).
    package func position(x: Double, y: Double) -> (column: Double, row: Double) {
        ((x - box.x.lowerBound) / (box.x.upperBound - box.x.lowerBound) * Double(width),
         (box.y.upperBound - y) / (box.y.upperBound - box.y.lowerBound) * Double(height))
    }

    /// The point at the centre of pixel (column, row).
    package func point(column: Int, row: Int) -> [Double] {
        [box.x.lowerBound + (Double(column) + 0.5) / Double(width) * (box.x.upperBound - box.x.lowerBound),
         box.y.upperBound - (Double(row) + 0.5) / Double(height) * (box.y.upperBound - box.y.lowerBound)]
    }
}
