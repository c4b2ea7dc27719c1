/// Where each part of the digits screen goes at a terminal size. The right column holds
/// the confusion matrix, the pad and the most-confused list; the settings take the left
/// edge from 110 columns on; the middle shows the gallery, the weight images and the
/// curves together when there is room, and otherwise the one `paneView` picks (`v`).
/// Below 80×24 the middle pane simply gets less.
struct DigitsLayout: Equatable {
    var status: Rect
    var hints: Rect
    var controls: Rect?
    /// The lesson's pane (a lesson open, from 110 columns on: where the settings go otherwise).
    var lesson: Rect?
    var confusion: Rect
    var pad: Rect
    var confused: Rect?
    var gallery: Rect?
    var weights: Rect?
    var curves: Rect?
    /// The pane that shows what `paneView` picks, when the parts do not all fit.
    var single: Rect?

    static let controlsWidth = 30
    static let lessonWidth = 36
    static let padHeight = DrawPad.side + 2

    init(size: Size, showControls: Bool, hasLesson: Bool = false) {
        let screen = Rect(size: size)
        status = screen.top(1)
        hints = screen.bottom(1)
        var body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        let roomy = size.width >= 110
        // With a lesson, its pane takes the left column and the settings open in the middle.
        let roomyControls = roomy && !hasLesson
        if roomy && hasLesson {
            lesson = body.left(Self.lessonWidth)
            body = body.droppingLeft(Self.lessonWidth)
        }
        controls = roomyControls ? body.left(Self.controlsWidth) : nil
        if roomyControls { body = body.droppingLeft(Self.controlsWidth) }
        // The matrix with 4-column cells where there is room, 3 otherwise; its accuracy
        // line and the pad's lower border go on a screen under 26 rows.
        let wide = body.width >= 100
        let right = body.right((wide ? DigitsConfusionView.size.width : DigitsConfusionView.narrowWidth) + 2)
        let middle = body.droppingRight(right.width)
        let confusionHeight = DigitsConfusionView.size.height + (body.height >= 24 ? 2 : 1)
        confusion = right.top(confusionHeight)
        let padHeight = min(Self.padHeight, right.height - confusionHeight)
        pad = right.droppingTop(confusionHeight).top(padHeight)
        let belowPad = right.droppingTop(confusionHeight + padHeight)
        confused = belowPad.height >= 3 ? belowPad : nil
        if !roomyControls && showControls {
            single = middle
            controls = middle
            return
        }
        // Everything in the middle needs a gallery of two rows of tiles, the weights and the curves.
        if middle.height >= 34 {
            let curvesHeight = max(14, middle.height / 3)
            curves = middle.bottom(curvesHeight)
            let upper = middle.droppingBottom(curvesHeight)
            let weightsHeight = upper.height >= 30 ? 2 * DigitGalleryView.tileHeight + 2 : DigitGalleryView.tileHeight + 2
            weights = upper.bottom(weightsHeight)
            gallery = upper.droppingBottom(weightsHeight)
        } else {
            single = middle
        }
    }
}
