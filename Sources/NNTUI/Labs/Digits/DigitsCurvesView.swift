import NNCore
import NNSession

/// The loss curves (the playground's loss chart: train, validation, test) above the
/// test accuracy over the epochs (a braille line from 0% at the bottom to 100% at the top).
/// The loss history has a point every few epochs (`PlaygroundState.historyInterval`);
/// the accuracy one whenever the engine measured it.
enum DigitsCurvesView {
    /// `epochName`: what the loss chart's axis counts (generations under GA and CMA-ES).
    static func draw(history: LossHistory, epoch: Int, epochName: EpochName = .epoch, accuracy: AccuracyHistory,
                     in rect: Rect, palette: Palette, canvas: inout Canvas) {
        guard rect.height >= 8, rect.width >= 16 else { return }
        let lossRows = rect.height * 3 / 5
        let points = history.points.map {
            LossPoint(epoch: Double($0.epoch), train: $0.trainLoss, test: $0.testLoss ?? .nan,
                      validation: $0.validationLoss ?? .nan)
        }
        LossChartView.draw(LossChartModel(history: points, currentEpoch: epoch, epochName: epochName),
                           in: rect.top(lossRows), palette: palette, canvas: &canvas)
        let last = accuracy.points.last.map { NumberText.fixed($0.accuracy * 100, digits: 1) + "%" } ?? "–"
        let plot = DigitsPanel.frame(rect.droppingTop(lossRows), title: "test accuracy \(last)", focused: false,
                                     canvas: &canvas)
        guard plot.height >= 1, plot.width >= 2 else { return }
        var grid = BrailleGrid(columns: plot.width, rows: plot.height)
        if let first = accuracy.points.first, let end = accuracy.points.last, grid.dotWidth > 1, grid.dotHeight > 1 {
            let span = Double(max(1, end.epoch - first.epoch))
            func x(_ p: AccuracyHistory.Point) -> Int { Int((Double(p.epoch - first.epoch) / span * Double(grid.dotWidth - 1)).rounded()) }
            func y(_ p: AccuracyHistory.Point) -> Int {
                Int(((1 - min(max(p.accuracy, 0), 1)) * Double(grid.dotHeight - 1)).rounded())
            }
            for (a, b) in zip(accuracy.points, accuracy.points.dropFirst()) {
                grid.line(x0: x(a), y0: y(a), x1: x(b), y1: y(b), colour: .semantic(.testLoss))
            }
            if accuracy.points.count == 1 { grid.set(x: x(first), y: y(first), colour: .semantic(.testLoss)) }
        }
        grid.draw(into: &canvas, column: plot.x, row: plot.y)
    }
}
