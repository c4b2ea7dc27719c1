/// The error measure of the curve lab, in one place for every model.
package enum CurveErrors {
    /// The mean squared error (1/n)Σ(ŷ(x) − y)² of `predict` on `points` (NaN for none).
    package static func meanSquaredError(_ points: [CurveSample.Point], _ predict: (Double) -> Double) -> Double {
        guard !points.isEmpty else { return .nan }
        var sum = 0.0
        for p in points {
            let e = predict(p.x) - p.y
            sum += e * e
        }
        return sum / Double(points.count)
    }
}
