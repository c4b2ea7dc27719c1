import Testing
@testable import NNCore

/// The curve lab's pieces on cases with answers known by hand.
@Suite struct CurveFitTests {
    @Test func householderSolvesASquareSystemExactly() throws {
        // [2 1; 1 3]·b = [3; 5] has b = (0.8, 1.4).
        let s = try #require(HouseholderLeastSquares.solve(rows: [[2, 1], [1, 3]], [3, 5]))
        #expect(abs(s.coefficients[0] - 0.8) < 1e-15 && abs(s.coefficients[1] - 1.4) < 1e-15)
    }

    @Test func householderFindsTheLeastSquaresLine() throws {
        // y = 1, 2, 2 at x = 0, 1, 2: the line 7/6 + x/2 (normal equations by hand).
        let s = try #require(HouseholderLeastSquares.solve(rows: [[1, 0], [1, 1], [1, 2]], [1, 2, 2]))
        #expect(abs(s.coefficients[0] - 7.0 / 6) < 1e-15 && abs(s.coefficients[1] - 0.5) < 1e-15)
    }

    @Test func dependentColumnsHaveNoUniqueFit() {
        #expect(HouseholderLeastSquares.solve(rows: [[1, 2], [2, 4], [3, 6]], [1, 2, 3]) == nil)
        let two = [CurveSample.Point(x: 0.1, y: 1), CurveSample.Point(x: 0.5, y: 2)]
        #expect(throws: PolynomialFit.Failure.rankDeficient) {
            try PolynomialFit(points: two, degree: 2, l2: 0, domain: 0...1)
        }
        // Ridge makes any degree solvable.
        #expect((try? PolynomialFit(points: two, degree: 5, l2: 1e-3, domain: 0...1)) != nil)
    }

    @Test func singularValuesOfAKnownMatrix() {
        // [3 0; 4 5] has AᵀA = [25 20; 20 25], eigenvalues 45 and 5: σ = √45, √5, κ = 3.
        let sigma = SingularValues.of([[3, 0], [4, 5]])
        #expect(abs(sigma[0] - 45.0.squareRoot()) < 1e-14 && abs(sigma[1] - 5.0.squareRoot()) < 1e-14)
        #expect(abs(SingularValues.conditionNumber([[3, 0], [4, 5]]) - 3) < 1e-14)
    }

    @Test func aNoiselessCubicIsRecoveredInOriginalUnits() throws {
        let target = CurveTarget(.poly) // 0.5x³ − 2x + 1 on [−3, 3]
        let sample = CurveSample(target: target, count: 20, noise: 0, seed: 9)
        let fit = try PolynomialFit(points: sample.train, degree: 3, l2: 0, domain: target.domain)
        for (a, expected) in zip(fit.coefficients, [1, -2, 0, 0.5]) { #expect(abs(a - expected) < 1e-12) }
        #expect(fit.meanSquaredError(sample.test) < 1e-24)
    }

    @Test func ridgeShrinksTheScaledCoefficients() throws {
        let target = CurveTarget(.sin)
        let sample = CurveSample(target: target, count: 50, noise: 0.3, seed: 1)
        func norm(_ l2: Double) throws -> Double {
            try PolynomialFit(points: sample.train, degree: 9, l2: l2, domain: target.domain)
                .scaledCoefficients.reduce(0) { $0 + $1 * $1 }
        }
        #expect(try norm(1) < norm(1e-3))
        #expect(try norm(1e-3) < norm(0))
    }

    @Test func theSampleSplits60_20_20AndRepeatsBySeed() {
        let a = CurveSample(target: CurveTarget(.step), count: 101, noise: 0.1, seed: 5)
        #expect(a.train.count == 60 && a.validation.count == 20 && a.test.count == 21)
        #expect(a == CurveSample(target: CurveTarget(.step), count: 101, noise: 0.1, seed: 5))
        #expect(a != CurveSample(target: CurveTarget(.step), count: 101, noise: 0.1, seed: 6))
        #expect(a.train.allSatisfy { (-1...1).contains($0.x) })
        #expect(zip(a.train, a.train.dropFirst()).allSatisfy { $0.x <= $1.x })
    }
}
