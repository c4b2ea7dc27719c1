/// What the network diagram shows: plain values, filled in by the app (see
/// `NetworkViewModel+Network` for building one from a `Network`).
package struct NetworkViewModel: Sendable {
    /// An input feature: its label (`x1²`), whether it feeds the network, and a
    /// thumbnail of its value over the domain.
    package struct Input: Sendable {
        package var label: String
        package var isActive: Bool
        package var thumbnail: HeatmapField?

        package init(label: String, isActive: Bool, thumbnail: HeatmapField? = nil) {
            self.label = label
            self.isActive = isActive
            self.thumbnail = thumbnail
        }
    }

    /// A neuron: a thumbnail of its output over the domain (nil draws a plain dot).
    package struct Neuron: Sendable {
        package var thumbnail: HeatmapField?

        package init(thumbnail: HeatmapField? = nil) {
            self.thumbnail = thumbnail
        }
    }

    /// Every feature that can be switched on, in display order (active or not).
    package var inputs: [Input]
    /// The hidden layers, input side first, then the output layer last.
    package var layers: [[Neuron]]
    /// `weights[l][i][j]`: the weight into neuron i of `layers[l]` from node j of the
    /// column before (for l = 0, the j-th *active* input in display order). Missing
    /// entries count as 0.
    package var weights: [[[Double]]]
    /// Shown in the title, e.g. "tanh" and "sigmoid".
    package var activation: String
    package var output: String
    /// Whether the +/− buttons do something (drawn dim otherwise).
    package var canAddLayer: Bool
    package var canRemoveLayer: Bool
    package var maxNeurons: Int

    package init(inputs: [Input], layers: [[Neuron]], weights: [[[Double]]] = [], activation: String = "",
                output: String = "", canAddLayer: Bool = true, canRemoveLayer: Bool = true, maxNeurons: Int = 8) {
        self.inputs = inputs
        self.layers = layers
        self.weights = weights
        self.activation = activation
        self.output = output
        self.canAddLayer = canAddLayer
        self.canRemoveLayer = canRemoveLayer
        self.maxNeurons = maxNeurons
    }

    /// The number of hidden layers (all layers but the output).
    package var hiddenLayerCount: Int { max(0, layers.count - 1) }

    /// The weight into neuron i of layer l from node j of the previous column (0 if unknown).
    package func weight(layer l: Int, neuron i: Int, input j: Int) -> Double {
        guard l < weights.count, i < weights[l].count, j < weights[l][i].count else { return 0 }
        return weights[l][i][j]
    }
}
