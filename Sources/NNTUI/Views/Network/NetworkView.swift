import NNCore

/// The network as TensorFlow Playground draws it: the input features (active ones
/// bright, with a thumbnail of the feature; inactive ones dim), then each hidden
/// layer and the output layer as columns of neurons showing their own output over
/// the domain, joined by links coloured by weight sign and shaded by magnitude.
/// −/+ buttons change the number of layers and of neurons per layer.
package enum NetworkView {
    /// The pixel size of the neuron thumbnails the diagram will draw in `rect` (nil when
    /// it draws plain dots): ask for thumbnails of this size (`PictureSpec.thumbnails`).
    /// It depends only on `rect` and the network's shape (nodes per column, which
    /// features are on), so it stays put while the network trains.
    package static func thumbnailPixelSize(for model: NetworkViewModel, in rect: Rect) -> Size? {
        thumbnailPixelSize(NetworkGeometry(model: model, interior: rect.interior))
    }

    /// The same from the network's shape alone, without building a model: the neurons
    /// of each layer (`NetworkLayout.sizes`, inputs first) and the active features among
    /// `allFeatures` (the input column lists them all).
    package static func thumbnailPixelSize(layerSizes: [Int], activeFeatures: [Feature],
                                           allFeatures: [Feature] = Feature.allCases, in rect: Rect) -> Size? {
        thumbnailPixelSize(NetworkGeometry(inputLabels: allFeatures.map(\.label),
                                           active: allFeatures.map { activeFeatures.contains($0) },
                                           layerCounts: Array(layerSizes.dropFirst()), interior: rect.interior))
    }

    private static func thumbnailPixelSize(_ geometry: NetworkGeometry) -> Size? {
        geometry.usesThumbnails ? Size(width: geometry.node.width, height: geometry.node.height * 2) : nil
    }

    /// Draws the diagram into `rect` (a box) and returns the clickable parts.
    @discardableResult
    package static func draw(_ model: NetworkViewModel, in rect: Rect, palette: Palette,
                            canvas: inout Canvas) -> [HitRegion] {
        guard rect.width >= 16, rect.height >= 6 else { return [] }
        canvas.box(rect, title: "network")
        let tag = " \(model.activation) → \(model.output) "
        if !model.activation.isEmpty, rect.width >= tag.count + 14 {
            canvas.text(tag, column: rect.maxX - 1 - tag.count, row: rect.y, style: CellStyle(foreground: .dimText))
        }
        let geometry = NetworkGeometry(model: model, interior: rect.interior)
        return canvas.withClip(rect.interior) { canvas in
            drawContents(model, geometry: geometry, palette: palette, canvas: &canvas)
        }
    }

    /// Links, nodes and captions, clipped to the inside of the box.
    static func drawContents(_ model: NetworkViewModel, geometry: NetworkGeometry, palette: Palette,
                             canvas: inout Canvas) -> [HitRegion] {
        var hits: [HitRegion] = []
        if geometry.drawsLinks { drawLinks(model, geometry: geometry, palette: palette, canvas: &canvas) }
        hits += drawInputs(model, geometry: geometry, palette: palette, canvas: &canvas)
        for (l, layer) in model.layers.enumerated() {
            for (i, rect) in geometry.nodes[l + 1].enumerated() {
                drawNode(layer[i].thumbnail, in: rect, palette: palette, canvas: &canvas)
            }
        }
        for c in geometry.nodes.indices {
            if let note = geometry.overflowRect(column: c) {
                canvas.text("+\(geometry.hidden[c])", in: note, alignment: .centre, style: CellStyle(foreground: .dimText))
            }
        }
        hits += NetworkHeader.draw(model, geometry: geometry, canvas: &canvas)
        return hits
    }

    /// The feature column: label and node per feature; each row toggles its feature.
    static func drawInputs(_ model: NetworkViewModel, geometry: NetworkGeometry, palette: Palette,
                           canvas: inout Canvas) -> [HitRegion] {
        var hits: [HitRegion] = []
        for (j, rect) in geometry.nodes[0].enumerated() {
            let input = model.inputs[j]
            let labelRow = rect.y + (rect.height - 1) / 2
            let label = Rect(x: rect.x - 1 - geometry.labelWidth, y: labelRow, width: geometry.labelWidth, height: 1)
            let style = input.isActive ? CellStyle(foreground: .text, attributes: .bold) : CellStyle(foreground: .dimText)
            canvas.text(input.label, in: label, alignment: .right, style: style)
            if input.isActive {
                drawNode(input.thumbnail, in: rect, palette: palette, canvas: &canvas)
            } else {
                let mark: Character = "○"
                canvas.put(mark, column: rect.x + (rect.width - 1) / 2, row: labelRow, style: CellStyle(foreground: .dimText))
            }
            let row = Rect(x: label.x, y: rect.y, width: rect.maxX - label.x, height: rect.height)
            hits.append(HitRegion(rect: row, target: .feature(j)))
        }
        return hits
    }

    /// A neuron: its thumbnail in half blocks (or shade glyphs), or a dot in the
    /// colour of its mean output when there is no room or no thumbnail.
    static func drawNode(_ field: HeatmapField?, in rect: Rect, palette: Palette, canvas: inout Canvas) {
        if rect.width > 1, let field, !field.isEmpty {
            let pixels = field.resampled(width: rect.width, height: rect.height * 2)
            for r in 0..<rect.height {
                for c in 0..<rect.width {
                    canvas[rect.x + c, rect.y + r] = palette.heatCell(top: pixels[c, 2 * r], bottom: pixels[c, 2 * r + 1],
                                                                      hues: pixels.hues)
                }
            }
            return
        }
        let colour: Colour = field.map { palette.valuePointColour($0.meanSignedValue) } ?? .text
        canvas.put("●", column: rect.x + (rect.width - 1) / 2, row: rect.y + (rect.height - 1) / 2,
                   style: CellStyle(foreground: colour))
    }

    /// Braille links between consecutive columns, weakest first so the strongest
    /// link's colour wins where links share a cell.
    static func drawLinks(_ model: NetworkViewModel, geometry: NetworkGeometry, palette: Palette,
                          canvas: inout Canvas) {
        var grid = BrailleGrid(columns: geometry.body.width, rows: geometry.body.height)
        var links: [(weight: Double, from: (x: Int, y: Int), to: (x: Int, y: Int))] = []
        // Weights of layer 0 count the active inputs only; other columns count every node.
        let active = model.inputs.indices.filter { model.inputs[$0].isActive }
        for l in 0..<model.layers.count {
            let sources: [(weightIndex: Int, rect: Rect)] = l == 0
                ? active.enumerated().compactMap { j, row in
                    row < geometry.nodes[0].count ? (j, geometry.nodes[0][row]) : nil
                }
                : Array(geometry.nodes[l].enumerated()).map { ($0.offset, $0.element) }
            for (i, target) in geometry.nodes[l + 1].enumerated() {
                for source in sources {
                    links.append((model.weight(layer: l, neuron: i, input: source.weightIndex),
                                  geometry.anchor(source.rect, leaving: true), geometry.anchor(target, leaving: false)))
                }
            }
        }
        for link in links.sorted(by: { abs($0.weight) < abs($1.weight) }) {
            let look = palette.linkLook(weight: link.weight)
            guard look.visible else { continue }
            grid.restartDashes()
            grid.line(x0: link.from.x, y0: link.from.y, x1: link.to.x, y1: link.to.y, colour: look.colour, dash: look.dash)
        }
        grid.draw(into: &canvas, column: geometry.body.x, row: geometry.body.y)
    }
}
