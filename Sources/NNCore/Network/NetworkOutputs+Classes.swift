/// What the outputs say about classes and values, point by point and for the whole
/// set: the one rule for "which class did the network predict" and "how sure is it of
/// class 1" that the reports, the live figures and the inspector all use.
extension NetworkOutputs {
    /// The class the network predicts at point `s`: the most probable one for softmax,
    /// otherwise class 1 when the single output is past the middle of its range
    /// (0.5 for sigmoid and linear, 0 for tanh).
    package func predictedClass(point s: Int, head: OutputHead, classes: Int) -> Int {
        switch head {
        case .softmax:
            var best = 0, bestValue = -Double.infinity
            for k in 0..<classes where value(point: s, neuron: k) > bestValue {
                best = k
                bestValue = value(point: s, neuron: k)
            }
            return best
        case .tanh: return value(point: s) > 0 ? 1 : 0
        case .sigmoid, .linear: return value(point: s) > 0.5 ? 1 : 0
        }
    }

    /// The network's score for class 1 (ranked by the ROC curve).
    package func positiveScore(point s: Int, head: OutputHead) -> Double {
        switch head {
        case .softmax: return value(point: s, neuron: 1)
        case .tanh: return (value(point: s) + 1) / 2
        case .sigmoid, .linear: return value(point: s)
        }
    }

    /// `predictedClass` at every point.
    package func predictedClasses(head: OutputHead, classes: Int) -> [Int] {
        (0..<count).map { predictedClass(point: $0, head: head, classes: classes) }
    }

    /// `positiveScore` at every point.
    package func positiveScores(head: OutputHead) -> [Double] {
        (0..<count).map { positiveScore(point: $0, head: head) }
    }

    /// The first output at every point: the predicted value, for regression.
    package var predictions: [Double] {
        (0..<count).map { value(point: $0) }
    }
}
