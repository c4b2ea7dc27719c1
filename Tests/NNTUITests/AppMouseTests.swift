import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Clicks, through the hit regions of real frames drawn for the state.
@Suite struct AppMouseTests {
    let snapshot: Snapshot
    let start = AppFixture.state()
    let frame: Frame
    let context: AppContext

    init() throws {
        snapshot = try AppFixture.snapshot()
        frame = AppFixture.frame(start, snapshot: snapshot)
        context = AppContext(frame)
    }

    func click(_ target: HitTarget, secondary: Bool = false, state: AppState? = nil) throws -> (AppState, [Command]) {
        let cell = try #require(AppFixture.cell(of: target, in: frame), "no \(target) on screen")
        return AppFixture.press([.click(column: cell.column, row: cell.row, secondary: secondary)], on: state ?? start,
                                context: context)
    }

    @Test func clickFocusesAControlAndASecondClickStepsIt() throws {
        let activation = try #require(start.rows.firstIndex(of: .control(.activation)))
        let (focused, none) = try click(.control(activation))
        #expect(focused.focus == .activation)
        #expect(none.isEmpty)
        let (stepped, commands) = try click(.control(activation), state: focused)
        #expect(stepped.config.activation == .relu)
        #expect(commands == [.configure(stepped.config)])
        let (back, _) = try click(.control(activation), secondary: true, state: stepped)
        #expect(back.config.activation == .tanh)
    }

    @Test func clickOnRegenerateRegenerates() throws {
        let row = try #require(start.rows.firstIndex(of: .control(.regenerate)))
        let (state, commands) = try click(.control(row))
        #expect(commands == [.regenerateData])
        #expect(state.focus == .regenerate)
    }

    @Test func clickOnAFeatureTogglesIt() throws {
        let (on, commands) = try click(.feature(2))
        #expect(on.config.features == [.x1, .x2, .x1Squared])
        #expect(commands == [.configure(on.config)])
        let (off, _) = try click(.feature(0))
        #expect(off.config.features == [.x2])
    }

    @Test func plusAndMinusButtonsChangeLayersAndNeurons() throws {
        #expect(try click(.addLayer).0.config.hiddenLayers == [4, 2, 2], "a new layer as wide as the last")
        #expect(try click(.removeLayer).0.config.hiddenLayers == [4])
        #expect(try click(.addNeuron(layer: 1)).0.config.hiddenLayers == [4, 3])
        #expect(try click(.removeNeuron(layer: 0)).0.config.hiddenLayers == [3, 2])
        var full = start
        full.config.hiddenLayers = [8, 2]
        #expect(full.changeNeuronsResult(layer: 0) == nil, "the + button stops at 8")
        #expect(full.changeNeuronsResult(layer: 1) != nil)
    }

    @Test func clickOnTheHeatmapAddsAPoint() throws {
        guard case .regular(let rects) = frame.layout else { Issue.record("no layout"); return }
        let plot = HeatmapView.plotRect(in: rects.heatmap)
        let centre = (column: plot.x + plot.width / 2, row: plot.y + plot.height / 2)
        let (state, commands) = AppFixture.press([.click(column: centre.column, row: centre.row, secondary: false)],
                                                 on: start, context: context)
        guard case .addPoint(let sample) = commands.first, commands.count == 1 else {
            Issue.record("expected one addPoint, got \(commands)")
            return
        }
        #expect(abs(sample.x1) < 0.3 && abs(sample.x2) < 0.5)
        #expect(sample.label == 1)
        #expect(state.addedPoints == 1)
        let (_, other) = AppFixture.press([.click(column: plot.x, row: plot.y, secondary: true)], on: start,
                                          context: context)
        guard case .addPoint(let corner) = other.first else { Issue.record("no point"); return }
        #expect(corner.label == 0)
        #expect(corner.x1 < -5.5 && corner.x2 > 5.5, "top left is (-6, 6)")
        var regression = start
        regression.config = AppFixture.config { $0.dataset.kind = .regPlane; $0.output = .linear; $0.loss = .meanSquaredError }
        let (_, value) = AppFixture.press([.click(column: plot.x, row: plot.y, secondary: true)], on: regression,
                                          context: context)
        guard case .addPoint(let low) = value.first else { Issue.record("no point"); return }
        #expect(low.label == -1)
    }

    @Test func clicksOutsideTargetsAndOnTheAxisDoNothing() {
        let (state, commands) = AppFixture.press([.click(column: 0, row: 0, secondary: false)], on: start,
                                                 context: context)
        #expect(state == start && commands.isEmpty)
    }

    @Test func clickClosesHelpAndNothingElse() throws {
        var help = start
        help.showHelp = true
        let (closed, commands) = try click(.feature(2), state: help)
        #expect(!closed.showHelp && commands.isEmpty)
    }

    @Test func clickWhileTypingAppliesTheValueFirst() throws {
        var typing = start
        typing.editing = TextEdit(text: "0.3")
        let (state, commands) = try click(.feature(2), state: typing)
        #expect(state.config.optimizer.learningRate == 0.3)
        #expect(state.config.features == [.x1, .x2, .x1Squared])
        #expect(commands.count == 2)
        typing.editing = TextEdit(text: "oops")
        let (stuck, none) = try click(.feature(2), state: typing)
        #expect(none.isEmpty)
        #expect(stuck.editing?.problem == "not a number")
    }

    @Test func scrollOverTheControlsMovesTheFocus() throws {
        let cell = try #require(AppFixture.cell(of: .control(1), in: frame))
        let (up, _) = AppFixture.press([.scrollUp(column: cell.column, row: cell.row)], on: start, context: context)
        #expect(up.focus == .optimizer)
        let (down, _) = AppFixture.press([.scrollDown(column: cell.column, row: cell.row)], on: start, context: context)
        #expect(down.focus == .momentum)
    }
}

extension AppState {
    /// What + above layer `layer` would send, without keeping the state.
    func changeNeuronsResult(layer: Int) -> [Command]? {
        var copy = self
        let commands = copy.changeNeurons(layer: layer, by: 1)
        return commands.isEmpty ? nil : commands
    }
}
