/// Everything one frame shows, as plain values: the app builds it from the latest
/// snapshot and its own state, then `Screen.render` draws it.
public struct ScreenModel: Sendable {
    public var status: StatusModel
    public var controls: ControlsModel
    public var network: NetworkViewModel
    public var heatmap: HeatmapModel
    public var loss: LossChartModel
    /// The keys for the hint bar and the help overlay.
    public var keys: [KeyBinding]
    /// Show the help overlay on top.
    public var showHelp: Bool
    /// The lesson pane, when a lesson is open.
    public var lesson: LessonPaneModel?
    /// The inspector, when a view is open.
    public var inspector: InspectorModel?

    public init(status: StatusModel, controls: ControlsModel, network: NetworkViewModel, heatmap: HeatmapModel,
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
