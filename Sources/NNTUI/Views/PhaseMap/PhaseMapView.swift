import NNCore

/// A phase map (`PhaseMapPicture`): learning rate (log, across) × momentum (up), each
/// cell coloured by the iterations the method needed to converge, on a log scale
/// from the fewest (full blue) to `maxIterations` (neutral grey); cells that diverged
/// in orange, marked `x` where a whole character is diverged; the fastest cell `*`.
///
///     momentum on the ravine, condition 50      iterations 12 ▇▆▅▃▁ 1000  x diverged
///     0.98┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀xxxx
///         │ …
///     0.00┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀xxxxxxx
///          0.0002     learning rate (log)     0.08
///
/// Each character shows two map rows (half blocks) where the tier has colour; the map
/// is sampled nearest-cell to the space it is given. A `marker` (a method's own
/// learning rate and momentum) is drawn `●`, and the footnote says how that pair fared.
package enum PhaseMapView {
    /// A (learning rate, momentum) pair to mark on the map, e.g. the selected method's.
    package struct Marker: Equatable, Sendable {
        package var learningRate: Double
        package var momentum: Double

        package init(learningRate: Double, momentum: Double) {
            self.learningRate = learningRate
            self.momentum = momentum
        }
    }

    /// The cells a map drawn in `rect` shows one per pixel (learning rates across, two
    /// momenta per character row), nil when `rect` is too small to draw a map.
    package static func grid(for rect: Rect) -> (columns: Int, rows: Int)? {
        let plot = plotRect(in: rect, labelWidth: 4)  // "0.98": the momenta a map spans are below 10
        guard rect.width >= 12, rect.height >= 4, plot.width >= 2, plot.height >= 1 else { return nil }
        return (plot.width, plot.height * 2)
    }

    static func plotRect(in rect: Rect, labelWidth: Int) -> Rect {
        Rect(x: rect.x + labelWidth + 1, y: rect.y + 1, width: rect.width - labelWidth - 1, height: rect.height - 3)
    }

    package static func draw(_ picture: PhaseMapPicture, in rect: Rect, marker: Marker? = nil, palette: Palette,
                             canvas: inout Canvas) {
        guard rect.width >= 12, rect.height >= 4 else { return }
        canvas.withClip(rect) { canvas in
            drawLegend(picture, in: rect.top(1), canvas: &canvas)
            let labels = [picture.momenta.upperBound, picture.momenta.lowerBound].map { NumberText.fixed($0, digits: 2) }
            let labelWidth = labels.map(\.count).max()!
            let plot = plotRect(in: rect, labelWidth: labelWidth)
            guard plot.width >= 2, plot.height >= 1 else { return }
            drawCells(picture, in: plot, palette: palette, canvas: &canvas)
            if let marker, let at = position(of: marker, picture, in: plot) {
                var marked = canvas[at.x, at.y]
                marked.character = "●"
                marked.foreground = .text
                canvas[at.x, at.y] = marked
            }
            let dim = CellStyle(foreground: .dimText)
            canvas.text(labels[0], column: rect.x, row: plot.y, style: dim)
            canvas.text(labels[1], column: rect.x, row: plot.maxY - 1, style: dim)
            canvas.text("β", column: rect.x, row: plot.y + plot.height / 2, style: dim)
            for row in plot.y..<plot.maxY { canvas.put("│", column: plot.x - 1, row: row, style: dim) }
            canvas.put("┤", column: plot.x - 1, row: plot.y, style: dim)
            canvas.put("┤", column: plot.x - 1, row: plot.maxY - 1, style: dim)
            let axis = Rect(x: plot.x, y: plot.maxY, width: plot.width, height: 1)
            let low = NumberText.short(picture.learningRates.lowerBound, digits: 2)
            let high = NumberText.short(picture.learningRates.upperBound, digits: 2)
            canvas.text(low, in: axis, style: dim)
            canvas.text(high, in: axis, alignment: .right, style: dim)
            // The name in the middle, as long as fits between the ends with a space each side.
            let room = axis.width - 2 * max(low.count, high.count) - 2
            if let name = ["learning rate (log)", "lr (log)", "lr"].first(where: { $0.count <= room }) {
                canvas.text(name, in: axis, alignment: .centre, style: dim)
            }
            drawFootnote(picture, marker: marker, in: Rect(x: rect.x, y: plot.maxY + 1, width: rect.width, height: 1),
                         canvas: &canvas)
        }
    }

    /// The title and the colour legend.
    static func drawLegend(_ picture: PhaseMapPicture, in rect: Rect, canvas: inout Canvas) {
        canvas.text(picture.title, in: rect, style: CellStyle(foreground: .title, attributes: .bold))
        var legend = "iterations"
        if let range = picture.iterationRange { legend += " \(range.lowerBound) fast … \(picture.maxIterations) slow" }
        legend += "  x diverged"
        if legend.count + picture.title.count + 2 <= rect.width {
            canvas.text(legend, in: rect, alignment: .right, style: CellStyle(foreground: .dimText))
        }
    }

    /// The fastest cell, or that none converged; and how the marked pair fares.
    static func drawFootnote(_ picture: PhaseMapPicture, marker: Marker?, in rect: Rect, canvas: inout Canvas) {
        var text: String
        if let fastest = picture.fastest {
            text = "* fastest: \(fastest.iterations) " + (marker == nil ? "iterations" : "it")
        } else {
            text = "no pair converged within \(picture.maxIterations) iterations"
        }
        if let marker {
            let rate = NumberText.short(marker.learningRate, digits: 3), beta = NumberText.short(marker.momentum, digits: 3)
            let pair = "● lr \(rate) β \(beta)"
            let fate: String
            if let cell = nearestCell(to: marker, picture) {
                switch picture[cell.row, cell.column] {
                case .converged(let k): fate = "\(k) it"
                case .diverged: fate = "diverges"
                case .slow: fate = "> \(picture.maxIterations) it"
                }
            } else {
                fate = "off the map"
            }
            let note = "\(pair): \(fate)"
            text = text.count + note.count + 2 <= rect.width ? text + "  " + note : note
        }
        canvas.text(text, in: rect, style: CellStyle(foreground: .dimText))
    }

    /// Where along each axis `marker` lies, 0…1 (learning rate on the log axis), nil
    /// when it is beyond the map by more than half a cell.
    static func fractions(of marker: Marker, _ picture: PhaseMapPicture) -> (x: Double, y: Double)? {
        let rates = picture.learningRates, momenta = picture.momenta
        guard marker.learningRate > 0, rates.lowerBound > 0, rates.upperBound > rates.lowerBound,
              momenta.upperBound > momenta.lowerBound else { return nil }
        let x = Platform.decimalLogarithm(marker.learningRate / rates.lowerBound)
            / Platform.decimalLogarithm(rates.upperBound / rates.lowerBound)
        let y = (marker.momentum - momenta.lowerBound) / (momenta.upperBound - momenta.lowerBound)
        let slackX = 0.5 / Double(picture.columns - 1), slackY = 0.5 / Double(picture.rows - 1)
        guard x >= -slackX, x <= 1 + slackX, y >= -slackY, y <= 1 + slackY else { return nil }
        return (min(max(x, 0), 1), min(max(y, 0), 1))
    }

    /// The grid cell nearest to `marker`, nil when it is off the map.
    static func nearestCell(to marker: Marker, _ picture: PhaseMapPicture) -> (row: Int, column: Int)? {
        guard let f = fractions(of: marker, picture) else { return nil }
        return (Int((f.y * Double(picture.rows - 1)).rounded()), Int((f.x * Double(picture.columns - 1)).rounded()))
    }

    /// The character of `plot` showing the cell nearest to `marker` (the inverse of `drawCells`' sampling).
    static func position(of marker: Marker, _ picture: PhaseMapPicture, in plot: Rect) -> (x: Int, y: Int)? {
        guard let cell = nearestCell(to: marker, picture) else { return nil }
        let x = min(plot.width - 1, (cell.column * plot.width + plot.width / 2) / picture.columns)
        let pixelRows = plot.height * 2
        let pixelFromBottom = min(pixelRows - 1, (cell.row * pixelRows + pixelRows / 2) / picture.rows)
        return (plot.x + x, plot.y + (pixelRows - 1 - pixelFromBottom) / 2)
    }

    /// The cells, two map rows per character where the tier draws half blocks.
    static func drawCells(_ picture: PhaseMapPicture, in plot: Rect, palette: Palette, canvas: inout Canvas) {
        let pixelRows = plot.height * 2
        func cell(column x: Int, pixelRow y: Int) -> PhaseMap.Cell {
            // Pixel row 0 is the top: the largest momentum.
            let c = min(picture.columns - 1, x * picture.columns / plot.width)
            let r = min(picture.rows - 1, (pixelRows - 1 - y) * picture.rows / pixelRows)
            return picture[r, c]
        }
        var fastestAt: (Int, Int)?
        for row in 0..<plot.height {
            for x in 0..<plot.width {
                let top = cell(column: x, pixelRow: 2 * row), bottom = cell(column: x, pixelRow: 2 * row + 1)
                var drawn = palette.heatCell(top: pixel(top, picture), bottom: pixel(bottom, picture), hues: 2)
                if case .diverged = top, case .diverged = bottom {
                    drawn.character = "x"
                    drawn.foreground = palette.tier.hasColour ? .text : .dimText
                }
                canvas[plot.x + x, plot.y + row] = drawn
                if fastestAt == nil, let fastest = picture.fastest {
                    let c = min(picture.columns - 1, x * picture.columns / plot.width)
                    let rTop = min(picture.rows - 1, (pixelRows - 1 - 2 * row) * picture.rows / pixelRows)
                    let rBottom = min(picture.rows - 1, (pixelRows - 2 - 2 * row) * picture.rows / pixelRows)
                    if c == fastest.column && (rTop == fastest.row || rBottom == fastest.row) { fastestAt = (x, row) }
                }
            }
        }
        if let (x, row) = fastestAt {
            canvas.restyle(column: plot.x + x, row: plot.y + row) { $0.foreground = .text }
            var marked = canvas[plot.x + x, plot.y + row]
            marked.character = "*"
            marked.foreground = .text
            canvas[plot.x + x, plot.y + row] = marked
        }
    }

    /// Converged: blue, the stronger the fewer iterations (log scale from the fastest
    /// cell to `maxIterations`); too slow: neutral; diverged: full orange.
    static func pixel(_ cell: PhaseMap.Cell, _ picture: PhaseMapPicture) -> HeatPixel {
        switch cell {
        case .diverged: return HeatPixel(signed: -1)
        case .slow: return .neutral
        case .converged(let k):
            let low = Double(max(1, picture.iterationRange?.lowerBound ?? 1)), high = Double(max(2, picture.maxIterations))
            guard high > low else { return HeatPixel(signed: 1) }
            let position = (Platform.decimalLogarithm(Double(max(k, 1))) - Platform.decimalLogarithm(low))
                / (Platform.decimalLogarithm(high) - Platform.decimalLogarithm(low))
            return HeatPixel(signed: 1 - 0.8 * min(max(position, 0), 1))
        }
    }
}
