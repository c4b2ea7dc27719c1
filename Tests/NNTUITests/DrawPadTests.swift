import Testing
@testable import NNTUI

/// The draw pad as a state machine: strokes ink a cell fully and its neighbours a
/// little, the pen follows the cursor while down, clearing wipes everything.
@Suite struct DrawPadTests {
    @Test func aStrokeInksItsCellAndFeathersItsFourNeighbours() {
        var pad = DrawPad()
        pad.apply(.stroke(row: 0, column: 0))
        #expect(pad.ink(row: 0, column: 0) == 16)
        #expect(pad.ink(row: 0, column: 1) == DrawPad.edgeInk && pad.ink(row: 1, column: 0) == DrawPad.edgeInk)
        #expect(pad.ink(row: 1, column: 1) == 0)
        #expect(pad.pixels.reduce(0) { $0 + Int($1) } == 16 + 2 * Int(DrawPad.edgeInk))
        // A neighbour's feathering never lowers a full cell.
        pad.apply(.stroke(row: 0, column: 1))
        #expect(pad.ink(row: 0, column: 0) == 16 && pad.ink(row: 0, column: 1) == 16)
        // Strokes outside the pad change nothing.
        let before = pad
        pad.apply(.stroke(row: 8, column: 0))
        #expect(pad == before)
    }

    @Test func withThePenDownTheCursorDrawsALineAndStopsAtTheEdge() {
        var pad = DrawPad()
        #expect(pad.cursorRow == 3 && pad.cursorColumn == 3 && !pad.penDown)
        pad.apply(.move(rows: 0, columns: 1))
        #expect(pad.isBlank)  // pen up: moving draws nothing
        pad.apply(.toggle)
        #expect(pad.penDown && pad.ink(row: 3, column: 4) == 16)
        for _ in 0..<10 { pad.apply(.move(rows: 1, columns: 0)) }
        #expect(pad.cursorRow == 7)
        #expect((3...7).allSatisfy { pad.ink(row: $0, column: 4) == 16 })
        pad.apply(.toggle)
        pad.apply(.move(rows: 0, columns: -4))
        #expect(pad.cursorColumn == 0 && pad.ink(row: 7, column: 0) == 0)
        pad.apply(.clear)
        #expect(pad.isBlank && !pad.penDown)
    }

    @Test func thePixelsAreRowByRowLikeTheDataset() {
        var pad = DrawPad()
        pad.apply(.stroke(row: 2, column: 5))
        #expect(pad.pixels[2 * 8 + 5] == 16)
        #expect(pad.pixels.count == 64)
    }
}
