import Testing
@testable import NNCore

@Suite struct NumberTextTests {
    @Test func fixedAndGrouped() {
        #expect(NumberText.fixed(0.33333, digits: 3) == "0.333")
        #expect(NumberText.fixed(-0.0004, digits: 3) == "0.000")
        #expect(NumberText.fixed(2.5, digits: 0) == "3")
        #expect(NumberText.fixed(.nan, digits: 2) == "nan" && NumberText.fixed(-.infinity, digits: 2) == "-inf")
        #expect(NumberText.grouped(1_234_567) == "1,234,567" && NumberText.grouped(-999) == "-999")
    }

    @Test(arguments: [
        (0.45678, "0.457"), (0.0012345, "0.00123"), (12.345, "12.3"), (123_456.0, "1.23e5"),
        (0.0000123, "1.23e-5"), (0.0, "0"), (-0.5, "-0.500"), (9.9996e-6, "1.00e-5"), (Double.infinity, "inf"),
    ])
    func significantDigits(value: Double, text: String) {
        #expect(NumberText.significant(value) == text)
    }

    @Test(arguments: [
        (0.00021, "2.1e-4"), (3.21, "3.2e0"), (123_456.0, "1.2e5"), (9.96e-3, "1.0e-2"), (99.96, "1.0e2"),
        (0.0, "0"), (Double.nan, "nan"), (Double.infinity, "inf"),
    ])
    func scientificAlways(value: Double, text: String) {
        #expect(NumberText.scientific(value, digits: 2) == text)
    }

    @Test func scientificMatchesSignificantWhereBothUsePowersOfTen() {
        for value in [1.23456e5, 9.9996e-6, 0.0000123, 7.0e9] {
            #expect(NumberText.scientific(value, digits: 3) == NumberText.significant(value))
        }
    }

    @Test(arguments: [(0.03, "0.03"), (0.00001, "0.00001"), (10.0, "10"), (0.1 + 0.2, "0.3"), (3e-12, "3.00e-12")])
    func shortSettings(value: Double, text: String) {
        #expect(NumberText.short(value) == text)
    }

    @Test func ratesAndTicks() {
        #expect(NumberText.rate(1234.5) == "1,235" && NumberText.rate(29.7) == "30" && NumberText.rate(2.34) == "2.3")
        #expect(NumberText.rate(123_456) == "123k" && NumberText.rate(.nan) == "–")
        #expect(NumberText.tick(-6) == "-6" && NumberText.tick(0) == "0" && NumberText.tick(2.5) == "2.5")
        #expect(NumberText.percent(0.9876) == "98.8%")
    }
}
