/// Where each view goes on a terminal of a given size.
///
/// From 80×24 up: a status bar on the first row and the key hints on the last; between
/// them the controls on the left, the network in the middle, and on the right the
/// decision boundary (as large a square as fits, taking at most half of what the
/// controls leave) above the loss chart.
package struct ScreenLayout: Equatable, Sendable {
    package var size: Size
    package var statusBar: Rect
    package var hintBar: Rect
    package var controls: Rect
    package var network: Rect
    package var heatmap: Rect
    package var lossChart: Rect
    /// The lesson pane, when a lesson is open: in place of the network below 160
    /// columns, beside it from 160 on.
    package var lesson: Rect?
    /// The inspector, when a view is open: beside a narrowed network where the network
    /// is wide (200 columns), otherwise in its place (or the lesson pane's).
    package var inspector: Rect? = nil
}

/// A screen layout, or the size the terminal lacks.
package enum Layout: Equatable, Sendable {
    case regular(ScreenLayout)
    case tooSmall(need: Size, have: Size)

    /// The smallest terminal the playground draws on.
    package static let minimum = Size(width: 80, height: 24)
    /// Rows the loss chart keeps at least.
    static let minimumLossRows = 7

    /// Columns from which the lesson pane and the network both fit.
    static let lessonBesideNetworkWidth = 160

    /// The layout for a terminal of `size`, with room for a lesson pane if `lesson`.
    package static func make(for size: Size, lesson: Bool = false, inspector: Bool = false) -> Layout {
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return .tooSmall(need: minimum, have: size)
        }
        let screen = Rect(size: size)
        let statusBar = screen.top(1), hintBar = screen.bottom(1)
        let main = screen.droppingTop(1).droppingBottom(1)
        let controlsWidth = size.width >= 160 ? 34 : size.width >= 110 ? 28 : 26
        let controls = main.left(controlsWidth)
        let rest = main.droppingLeft(controlsWidth)
        let rowsByHeight = main.height - minimumLossRows - 3
        let rowsByWidth = (rest.width / 2 - HeatmapView.axisColumns - 2) / 2
        let plotRows = max(4, min(rowsByHeight, rowsByWidth))
        let box = HeatmapView.boxSize(plotRows: plotRows)
        let right = rest.right(box.width)
        let heatmap = right.top(box.height)
        let lossChart = right.droppingTop(box.height)
        var network = rest.droppingRight(box.width)
        var lessonPane: Rect?
        if lesson {
            if size.width >= lessonBesideNetworkWidth {
                let paneWidth = max(44, network.width / 2)
                lessonPane = network.left(paneWidth)
                network = network.droppingLeft(paneWidth)
            } else {
                lessonPane = network
                network = network.left(0)
            }
        }
        var inspectorPane: Rect?
        if inspector {
            (network, lessonPane, inspectorPane) = placeInspector(network: network, lesson: lessonPane)
        }
        return .regular(ScreenLayout(size: size, statusBar: statusBar, hintBar: hintBar, controls: controls,
                                     network: network, heatmap: heatmap, lossChart: lossChart, lesson: lessonPane,
                                     inspector: inspectorPane))
    }

    /// Network columns from which the inspector goes beside the network, not in its place.
    static let inspectorBesideNetworkWidth = 84
    /// Columns the network keeps when the inspector is beside it.
    static let networkBesideInspector = 36

    /// Where the inspector goes: the right of a wide network area, else the whole of
    /// it, else (a lesson has taken it) the lesson pane's place while it is open.
    static func placeInspector(network: Rect, lesson: Rect?) -> (network: Rect, lesson: Rect?, inspector: Rect) {
        if network.width >= inspectorBesideNetworkWidth {
            let width = network.width - networkBesideInspector
            return (network.droppingRight(width), lesson, network.right(width))
        }
        if network.width > 0 { return (network.left(0), lesson, network) }
        return (network, nil, lesson ?? network)
    }
}
