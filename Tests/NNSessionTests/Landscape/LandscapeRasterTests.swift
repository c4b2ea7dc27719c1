import NNCore
import Testing
@testable import NNSession

/// The surface on the pixel grid: shades, scale and contour lines.
@Suite struct LandscapeRasterTests {
    /// The ravine's values spread evenly: a linear scale, 0 at the lowest pixel and 1 at
    /// the highest, and pixel centres where the formula says.
    @Test func theRavineIsShadedLinearly() {
        let function = LandscapeFunction(.ravine, condition: 4)
        let raster = LandscapeRaster(function: function, box: function.viewBox, width: 8, height: 8)
        #expect(!raster.logarithmic)
        #expect(raster.point(column: 0, row: 0) == [-1.75, 1.75])
        let f = { (p: [Double]) in 0.5 * (p[0] * p[0] + 4 * p[1] * p[1]) }
        #expect(raster.low == f([0.25, 0.25]) && raster.high == f([1.75, 1.75]))
        let corner = raster.shades[0], centre = raster.shades[3 * 8 + 3]
        #expect(corner == 1 && centre == 0)
        let middle = raster.shades[3 * 8 + 0]  // (−1.75, 0.25)
        #expect(abs(middle - (f([-1.75, 0.25]) - raster.low) / (raster.high - raster.low)) < 1e-15)
    }

    /// Rosenbrock's walls are thousands of times higher than its valley: a log scale,
    /// where the valley's pixels are still told apart.
    @Test func rosenbrockIsShadedLogarithmicallyWithContours() {
        let function = LandscapeFunction(.rosenbrock)
        let raster = LandscapeRaster(function: function, box: function.viewBox, width: 60, height: 60)
        #expect(raster.logarithmic)
        // Contour levels grow geometrically above the low (a linear scale would give 9/8 here).
        #expect((raster.levels[8] - raster.low) / (raster.levels[7] - raster.low) > 1.5)
        #expect(raster.levels.count == LandscapeRaster.levelCount - 1 && raster.levels == raster.levels.sorted())
        let darkest = raster.shades.min()!, brightest = raster.shades.max()!
        #expect(darkest == 0 && brightest == 1)
        let contours = raster.contour.filter { $0 }.count
        #expect(contours > 60 && contours < raster.contour.count / 2)
    }

    @Test func positionsMapPointsToPixelsAndBack() {
        let function = LandscapeFunction(.himmelblau)
        let raster = LandscapeRaster(function: function, box: function.viewBox, width: 20, height: 10)
        let (c, r) = raster.position(x: 0, y: 0)
        #expect(c == 10 && r == 5)
        #expect(raster.point(column: 10, row: 5) == [0.25, -0.5])
    }
}
