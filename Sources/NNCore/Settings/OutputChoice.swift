/// An output head with a loss that fits it, as the panel's output row offers them.
package struct OutputChoice: Equatable, Sendable {
    package var head: OutputHead
    package var loss: LossKind

    package init(_ head: OutputHead, _ loss: LossKind) {
        self.head = head
        self.loss = loss
    }

    /// The output layers and losses that make sense for `problem`, the natural one first.
    package static func all(for problem: Problem) -> [OutputChoice] {
        switch problem {
        case .regression:
            return [OutputChoice(.linear, .meanSquaredError), OutputChoice(.tanh, .meanSquaredError)]
        case .classification(let k) where k == 2:
            return [OutputChoice(.sigmoid, .binaryCrossEntropy), OutputChoice(.sigmoid, .meanSquaredError),
                    OutputChoice(.tanh, .meanSquaredError), OutputChoice(.softmax, .crossEntropy),
                    OutputChoice(.softmax, .meanSquaredError)]
        case .classification:
            return [OutputChoice(.softmax, .crossEntropy), OutputChoice(.softmax, .meanSquaredError)]
        }
    }
}
