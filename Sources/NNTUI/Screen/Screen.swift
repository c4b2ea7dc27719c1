/// One drawn frame: the cells, where clicks land, and the layout used.
package struct Frame: Sendable {
    package var canvas: Canvas
    package var hits: [HitRegion]
    package var layout: Layout
}

/// Composes the whole screen from a `ScreenModel`:
///
///     let palette = Palette(tier: ColourTier.detect(colours: screen.colourCount, noColor: env["NO_COLOR"]))
///     let frame = Screen.render(model, size: terminalSize, palette: palette)
///     screen.present(frame.canvas.screenCells(palette: palette), width: terminalSize.width)  // curses
///     memoryBackend.present(frame.canvas)                                                   // tests, replay
///     frame.hits.target(column: x, row: y)                                                  // a mouse click
package enum Screen {
    /// Draws `model` on a fresh canvas of `size`.
    package static func render(_ model: ScreenModel, size: Size, palette: Palette) -> Frame {
        var canvas = Canvas(size: size)
        let layout = Layout.make(for: size, lesson: model.lesson != nil, inspector: model.inspector != nil)
        let hits = draw(model, layout: layout, palette: palette, canvas: &canvas)
        return Frame(canvas: canvas, hits: hits, layout: layout)
    }

    /// Draws `model` into `canvas` following `layout`; returns the click targets.
    @discardableResult
    package static func draw(_ model: ScreenModel, layout: Layout, palette: Palette, canvas: inout Canvas) -> [HitRegion] {
        switch layout {
        case .tooSmall(let need, let have):
            TooSmallView.draw(need: need, have: have, canvas: &canvas)
            return []
        case .regular(let rects):
            var hits: [HitRegion] = []
            StatusLine.draw(model.status, in: rects.statusBar, canvas: &canvas)
            hits += ControlsPanel.draw(model.controls, in: rects.controls, canvas: &canvas)
            if rects.network.width > 0 {
                hits += NetworkView.draw(model.network, in: rects.network, palette: palette, canvas: &canvas)
            }
            if let pane = rects.lesson, let lesson = model.lesson {
                LessonPaneView.draw(lesson, in: pane, canvas: &canvas)
            }
            if let pane = rects.inspector, let inspector = model.inspector {
                hits += InspectorPanel.draw(inspector, in: pane, palette: palette, canvas: &canvas)
            }
            hits += HeatmapView.draw(model.heatmap, in: rects.heatmap, palette: palette, canvas: &canvas)
            LossChartView.draw(model.loss, in: rects.lossChart, palette: palette, canvas: &canvas)
            HintBar.draw(hints: model.keys, divergedAtStep: model.status.divergedAtStep, in: rects.hintBar,
                         canvas: &canvas)
            if model.showHelp {
                HelpOverlay.draw(model.keys, in: canvas.bounds, canvas: &canvas)
                return []
            }
            return hits
        }
    }
}
