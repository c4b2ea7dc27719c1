import NNCore

extension ModelFile {
    /// The flat parameter vector for `layout` (see `NetworkLayout` for its order),
    /// after checking every shape of `layers` against it, layer by layer: the
    /// number of layers, then for each layer its neurons, its biases and the length
    /// of each neuron's row of weights. Errors name the layer (counted from 0, as
    /// in the file's `layers` array) and what differs, prefixed with `path`, and
    /// suggest the option that sets that size.
    package func parameters(for layout: NetworkLayout, path: String) throws(InputError) -> [Double] {
        func fail(_ message: String) -> InputError { InputError(message, path: path) }
        guard layers.count == layout.layerCount else {
            throw fail("the model has \(layers.count) layers but the network has \(layout.layerCount) (check --hidden)")
        }
        var parameters = [Double](repeating: 0, count: layout.parameterCount)
        for (l, layer) in layers.enumerated() {
            let fanIn = layout.sizes[l], fanOut = layout.sizes[l + 1]
            guard layer.weights.count == fanOut else {
                let hint = l == layout.layerCount - 1 ? "check --output and the dataset" : "check --hidden"
                throw fail("layer \(l) has \(count(layer.weights.count, "neuron")) but the network needs \(fanOut) (\(hint))")
            }
            guard layer.biases.count == fanOut else {
                throw fail("layer \(l) has \(count(fanOut, "neuron")) but \(count(layer.biases.count, "bias"))")
            }
            for (i, row) in layer.weights.enumerated() {
                guard row.count == fanIn else {
                    let below = l == 0 ? "the network has \(count(fanIn, "input")) (check --features)"
                                       : "layer \(l - 1) has \(count(fanIn, "neuron"))"
                    throw fail("layer \(l) neuron \(i) has \(count(row.count, "weight")) but \(below)")
                }
                for (j, w) in row.enumerated() {
                    parameters[layout.weightIndex(layer: l, neuron: i, input: j)] = w
                }
                parameters[layout.biasOffsets[l] + i] = layer.biases[i]
            }
        }
        guard parameters.allSatisfy(\.isFinite) else {
            throw fail("the model has NaN or infinite weights")
        }
        return parameters
    }

    /// "1 neuron", "3 neurons", "2 biases".
    private func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "\(n) \(noun)" : noun.hasSuffix("s") ? "\(n) \(noun)es" : "\(n) \(noun)s"
    }
}
