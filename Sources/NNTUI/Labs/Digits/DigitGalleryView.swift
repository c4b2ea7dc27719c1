import NNCore

/// Test images in half-block pixels, a page at a time, each with the class the network
/// predicts under it: in the "good" colour when right, marked ✗ with the true digit in
/// brackets in the warning colour when wrong.
enum DigitGalleryView {
    /// One tile: 8 columns of pixels and a gap; 4 rows of pixel pairs and a label row.
    static let tileWidth = 9
    static let tileHeight = 5

    /// How many tiles fit inside `rect` (one row is the legend).
    static func perPage(_ inside: Rect) -> Int {
        max(1, (inside.width + 1) / tileWidth) * max(1, (inside.height - 1) / tileHeight)
    }

    /// Draws the page `page` of the images at `indices` (into `test` and `predictions`).
    /// `glyphs`: a monochrome terminal, where the images are drawn in shading glyphs.
    static func draw(test: [Sample], predictions: [DigitPrediction], indices: [Int], page: Int, opened: ConfusedPair?,
                     in rect: Rect, focused: Bool, glyphs: Bool = false, canvas: inout Canvas) -> [DigitsHitRegion] {
        let title = opened.map { "test images: \($0.truth) taken for \($0.predicted)" } ?? "test images"
        let inside = DigitsPanel.frame(rect, title: title, focused: focused, canvas: &canvas)
        guard inside.width >= 8, inside.height >= 2 else { return [DigitsHitRegion(rect: rect, target: .gallery)] }
        let count = perPage(inside)
        let pages = max(1, (indices.count + count - 1) / count)
        let shownPage = min(page, pages - 1)
        let wrong = indices.filter { !predictions[$0].isCorrect }.count
        let legend = "page \(shownPage + 1)/\(pages) · \(wrong) of \(indices.count) wrong: ✗guess (true digit)"
        canvas.text(legend, in: inside.top(1), style: CellStyle(foreground: .dimText))
        let columns = max(1, (inside.width + 1) / tileWidth)
        for (n, index) in indices.dropFirst(shownPage * count).prefix(count).enumerated() {
            let x = inside.x + (n % columns) * tileWidth
            let y = inside.y + 1 + (n / columns) * tileHeight
            guard y + tileHeight <= inside.maxY, let pixels = test[index].inputs else { continue }
            DigitInk.drawImage(pixels.map(DigitInk.colour(input:)), strengths: glyphs ? pixels : nil, column: x, row: y,
                               canvas: &canvas)
            let p = predictions[index]
            let label = p.isCorrect ? " \(p.predicted)" : "✗\(p.predicted) (\(p.truth))"
            let style = CellStyle(foreground: p.isCorrect ? .semantic(.good) : .warning,
                                  attributes: p.isCorrect ? [] : .bold)
            canvas.text(label, in: Rect(x: x, y: y + 4, width: 8, height: 1), style: style)
        }
        return [DigitsHitRegion(rect: rect, target: .gallery)]
    }
}
