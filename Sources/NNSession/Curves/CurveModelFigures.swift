import NNCore

/// One model's numbers as the screen shows them: mean squared errors on each set and,
/// for the polynomials, the coefficients.
package struct CurveModelFigures: Sendable, Equatable {
    package var train: Double
    package var validation: Double
    package var test: Double
    /// Of 1, x, …, xᵈ in the original units (empty for the network).
    package var coefficients: [Double]
    /// Of 1, t, …, tᵈ, t = (x − c)/h (empty for the network).
    package var scaledCoefficients: [Double]

    package init(train: Double, validation: Double, test: Double, coefficients: [Double] = [],
                scaledCoefficients: [Double] = []) {
        self.train = train
        self.validation = validation
        self.test = test
        self.coefficients = coefficients
        self.scaledCoefficients = scaledCoefficients
    }

    init(_ fit: PolynomialFit, _ sample: CurveSample) {
        self.init(train: fit.meanSquaredError(sample.train), validation: fit.meanSquaredError(sample.validation),
                  test: fit.meanSquaredError(sample.test), coefficients: fit.coefficients,
                  scaledCoefficients: fit.scaledCoefficients)
    }

    init(_ descent: PolynomialDescent, _ sample: CurveSample) {
        self.init(train: descent.meanSquaredError(sample.train),
                  validation: descent.meanSquaredError(sample.validation), test: descent.meanSquaredError(sample.test),
                  coefficients: descent.coefficients, scaledCoefficients: descent.scaledCoefficients)
    }

    init(_ network: CurveNetworkFit, _ sample: CurveSample) {
        self.init(train: network.meanSquaredError(sample.train),
                  validation: network.meanSquaredError(sample.validation), test: network.meanSquaredError(sample.test))
    }
}
