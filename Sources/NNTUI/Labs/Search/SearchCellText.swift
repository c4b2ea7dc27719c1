import Foundation

/// How a figure reads in a heatmap cell and in the panel: accuracy as a percentage,
/// loss with three decimals (scientific when tiny or large), in as few characters as
/// the cell allows.
enum SearchCellText {
    /// The text of `value` in at most `width` characters.
    static func figure(_ value: Double, measure: SearchScreenState.Measure, width: Int) -> String {
        guard value.isFinite else { return "div" }
        switch measure {
        case .accuracy:
            let percent = value * 100
            let long = String(format: "%.1f", percent)
            return long.count <= width ? long : String(format: "%.0f", percent)
        case .loss:
            if value >= 0.001 && value < 10 {
                let long = String(format: "%.3f", value)
                return long.count <= width ? long : String(format: "%.2f", value)
            }
            return String(format: "%.0e", value)
        }
    }

    /// The panel's form: `97.5%` or `0.0821`.
    static func panel(_ value: Double?, measure: SearchScreenState.Measure) -> String {
        guard let value else { return "-" }
        guard value.isFinite else { return "diverged" }
        switch measure {
        case .accuracy: return String(format: "%.1f%%", value * 100)
        case .loss: return value >= 0.001 && value < 1e4 ? String(format: "%.4f", value) : String(format: "%.2e", value)
        }
    }
}
