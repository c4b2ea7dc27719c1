import NNCore

/// The first hidden layer's weights drawn as 8×8 images, one per neuron: the weight
/// from each pixel in blue where ink there excites the neuron and in orange where it
/// inhibits it, each image scaled to its own largest weight. What the neuron "looks for".
enum WeightImagesView {
    /// `areDigits`: no hidden layer, so the images are the ten digits' templates.
    /// `glyphs`: a monochrome terminal, where only the weights' sizes show, as shading.
    static func draw(_ images: [[Double]], areDigits: Bool = false, in rect: Rect, glyphs: Bool = false,
                     canvas: inout Canvas) {
        let title = areDigits ? "each digit's template (no hidden layer)" : "what the \(images.count) hidden units look for"
        let inside = DigitsPanel.frame(rect, title: title, focused: false, canvas: &canvas)
        guard inside.width >= 8, inside.height >= 5 else { return }
        let columns = max(1, (inside.width + 1) / DigitGalleryView.tileWidth)
        let rows = inside.height / DigitGalleryView.tileHeight
        for (i, weights) in images.prefix(columns * rows).enumerated() where weights.count == 64 {
            let x = inside.x + (i % columns) * DigitGalleryView.tileWidth
            let y = inside.y + (i / columns) * DigitGalleryView.tileHeight
            let scale = weights.reduce(0) { max($0, $1.isFinite ? $1.magnitude : 0) }
            DigitInk.drawImage(weights.map { DigitInk.colour(weight: $0, scale: scale) },
                               strengths: glyphs ? weights.map { scale > 0 ? $0.magnitude / scale : 0 } : nil,
                               column: x, row: y, canvas: &canvas)
            canvas.text(areDigits ? "\(i)" : "h\(i + 1)", in: Rect(x: x, y: y + 4, width: 8, height: 1), style: CellStyle(foreground: .dimText))
        }
        let shown = min(images.count, columns * rows)
        if shown < images.count {
            canvas.text("+\(images.count - shown)", in: Rect(x: inside.maxX - 4, y: inside.maxY - 1, width: 4, height: 1),
                        alignment: .right, style: CellStyle(foreground: .dimText))
        }
    }
}
