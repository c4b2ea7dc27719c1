/// Small text helpers for metric reports, written here because the core avoids
/// Foundation (no `String(format:)`) and must print the same digits everywhere.
enum MetricText {
    /// `value` rounded half away from zero to `digits` decimals, e.g. 0.33333 → "0.333",
    /// −0.0004 → "0.000" (no "−0.000"). Non-finite values print as "nan", "inf", "-inf".
    static func fixed(_ value: Double, digits: Int = 3) -> String {
        precondition((0...9).contains(digits), "digits must be in 0...9")
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        // Past 2⁶² the integer conversion would trap; such values are not metrics.
        guard scaled < 0x1p62 else { return "\(value)" }
        let units = Int(scaled)
        let unit = Int(scale)
        var text = String(units / unit)
        if digits > 0 {
            let fraction = String(units % unit)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// `text` right-aligned in a field of `width` characters (longer text is kept whole).
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `text` left-aligned in a field of `width` characters (longer text is kept whole).
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// `text` cut to at most `width` characters, ending in "…" when something was cut.
    static func truncated(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }
}
