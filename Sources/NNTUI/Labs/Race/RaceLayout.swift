/// Where each view of the race screen goes on a terminal of a given size.
///
/// A status bar on the first row and the key hints on the last; between them the
/// selected variant's controls on the left (the playground's panel), and on the right
/// the variants' decision boundaries side by side (small multiples, as large a square
/// each as the width allows), under them the table of current figures (one row per
/// variant) and the loss chart with one line per variant in what is left. With a
/// lesson, its pane takes a column at the far right (when the race keeps the
/// playground's minimum width beside it; otherwise the loss chart's place).
package struct RaceLayout: Equatable, Sendable {
    package var size: Size
    package var statusBar: Rect
    package var hintBar: Rect
    package var controls: Rect
    /// One box per variant, in the race's order.
    package var heatmaps: [Rect]
    package var figures: Rect
    package var lossChart: Rect
    /// The lesson pane (nil without a lesson).
    package var lesson: Rect?

    /// The smallest terminal the race draws on (the playground's).
    package static let minimum = Layout.minimum
    /// Rows the loss chart keeps at least.
    static let minimumLossRows = 6

    /// The layout for `variants` variants on a terminal of `size` (with a lesson pane
    /// when `lesson`); nil when it is too small.
    package static func make(for size: Size, variants: Int, lesson: Bool = false) -> RaceLayout? {
        guard size.width >= minimum.width, size.height >= minimum.height else { return nil }
        let n = max(1, variants)
        let screen = Rect(size: size)
        var main = screen.droppingTop(1).droppingBottom(1)
        let paneWidth = size.width >= 160 ? 50 : 38
        var pane: Rect?
        if lesson && size.width - paneWidth >= minimum.width {
            pane = main.right(paneWidth)
            main = main.droppingRight(paneWidth)
        }
        let controlsWidth = main.width >= 160 ? 34 : main.width >= 110 ? 28 : 26
        let controls = main.left(controlsWidth)
        let rest = main.droppingLeft(controlsWidth)
        let figuresHeight = n + 3
        let columnWidth = rest.width / n
        let rowsByWidth = (columnWidth - HeatmapView.axisColumns - 2) / 2
        let rowsByHeight = main.height - figuresHeight - minimumLossRows - 3
        let plotRows = max(2, min(rowsByWidth, rowsByHeight))
        let boxHeight = plotRows + 3
        let heatmaps = (0..<n).map { i in
            Rect(x: rest.x + i * columnWidth, y: rest.y, width: i == n - 1 ? rest.width - i * columnWidth : columnWidth,
                 height: boxHeight)
        }
        let below = rest.droppingTop(boxHeight)
        var layout = RaceLayout(size: size, statusBar: screen.top(1), hintBar: screen.bottom(1), controls: controls,
                                heatmaps: heatmaps, figures: below.top(figuresHeight),
                                lossChart: below.droppingTop(figuresHeight), lesson: pane)
        if lesson && pane == nil { layout.lesson = layout.lossChart }
        return layout
    }
}
