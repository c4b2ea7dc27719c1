/// Everything one frame shows, as plain values: the app builds it from the latest
/// snapshot and its own state, then `Screen.render` draws it.
package struct ScreenModel: Sendable {
    package var status: StatusModel
    package var controls: ControlsModel
    package var network: NetworkViewModel
    package var heatmap: HeatmapModel
    package var loss: LossChartModel
    /// The keys for the hint bar and the help overlay.
    package var keys: [KeyBinding]
    /// Show the help overlay on top.
    package var showHelp: Bool
    /// The lesson pane, when a lesson is open.
    package var lesson: LessonPaneModel?
    /// The inspector, when a view is open.
    package var inspector: InspectorModel?

    package init(status: StatusModel, controls: ControlsModel, network: NetworkViewModel, heatmap: HeatmapModel,
                loss: LossChartModel, keys: [KeyBinding] = AppKeys.bindings, showHelp: Bool = false,
                lesson: LessonPaneModel? = nil, inspector: InspectorModel? = nil) {
        self.inspector = inspector
        self.status = status
        self.controls = controls
        self.network = network
        self.heatmap = heatmap
        self.loss = loss
        self.keys = keys
        self.showHelp = showHelp
        self.lesson = lesson
    }
}
