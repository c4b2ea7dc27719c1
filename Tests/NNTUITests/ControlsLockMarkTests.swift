import NNCore
import NNSession
import Testing
@testable import NNTUI

/// In a lesson the controls panel marks the rows the step locks with `⊘` before the
/// student touches them, and a focused locked row offers no `‹ ›` arrows.
@Suite struct ControlsLockMarkTests {
    @Test func theMarkIsOneColumn() {
        #expect(ControlItem.lockMark.isOneColumn)
    }

    @Test func theLessonsLockedRowsAreMarked() throws {
        let (state, _) = try LessonModeTests.opened()  // the step locks dataset and hidden
        let model = state.controlsModel
        let locked = model.items.filter(\.isLocked).map(\.label)
        #expect(locked == ["problem", "dataset", "regenerate data", "hidden"])
        let playground = AppState(config: TrainingConfig()).controlsModel
        #expect(playground.items.filter(\.isLocked).isEmpty)
    }

    @Test func aFocusedLockedRowShowsTheMarkAndNoArrows() {
        let items = [ControlItem(label: "hidden", value: "4", isLocked: true),
                     ControlItem(label: "noise", value: "0.1"),
                     ControlItem.action("regenerate data", isLocked: true)]
        var canvas = Canvas(size: Size(width: 26, height: 5))
        ControlsPanel.draw(ControlsModel(items: items, focused: 0), in: canvas.bounds, canvas: &canvas)
        #expect(canvas.text(row: 1) == "│▸hidden ⊘ 4             │")
        #expect(canvas.text(row: 2) == "│ noise    0.1           │")
        #expect(canvas.text(row: 3) == "│ ↻ regenerate data ⊘    │")
    }
}
