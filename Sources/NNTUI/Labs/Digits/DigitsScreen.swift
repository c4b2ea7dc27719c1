import NNCore
import NNSession

/// One frame of the digits lab: the status line, every part where `DigitsLayout` puts it,
/// the key hints or the note, and the help on top when asked for. Draws only what the
/// engine published (`DigitsSnapshot`) and the screen's own state (`DigitsAppState`).
package enum DigitsScreen {
    /// Draws the frame into `canvas` (its size is the terminal's); returns what a click
    /// at each place means.
    package static func draw(_ snapshot: DigitsSnapshot, state: DigitsAppState, palette: Palette,
                             canvas: inout Canvas) -> [DigitsHitRegion] {
        let size = Size(width: canvas.width, height: canvas.height)
        canvas.fill(Rect(size: size), style: .plain)
        let layout = DigitsLayout(size: size, showControls: state.focus == .controls, hasLesson: state.lesson != nil)
        drawStatus(snapshot, in: layout.status, canvas: &canvas)
        var hits: [DigitsHitRegion] = []
        let readout = snapshot.readout
        DigitsConfusionView.draw(readout?.confusion, in: layout.confusion, canvas: &canvas)
        let glyphs = palette.tier == .monochrome
        hits += DrawPadView.draw(state.pad, probabilities: readout?.padProbabilities, in: layout.pad,
                                 focused: state.focus == .pad, glyphs: glyphs, canvas: &canvas)
        let pairs = readout?.mostConfused ?? []
        if let rect = layout.confused {
            hits += MostConfusedView.draw(pairs, selected: state.confusedIndex, opened: state.openedPair, in: rect,
                                          focused: state.focus == .confused, canvas: &canvas)
        }
        if let rect = layout.lesson, let lesson = state.lesson {
            LessonPaneView.draw(lesson.paneModel, in: rect, canvas: &canvas)
        }
        if let rect = layout.controls {
            hits += drawControls(state, in: rect, canvas: &canvas)
        }
        if let rect = layout.single, layout.controls != rect {
            // Without room for everything, the list of pairs shows here when it has the keys;
            // the lesson only where it has no column of its own.
            var view = state.focus == .confused && layout.confused == nil ? .confused : state.paneView
            if view == .lesson && (state.lesson == nil || layout.lesson != nil) { view = .gallery }
            hits += drawPane(view, snapshot: snapshot, state: state, in: rect, palette: palette, canvas: &canvas)
        }
        if let rect = layout.gallery {
            hits += drawPane(.gallery, snapshot: snapshot, state: state, in: rect, palette: palette, canvas: &canvas)
        }
        if let rect = layout.weights {
            WeightImagesView.draw(readout?.weightImages ?? [], areDigits: readout?.weightImagesAreDigits ?? false, in: rect,
                                  glyphs: glyphs, canvas: &canvas)
        }
        if let rect = layout.curves {
            DigitsCurvesView.draw(history: snapshot.playground.lossHistory, epoch: snapshot.playground.epoch,
                                  epochName: snapshot.playground.config.optimizer.kind.epochName,
                                  accuracy: snapshot.accuracy, in: rect, palette: palette, canvas: &canvas)
        }
        if let note = state.message {
            NoteBar.drawNote(note, in: layout.hints, canvas: &canvas)
        } else {
            HintBar.draw(hints: state.activeKeyBindings, divergedAtStep: snapshot.playground.divergedAtStep,
                         in: layout.hints, canvas: &canvas)
        }
        if state.showHelp {
            HelpOverlay.draw(state.activeKeyBindings, title: "digits lab keys", in: Rect(size: size), canvas: &canvas)
        }
        return hits
    }

    /// The middle pane showing `view`.
    static func drawPane(_ view: DigitsAppState.PaneView, snapshot: DigitsSnapshot, state: DigitsAppState, in rect: Rect,
                         palette: Palette, canvas: inout Canvas) -> [DigitsHitRegion] {
        let readout = snapshot.readout
        switch view {
        case .lesson:
            if let lesson = state.lesson { LessonPaneView.draw(lesson.paneModel, in: rect, canvas: &canvas) }
        case .gallery:
            let predictions = readout?.predictions ?? []
            let test = snapshot.playground.testSamples
            guard predictions.count == test.count else { return [] }
            return DigitGalleryView.draw(test: test, predictions: predictions,
                                         indices: state.galleryIndices(predictions), page: state.galleryPage,
                                         opened: state.openedPair, in: rect, focused: state.focus == .gallery,
                                         glyphs: palette.tier == .monochrome, canvas: &canvas)
        case .weights:
            WeightImagesView.draw(readout?.weightImages ?? [], areDigits: readout?.weightImagesAreDigits ?? false, in: rect,
                                  glyphs: palette.tier == .monochrome, canvas: &canvas)
        case .curves:
            DigitsCurvesView.draw(history: snapshot.playground.lossHistory, epoch: snapshot.playground.epoch,
                                  epochName: snapshot.playground.config.optimizer.kind.epochName,
                                  accuracy: snapshot.accuracy, in: rect, palette: palette, canvas: &canvas)
        case .confused:
            return MostConfusedView.draw(readout?.mostConfused ?? [], selected: state.confusedIndex,
                                         opened: state.openedPair, in: rect, focused: state.focus == .confused,
                                         canvas: &canvas)
        }
        return []
    }

    /// The settings panel, each control row a click target.
    static func drawControls(_ state: DigitsAppState, in rect: Rect, canvas: inout Canvas) -> [DigitsHitRegion] {
        let model = state.controlsModel
        let regions = ControlsPanel.draw(model, in: rect, canvas: &canvas)
        let rows = state.controlRows
        return regions.compactMap { region in
            guard case .control(let index) = region.target, rows.indices.contains(index),
                  let id = rows[index].control else { return nil }
            return DigitsHitRegion(rect: region.rect, target: .control(id))
        }
    }

    /// `nnplay digits  ▶ training  epoch 12  step 1,234  loss 0.12  test 96.1%  64-32-10 relu adam`.
    static func drawStatus(_ snapshot: DigitsSnapshot, in rect: Rect, canvas: inout Canvas) {
        let s = snapshot.playground
        let bar = CellStyle(foreground: .text, background: .semantic(.barBackground))
        canvas.fill(rect, style: bar)
        let state = s.isDiverged ? "✖ diverged" : s.isPlaying ? "▶ training" : "❚❚ paused"
        let train = NumberText.significant(s.metrics.train.loss)
        let test = s.metrics.test.map { " (test \(NumberText.significant($0.loss)))" } ?? ""
        let accuracy = snapshot.readout.map { $0.confusion.total > 0 ? NumberText.fixed($0.confusion.accuracy * 100, digits: 1) + "%" : "–" } ?? "–"
        let c = s.config
        let shape = s.network.layout.sizes.map(String.init).joined(separator: "-")
        let pieces = [" nnplay digits", state, "\(c.optimizer.kind.epochName.singular) \(s.epoch)", "step \(NumberText.grouped(s.step))",
                      "loss \(train)\(test)", "test accuracy \(accuracy)",
                      "\(shape) \(c.activation.rawValue) \(c.optimizer.kind.rawValue) lr \(NumberText.short(c.optimizer.learningRate))"]
        var x = rect.x
        for (i, piece) in pieces.enumerated() {
            let text = (i == 0 ? "" : "   ") + piece
            guard x + text.count <= rect.maxX else { break }
            let style = i == 0 ? bar.with(foreground: .accent).adding(.bold) : i == 1 && s.isDiverged ? bar.with(foreground: .warning) : bar
            x = canvas.text(text, column: x, row: rect.y, style: style)
        }
    }
}
