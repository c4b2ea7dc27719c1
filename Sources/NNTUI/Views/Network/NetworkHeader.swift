/// The two caption rows of the network diagram: "features", "− 2 hidden layers +"
/// and "output" on the first; "− 4 +" (remove or add a neuron) above each hidden
/// layer on the second.
enum NetworkHeader {
    static func draw(_ model: NetworkViewModel, geometry g: NetworkGeometry, canvas: inout Canvas) -> [HitRegion] {
        let caption = CellStyle(foreground: .dimText)
        let top = g.interior.y, last = g.columnX.count - 1
        let half = g.gap / 2
        var hits: [HitRegion] = []
        let inputs = Rect(x: g.interior.x, y: top, width: g.columnX[0] + g.node.width + half - g.interior.x, height: 1)
        canvas.text(inputs.width >= 10 ? "features" : "in", in: inputs, alignment: .right, style: caption)
        let outputWidth = g.node.width + 2 * half
        let outputX = min(g.columnX[last] - half, g.interior.maxX - outputWidth)
        let output = Rect(x: outputX, y: top, width: outputWidth, height: 1)
        canvas.text(output.width >= 6 ? "output" : "out", in: output, alignment: .centre, style: caption)
        let hiddenCount = model.hiddenLayerCount
        let from = hiddenCount > 0 ? g.columnX[1] - half : inputs.maxX
        let to = hiddenCount > 0 ? g.columnX[hiddenCount] + g.node.width + half : output.x
        let layers = Rect(x: from, y: top, width: to - from, height: 1)
        let noun = hiddenCount == 1 ? "hidden layer" : "hidden layers"
        hits += stepper(count: hiddenCount, noun: [noun, hiddenCount == 1 ? "layer" : "layers", ""], in: layers, canRemove: model.canRemoveLayer,
                        canAdd: model.canAddLayer, remove: .removeLayer, add: .addLayer, canvas: &canvas)
        for l in 0..<hiddenCount {
            let x = g.columnX[l + 1]
            let slot = Rect(x: x - half, y: top + 1, width: g.node.width + 2 * half, height: 1)
            let n = model.layers[l].count
            hits += stepper(count: n, noun: [n == 1 ? "neuron" : "neurons", ""], in: slot, canRemove: n > 1,
                            canAdd: n < model.maxNeurons, remove: .removeNeuron(layer: l), add: .addNeuron(layer: l),
                            canvas: &canvas)
        }
        return hits
    }

    /// `− 4 neurons +` (or a shorter form that fits) centred in `rect`; the signs are buttons.
    static func stepper(count: Int, noun: [String], in rect: Rect, canRemove: Bool, canAdd: Bool,
                        remove: HitTarget, add: HitTarget, canvas: inout Canvas) -> [HitRegion] {
        let middle = noun.map { $0.isEmpty ? "\(count)" : "\(count) \($0)" }.first { $0.count + 4 <= rect.width }
        guard let middle else {
            canvas.text("\(count)", in: rect, alignment: .centre, style: CellStyle(foreground: .dimText))
            return []
        }
        let x = rect.x + (rect.width - middle.count - 4) / 2
        let on = CellStyle(foreground: .accent, attributes: .bold), off = CellStyle(foreground: .border)
        canvas.put("−", column: x, row: rect.y, style: canRemove ? on : off)
        canvas.text(middle, column: x + 2, row: rect.y, style: CellStyle(foreground: .text))
        let plus = x + 3 + middle.count
        canvas.put("+", column: plus, row: rect.y, style: canAdd ? on : off)
        var hits: [HitRegion] = []
        if canRemove { hits.append(HitRegion(rect: Rect(x: x, y: rect.y, width: 1, height: 1), target: remove)) }
        if canAdd { hits.append(HitRegion(rect: Rect(x: plus, y: rect.y, width: 1, height: 1), target: add)) }
        return hits
    }
}
