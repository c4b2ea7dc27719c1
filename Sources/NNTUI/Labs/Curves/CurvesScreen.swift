import NNCore
import NNSession

/// The curve lab's whole frame: status bar, controls panel (with the coefficients
/// under it on narrow screens), the main plot (fits, error by degree or λ, bias and
/// variance), the figures of the three models, the lesson pane in a lesson, the hint
/// bar; the help overlay on top.
package enum CurvesScreen {
    /// The smallest screen drawn; below it a note asks for more room.
    package static let minimumSize = Size(width: 80, height: 24)
    static let controlsWidth = 30
    static let coefficientsWidth = 34

    /// Where each part goes at `size`.
    package struct Layout: Equatable, Sendable {
        package var status: Rect
        package var controls: Rect
        package var coefficients: Rect
        package var plot: Rect
        package var figures: Rect
        package var hints: Rect
        /// The lesson pane (nil without a lesson): a column at the far right, or, when the
        /// terminal is too narrow for both, the coefficients' place under the controls.
        package var lesson: Rect?

        package init(size: Size, lesson: Bool = false) {
            var body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
            status = Rect(x: 0, y: 0, width: size.width, height: 1)
            hints = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
            let paneWidth = size.width >= 160 ? 50 : 38
            if lesson && size.width - paneWidth >= CurvesScreen.minimumSize.width {
                self.lesson = body.right(paneWidth)
                body = body.droppingRight(paneWidth)
            }
            let left = body.left(CurvesScreen.controlsWidth)
            var right = body.droppingLeft(CurvesScreen.controlsWidth)
            let controlsHeight = min(left.height, CurvesControlsPanel.height + 2)
            controls = left.top(controlsHeight)
            if right.width - CurvesScreen.coefficientsWidth >= 70 {
                coefficients = right.right(CurvesScreen.coefficientsWidth).top(min(right.height, 20))
                right = right.droppingRight(CurvesScreen.coefficientsWidth)
            } else {
                coefficients = left.droppingTop(controlsHeight)
            }
            figures = right.bottom(CurvesFiguresView.rows + 2)
            plot = right.droppingBottom(CurvesFiguresView.rows + 2)
            if lesson && self.lesson == nil { self.lesson = coefficients }
        }

        /// The x the engine should sample the curves at for this layout.
        package var curveColumns: Int { CurvesFitView.dotColumns(for: plot.interior) }
    }

    package static func render(state: CurvesAppState, snapshot: CurveLabSnapshot, size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            TooSmallView.draw(need: minimumSize, have: size, canvas: &canvas)
            return canvas
        }
        let layout = Layout(size: size, lesson: state.lesson != nil)
        drawStatus(snapshot, in: layout.status, canvas: &canvas)
        canvas.box(layout.controls, title: "controls")
        CurvesControlsPanel.draw(settings: state.settings, focus: state.focus, in: layout.controls.interior, canvas: &canvas)
        if layout.coefficients.height >= 4 {
            canvas.box(layout.coefficients, title: "coefficients, y = Σ aₖxᵏ")
            CurvesCoefficientsView.draw(snapshot, in: layout.coefficients.interior, canvas: &canvas)
        }
        let s = snapshot.settings
        let fitName = s.l2 > 0 ? "ridge λ " + NumberText.scientific(s.l2, digits: 1) : "least squares"
        let plotTitle = "\(state.plot.rawValue + 1) \(state.plot.title) · \(s.target.rawValue), degree \(s.degree), \(fitName)"
        canvas.box(layout.plot, title: plotTitle, boxStyle: .rounded)
        let inner = layout.plot.interior
        switch state.plot {
        case .fits: CurvesFitView.draw(snapshot, in: inner, canvas: &canvas)
        case .byDegree: CurvesErrorView.draw(snapshot, byRidge: false, in: inner, canvas: &canvas)
        case .byRidge: CurvesErrorView.draw(snapshot, byRidge: true, in: inner, canvas: &canvas)
        case .biasVariance: CurvesBiasVarianceView.draw(snapshot, in: inner, canvas: &canvas)
        }
        canvas.box(layout.figures, title: "models")
        CurvesFiguresView.draw(snapshot, in: layout.figures.interior.inset(dx: 1, dy: 0), canvas: &canvas)
        if let pane = layout.lesson, let lesson = state.lesson {
            LessonPaneView.draw(lesson.paneModel, in: pane, canvas: &canvas)
        }
        if let message = state.message {
            let note = CellStyle(foreground: .warning, background: .semantic(.barBackground), attributes: .bold)
            canvas.fill(layout.hints, style: note)
            canvas.text(" " + message, in: layout.hints, style: note)
        } else {
            HintBar.draw(hints: CurvesKeys.bindings, divergedAtStep: nil, in: layout.hints, canvas: &canvas)
        }
        if state.showHelp {
            HelpOverlay.draw(CurvesKeys.bindings + (state.lesson == nil ? [] : LessonKeys.bindings()),
                             title: "curve lab keys", in: canvas.bounds, canvas: &canvas)
        }
        return canvas
    }

    /// ` nnplay curves  ▶ running   step 1,234   60 steps/s   sin · noise 0.3 · 50 points · seed 1`
    static func drawStatus(_ snapshot: CurveLabSnapshot, in rect: Rect, canvas: inout Canvas) {
        let bar = CellStyle(foreground: .text, background: .semantic(.barBackground))
        canvas.fill(rect, style: bar)
        let label = bar.with(foreground: .dimText), value = bar.adding(.bold)
        let s = snapshot.settings
        let pace = snapshot.stepsPerSecond.map { "\(NumberText.grouped($0)) steps/s" } ?? "max"
        let state = snapshot.isPlaying ? TextSpan("▶ running", bar.with(foreground: .semantic(.good)).adding(.bold))
            : TextSpan("❚❚ paused", bar.with(foreground: .semantic(.validationLoss)).adding(.bold))
        let x = canvas.spans([
            TextSpan(" nnplay curves ", bar.with(foreground: .accent).adding(.bold)), TextSpan(" ", bar), state,
            TextSpan("   step ", label), TextSpan(NumberText.grouped(snapshot.sessionStep), value),
            TextSpan("   ", label), TextSpan(pace, value),
        ], column: rect.x, row: rect.y, maxX: rect.maxX)
        // The data's description, cut after the last part that fits whole.
        let parts = [s.target.rawValue, "noise \(NumberText.short(s.noise))", "\(s.points) points", "seed \(s.seed)"]
        var info = ""
        for part in parts {
            let next = info.isEmpty ? "   " + part : info + " · " + part
            guard x + next.count <= rect.maxX else { break }
            info = next
        }
        canvas.text(info, column: x, row: rect.y, style: label)
    }
}
