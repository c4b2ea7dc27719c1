import Testing
@testable import NNCore

/// The fixed-decimal form the reports print and the padding of their columns.
@Suite struct ReportTextTests {
    @Test func fixedDecimals() {
        #expect(NumberText.fixed(1.0 / 3, digits: 3) == "0.333")
        #expect(NumberText.fixed(2.0 / 3, digits: 3) == "0.667")
        #expect(NumberText.fixed(-0.5773502691896258, digits: 3) == "-0.577")
        #expect(NumberText.fixed(0.4, digits: 3) == "0.400")
        #expect(NumberText.fixed(1, digits: 3) == "1.000")
        #expect(NumberText.fixed(0.0625, digits: 1) == "0.1")
        #expect(NumberText.fixed(12.5, digits: 0) == "13")
        #expect(NumberText.fixed(0.9996, digits: 3) == "1.000")
        #expect(NumberText.fixed(0.01, digits: 3) == "0.010")
    }

    @Test func noNegativeZeroAndNonFinite() {
        #expect(NumberText.fixed(-0.0004, digits: 3) == "0.000")
        #expect(NumberText.fixed(-0.0, digits: 3) == "0.000")
        #expect(NumberText.fixed(.nan, digits: 3) == "nan")
        #expect(NumberText.fixed(.infinity, digits: 3) == "inf")
        #expect(NumberText.fixed(-.infinity, digits: 3) == "-inf")
    }

    @Test func padding() {
        #expect("7".padded(left: 3) == "  7")
        #expect("ab".padded(to: 4) == "ab  ")
        #expect("toolong".padded(left: 3) == "toolong")
        #expect("versicolor".truncated(to: 6) == "versi…")
        #expect("iris".truncated(to: 6) == "iris")
    }
}
