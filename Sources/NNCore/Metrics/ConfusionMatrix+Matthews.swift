/// The Matthews correlation coefficient, a single score in [−1, 1] that stays
/// honest on unbalanced data (always predicting the majority class scores 0).
///
/// Binary (class 1 positive):
///   MCC = (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn))
/// K classes (Gorodkin's R_K), with s = total, c = trace, tₖ = row sums (actual)
/// and pₖ = column sums (predicted):
///   MCC = (c·s − Σₖ pₖ·tₖ) / √((s² − Σₖ pₖ²)(s² − Σₖ tₖ²))
/// which reduces to the binary formula for K == 2 and equals scikit-learn's
/// `matthews_corrcoef`.
extension ConfusionMatrix {
    /// Gorodkin's R_K (the usual MCC when K == 2). 0 when undefined, that is when
    /// all truths or all predictions fall in a single class (or there are none),
    /// as scikit-learn does.
    package var matthewsCorrelation: Double {
        // Doubles hold these integer sums exactly up to 2⁵³, far beyond any data set here.
        let s = Double(total)
        let c = Double(correct)
        var sumPT = 0.0, sumPP = 0.0, sumTT = 0.0
        for k in 0..<classes {
            let t = Double(actualCount(of: k))
            let p = Double(predictedCount(of: k))
            sumPT += p * t
            sumPP += p * p
            sumTT += t * t
        }
        let predictedSpread = s * s - sumPP
        let actualSpread = s * s - sumTT
        guard predictedSpread > 0, actualSpread > 0 else { return 0 }
        return (c * s - sumPT) / (predictedSpread * actualSpread).squareRoot()
    }

    /// The MCC of class `k` against all the others (one-vs-rest): the binary formula
    /// with tp = counts[k][k], fn = the rest of row k, fp = the rest of column k and
    /// tn = everything else. For two classes both classes score the overall MCC.
    /// 0 when undefined, as above.
    package func matthewsCorrelation(of k: Int) -> Double {
        let tp = Double(counts[k][k])
        let fn = Double(actualCount(of: k)) - tp
        let fp = Double(predictedCount(of: k)) - tp
        let tn = Double(total) - tp - fn - fp
        let denominator = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
        guard denominator > 0 else { return 0 }
        return (tp * tn - fp * fn) / denominator.squareRoot()
    }
}
