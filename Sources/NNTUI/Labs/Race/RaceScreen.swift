import NNCore
import NNSession

/// One frame of the race: status bar, the selected variant's controls, the small
/// multiples (one heatmap per variant, titled with what sets it apart, the selected one
/// framed heavy in the accent colour), the table of figures, the loss chart, the
/// lesson pane in a lesson, and the key hints. Pure: the loop and the golden tests call it the same way.
package enum RaceScreen {
    /// Where a click landed: a control of the panel, or a variant's heatmap.
    package struct Frame: Sendable {
        package var canvas: Canvas
        /// The controls panel's click targets (the playground's).
        package var hits: [HitRegion]
        package var layout: RaceLayout?
    }

    package static func render(_ model: RaceScreenModel, note: String?, size: Size, palette: Palette) -> Frame {
        var canvas = Canvas(size: size)
        guard let layout = RaceLayout.make(for: size, variants: model.variants.count, lesson: model.lesson != nil) else {
            TooSmallView.draw(need: RaceLayout.minimum, have: size, canvas: &canvas)
            return Frame(canvas: canvas, hits: [], layout: nil)
        }
        RaceStatusLine.draw(model, in: layout.statusBar, canvas: &canvas)
        let hits = ControlsPanel.draw(model.controls, in: layout.controls, canvas: &canvas)
        for (variant, box) in zip(model.variants, layout.heatmaps) {
            var heatmap = variant.heatmap
            heatmap.title = "━ \(variant.number) " + variant.label.fitting(box.width - 8)
            HeatmapView.draw(heatmap, in: box, palette: palette, canvas: &canvas)
            if variant.id == model.selected {
                canvas.box(box, title: heatmap.title, boxStyle: .heavy,
                           style: CellStyle(foreground: .accent),
                           titleStyle: CellStyle(foreground: .title, attributes: .bold))
            }
            if box.width >= 8 {
                canvas.put("━", column: box.x + 2, row: box.y, style: CellStyle(foreground: RaceColours.colour(variant.id)))
            }
        }
        RaceFiguresView.draw(model.variants, selected: model.selected, in: layout.figures,
                             canvas: &canvas)
        RaceLossChartView.draw(model.variants, logScale: model.logScale, in: layout.lossChart, palette: palette,
                               canvas: &canvas)
        if let pane = layout.lesson, let lesson = model.lesson {
            LessonPaneView.draw(lesson, in: pane, canvas: &canvas)
        }
        HintBar.draw(hints: model.keys, divergedAtStep: nil, in: layout.hintBar, canvas: &canvas)
        if model.showHelp {
            HelpOverlay.draw(model.keys, title: "race keys", in: canvas.bounds, canvas: &canvas)
            return Frame(canvas: canvas, hits: [], layout: layout)
        }
        if let note { NoteBar.drawNote(note, in: layout.hintBar, canvas: &canvas) }
        return Frame(canvas: canvas, hits: hits, layout: layout)
    }
}
