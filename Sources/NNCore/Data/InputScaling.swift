/// How the two input coordinates are rescaled before training: the fix for features
/// on very different scales, whose loss surface is a long narrow valley that gradient
/// descent crawls along. The statistics come from the training points only and are
/// applied to every set, so nothing about the validation or test points leaks into
/// training (the rule scikit-learn's `StandardScaler` follows: fit on train, transform all).
package enum InputScaling: String, CaseIterable, Codable, Sendable {
    /// The coordinates as they are.
    case none
    /// Each axis mapped affinely so that the training points span [−5, 5], the
    /// playground's square: x ↦ −5 + 10·(x − min)/(max − min).
    case minmax
    /// Each axis standardized with the training points' mean μ and standard deviation
    /// σ (the population one, divided by n): x ↦ (x − μ)/σ.
    case standard

    /// `split` with every point's coordinates rescaled by statistics of `split.train`;
    /// an axis with no spread (σ = 0, or min = max) is only centred. Labels are unchanged.
    package func apply(to split: DataSplit) -> DataSplit {
        guard self != .none, !split.train.isEmpty else { return split }
        if split.inputWidth != 2 { return applyToEveryInput(split) }
        let map1 = axisMap(split.train.map(\.x1))
        let map2 = axisMap(split.train.map(\.x2))
        func scaled(_ samples: [Sample]) -> [Sample] {
            samples.map { Sample(x1: map1($0.x1), x2: map2($0.x2), label: $0.label) }
        }
        return DataSplit(train: scaled(split.train), validation: scaled(split.validation), test: scaled(split.test))
    }

    /// `apply` for samples with more than two inputs: each input rescaled on its own.
    private func applyToEveryInput(_ split: DataSplit) -> DataSplit {
        let maps = (0..<split.inputWidth).map { i in axisMap(split.train.map { $0.inputs![i] }) }
        func scaled(_ samples: [Sample]) -> [Sample] {
            samples.map { sample in
                Sample(inputs: zip(maps, sample.inputs!).map { map, x in map(x) }, label: sample.label)
            }
        }
        return DataSplit(train: scaled(split.train), validation: scaled(split.validation), test: scaled(split.test))
    }

    /// The map of one axis fitted on `values` (not empty).
    private func axisMap(_ values: [Double]) -> (Double) -> Double {
        switch self {
        case .none:
            return { $0 }
        case .minmax:
            let low = values.min()!, high = values.max()!
            return DomainFit.axisMap(low: low, high: high, onto: -5...5)
        case .standard:
            let n = Double(values.count)
            let mean = values.reduce(0, +) / n
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
            let sd = variance.squareRoot()
            return sd > 0 ? { ($0 - mean) / sd } : { $0 - mean }
        }
    }
}
