import NNCore

/// The weights view: every weight and bias of the network the engine published, as a
/// number coloured by sign and size (the diagram's link colours), one block per layer
/// (a row per neuron, a column per input, the bias last). `w` starts selecting: the
/// arrows move the selection, Enter types a new value (`Command.setWeight`). Below,
/// the selected parameter's history as the engine recorded it while this view was open.
///
///     layer 1: x1 x2 → 4
///          x1     x2   bias
///     0  0.52  -1.30   0.01
enum WeightsView {
    /// Columns per number.
    static let cell = 7

    /// One printed row: text pieces with their style and, for numbers, their address.
    struct Piece {
        var text: String
        var style: CellStyle
        var address: ParameterAddress?
    }

    static func draw(_ model: InspectorModel, history: HalvingSeries<Double>, in rect: Rect, palette: Palette,
                     canvas: inout Canvas) -> [HitRegion] {
        let state = model.state
        let lines = tableLines(model, palette: palette)
        // The history takes what the table leaves (at least 2 rows, at most half).
        let historyRows = max(2, min(rect.height / 2, rect.height - lines.count - 1))
        let table = rect.droppingBottom(historyRows)
        let selectedLine = lines.firstIndex { $0.contains { $0.address == state.selected } } ?? 0
        let first = max(0, min(selectedLine - table.height / 2, lines.count - table.height))
        let selectedColumn = lines[selectedLine].firstIndex { $0.address == state.selected } ?? 0
        let visibleColumns = max(1, (table.width - 4) / cell)
        let skip = max(0, selectedColumn - visibleColumns)
        var hits: [HitRegion] = []
        for (r, pieces) in lines.dropFirst(first).prefix(table.height).enumerated() {
            var x = table.x
            for (c, piece) in pieces.enumerated() where c == 0 || c > skip {
                guard x + piece.text.count <= table.maxX else { break }
                _ = canvas.text(piece.text, column: x, row: table.y + r, style: piece.style)
                if let address = piece.address {
                    hits.append(HitRegion(rect: Rect(x: x, y: table.y + r, width: piece.text.count, height: 1),
                                          target: .parameter(address)))
                }
                x += piece.text.count
            }
        }
        drawSelected(model, history: history, in: rect.bottom(historyRows), canvas: &canvas)
        return hits
    }

    /// Every layer's block: a title, a header of input names, a row per neuron.
    static func tableLines(_ model: InspectorModel, palette: Palette) -> [[Piece]] {
        let layout = model.network.layout
        let dim = CellStyle(foreground: .dimText)
        var lines: [[Piece]] = []
        for l in 0..<layout.layerCount {
            let inputs = l == 0 ? model.inputNames : (0..<layout.sizes[l]).map(String.init)
            let kind = l == layout.layerCount - 1 ? "output" : "layer \(l + 1)"
            lines.append([Piece(text: "\(kind): \(layout.sizes[l]) → \(layout.sizes[l + 1])",
                                style: CellStyle(foreground: .title, attributes: .bold))])
            lines.append([Piece(text: "    ", style: dim)] + (inputs + ["bias"]).map {
                Piece(text: String($0.prefix(cell - 1)).padded(left: cell), style: dim)
            })
            for i in 0..<layout.sizes[l + 1] {
                var row = [Piece(text: String(i).column(4), style: dim)]
                for j in 0...layout.sizes[l] {
                    let address = ParameterAddress(layer: l, neuron: i, input: j < layout.sizes[l] ? j : nil)
                    let value = model.network.parameters[address.index(in: layout)!]
                    var style = CellStyle(foreground: palette.linkLook(weight: value).colour)
                    if address == model.state.selected {
                        style = style.with(background: .semantic(model.state.selecting ? .editBackground
                                                                                       : .focusBackground))
                    }
                    row.append(Piece(text: NumberText.fixed(value, digits: 2).padded(left: cell),
                                     style: style, address: address))
                }
                lines.append(row)
            }
        }
        return lines
    }

    /// The selected parameter, its value (or the value being typed) and its history.
    static func drawSelected(_ model: InspectorModel, history: HalvingSeries<Double>, in rect: Rect,
                             canvas: inout Canvas) {
        let s = model.state.selected
        guard rect.height >= 1, let index = s.index(in: model.network.layout) else { return }
        var text = s.label + " = "
        if let edit = model.state.weightEdit {
            text += edit.text + "▏" + (edit.problem.map { "  \($0)" } ?? "")
        } else {
            text += NumberText.fixed(model.network.parameters[index], digits: 4)
            text += model.state.selecting ? "  Enter: type" : "  w: select"
        }
        canvas.text(text, in: rect.top(1), style: CellStyle(foreground: .title))
        let chart = rect.droppingTop(1)
        let values = history.entries.map(\.value)
        guard chart.height >= 1, values.count >= 2, let first = history.entries.first?.at,
              let last = history.entries.last?.at else { return }
        let low = NumberText.significant(values.min() ?? 0), high = NumberText.significant(values.max() ?? 0)
        let labelWidth = max(low.count, high.count)
        canvas.text(high, column: chart.x, row: chart.y, style: CellStyle(foreground: .dimText))
        if chart.height >= 2 {
            canvas.text(low, column: chart.x, row: chart.maxY - 1, style: CellStyle(foreground: .dimText))
        }
        let area = chart.droppingLeft(labelWidth + 1)
        var plot = InspectorPlot(rect: area, x: Double(first)...Double(max(last, first + 1)),
                                 y: HiddenSpaceInspection.range(values))
        plot.polyline(history.entries.map { (Double($0.at), $0.value) }, colour: .accent)
        plot.draw(into: &canvas)
    }
}

extension ParameterAddress {
    /// "w1 0→2" for the weight of layer 1 from input 0 to neuron 2, "b1 2" for that neuron's bias.
    var label: String {
        input.map { "w\(layer + 1) \($0)→\(neuron)" } ?? "b\(layer + 1) \(neuron)"
    }
}
