/// One parameter of a network: the weight from input `input` to neuron `neuron` of
/// layer `layer` (layer 0 reads the features), or the neuron's bias when `input` is nil.
/// The same addressing as `Command.setWeight`.
package struct ParameterAddress: Hashable, Sendable {
    package var layer: Int
    package var neuron: Int
    package var input: Int?

    package init(layer: Int, neuron: Int, input: Int?) {
        self.layer = layer
        self.neuron = neuron
        self.input = input
    }

    /// The index of the parameter in `Network.parameters`, nil if `layout` has no such one.
    package func index(in layout: NetworkLayout) -> Int? {
        guard layer >= 0, layer < layout.layerCount, neuron >= 0, neuron < layout.sizes[layer + 1] else { return nil }
        guard let input else { return layout.biasOffsets[layer] + neuron }
        guard input >= 0, input < layout.sizes[layer] else { return nil }
        return layout.weightIndex(layer: layer, neuron: neuron, input: input)
    }
}
