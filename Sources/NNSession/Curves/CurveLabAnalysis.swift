import NNCore

/// What depends only on the sample and the closed form's degree and λ, computed on the
/// engine's thread when they change: the U-curves and the bias–variance estimate.
package struct CurveLabAnalysis: Sendable, Equatable {
    package let byDegree: ErrorCurve
    package let byRidge: ErrorCurve
    package let biasVariance: BiasVariance

    package init(_ lab: CurveLab) {
        let s = lab.settings
        byDegree = ErrorCurve.byDegree(lab.sample, target: lab.target, maxDegree: CurveLabSettings.maxDegree, l2: s.l2)
        byRidge = ErrorCurve.byRidge(lab.sample, target: lab.target, degree: s.degree)
        biasVariance = BiasVariance(target: lab.target, count: s.points, noise: s.noise, seed: s.seed, degree: s.degree,
                                    l2: s.l2, datasets: CurveLabSettings.biasVarianceDatasets)
    }
}

/// The curves a screen draws, sampled at the x the screen asked for (one per braille
/// dot column): the target, the three models, and the bias–variance fits with their mean.
package struct CurveLabCurves: Sendable, Equatable {
    package let xs: [Double]
    package let truth: [Double]
    /// Empty without a closed form.
    package let closedForm: [Double]
    package let descent: [Double]
    package let network: [Double]
    /// Each resampled dataset's fit (faint), and their mean f̄ (bold).
    package let resampled: [[Double]]
    package let resampledMean: [Double]

    package init(_ lab: CurveLab, analysis: CurveLabAnalysis, columns: Int) {
        let xs = BiasVariance.grid(lab.target.domain, count: max(2, columns))
        self.xs = xs
        truth = xs.map { lab.target.value(at: $0) }
        closedForm = lab.closedForm.map { fit in xs.map { fit.value(at: $0) } } ?? []
        descent = xs.map { lab.descent.value(at: $0) }
        network = lab.network.values(at: xs)
        resampled = analysis.biasVariance.fits.map { fit in xs.map { fit.value(at: $0) } }
        resampledMean = analysis.biasVariance.meanFit(at: xs)
    }
}
