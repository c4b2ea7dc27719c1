import NNCore

/// The best-epoch mark of early stopping: a dotted vertical line at the epoch with the
/// lowest validation loss (the weights early stopping keeps and restores), drawn
/// under the curves, a ▲ under it on the epoch axis where there is room between the
/// first and last labels, and `▲ best k` in the title bar.
extension LossChartView {
    /// The title bar's note of the best epoch: ` ▲ best 52 `.
    static func bestTag(_ best: Int) -> String { " ▲ best " + NumberText.grouped(best) + " " }

    /// The dot column of `epoch` on a plot of `history`'s epochs `dotWidth` dots wide
    /// (as `plotSeries` places points); nil outside the epochs shown.
    static func dotColumn(of epoch: Double, history: [LossPoint], dotWidth: Int) -> Int? {
        guard let first = history.first?.epoch, let last = history.last?.epoch, epoch >= first, epoch <= last else {
            return nil
        }
        let span = last - first
        return span > 0 ? Int(((epoch - first) / span * Double(dotWidth - 1)).rounded()) : 0
    }

    /// Marks epoch `best` on the plot (nothing when it lies outside the epochs shown,
    /// as in a recent window that starts after it).
    static func markBest(_ best: Int, history: [LossPoint], current: Int?, name: EpochName, plot: Rect,
                         grid: inout BrailleGrid, canvas: inout Canvas) {
        guard let x = dotColumn(of: Double(best), history: history, dotWidth: grid.dotWidth) else { return }
        for y in stride(from: 0, to: grid.dotHeight, by: 2) { grid.set(x: x, y: y, colour: .semantic(.good)) }
        let column = plot.x + x / 2
        // The axis gets a ▲ under the line where it clears the first epoch's label
        // and `epoch n`; the title bar names the epoch (`bestTag`).
        let firstLabel = NumberText.grouped(Int((history.first?.epoch ?? 0).rounded(.down))).count
        let last = current ?? Int((history.last?.epoch ?? 0).rounded(.down))
        let endStart = plot.maxX - (name.singular + " " + NumberText.grouped(last)).count
        guard column >= plot.x + firstLabel + 1, column < endStart - 1 else { return }
        canvas.put("▲", column: column, row: plot.maxY, style: CellStyle(foreground: .semantic(.good)))
    }
}
