/// A fully connected network: its layout, hidden activation, output head and the
/// flat vector of all parameters (see `NetworkLayout` for the order).
package struct Network: Equatable, Sendable {
    package let layout: NetworkLayout
    package var activation: Activation
    package var output: OutputHead
    package var parameters: [Double]

    package init(layout: NetworkLayout, activation: Activation, output: OutputHead, parameters: [Double]) {
        precondition(parameters.count == layout.parameterCount, "parameter count does not match the layout")
        self.layout = layout
        self.activation = activation
        self.output = output
        self.parameters = parameters
    }

    /// A fresh network drawn by `initializer`: layer by layer, neuron by neuron,
    /// input by input, from `random` (the session's initialization stream).
    package init(layout: NetworkLayout, activation: Activation, output: OutputHead,
                initializer: Initializer, random: inout RandomSource) {
        var p = [Double](repeating: 0, count: layout.parameterCount)
        for l in 0..<layout.layerCount {
            let fanIn = layout.sizes[l], fanOut = layout.sizes[l + 1]
            for k in layout.weightOffsets[l]..<layout.biasOffsets[l] {
                p[k] = initializer.weight(fanIn: fanIn, fanOut: fanOut, random: &random)
            }
            for k in layout.biasOffsets[l]..<(layout.biasOffsets[l] + fanOut) { p[k] = initializer.bias }
        }
        self.init(layout: layout, activation: activation, output: output, parameters: p)
    }

    /// The weight from input `j` to neuron `i` of layer `l` (layer 0 reads the features).
    package func weight(layer l: Int, neuron i: Int, input j: Int) -> Double {
        parameters[layout.weightIndex(layer: l, neuron: i, input: j)]
    }

    /// The bias of neuron `i` of layer `l`.
    package func bias(layer l: Int, neuron i: Int) -> Double {
        parameters[layout.biasOffsets[l] + i]
    }

    /// Σ|w| and Σw² over the weights (not the biases), for the L1/L2 penalty.
    package var weightSums: (abs: Double, squares: Double) {
        var a = 0.0, s = 0.0
        for l in 0..<layout.layerCount {
            for k in layout.weightOffsets[l]..<layout.biasOffsets[l] {
                let w = parameters[k]
                a += abs(w)
                s += w * w
            }
        }
        return (a, s)
    }

    /// Whether every parameter is a finite number (false once training has diverged).
    package var isFinite: Bool {
        parameters.allSatisfy { $0.isFinite }
    }
}
