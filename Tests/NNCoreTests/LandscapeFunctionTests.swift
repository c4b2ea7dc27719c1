import Testing
@testable import NNCore

/// The landscape functions' gradients and Hessians against central finite differences
/// of their values (an independent check of the hand-written derivatives), and their
/// minima against the derivatives (stationary) and the known minimum values.
@Suite struct LandscapeFunctionTests {
    static let points: [[Double]] = [[0.3, -0.7], [-1.2, 0.9], [1.7, 1.3], [-0.45, -1.6]]

    func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }

    @Test(arguments: LandscapeFunction.Kind.allCases)
    func gradientMatchesFiniteDifferences(kind: LandscapeFunction.Kind) {
        let f = LandscapeFunction(kind, condition: 7)
        let h = 1e-6
        for p in Self.points {
            let g = f.gradient(p)
            for i in 0..<2 {
                var up = p, down = p
                up[i] += h
                down[i] -= h
                let numeric = (f.value(up) - f.value(down)) / (2 * h)
                #expect(close(g[i], numeric, 1e-6), "\(kind) ∂f/∂x\(i + 1) at \(p): \(g[i]) vs \(numeric)")
            }
        }
    }

    @Test(arguments: LandscapeFunction.Kind.allCases)
    func hessianMatchesFiniteDifferencesOfTheGradient(kind: LandscapeFunction.Kind) {
        let f = LandscapeFunction(kind, condition: 7)
        let h = 1e-6
        for p in Self.points {
            let hessian = f.hessian(p)
            let column = (0..<2).map { i -> [Double] in
                var up = p, down = p
                up[i] += h
                down[i] -= h
                let gu = f.gradient(up), gd = f.gradient(down)
                return [(gu[0] - gd[0]) / (2 * h), (gu[1] - gd[1]) / (2 * h)]
            }
            #expect(close(hessian.xx, column[0][0], 1e-5), "\(kind) xx at \(p)")
            #expect(close(hessian.xy, column[0][1], 1e-5), "\(kind) xy at \(p)")
            #expect(close(hessian.xy, column[1][0], 1e-5), "\(kind) yx at \(p)")
            #expect(close(hessian.yy, column[1][1], 1e-5), "\(kind) yy at \(p)")
        }
    }

    @Test(arguments: LandscapeFunction.Kind.allCases)
    func minimaAreStationaryAndInTheViewBox(kind: LandscapeFunction.Kind) {
        let f = LandscapeFunction(kind)
        for m in f.minima {
            let g = f.gradient(m)
            #expect((g[0] * g[0] + g[1] * g[1]).squareRoot() < 1e-9, "\(kind) gradient at \(m): \(g)")
            #expect(f.viewBox.x.contains(m[0]) && f.viewBox.y.contains(m[1]))
            let h = f.hessian(m) // positive definite: a minimum, not a saddle
            #expect(h.xx > 0 && h.xx * h.yy - h.xy * h.xy > 0, "\(kind) Hessian at \(m)")
        }
    }

    @Test func knownMinimumValues() {
        let expected: [LandscapeFunction.Kind: Double] = [
            .ravine: 0, .saddle: -0.25, .rosenbrock: 0, .himmelblau: 0, .beale: 0, .rastrigin: 0, .ackley: 0,
        ]
        for (kind, value) in expected {
            let f = LandscapeFunction(kind)
            for m in f.minima { #expect(abs(f.value(m) - value) < 1e-14, "\(kind) at \(m): \(f.value(m))") }
        }
    }

    @Test func theRavinesConditionNumberIsItsHessiansEigenvalueRatio() {
        let h = LandscapeFunction(.ravine, condition: 250).hessian([0.4, -1])
        #expect(h.yy / h.xx == 250 && h.xy == 0)
    }

    @Test func theLogisticSliceIsARealLossOfTheGaussData() {
        let f = LandscapeFunction(.logistic)
        // At w = 0 every point has σ = ½: the loss is ln 2.
        #expect(close(f.value([0, 0]), 0.6931471805599453, 1e-15))
        // Class 1 is around (2, 2) and class 0 around (−2, −2), so both best weights are
        // positive, and the overlapping clouds keep the loss well above 0.
        let m = f.minima[0]
        #expect(m[0] > 0.3 && m[1] > 0.3)
        #expect(f.value(m) > 0.05 && f.value(m) < 0.3)
    }

    @Test func nearestMinimumOfHimmelblau() {
        let (m, d) = LandscapeFunction(.himmelblau).nearestMinimum(to: [-3, 3])
        #expect(m == [-2.805118086952745, 3.131312518250573])
        #expect(close(d, ((3 - 2.805118086952745) * (3 - 2.805118086952745)
                          + (3.131312518250573 - 3) * (3.131312518250573 - 3)).squareRoot(), 1e-15))
    }
}
