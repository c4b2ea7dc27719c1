import NNCore
import NNSession

/// One frame of the landscape lab from the interface's state and the engine's latest
/// snapshot. Pure: the run loop, the replay and the golden tests call it the same way.
package enum LandscapeLabScreen {
    /// A drawn frame and what input needs of it.
    package struct Frame: Sendable {
        package var canvas: Canvas
        package var context: LandscapeLabContext
        /// The raster size the surface wants (pixels), for the engine.
        package var rasterSize: Size?
        /// The phase map the chart pane wants, for the engine (nil: none).
        package var phaseMapRequest: LandscapePhaseMapRequest?
    }

    /// The raster size the surface pane at `size` draws, in pixels (nil when too small).
    package static func rasterSize(for size: Size, lesson: Bool = false) -> Size? {
        guard let layout = LandscapeLabLayout(size: size, lesson: lesson) else { return nil }
        let plot = layout.surface.interior
        return Size(width: plot.width, height: plot.height * 2)
    }

    package static func render(ui: LandscapeLabUI, snapshot: LandscapeLabSnapshot, size: Size,
                               palette: Palette) -> Frame {
        var canvas = Canvas(size: size)
        guard let layout = LandscapeLabLayout(size: size, lesson: ui.lesson != nil) else {
            TooSmallView.draw(need: LandscapeLabLayout.minimum, have: size, canvas: &canvas)
            return Frame(canvas: canvas, context: LandscapeLabContext(), rasterSize: nil)
        }
        var hits: [HitRegion] = []
        drawStatus(snapshot, ui: ui, in: layout.status, canvas: &canvas)

        let function = snapshot.function
        let surface = SurfaceModel(raster: snapshot.raster, minima: function.minima, found: snapshot.foundMinima,
                                   start: snapshot.start, tracks: snapshot.tracks,
                                   cursor: ui.focus == .surface ? ui.cursor : nil, title: surfaceTitle(snapshot, ui: ui))
        hits += SurfaceView.draw(surface, in: layout.surface, focused: ui.focus == .surface, palette: palette,
                                 canvas: &canvas)

        let rows = ui.rows
        let controls = ControlsModel(title: "landscape", items: rows.map { $0.item(ui.setup) },
                                     focused: ui.focus == .controls ? ui.focusedRow : nil)
        hits += ControlsPanel.draw(controls, in: layout.controls, canvas: &canvas)

        var phaseMapRequest: LandscapePhaseMapRequest?
        if ui.showPhaseMap {
            phaseMapRequest = LandscapePhaseMapPane.draw(ui: ui, snapshot: snapshot, in: layout.chart, palette: palette,
                                                         canvas: &canvas)
        } else {
            let floor = function.minima.map(function.value).min() ?? 0
            RaceChartView.draw(RaceChartModel(tracks: snapshot.tracks, iteration: snapshot.iteration, floor: floor),
                               in: layout.chart, palette: palette, canvas: &canvas)
        }
        if let pane = layout.lesson, let lesson = ui.lesson {
            LessonPaneView.draw(lesson.paneModel, in: pane, canvas: &canvas)
        }
        let keys = LandscapeLabKeys.bindings(lesson: ui.lesson)
        if let message = ui.message {
            NoteBar.drawNote(message, in: layout.hints, canvas: &canvas)
        } else {
            HintBar.draw(hints: keys, divergedAtStep: nil, in: layout.hints, canvas: &canvas)
        }
        if ui.showHelp {
            HelpOverlay.draw(keys, title: "landscape lab keys", in: canvas.bounds, canvas: &canvas)
            hits = []
        }
        let plot = layout.surface.interior
        return Frame(canvas: canvas, context: LandscapeLabContext(hits: hits, plot: plot),
                     rasterSize: Size(width: plot.width, height: plot.height * 2), phaseMapRequest: phaseMapRequest)
    }

    /// `rosenbrock · (1-x)^2 + …` or, with the cursor out, where it is.
    static func surfaceTitle(_ snapshot: LandscapeLabSnapshot, ui: LandscapeLabUI) -> String {
        if ui.focus == .surface {
            let x = NumberText.significant(ui.cursor[0]), y = NumberText.significant(ui.cursor[1])
            return "cursor \(x), \(y) · Enter: start here · Esc: back"
        }
        var title = snapshot.setup.function.rawValue
        if snapshot.setup.function == .ravine { title += " κ=" + NumberText.significant(snapshot.setup.condition) }
        let minima = snapshot.function.minima.count
        if minima > 1 { title += " · minima found \(snapshot.foundMinima.count)/\(minima)" }
        return title
    }

    /// ` nnplay landscape  ▶ running  iteration 140  pace 3 it/s  seed 1`
    static func drawStatus(_ snapshot: LandscapeLabSnapshot, ui: LandscapeLabUI, in rect: Rect, canvas: inout Canvas) {
        let bar = CellStyle(foreground: .text, background: .semantic(.barBackground))
        canvas.fill(rect, style: bar)
        let label = bar.with(foreground: .dimText), value = bar.adding(.bold)
        let ended = !snapshot.tracks.isEmpty && snapshot.tracks.allSatisfy { $0.ending != nil }
        let state = snapshot.isPlaying ? TextSpan("▶ running", bar.with(foreground: .semantic(.good)).adding(.bold))
            : TextSpan(ended ? "■ all ended" : "■ paused", bar.with(foreground: ended ? .warning : .dimText).adding(.bold))
        let pace = snapshot.setup.stepsPerSecond.map { "\($0) it/s" } ?? "max"
        var spans = [TextSpan(" nnplay landscape ", bar.with(foreground: .accent).adding(.bold)), TextSpan(" "), state,
                     TextSpan("   iteration ", label), TextSpan(NumberText.grouped(snapshot.iteration), value),
                     TextSpan("   pace ", label), TextSpan(pace, value)]
        if snapshot.tracks.contains(where: { $0.method.kind.isPopulation }) {
            spans += [TextSpan("   seed ", label), TextSpan(String(snapshot.setup.seed), value)]
        }
        canvas.spans(spans.map { TextSpan($0.text, $0.style.with(background: .semantic(.barBackground))) },
                     column: rect.x, row: rect.y, maxX: rect.maxX)
    }
}
