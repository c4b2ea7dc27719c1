import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The loss chart with a validation set and early stopping: the third curve and its
/// legend, the best-epoch mark, the current epoch, and `z` switching between the
/// whole run and the recent window (golden frames of a real run that stopped early).
@Suite struct LossChartValidationTests {
    static let config: TrainingConfig = {
        var c = TrainingConfig(dataset: DatasetConfig(kind: .spiral, noise: 0.2, testRatio: 0.5),
                               hiddenLayers: [8, 8], optimizer: OptimizerConfig(kind: .adam, learningRate: 0.03))
        c.dataset.validationRatio = 0.2
        c.patience = 15
        return c
    }()

    /// A playground that played until early stopping paused it, and the interface
    /// that adopted its report (the note says what happened).
    static func stopped() throws -> (AppState, Snapshot) {
        var playground = try PlaygroundState(config: config)
        playground.apply(.play)
        while playground.isPlaying && playground.sessionStep < 100_000 { playground.step() }
        let snapshot = playground.snapshot()
        var state = AppState(config: config)
        state.adopt(EngineReport(snapshot))
        return (state, snapshot)
    }

    static func dump(_ frame: Frame, size: Size, tier: ColourTier) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(frame.canvas)
        return backend.dump
    }

    @Test(arguments: [(Size(width: 120, height: 40), ColourTier.ansi256), (Size(width: 120, height: 40), .monochrome),
                      (Size(width: 80, height: 24), .ansi256), (Size(width: 200, height: 60), .direct)])
    func stoppedEarlyFrames(size: Size, tier: ColourTier) throws {
        let (state, snapshot) = try Self.stopped()
        let frame = AppFixture.frame(state, snapshot: snapshot, size: size, tier: tier)
        GoldenFile.check(Self.dump(frame, size: size, tier: tier),
                         named: "validation-stopped-\(size.width)x\(size.height)-\(tier)")
    }

    @Test func theRecentWindowFrame() throws {
        let (state, snapshot) = try Self.stopped()
        let (recent, commands) = AppFixture.press([.character("z")], on: state)
        #expect(commands.isEmpty)
        let size = Size(width: 120, height: 40)
        let frame = AppFixture.frame(recent, snapshot: snapshot, size: size)
        GoldenFile.check(Self.dump(frame, size: size, tier: .ansi256), named: "validation-recent-120x40-256")
    }

    @Test func theNoteSaysEarlyStoppingStoppedAndRestored() throws {
        let (state, snapshot) = try Self.stopped()
        let best = try #require(snapshot.bestEpoch)
        #expect(state.message == "early stop at epoch \(best + 15): validation loss lowest at epoch \(best), "
                + "its weights restored (space trains on)")
        var again = state
        again.message = nil
        again.adopt(EngineReport(snapshot))
        #expect(again.message == nil, "each stop is told once")
    }

    /// `z` toggles the window in the state machine and sends nothing; the model then
    /// shows the last quarter of the epochs (at least 8 points), the whole run again
    /// after a second `z`.
    @Test func zSwitchesBetweenTheWholeRunAndTheRecentWindow() throws {
        let start = AppState(config: TrainingConfig())
        let (once, commands) = AppFixture.press([.character("z")], on: start)
        #expect(once.recentLoss && commands.isEmpty)
        #expect(!AppFixture.press([.character("z"), .character("z")], on: start).0.recentLoss)
        let history = (0...100).map { LossPoint(epoch: Double($0), train: 1 / Double($0 + 1)) }
        var model = LossChartModel(history: history)
        #expect(model.shown.count == 101)
        model.recentWindow = true
        #expect(model.shown.first?.epoch == 75 && model.shown.last?.epoch == 100)
        model.history = Array(history.prefix(10))
        #expect(model.shown.count == 8 && model.shown.last?.epoch == 9)
    }

    /// Drawn alone: the legend names the third curve, the best epoch is marked under
    /// the plot, and the axis ends at the current epoch even when the last point of
    /// the history is older.
    @Test func theChartAloneHasThreeCurvesAndMarks() {
        let history = (0...40).map { e -> LossPoint in
            let x = Double(e)
            return LossPoint(epoch: x, train: 1 / (x + 1), test: 1 / (x + 1) + 0.1, validation: 0.3 + abs(x - 20) / 100)
        }
        let model = LossChartModel(history: history, currentEpoch: 41, bestEpoch: 20)
        var canvas = Canvas(size: Size(width: 60, height: 12))
        LossChartView.draw(model, in: Rect(x: 0, y: 0, width: 60, height: 12), palette: Palette(tier: .ansi256),
                           canvas: &canvas)
        let rows = (0..<12).map { canvas.text(row: $0) }
        #expect(rows[1].contains("━ train 0.0244  ━ val 0.500  ━ test 0.124"))
        #expect(rows[0].contains(" ▲ best 20 "))
        #expect(rows[10].contains("▲"))
        #expect(rows[10].hasSuffix("epoch 41│"))

        // Under GA and CMA-ES the axis counts generations; the best mark still clears its label.
        var generations = model
        generations.epochName = OptimizerKind.cmaes.epochName
        var evolved = Canvas(size: Size(width: 60, height: 12))
        LossChartView.draw(generations, in: Rect(x: 0, y: 0, width: 60, height: 12), palette: Palette(tier: .ansi256),
                           canvas: &evolved)
        let axis = evolved.text(row: 10)
        #expect(axis.hasSuffix("generation 41│") && axis.contains("▲") && !axis.contains("epoch"))
    }
}
