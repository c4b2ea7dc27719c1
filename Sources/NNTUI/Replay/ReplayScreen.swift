import NNCore
import NNSession

/// Draws a replayed playground with the live playground's own screen
/// (`PlaygroundScreen`), for headless frames, asciicast files and the interactive
/// replay: the same views, the same layout, the same colour tiers.
///
/// A replay knows what the engine knew, and of the interface only what the recording
/// noted (the inspector view and its set), so the interface shown is the one a session
/// starts with (focus on the learning rate, test points hidden, no help) that adopts
/// each state as the live app adopts snapshots and opens the views the student opened.
/// Figures that depend on the machine are zero (epochs and frames per second), the
/// recorded pace is left out (a replay goes at its own speed), and a
/// refusal's note stays until the next event, so the same session always gives the
/// same frames. With no engine, the pictures of the network are painted here, on the
/// replaying thread, by the function the engine's thread uses (`PicturePainter`).
package struct ReplayScreen {
    /// The screen size frames are drawn at (the session's terminal, then its resizes).
    package private(set) var size: Size
    package let palette: Palette
    private var app: AppState
    private var fields = NetworkFields()
    private var painter = PicturePainter()
    private var inspector = InspectorPainter()

    /// The size frames are drawn at when the session was recorded without a terminal.
    package static let defaultSize = Size(width: 120, height: 40)

    /// A screen for `header`'s session, drawn for a terminal of colour tier `tier`.
    package init(header: SessionHeader, tier: ColourTier) {
        size = header.terminal.map { Size(width: $0.width, height: $0.height) } ?? ReplayScreen.defaultSize
        palette = Palette(tier: tier)
        app = AppState(config: header.config,
                       csv: header.csv.map { CSVChoice(path: header.config.dataset.csvPath, problem: $0.problem) })
    }

    /// Takes on a resize event's size and an inspector event's view and set (other
    /// events do not change the screen).
    package mutating func take(_ event: SessionEvent) {
        switch event {
        case .resize(_, let width, let height):
            size = Size(width: max(1, width), height: max(1, height))
        case .inspector(_, let view, let set):
            app.inspector.view = view
            app.inspector.set = set
        default:
            break
        }
    }

    /// The frame showing `state` at `size` (default: the recording's size) in `palette`
    /// (default: the screen's), with `note`, if given, on the bottom row.
    package mutating func frame(_ state: PlaygroundState, size: Size? = nil, palette: Palette? = nil,
                                note: String? = nil) -> Frame {
        let size = size ?? self.size
        let layout = app.layout(for: size)
        var snapshot = state.snapshot()
        let spec = NetworkFields.pictureSpec(for: snapshot, layout: layout)
        if app.inspector.view != .gradientFlow {  // as the engine does: the history covers the run
            inspector.recordGradientFlow(of: snapshot.network, features: snapshot.config.features,
                                         loss: snapshot.config.loss, problem: snapshot.problem, split: snapshot.split,
                                         step: snapshot.step, epoch: snapshot.epoch)
        }
        snapshot = snapshot.painted(spec, by: &painter)
            .inspected(app.inspector.spec, by: &inspector)
        app.message = nil
        app.adopt(EngineReport(snapshot))
        if let note { app.message = note }
        fields.update(snapshot, layout: layout, spec: spec)
        return PlaygroundScreen.render(state: app, snapshot: snapshot, fields: fields, framesPerSecond: 0,
                                       size: size, palette: palette ?? self.palette, showPace: false)
    }
}
