/// Train, validation and test error of closed-form fits against one knob (the degree,
/// or λ on a log ladder): the U-curve of model selection. Training error falls as the
/// model grows; validation and test error fall, then rise once it fits the noise.
package struct ErrorCurve: Sendable, Equatable {
    package struct Point: Sendable, Equatable {
        /// The degree or λ of this fit.
        package let knob: Double
        /// Mean squared errors; NaN where no unique fit exists.
        package let train: Double
        package let validation: Double
        package let test: Double
    }

    package let points: [Point]

    /// λ from 1e-8 to 1e2 by decades: the ladder of the λ curve (λ = 0 is the degree curve).
    package static let ridgeLadder: [Double] = [1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100]

    /// Errors of degrees 0…`maxDegree` at penalty `l2`.
    package static func byDegree(_ sample: CurveSample, target: CurveTarget, maxDegree: Int, l2: Double) -> ErrorCurve {
        ErrorCurve(points: (0...maxDegree).map { degree in
            point(sample, target: target, degree: degree, l2: l2, knob: Double(degree))
        })
    }

    /// Errors of degree `degree` at each λ of `ridgeLadder`.
    package static func byRidge(_ sample: CurveSample, target: CurveTarget, degree: Int) -> ErrorCurve {
        ErrorCurve(points: ridgeLadder.map { l2 in point(sample, target: target, degree: degree, l2: l2, knob: l2) })
    }

    private static func point(_ sample: CurveSample, target: CurveTarget, degree: Int, l2: Double,
                              knob: Double) -> Point {
        guard let fit = try? PolynomialFit(points: sample.train, degree: degree, l2: l2, domain: target.domain) else {
            return Point(knob: knob, train: .nan, validation: .nan, test: .nan)
        }
        return Point(knob: knob, train: fit.meanSquaredError(sample.train),
                     validation: fit.meanSquaredError(sample.validation), test: fit.meanSquaredError(sample.test))
    }

    /// The point with the lowest validation error (nil if none has one).
    package var bestByValidation: Point? {
        points.filter { $0.validation.isFinite }.min { $0.validation < $1.validation }
    }
}
