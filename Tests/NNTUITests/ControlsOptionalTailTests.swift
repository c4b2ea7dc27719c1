import NNCore
import Testing
@testable import NNTUI

/// The validation rows and, in free play, the `more` section are the panel's optional
/// tail: a panel too short for every row leaves them out (so an 80×24 screen shows
/// what it showed before them) until the focus moves down to them, and a tall panel
/// always shows them.
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

    /// At 80×24 free play shows the panel it showed before the validation and `more`
    /// rows, with ▼ saying that rows follow; End focuses the last (`shuffle`) and
    /// scrolls the tail in, so every setting of `nnplay train` can be reached.
    @Test func endFocusesTheLastRowAndShowsTheTail() {
        let start = AppState(config: TrainingConfig())
        let model = start.controlsModel
        let tail = ControlID.validationRows.count + 1 + ControlID.extraControls.count
        #expect(model.optionalTail == tail)
        #expect(model.items.suffix(2).map(\.label) == ["clip", "shuffle"])
        #expect(model.shownCount(rows: 20) == model.items.count - tail)
        #expect(Self.panelText(model).contains("seed"))
        #expect(Self.panelText(model).contains("▼"), "rows follow")
        #expect(!Self.panelText(model).contains("patience"))
        let end = AppFixture.press([.end], on: start).0
        #expect(end.focus == .shuffle)
        #expect(end.controlsModel.shownCount(rows: 20) == model.items.count)
        let text = Self.panelText(end.controlsModel)
        #expect(text.contains("shuffle") && text.contains("patience") && text.contains("▲"))
    }

    /// The panel as drawn at 80×24: 26 columns by 22 rows (20 inside).
    static func panelText(_ model: ControlsModel) -> String {
        var canvas = Canvas(size: Size(width: 26, height: 22))
        ControlsPanel.draw(model, in: Rect(x: 0, y: 0, width: 26, height: 22), canvas: &canvas)
        return (0..<22).map { canvas.text(row: $0) }.joined(separator: "\n")
    }
}
