import NNCore
import NNSession

/// The loss surface with everything walking on it:
///
/// - the surface in half-block pixels (grey, light is high) with contour lines, or one
///   shade glyph per cell in 16, 8 and no colours (`Palette+Surface`);
/// - each CMA-ES search ellipse, each population cloud, then each path as a line in
///   its method's hue (glyph trails without pixels), the latest method on top;
/// - the minima `×` (bold and green once reached), the start `○`, each method's
///   current point in its glyph, and the cursor `┼` while the surface has the keys.
///
/// The raster comes from the engine at the size the view asked for; until one of that
/// size arrives the view says it is computing.
package enum SurfaceView {
    /// Draws the view into `rect` (a box); returns the plot area as a click target.
    @discardableResult
    package static func draw(_ model: SurfaceModel, in rect: Rect, focused: Bool, palette: Palette,
                             canvas: inout Canvas) -> [HitRegion] {
        guard rect.width >= 8, rect.height >= 4 else { return [] }
        canvas.box(rect, title: model.title, boxStyle: focused ? .heavy : .rounded,
                   style: CellStyle(foreground: focused ? .accent : .border))
        let plot = rect.interior
        guard let raster = model.raster, raster.width == plot.width, raster.height == plot.height * 2 else {
            canvas.text("computing the surface…", in: plot.centred(Size(width: plot.width, height: 1)),
                        alignment: .centre, style: CellStyle(foreground: .dimText))
            return [HitRegion(rect: plot, target: .heatmap)]
        }
        var layer = PixelLayer(raster: raster, tier: palette.tier)
        for (slot, track) in model.tracks.enumerated() {
            let colour = MethodMarks.colour(slot)
            if let ellipse = track.ellipse { layer.polyline(ellipse, colour: colour, glyph: "∙") }
            for point in track.cloud { layer.dot(point, colour: colour, glyph: "·") }
        }
        for (slot, track) in model.tracks.enumerated() {
            layer.polyline(track.path, colour: MethodMarks.colour(slot), glyph: MethodMarks.trail(slot, tier: palette.tier))
        }
        layer.draw(into: &canvas, at: plot, palette: palette)

        for (index, minimum) in model.minima.enumerated() {
            let reached = model.found.contains(index)
            layer.mark(minimum, glyph: "×", style: CellStyle(foreground: reached ? .semantic(.good) : .title,
                                                                  attributes: .bold), at: plot, canvas: &canvas)
        }
        layer.mark(model.start, glyph: "○", style: CellStyle(foreground: .title, attributes: .bold), at: plot, canvas: &canvas)
        for (slot, track) in model.tracks.enumerated() {
            let style = CellStyle(foreground: MethodMarks.colour(slot), attributes: .bold)
            layer.mark(track.point, glyph: MethodMarks.head(slot), style: style, at: plot, canvas: &canvas)
        }
        if let cursor = model.cursor {
            layer.mark(cursor, glyph: "┼", style: CellStyle(foreground: .accent, attributes: [.bold, .reverse]),
                       at: plot, canvas: &canvas)
        }
        return [HitRegion(rect: plot, target: .heatmap)]
    }

    /// The point (x, y) at the centre of the cell (column, row) of the plot `plot`, for
    /// a click there; nil outside it.
    package static func point(column: Int, row: Int, plot: Rect, raster: LandscapeRaster) -> [Double]? {
        guard plot.contains(column: column, row: row) else { return nil }
        let top = raster.point(column: column - plot.x, row: 2 * (row - plot.y))
        let bottom = raster.point(column: column - plot.x, row: 2 * (row - plot.y) + 1)
        return [top[0], (top[1] + bottom[1]) / 2]
    }
}

/// The surface's pixels with lines and dots drawn over them, then written into cells:
/// half blocks where the tier has colours enough, glyphs otherwise.
struct PixelLayer {
    let raster: LandscapeRaster
    let tier: ColourTier
    /// Colour drawn over each pixel (nil: the surface shows).
    private var overlay: [Colour?]
    /// Glyph drawn over each cell in glyph tiers, with its colour.
    private var glyphs: [Int: (Character, Colour)] = [:]

