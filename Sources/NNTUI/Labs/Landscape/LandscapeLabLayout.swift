/// Where the landscape lab's panes go at a terminal size: the status bar on top, the
/// key hints at the bottom, the surface on the left as square as its pixels allow
/// (a cell is two half-block pixels tall, so a square box is twice as wide as tall),
/// and on the right the controls above the race chart (or the phase map). With a
/// lesson, its pane takes a column at the far right (or the chart's place when the
/// terminal is too narrow for both).
package struct LandscapeLabLayout: Equatable, Sendable {
    package var status: Rect
    package var surface: Rect
    package var controls: Rect
    package var chart: Rect
    package var hints: Rect
    /// The lesson pane (nil without a lesson).
    package var lesson: Rect?

    /// The smallest terminal the lab draws in.
    package static let minimum = Size(width: 80, height: 24)

    /// The layout at `size` (with a lesson pane when `lesson`), or nil below `minimum`.
    package init?(size: Size, lesson: Bool = false) {
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else { return nil }
        status = Rect(x: 0, y: 0, width: size.width, height: 1)
        hints = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let bodyHeight = size.height - 2
        let paneWidth = size.width >= 160 ? 50 : 38
        var size = size
        if lesson && size.width - paneWidth >= Self.minimum.width {
            size.width -= paneWidth
            self.lesson = Rect(x: size.width, y: 1, width: paneWidth, height: bodyHeight)
        }
        let side = size.width >= 160 ? 46 : size.width >= 110 ? 40 : 34
        let square = 2 * (bodyHeight - 2) + 2
        let surfaceWidth = min(size.width - side, square)
        surface = Rect(x: 0, y: 1, width: surfaceWidth, height: bodyHeight)
        let right = Rect(x: surfaceWidth, y: 1, width: size.width - surfaceWidth, height: bodyHeight)
        let chartHeight = max(8, bodyHeight * 2 / 5)
        controls = right.droppingBottom(chartHeight)
        chart = right.bottom(chartHeight)
        if lesson && self.lesson == nil { self.lesson = chart }
    }
}
