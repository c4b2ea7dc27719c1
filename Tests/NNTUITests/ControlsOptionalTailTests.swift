import NNCore
import Testing
@testable import NNTUI

/// The validation rows are the panel's optional tail: a panel too short for every
/// row leaves them out (so an 80×24 screen shows what it showed before them) until
/// the focus moves down to them, and a tall panel always shows them.
@Suite struct ControlsOptionalTailTests {
    static func model(focused: Int) -> ControlsModel {
        let items = (0..<23).map { ControlItem(label: "row \($0)") }
        return ControlsModel(items: items, focused: focused, optionalTail: 3)
    }

    @Test func theTailIsLeftOutOnlyWhenItDoesNotFitAndIsNotFocused() {
        #expect(Self.model(focused: 5).shownCount(rows: 20) == 20)
        #expect(Self.model(focused: 21).shownCount(rows: 20) == 23)
        #expect(Self.model(focused: 5).shownCount(rows: 30) == 23)
    }

    /// At 80×24 the default panel is unchanged; focusing `patience` (End) scrolls the
    /// validation rows in.
    @Test func endFocusesPatienceAndShowsIt() {
        let start = AppState(config: TrainingConfig())
        let model = start.controlsModel
        #expect(model.items.suffix(3).map(\.label) == ["validation", "val ratio", "patience"])
        #expect(model.shownCount(rows: 20) == model.items.count - 3)
        let end = AppFixture.press([.end], on: start).0
        #expect(end.focus == .patience)
        #expect(end.controlsModel.shownCount(rows: 20) == model.items.count)
        var canvas = Canvas(size: Size(width: 26, height: 22))
        ControlsPanel.draw(end.controlsModel, in: Rect(x: 0, y: 0, width: 26, height: 22), canvas: &canvas)
        let text = (0..<22).map { canvas.text(row: $0) }.joined(separator: "\n")
        #expect(text.contains("patience"))
    }
}
