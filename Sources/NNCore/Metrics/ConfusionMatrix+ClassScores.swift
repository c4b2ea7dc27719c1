/// Per-class precision, recall and F1, and their unweighted (macro) averages.
///
/// With tp = counts[c][c], fp = column c minus tp and fn = row c minus tp:
///   precision = tp / (tp + fp)   "of the samples called c, how many were c"
///   recall    = tp / (tp + fn)   "of the samples that were c, how many were found"
///   F1        = 2·tp / (2·tp + fp + fn), the harmonic mean of the two.
/// Any of these with a zero denominator is 0 (scikit-learn's zero_division=0).
extension ConfusionMatrix {
    /// tp / (tp + fp) for class `cls`; 0 when the model never predicted `cls`.
    package func precision(of cls: Int) -> Double {
        ratio(hits(of: cls), predictedCount(of: cls))
    }

    /// tp / (tp + fn) for class `cls`; 0 when no sample truly belongs to `cls`.
    package func recall(of cls: Int) -> Double {
        ratio(hits(of: cls), actualCount(of: cls))
    }

    /// 2·tp / (2·tp + fp + fn) for class `cls`, which equals
    /// 2·precision·recall / (precision + recall) whenever that is defined;
    /// 0 when the class was neither present nor predicted.
    package func f1(of cls: Int) -> Double {
        let tp = hits(of: cls)
        let fp = predictedCount(of: cls) - tp
        let fn = actualCount(of: cls) - tp
        return ratio(2 * tp, 2 * tp + fp + fn)
    }

    /// The classes that occur at all, as truth or as prediction. Macro averages run
    /// over these only, like scikit-learn's default `labels` (the union of y and ŷ),
    /// so a class missing from a small validation split does not drag the mean to 0.
    var observedClasses: [Int] {
        (0..<classes).filter { actualCount(of: $0) + predictedCount(of: $0) > 0 }
    }

    /// Mean of `precision(of:)` over the observed classes; 0 for an empty matrix.
    package var macroPrecision: Double { macroAverage(precision(of:)) }

    /// Mean of `recall(of:)` over the observed classes; 0 for an empty matrix.
    package var macroRecall: Double { macroAverage(recall(of:)) }

    /// Mean of the per-class F1 scores over the observed classes (not the F1 of the
    /// macro precision and recall, matching scikit-learn); 0 for an empty matrix.
    package var macroF1: Double { macroAverage(f1(of:)) }

    private func macroAverage(_ score: (Int) -> Double) -> Double {
        let observed = observedClasses
        guard !observed.isEmpty else { return 0 }
        return observed.reduce(0.0) { $0 + score($1) } / Double(observed.count)
    }
}
