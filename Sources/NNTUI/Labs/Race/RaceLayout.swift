/// Where each view of the race screen goes on a terminal of a given size.
///
/// A status bar on the first row and the key hints on the last; between them the
/// selected variant's controls on the left (the playground's panel), and on the right
/// the variants' decision boundaries side by side (small multiples, as large a square
/// each as the width allows), under them the table of current figures (one row per
/// variant) and the loss chart with one line per variant in what is left.
package struct RaceLayout: Equatable, Sendable {
    package var size: Size
    package var statusBar: Rect
    package var hintBar: Rect
    package var controls: Rect
    /// One box per variant, in the race's order.
    package var heatmaps: [Rect]
    package var figures: Rect
    package var lossChart: Rect

    /// The smallest terminal the race draws on (the playground's).
    package static let minimum = Layout.minimum
    /// Rows the loss chart keeps at least.
    static let minimumLossRows = 6

    /// The layout for `variants` variants on a terminal of `size`; nil when it is too small.
    package static func make(for size: Size, variants: Int) -> RaceLayout? {
        guard size.width >= minimum.width, size.height >= minimum.height else { return nil }
        let n = max(1, variants)
        let screen = Rect(size: size)
        let main = screen.droppingTop(1).droppingBottom(1)
        let controlsWidth = size.width >= 160 ? 34 : size.width >= 110 ? 28 : 26
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
        return RaceLayout(size: size, statusBar: screen.top(1), hintBar: screen.bottom(1), controls: controls,
                          heatmaps: heatmaps, figures: below.top(figuresHeight),
                          lossChart: below.droppingTop(figuresHeight))
    }
}
