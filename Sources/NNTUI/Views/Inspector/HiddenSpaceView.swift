import NNCore

/// The hidden-space view (ConvNetJS's 2-D demo): the grid lines of the input plane
/// (dim) and the training points (with the heatmap's class marks and colours; for
/// regression by the sign of the value), mapped through the chosen hidden layer and placed by the activations
/// of two of its neurons, as the engine computed them (`HiddenSpaceInspection`).
/// Where the layer has made the classes separable, a straight line can cut them here.
enum HiddenSpaceView {
    static func draw(_ space: HiddenSpaceInspection?, problem: Problem, in rect: Rect, canvas: inout Canvas) {
        guard let space else {
            canvas.text("no hidden layer to look into: add one", in: rect.top(1),
                        style: CellStyle(foreground: .dimText))
            return
        }
        let pair = "x: n\(space.neurons[0])  y: n\(space.neurons[1])"
        canvas.text("layer \(space.layer + 1)/\(space.hiddenLayers)  \(pair)", in: rect.top(1),
                    style: CellStyle(foreground: .title, attributes: .bold))
        canvas.text("[ ] layer  < > neurons", in: rect.droppingTop(1).top(1), style: CellStyle(foreground: .dimText))
        let body = rect.droppingTop(2)
        guard body.height >= 3, body.width >= 6 else { return }
        let rows = body.height - 1
        let area = Rect(x: body.x + (body.width - min(body.width, rows * 2)) / 2, y: body.y,
                        width: min(body.width, rows * 2), height: rows)
        var plot = InspectorPlot(rect: area, x: space.xRange, y: space.yRange)
        for line in space.lines { plot.polyline(line.map { ($0.x, $0.y) }, colour: .border) }
        plot.draw(into: &canvas)
        // The points as the heatmap marks them (one mark per cell; the last drawn shows).
        for point in space.points {
            guard let cell = plot.cell(point.x, point.y) else { continue }
            let glyph: Character
            switch problem {
            case .classification: glyph = PointMarks.glyph(classIndex: Int(point.label), isTest: false)
            case .regression: glyph = "●"
            }
            canvas.text(String(glyph), column: cell.column, row: cell.row,
                        style: CellStyle(foreground: colour(of: point.label, problem: problem)))
        }
        let range = "x \(NumberText.fixed(space.xRange.lowerBound, digits: 2))…\(NumberText.fixed(space.xRange.upperBound, digits: 2))"
            + "  y \(NumberText.fixed(space.yRange.lowerBound, digits: 2))…\(NumberText.fixed(space.yRange.upperBound, digits: 2))"
        canvas.text(range, in: body.bottom(1), alignment: .centre, style: CellStyle(foreground: .dimText))
    }

    /// A point's colour: its class hue, or for regression the hue of its sign.
    static func colour(of label: Double, problem: Problem) -> Colour {
        switch problem {
        case .classification: return .classHue(Int(label))
        case .regression: return .classHue(label < 0 ? 0 : 1)
        }
    }
}
