import Testing
@testable import NNCore

@Suite struct MetricTextTests {
    @Test func fixedDecimals() {
        #expect(MetricText.fixed(1.0 / 3) == "0.333")
        #expect(MetricText.fixed(2.0 / 3) == "0.667")
        #expect(MetricText.fixed(-0.5773502691896258) == "-0.577")
        #expect(MetricText.fixed(0.4) == "0.400")
        #expect(MetricText.fixed(1) == "1.000")
        #expect(MetricText.fixed(0.0625, digits: 1) == "0.1")
        #expect(MetricText.fixed(12.5, digits: 0) == "13")
        #expect(MetricText.fixed(0.9996) == "1.000")
        #expect(MetricText.fixed(0.01, digits: 3) == "0.010")
    }

    @Test func noNegativeZeroAndNonFinite() {
        #expect(MetricText.fixed(-0.0004) == "0.000")
        #expect(MetricText.fixed(-0.0) == "0.000")
        #expect(MetricText.fixed(.nan) == "nan")
        #expect(MetricText.fixed(.infinity) == "inf")
        #expect(MetricText.fixed(-.infinity) == "-inf")
    }

    @Test func padding() {
        #expect(MetricText.right("7", 3) == "  7")
        #expect(MetricText.left("ab", 4) == "ab  ")
        #expect(MetricText.right("toolong", 3) == "toolong")
        #expect(MetricText.truncated("versicolor", 6) == "versi…")
        #expect(MetricText.truncated("iris", 6) == "iris")
    }
}
