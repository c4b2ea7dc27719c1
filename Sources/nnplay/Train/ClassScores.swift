import NNCore

/// The classification scores of one set as the reports show them: binary scores
/// are those of class 1 (the positive class), K > 2 uses macro averages.
struct ClassScores {
    var accuracy: Double
    var precision: Double
    var recall: Double
    var f1: Double
    var mcc: Double
    /// Binary only; NaN when undefined (one class absent).
    var auc: Double?

    init?(_ set: SetEvaluation) {
        guard let m = set.confusion else { return nil }
        accuracy = set.accuracy ?? .nan
        if m.classes == 2 {
            precision = m.precision(of: 1)
            recall = m.recall(of: 1)
            f1 = m.f1(of: 1)
        } else {
            precision = m.macroPrecision
            recall = m.macroRecall
            f1 = m.macroF1
        }
        mcc = m.matthewsCorrelation
        auc = set.roc?.auc
    }
}
