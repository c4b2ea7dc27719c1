/// The 8×8 pad a student draws a digit on, as a pure state machine: ink levels 0…16
/// per cell (the digits' own scale), a cursor, and a pen that is up or down.
///
/// Keys: the arrows move the cursor (with the pen down they ink each cell they reach),
/// space drops the pen (inking the cursor's cell) or lifts it, a clear key wipes the pad. The mouse: a click inks the cell under it, a drag
/// inks every cell it passes. A stroke inks its cell fully and its four neighbours a
/// little (never lowering a level), as a pen on the 32×32 originals (which are summed
/// over 4×4 blocks into these counts) would.
package struct DrawPad: Equatable, Sendable {
    package static let side = 8
    /// The fullest ink level of a cell (a 4×4 block all black in the originals).
    package static let fullInk: UInt8 = 16
    /// The ink a stroke leaves on the cells beside it.
    package static let edgeInk: UInt8 = 6

    /// 64 ink levels, row by row from the top left (the order of the dataset's pixels).
    package private(set) var pixels: [UInt8]
    package private(set) var cursorRow = 3
    package private(set) var cursorColumn = 3
    /// Whether moving the cursor inks the cells it reaches.
    package private(set) var penDown = false

    package init(pixels: [UInt8] = [UInt8](repeating: 0, count: side * side)) {
        precondition(pixels.count == Self.side * Self.side, "a pad has 64 cells")
        self.pixels = pixels.map { min($0, Self.fullInk) }
    }

    /// Whether nothing is drawn.
    package var isBlank: Bool { pixels.allSatisfy { $0 == 0 } }

    /// The ink level at (row, column).
    package func ink(row: Int, column: Int) -> UInt8 { pixels[row * Self.side + column] }

    /// What a student can do to the pad.
    package enum Action: Equatable, Sendable {
        /// Move the cursor one cell (clamped to the pad); inks the new cell with the pen down.
        case move(rows: Int, columns: Int)
        /// Space: drop the pen (inking the cursor's cell) or lift it.
        case toggle
        /// A click or a drag over the cell (row, column): moves the cursor there and inks it.
        case stroke(row: Int, column: Int)
        /// Wipe everything and lift the pen.
        case clear
    }

    /// The pad after `action`.
    package mutating func apply(_ action: Action) {
        switch action {
        case .move(let rows, let columns):
            cursorRow = min(max(cursorRow + rows, 0), Self.side - 1)
            cursorColumn = min(max(cursorColumn + columns, 0), Self.side - 1)
            if penDown { inkStroke(row: cursorRow, column: cursorColumn) }
        case .toggle:
            penDown.toggle()
            if penDown { inkStroke(row: cursorRow, column: cursorColumn) }
        case .stroke(let row, let column):
            guard (0..<Self.side).contains(row), (0..<Self.side).contains(column) else { return }
            cursorRow = row
            cursorColumn = column
            inkStroke(row: row, column: column)
        case .clear:
            pixels = [UInt8](repeating: 0, count: Self.side * Self.side)
            penDown = false
        }
    }

    /// Full ink at (row, column) and `edgeInk` on its four neighbours, never lowering a cell.
    private mutating func inkStroke(row: Int, column: Int) {
        raise(row, column, to: Self.fullInk)
        for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] { raise(row + dr, column + dc, to: Self.edgeInk) }
    }

    private mutating func raise(_ row: Int, _ column: Int, to level: UInt8) {
        guard (0..<Self.side).contains(row), (0..<Self.side).contains(column) else { return }
        let index = row * Self.side + column
        pixels[index] = max(pixels[index], level)
    }
}
