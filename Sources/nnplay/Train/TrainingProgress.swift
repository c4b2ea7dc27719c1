import Foundation
import NNCore
import NNTUI

/// Progress of a headless run on stderr: on a terminal one line redrawn in place
/// (at most ten times a second), otherwise a plain line at every tenth of the epochs,
/// so logs stay short. Nothing at all when quiet.
struct TrainingProgress {
    enum Style {
        /// Say nothing.
        case quiet
        /// Redraw one line with `\r` (stderr is a terminal).
        case redraw
        /// Append a line every ~10% of the epochs.
        case lines
    }

    let style: Style
    let totalEpochs: Int
    private var lastDraw: Double = -.infinity
    private var lastDecile = 0
    private var drewLine = false

    /// The style for the current stderr: redrawn on a terminal, lines otherwise.
    init(totalEpochs: Int, quiet: Bool) {
        self.totalEpochs = totalEpochs
        if quiet || totalEpochs == 0 {
            style = .quiet
        } else {
            style = Platform.isTerminal(Platform.standardError) ? .redraw : .lines
        }
    }

    /// Called after each epoch with the training time so far (in seconds, excluding
    /// the time spent here). Evaluates the losses only when something is shown.
    mutating func epochFinished(_ trainer: Trainer, trainingSeconds: Double, wallSeconds: Double) {
        let epoch = trainer.epochs
        switch style {
        case .quiet:
            return
        case .redraw:
            guard wallSeconds - lastDraw >= 0.1 || epoch == totalEpochs else { return }
            lastDraw = wallSeconds
            StandardError.write("\r\u{1B}[K" + line(trainer, trainingSeconds: trainingSeconds, bar: true))
            drewLine = true
        case .lines:
            let decile = epoch * 10 / totalEpochs
            guard decile > lastDecile else { return }
            lastDecile = decile
            StandardError.write(line(trainer, trainingSeconds: trainingSeconds, bar: false) + "\n")
        }
    }

    /// Clears the redrawn line so the report starts on a clean screen.
    func finish() {
        if style == .redraw && drewLine { StandardError.write("\r\u{1B}[K") }
    }

    /// `epoch 120/500 [#####...] train loss 0.1234  test loss 0.2345  812.3 epochs/s`
    /// (`generation 120/500 …` under GA and CMA-ES).
    private func line(_ trainer: Trainer, trainingSeconds: Double, bar: Bool) -> String {
        let epoch = trainer.epochs
        let evaluation = trainer.evaluate()
        let name = trainer.config.optimizer.kind.epochName
        var text = "\(name.singular) \(epoch)/\(totalEpochs)"
        if bar {
            let width = 20
            let filled = min(width, epoch * width / max(1, totalEpochs))
            text += " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
        }
        text += "  train loss \(TextReport.metric(evaluation.train.loss))"
        if let test = evaluation.test { text += "  test loss \(TextReport.metric(test.loss))" }
        if trainingSeconds > 0 { text += String(format: "  %.1f \(name.plural)/s", Double(epoch) / trainingSeconds) }
        return text
    }
}
