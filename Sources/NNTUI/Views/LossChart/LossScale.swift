/// The y axis of the loss chart: from 0 (or the smallest value, on a log scale) to the
/// largest finite value in the history, mapped onto the dot rows.
package struct LossScale: Equatable, Sendable {
    package let lower: Double
    package let upper: Double
    package let logarithmic: Bool

    /// Fits the finite (and, on a log scale, positive) values; nil when there are none.
    package init?(values: [Double], logarithmic: Bool) {
        let usable = values.filter { $0.isFinite && (!logarithmic || $0 > 0) }
        guard let low = usable.min(), let high = usable.max() else { return nil }
        self.logarithmic = logarithmic
        if logarithmic {
            lower = low
            upper = high > low ? high : low * 10
        } else {
            lower = min(0, low)
            upper = high > lower ? high : lower + 1
        }
    }

    /// Where `value` sits between the bottom (0) and the top (1); nil if it cannot be drawn.
    package func fraction(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        if logarithmic {
            guard value > 0 else { return nil }
            return (Platform.decimalLogarithm(value) - Platform.decimalLogarithm(lower))
                / (Platform.decimalLogarithm(upper) - Platform.decimalLogarithm(lower))
        }
        return (value - lower) / (upper - lower)
    }

    /// The dot row (0 at the top) of `value` on a chart `dotRows` dots tall.
    package func dotRow(_ value: Double, dotRows: Int) -> Int? {
        guard let f = fraction(value), dotRows > 0 else { return nil }
        let clamped = min(max(f, 0), 1)
        return (dotRows - 1) - Int((clamped * Double(dotRows - 1)).rounded())
    }
}
