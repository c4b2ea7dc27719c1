import Testing
@testable import NNCore

/// Fitting imported points into the playground's square.
@Suite struct DatasetDomainFitTests {
    let samples = [
        Sample(x1: 10, x2: -1, label: 0), Sample(x1: 20, x2: 3, label: 1),
        Sample(x1: 15, x2: 1, label: 2), Sample(x1: 12.5, x2: 0, label: 1),
    ]

    @Test func boundingBoxMapsOntoTheTarget() {
        let fitted = DomainFit.rescale(samples)
        #expect(fitted.map(\.x1) == [-5, 5, 0, -2.5])
        #expect(fitted.map(\.x2) == [-5, 5, 0, -2.5])
        #expect(fitted.map(\.label) == samples.map(\.label))
        #expect(DomainFit.fitsDomain(fitted))
        let unit = DomainFit.rescale(samples, into: 0...1)
        #expect(unit.map(\.x1) == [0, 1, 0.5, 0.25])
        #expect(unit.map(\.x2).min() == 0 && unit.map(\.x2).max() == 1)
    }

    @Test func zeroWidthAxisMapsToTheMiddleOfTheTarget() {
        let flat = [Sample(x1: 3, x2: 7, label: 0), Sample(x1: 5, x2: 7, label: 1)]
        #expect(DomainFit.rescale(flat).map(\.x2) == [0, 0])
        #expect(DomainFit.rescale(flat, into: 2...4).map(\.x2) == [3, 3])
        #expect(DomainFit.rescale([]) == [])
        #expect(DomainFit.rescale([Sample(x1: 9, x2: -9, label: 1)]) == [Sample(x1: 0, x2: 0, label: 1)])
    }

    @Test func fitsDomainIsTheClosedSquare() {
        #expect(DomainFit.fitsDomain([]))
        #expect(DomainFit.fitsDomain([Sample(x1: -6, x2: 6, label: 0)]))
        #expect(!DomainFit.fitsDomain([Sample(x1: 0, x2: 6.000001, label: 0)]))
        #expect(!DomainFit.fitsDomain([Sample(x1: -6.5, x2: 0, label: 0)]))
        #expect(!DomainFit.fitsDomain(samples))
    }

    /// An axis from −1.79e308 to 1.79e308 is wider than the largest Double: its
    /// width overflowed to infinity and the top point became NaN. Now every point
    /// lands where the affine map puts it.
    @Test func anAxisWiderThanTheLargestDoubleStaysFinite() {
        let samples = [Sample(x1: -1.79e308, x2: 0, label: 0), Sample(x1: 0, x2: 1, label: 1),
                       Sample(x1: 1.79e308, x2: 2, label: 0)]
        let fitted = DomainFit.rescale(samples)
        #expect(fitted.map(\.x1) == [-5, 0, 5])
        #expect(fitted.map(\.x2) == [-5, 0, 5])
    }
}
