/// The search screen's own state and its key handling, a pure function tested without a
/// terminal: the cursor on the grid, which figure the heatmap shows (validation or
/// train, accuracy or loss) and a note. Keys: arrows (or h j k l) move, Enter (or a
/// click on the cell under the cursor) opens the cell in the playground, `v` switches
/// validation/train, `m` accuracy/loss, `b` jumps to the best cell, `q`, Esc or Ctrl-C
/// leaves.
package struct SearchScreenState: FeedScreenState {
    package enum Split: Equatable, Sendable { case validation, train }
    package enum Measure: Equatable, Sendable { case accuracy, loss }

    package var column = 0
    package var row = 0
    package var split = Split.validation
    package var measure = Measure.accuracy
    /// A line for the status row until the next key.
    package var note: String?
    /// True once the cursor was moved by hand: until then it follows the best cell.
    package var moved = false
    package var returnsToPlayground = false

    package init() {}

    /// The keys, for the hint bar and `--help`.
    package static let bindings: [KeyBinding] = [
        KeyBinding(keys: "← ↑ ↓ → (h j k l)", action: "move between cells (or click one)", hint: "cell", hintKeys: "←↑↓→"),
        KeyBinding(keys: "Enter", action: "open the cell's setup in the playground (q there comes back)", hint: "open"),
        KeyBinding(keys: "v", action: "show validation or train figures", hint: "val/train"),
        KeyBinding(keys: "m", action: "show accuracy or loss", hint: "acc/loss"),
        KeyBinding(keys: "b", action: "go to the best cell", hint: "best"),
        KeyBinding(keys: "q", action: "leave (an unfinished search is saved for --resume)", hint: "quit"),
    ]

    /// The measure shown: loss for a regression, whatever was chosen otherwise.
    package func shownMeasure(_ grid: SearchGrid) -> Measure {
        grid.classifies ? measure : .loss
    }

    package static func render(_ model: SearchGrid, state: SearchScreenState, size: Size, palette: Palette) -> Canvas {
        SearchScreen.render(grid: model, state: state, size: size, palette: palette)
    }

    /// Follows the best cell until the user moves the cursor.
    package mutating func follow(_ grid: SearchGrid) {
        guard !moved, let best = grid.best, grid.columns > 0 else { return }
        column = best % grid.columns
        row = best / grid.columns
    }

    /// Handles one input event on `grid` drawn at `size`.
    package mutating func handle(_ event: InputEvent, model grid: SearchGrid, size: Size) -> FeedAction {
        note = nil
        switch event {
        case .up, .character("k"): move(0, -1, grid)
        case .down, .character("j"): move(0, 1, grid)
        case .left, .character("h"): move(-1, 0, grid)
        case .right, .character("l"): move(1, 0, grid)
        case .home: move(-grid.columns, 0, grid)
        case .end: move(grid.columns, 0, grid)
        case .enter: return open(grid)
        case .character("v"): split = split == .validation ? .train : .validation
        case .character("m"):
            if grid.classifies { measure = measure == .accuracy ? .loss : .accuracy } else { note = "a regression has no accuracy: loss it is" }
        case .character("b"):
            if let best = grid.best {
                column = best % grid.columns
                row = best / grid.columns
                moved = false
            } else {
                note = "no cell has finished yet"
            }
        case .character("q"), .escape, .interrupt: return .quit
        case .click(let x, let y, _):
            let layout = SearchLayout(size: size, grid: grid, cursor: (column, row))
            guard let cell = layout.cell(atColumn: x, row: y) else { return .none }
            if cell.column == column && cell.row == row { return open(grid) }
            column = cell.column
            row = cell.row
            moved = true
        default: break
        }
        return .none
    }

    private mutating func move(_ dx: Int, _ dy: Int, _ grid: SearchGrid) {
        column = min(max(0, column + dx), max(0, grid.columns - 1))
        row = min(max(0, row + dy), max(0, grid.rows - 1))
        moved = true
    }

    private mutating func open(_ grid: SearchGrid) -> FeedAction {
        let index = grid.index(column: column, row: row)
        return grid.cells.indices.contains(index) ? .open(index) : .none
    }
}
