/// Number formatting for the screen, without Foundation, so every machine prints
/// the same digits (frames must match their golden files exactly).
package enum NumberText {
    /// `value` rounded half away from zero to `digits` decimals: 0.33333 → "0.333";
    /// no "-0.000". Non-finite values print as "nan", "inf", "-inf".
    package static func fixed(_ value: Double, digits: Int) -> String {
        let digits = min(max(digits, 0), 9)
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 0x1p62 else { return value < 0 ? "-huge" : "huge" }
        let units = Int(scaled), unit = Int(scale)
        var text = String(units / unit)
        if digits > 0 {
            let fraction = String(units % unit)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// An integer with thousands separators: 12345 → "12,345".
    package static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// About `digits` significant digits in at most ~7 columns: 0.45678 → "0.457",
    /// 0.0012345 → "0.00123", 12.345 → "12.3", 123456 → "1.23e5", 0.0000123 → "1.23e-5".
    package static func significant(_ value: Double, digits: Int = 3) -> String {
        if !value.isFinite { return fixed(value, digits: 0) }
        if value == 0 { return "0" }
        let (m, exponent) = normalized(value.magnitude)
        if exponent >= 5 || exponent < -4 {
            return (value < 0 ? "-" : "") + powerOfTen(m, exponent: exponent, digits: digits)
        }
        let decimals = max(0, digits - 1 - exponent)
        return fixed(value, digits: decimals)
    }

    /// A positive value as `digits` significant digits and the power of ten, always:
    /// 0.00021 → "2.1e-4" (two digits), 99.96 → "1.0e2". Zero, negative and non-finite
    /// values print as `fixed(value, digits: 0)`.
    package static func scientific(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite, value > 0 else { return fixed(value, digits: 0) }
        let (m, exponent) = normalized(value)
        return powerOfTen(m, exponent: exponent, digits: digits)
    }

    /// A positive finite `magnitude` as a mantissa in [1, 10) and its power of ten.
    private static func normalized(_ magnitude: Double) -> (mantissa: Double, exponent: Int) {
        var exponent = 0, m = magnitude
        while m >= 10 { m /= 10; exponent += 1 }
        while m < 1 { m *= 10; exponent -= 1 }
        return (m, exponent)
    }

    /// "2.35e-4" from the normalized mantissa and exponent, rounded to `digits`
    /// significant digits; a mantissa that rounds up to 10 carries into the exponent.
    private static func powerOfTen(_ m: Double, exponent: Int, digits: Int) -> String {
        var exponent = exponent
        var mantissa = fixed(m, digits: max(0, digits - 1))
        if mantissa.hasPrefix("10") {  // 9.999 rounded up
            exponent += 1
            mantissa = fixed(m / 10, digits: max(0, digits - 1))
        }
        return mantissa + "e" + String(exponent)
    }

    /// The shortest plain decimal that gives `value` back at up to `digits`
    /// significant digits, for settings: 0.03 → "0.03", 0.00001 → "0.00001", 10 → "10",
    /// 0.1 + 0.2 → "0.3".
    package static func short(_ value: Double, digits: Int = 6) -> String {
        guard value.isFinite else { return fixed(value, digits: 0) }
        if value == 0 { return "0" }
        let exponent = normalized(value.magnitude).exponent
        guard exponent >= -9, exponent < 15 else { return significant(value, digits: 3) }
        var text = fixed(value, digits: min(9, max(0, digits - 1 - exponent)))
        if text.contains(".") {
            while text.last == "0" { text.removeLast() }
            if text.last == "." { text.removeLast() }
        }
        return text
    }

    /// A rate per second in at most seven columns: 1234.5 → "1,235", 29.7 → "30",
    /// 2.34 → "2.3", 123456 → "123k", 0.5 → "0.50".
    package static func rate(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "–" }
        if value >= 100_000 { return grouped(Int((value / 1000).rounded())) + "k" }
        if value >= 10 { return grouped(Int(value.rounded())) }
        return fixed(value, digits: value >= 1 ? 1 : 2)
    }

    /// A domain coordinate for an axis tick: integers without decimals ("-6", "0", "6").
    package static func tick(_ value: Double) -> String {
        value == value.rounded() && value.magnitude < 1e9 ? String(Int(value)) : significant(value, digits: 2)
    }

    /// A fraction as a percentage with one decimal: 0.9876 → "98.8%".
    package static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? fixed(fraction * 100, digits: 1) + "%" : "–"
    }
}
