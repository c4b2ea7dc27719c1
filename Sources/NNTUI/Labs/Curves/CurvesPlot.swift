/// Which picture the curve lab's main panel shows (`v` cycles, `1`…`4` choose).
package enum CurvesPlot: Int, CaseIterable, Sendable {
    /// The points and the three fits over them.
    case fits
    /// Train, validation and test error against degree 0…15: the U-curve.
    case byDegree
    /// The same against λ on a log ladder.
    case byRidge
    /// Closed-form fits on many resampled datasets, faint, and their mean, bold; bias²
    /// and variance (of the closed form only: descent and the network are not resampled).
    case biasVariance

    package var title: String {
        switch self {
        case .fits: return "fits"
        case .byDegree: return "error by degree"
        case .byRidge: return "error by ridge λ"
        case .biasVariance: return "bias and variance of the closed form"
        }
    }
}
