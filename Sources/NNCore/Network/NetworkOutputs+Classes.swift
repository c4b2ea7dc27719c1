/// What the outputs say about classes and values, point by point and for the whole
/// set: the one rule for "which class did the network predict" and "how sure is it of
/// class 1" that the reports, the live figures, lesson goals and the inspector all use.
extension NetworkOutputs {
    /// The class the network predicts at point `s`: for two classes, class 1 when its
    /// score for class 1 reaches `threshold` (`DecisionThreshold`, whatever the head:
    /// sigmoid, tanh or a two-way softmax); for more classes, the most probable one.
    package func predictedClass(point s: Int, head: OutputHead, classes: Int,
                                threshold: Double) -> Int {
        if classes == 2 || head != .softmax {
            return DecisionThreshold.isClassOne(score: positiveScore(point: s, head: head), threshold: threshold) ? 1 : 0
        }
        var best = 0, bestValue = -Double.infinity
        for k in 0..<classes where value(point: s, neuron: k) > bestValue {
            best = k
            bestValue = value(point: s, neuron: k)
        }
        return best
    }

    /// The network's score for class 1, P(class 1) (ranked by the ROC curve, compared
    /// with the threshold): the sigmoid's output, a tanh output mapped from [−1, 1] to
    /// [0, 1], or the softmax's probability of class 1.
    package func positiveScore(point s: Int, head: OutputHead) -> Double {
        switch head {
        case .softmax: return value(point: s, neuron: 1)
        case .tanh: return (value(point: s) + 1) / 2
        case .sigmoid, .linear: return value(point: s)
        }
    }

    /// `predictedClass` at every point.
    package func predictedClasses(head: OutputHead, classes: Int,
                                  threshold: Double) -> [Int] {
        (0..<count).map { predictedClass(point: $0, head: head, classes: classes, threshold: threshold) }
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
