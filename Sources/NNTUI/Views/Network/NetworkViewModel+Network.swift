import NNCore

extension NetworkViewModel {
    /// The diagram of `network`, whose inputs are `activeFeatures` (in the network's
    /// order), among `allFeatures` (the input column lists them all).
    ///
    /// Thumbnails come from `pictures` (computed by the engine at
    /// `NetworkView.thumbnailPixelSize`): every feature's as soon as there are any, the
    /// neurons' only if the pictures fit this network's shape and head (else plain
    /// dots until fitting ones arrive). Pass nil to draw plain neurons.
    package init(network: Network, activeFeatures: [Feature], allFeatures: [Feature] = Feature.allCases,
                problem: Problem, pictures: NetworkPictures? = nil,
                maxHiddenLayers: Int = 6, maxNeurons: Int = 8) {
        let layout = network.layout
        var hiddenFields: [[HeatmapField]] = []
        var outputFields: [HeatmapField] = []
        let size = pictures?.spec.thumbnails
        if let size, let pictures, let neurons = pictures.neurons, pictures.fits(network, features: activeFeatures) {
            hiddenFields = HeatmapField.hiddenNeurons(neurons, size: size)
            outputFields = HeatmapField.outputNeurons(neurons, size: size, head: network.output, problem: problem)
        }
        let inputs = allFeatures.map { feature -> Input in
            let field = size.flatMap { size in
                pictures?.featureThumbnails[feature].map {
                    HeatmapField(width: size.width, height: size.height, signedValues: $0)
                }
            }
            return Input(label: feature.label, isActive: activeFeatures.contains(feature), thumbnail: field)
        }
        let shownActive = allFeatures.filter { activeFeatures.contains($0) }
        var layers: [[Neuron]] = []
        var weights: [[[Double]]] = []
        for l in 0..<layout.layerCount {
            let size = layout.sizes[l + 1]
            let isOutput = l == layout.layerCount - 1
            layers.append((0..<size).map { i in
                let fields = isOutput ? outputFields : (l < hiddenFields.count ? hiddenFields[l] : [])
                return Neuron(thumbnail: i < fields.count ? fields[i] : nil)
            })
            // Column 0 lists the active features in display order, which may differ from the network's.
            let sources = l == 0 ? shownActive.map { activeFeatures.firstIndex(of: $0)! } : Array(0..<layout.sizes[l])
            weights.append((0..<size).map { i in sources.map { j in network.weight(layer: l, neuron: i, input: j) } })
        }
        self.init(inputs: inputs, layers: layers, weights: weights, activation: network.activation.rawValue,
                  output: network.output.rawValue, canAddLayer: layout.layerCount - 1 < maxHiddenLayers,
                  canRemoveLayer: layout.layerCount > 1, maxNeurons: maxNeurons)
    }
}
