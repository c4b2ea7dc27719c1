import Foundation

/// The heatmap's colour scale over the finished cells' figures: strength 0.1 for the
/// worst cell to 1 for the best (accuracy linearly, loss on a log scale, lower being
/// better), one hue, drawn per colour tier: a background colour in direct and 256
/// colours, a shade glyph (in the hue's ANSI colour) in 16 and 8 colours and without
/// colour. Cells where every run diverged are left out.
struct SearchColourScale {
    /// The worst and the best finite figure, as positions on the scale.
    private var low: Double?
    private var high: Double?
    private let measure: SearchScreenState.Measure

    init(grid: SearchGrid, split: SearchScreenState.Split, measure: SearchScreenState.Measure) {
        self.measure = measure
        let values = grid.cells.indices.filter { grid.cells[$0].map { $0.divergedRuns < $0.runs } ?? false }
            .compactMap { grid.value($0, split: split, measure: measure) }
            .filter { $0.isFinite && (measure == .accuracy || $0 > 0) }.map { Self.position($0, measure) }
        low = values.min()
        high = values.max()
    }

    /// Larger is better: the accuracy, or minus the log of the loss.
    private static func position(_ value: Double, _ measure: SearchScreenState.Measure) -> Double {
        measure == .accuracy ? value : -log(value)
    }

    /// 0.1 (worst) … 1 (best); 0 for a non-finite figure.
    func strength(_ value: Double) -> Double {
        guard value.isFinite, measure == .accuracy || value > 0, let low, let high else { return 0 }
        guard high > low else { return 1 }
        return 0.1 + 0.9 * (Self.position(value, measure) - low) / (high - low)
    }

    /// The cell that fills a heatmap rectangle for `value` in `palette`'s tier.
    func fill(_ value: Double, palette: Palette) -> Cell {
        let s = strength(value)
        let pixel = HeatPixel(hue: 1, strength: s)
        switch palette.tier {
        case .direct, .ansi256:
            return Cell(" ", background: palette.heatColour(pixel))
        case .ansi16, .ansi8:
            return palette.heatCell(top: pixel, bottom: pixel, hues: 2)
        case .monochrome:
            return Cell(Palette.shadeGlyphs[min(3, Int(s * 4))])
        }
    }
}
