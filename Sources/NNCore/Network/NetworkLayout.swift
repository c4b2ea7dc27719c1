/// The shape of a fully connected network and where each layer's parameters live
/// in one flat vector: layer l's weights (fanOut × fanIn, row i = neuron i) then
/// its biases. Optimizers, clipping and checkpoints all work on that one vector.
package struct NetworkLayout: Codable, Equatable, Sendable {
    /// [inputs, hidden…, outputs].
    package let sizes: [Int]
    package let weightOffsets: [Int]
    package let biasOffsets: [Int]
    package let parameterCount: Int

    package init(sizes: [Int]) {
        precondition(sizes.count >= 2 && sizes.allSatisfy { $0 >= 1 }, "a network needs inputs and outputs")
        self.sizes = sizes
        var w: [Int] = [], b: [Int] = [], offset = 0
        for l in 0..<(sizes.count - 1) {
            w.append(offset)
            offset += sizes[l] * sizes[l + 1]
            b.append(offset)
            offset += sizes[l + 1]
        }
        weightOffsets = w
        biasOffsets = b
        parameterCount = offset
    }

    /// Number of weight layers (hidden layers + 1).
    package var layerCount: Int { sizes.count - 1 }
    package var inputCount: Int { sizes[0] }
    package var outputCount: Int { sizes[sizes.count - 1] }

    /// Index in the flat vector of the weight from input `j` to neuron `i` of layer `l`.
    @inline(__always)
    package func weightIndex(layer l: Int, neuron i: Int, input j: Int) -> Int {
        weightOffsets[l] + i * sizes[l] + j
    }

    /// `true` for weights, `false` for biases, in flat-vector order.
    package var isWeight: [Bool] {
        var mask = [Bool](repeating: false, count: parameterCount)
        for l in 0..<layerCount {
            for k in weightOffsets[l]..<biasOffsets[l] { mask[k] = true }
        }
        return mask
    }
}
