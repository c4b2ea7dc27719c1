/// Everything the digits lab draws about a network, computed at once on the engine's
/// thread from the network and the test images (views only draw these values): each
/// test image's predicted class, the 10×10 confusion matrix, the pairs of digits most
/// often confused, the first layer's weights as 8×8 images, and the class
/// probabilities of the student's own drawing.
package struct DigitsReadout: Sendable, Equatable {
    /// One prediction per test image, in the order of the test set.
    package let predictions: [DigitPrediction]
    /// `counts[actual][predicted]` over the test images.
    package let confusion: ConfusionMatrix
    /// The off-diagonal cells of `confusion` that are not empty, most frequent first.
    package let mostConfused: [ConfusedPair]
    /// Per neuron of the first layer, its 64 input weights in pixel order (row by row
    /// from the top left): the pattern of ink the neuron responds to. Without a hidden
    /// layer these are the ten digits' own templates (`weightImagesAreDigits`).
    package let weightImages: [[Double]]
    /// Whether the network has no hidden layer, so `weightImages` belong to the digits.
    package let weightImagesAreDigits: Bool
    /// P(digit k) for the drawn pad, k = 0…9; nil when no pad was sent.
    package let padProbabilities: [Double]?

    /// The readout of `network` (64 inputs, a softmax over 10 classes) on `test`
    /// (samples of 64 inputs) and on the drawing `pad` (64 ink levels 0…16, row by row).
    package init(network: Network, test: [Sample], pad: [UInt8]?) {
        let classes = network.layout.outputCount
        let inputs = FeatureMatrix(samples: test, features: [], inputWidth: network.layout.inputCount)
        let outputs = NetworkOutputs(network: network, inputs: inputs, problem: .classification(classes: classes),
                                     loss: nil)
        var predictions: [DigitPrediction] = []
        var confusion = ConfusionMatrix(classes: max(2, classes))
        for (s, sample) in test.enumerated() {
            let predicted = outputs.predictedClass(point: s, head: network.output, classes: classes, threshold: 0.5)
            let truth = Int(sample.label)
            predictions.append(DigitPrediction(truth: truth, predicted: predicted,
                                               probability: outputs.value(point: s, neuron: predicted)))
            confusion.add(actual: truth, predicted: predicted)
        }
        self.predictions = predictions
        self.confusion = confusion
        mostConfused = ConfusedPair.ranked(confusion)
        let layout = network.layout
        weightImagesAreDigits = layout.sizes.count == 2
        weightImages = (0..<layout.sizes[1]).map { i in
            (0..<layout.inputCount).map { j in network.parameters[layout.weightIndex(layer: 0, neuron: i, input: j)] }
        }
        if let pad, pad.count == layout.inputCount {
            let sample = Sample(inputs: pad.map { Double($0) / 16 }, label: 0)
            let padInputs = FeatureMatrix(samples: [sample], features: [], inputWidth: layout.inputCount)
            let padOutputs = NetworkOutputs(network: network, inputs: padInputs,
                                            problem: .classification(classes: classes), loss: nil)
            padProbabilities = (0..<classes).map { padOutputs.value(point: 0, neuron: $0) }
        } else {
            padProbabilities = nil
        }
    }
}
