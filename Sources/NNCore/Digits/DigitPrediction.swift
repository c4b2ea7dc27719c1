/// What the network says about one test image.
package struct DigitPrediction: Sendable, Equatable {
    /// The digit the image is labelled with.
    package let truth: Int
    /// The most probable digit.
    package let predicted: Int
    /// The softmax's probability of `predicted`.
    package let probability: Double

    package var isCorrect: Bool { truth == predicted }
}
