/// How close a regression network's outputs ŷ are to the targets y.
///
///   MSE = (1/n) Σ (ŷᵢ − yᵢ)²        mean squared error (the `mse` loss, for one output)
///   MAE = (1/n) Σ |ŷᵢ − yᵢ|         mean absolute error, in the targets' own units
///   R²  = 1 − SS_res / SS_tot       with SS_res = Σ (yᵢ − ŷᵢ)², SS_tot = Σ (yᵢ − ȳ)²
/// R² is 1 for a perfect fit, 0 for always predicting the mean ȳ, and negative
/// for anything worse than that.
///
/// Conventions: when the targets are all equal (SS_tot == 0) R² is 1 if the fit
/// is perfect and 0 otherwise, as scikit-learn's `r2_score` does. With no
/// samples all three are 0. Non-finite predictions (a diverged network) give
/// non-finite metrics, reported as they are.
package struct RegressionMetrics: Codable, Equatable, Sendable {
    /// Mean of (ŷ − y)².
    package let meanSquaredError: Double
    /// Mean of |ŷ − y|.
    package let meanAbsoluteError: Double
    /// Coefficient of determination, 1 − SS_res / SS_tot (see the conventions above).
    package let rSquared: Double

    /// The metrics of `predictions` against `targets`, which must have the same length.
    package init(targets: [Double], predictions: [Double]) {
        precondition(targets.count == predictions.count,
                     "\(targets.count) targets but \(predictions.count) predictions")
        guard !targets.isEmpty else {
            self.init(meanSquaredError: 0, meanAbsoluteError: 0, rSquared: 0)
            return
        }
        let n = Double(targets.count)
        let mean = targets.reduce(0, +) / n
        var squaredResiduals = 0.0, absoluteResiduals = 0.0, squaredDeviations = 0.0
        for (y, yHat) in zip(targets, predictions) {
            let residual = y - yHat
            let deviation = y - mean
            squaredResiduals += residual * residual
            absoluteResiduals += residual.magnitude
            squaredDeviations += deviation * deviation
        }
        let rSquared: Double
        if squaredDeviations == 0 {
            rSquared = squaredResiduals == 0 ? 1 : 0
        } else {
            rSquared = 1 - squaredResiduals / squaredDeviations
        }
        self.init(meanSquaredError: squaredResiduals / n,
                  meanAbsoluteError: absoluteResiduals / n,
                  rSquared: rSquared)
    }

    /// Stored values as they are (the empty case, and tests).
    init(meanSquaredError: Double, meanAbsoluteError: Double, rSquared: Double) {
        self.meanSquaredError = meanSquaredError
        self.meanAbsoluteError = meanAbsoluteError
        self.rSquared = rSquared
    }
}