    init(raster: LandscapeRaster, tier: ColourTier) {
        self.raster = raster
        self.tier = tier
        overlay = [Colour?](repeating: nil, count: raster.width * raster.height)
    }

    /// The pixel of (x, y) as integers, or nil when it is far outside (or not finite),
    /// so a diverged path never overflows.
    func pixel(_ p: [Double]) -> (x: Int, y: Int)? {
        guard p.count >= 2 else { return nil }
        let (c, r) = raster.position(x: p[0], y: p[1])
        let limit = Double(4 * (raster.width + raster.height))
        guard c.isFinite, r.isFinite, abs(c) < limit, abs(r) < limit else { return nil }
        return (Int(c.rounded(.down)), Int(r.rounded(.down)))
    }

    /// Sets pixel (x, y) (ignored outside the raster).
    mutating func set(_ x: Int, _ y: Int, colour: Colour, glyph: Character) {
        guard x >= 0, y >= 0, x < raster.width, y < raster.height else { return }
        overlay[y * raster.width + x] = colour
        glyphs[(y / 2) * raster.width + x] = (glyph, colour)
    }

    mutating func dot(_ p: [Double], colour: Colour, glyph: Character) {
        if let q = pixel(p) { set(q.x, q.y, colour: colour, glyph: glyph) }
    }

    /// Straight pixel lines (Bresenham) between consecutive points; a point far
    /// outside or not finite breaks the line.
    mutating func polyline(_ points: [[Double]], colour: Colour, glyph: Character) {
        var previous: (x: Int, y: Int)?
        for p in points {
            guard let q = pixel(p) else { previous = nil; continue }
            if let a = previous {
                let dx = abs(q.x - a.x), dy = -abs(q.y - a.y)
                let sx = a.x < q.x ? 1 : -1, sy = a.y < q.y ? 1 : -1
                var err = dx + dy, x = a.x, y = a.y
                while true {
                    set(x, y, colour: colour, glyph: glyph)
                    if x == q.x && y == q.y { break }
                    let e2 = 2 * err
                    if e2 >= dy { err += dy; x += sx }
                    if e2 <= dx { err += dx; y += sy }
                }
            } else {
                set(q.x, q.y, colour: colour, glyph: glyph)
            }
            previous = q
        }
    }

    /// Writes the surface and the overlay into `plot`.
    func draw(into canvas: inout Canvas, at plot: Rect, palette: Palette) {
        let w = raster.width
        for row in 0..<plot.height {
            for column in 0..<min(plot.width, w) {
                let top = row * 2 * w + column, bottom = top + w
                if tier.shadesWithGlyphs {
                    if let (glyph, colour) = glyphs[row * w + column] {
                        canvas.put(glyph, column: plot.x + column, row: plot.y + row,
                                   style: CellStyle(foreground: colour, attributes: tier.hasColour ? [] : .bold))
                    } else {
                        let shade = (raster.shades[top] + raster.shades[bottom]) / 2
                        let glyph = Palette.surfaceGlyph(shade: shade, contour: raster.contour[top] || raster.contour[bottom])
                        canvas.put(glyph, column: plot.x + column, row: plot.y + row, style: CellStyle(foreground: .dimText))
                    }
                } else {
                    let upper = overlay[top] ?? palette.surfaceColour(shade: raster.shades[top], contour: raster.contour[top])
                    let lower = overlay[bottom] ?? palette.surfaceColour(shade: raster.shades[bottom],
                                                                         contour: raster.contour[bottom])
                    canvas.pixelPair(column: plot.x + column, row: plot.y + row, top: upper, bottom: lower)
                }
            }
        }
    }

    /// A glyph at the cell of point `p` (over the pixels there: the cell keeps the
    /// lower pixel's colour as its background).
    func mark(_ p: [Double], glyph: Character, style: CellStyle, at plot: Rect, canvas: inout Canvas) {
        guard let q = pixel(p), q.x >= 0, q.y >= 0, q.x < raster.width, q.y < raster.height else { return }
        let column = plot.x + q.x, row = plot.y + q.y / 2
        var look = style
        if !tier.shadesWithGlyphs { look.background = canvas.pixelPair(column: column, row: row).bottom }
        canvas.put(glyph, column: column, row: row, style: look)
    }
}
