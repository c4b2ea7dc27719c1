import Testing
@testable import NNTUI

@Suite struct PixelTests {
    @Test func halfBlocksCarryTwoPixelsPerCell() {
        var canvas = Canvas(width: 2, height: 2)
        canvas.setPixel(column: 0, pixelRow: 0, colour: .indexed(1))
        #expect(canvas[0, 0] == Cell("▀", foreground: .indexed(1), background: .background))
        canvas.setPixel(column: 0, pixelRow: 1, colour: .indexed(2))
        #expect(canvas[0, 0] == Cell("▀", foreground: .indexed(1), background: .indexed(2)))
        #expect(canvas.pixel(column: 0, pixelRow: 1) == .indexed(2))
        canvas.setPixel(column: 0, pixelRow: 0, colour: .indexed(2))
        #expect(canvas[0, 0] == Cell(" ", foreground: .indexed(2), background: .indexed(2)))
        canvas.setPixel(column: 1, pixelRow: 3, colour: .indexed(5))
        #expect(canvas.pixelPair(column: 1, row: 1) == (.background, .indexed(5)))
        canvas.setPixel(column: 1, pixelRow: 4, colour: .indexed(5))
        canvas.setPixel(column: -1, pixelRow: -1, colour: .indexed(5))
        #expect(canvas.cells.filter { $0.foreground == .indexed(5) || $0.background == .indexed(5) }.count == 1)
    }

    @Test func lowerHalfAndTextCellsReadAsPixels() {
        var canvas = Canvas(width: 2, height: 1)
        canvas[0, 0] = Cell("▄", foreground: .indexed(3), background: .indexed(4))
        #expect(canvas.pixelPair(column: 0, row: 0) == (.indexed(4), .indexed(3)))
        canvas.text("a", column: 1, row: 0)
        canvas.setPixel(column: 1, pixelRow: 0, colour: .indexed(9))
        #expect(canvas[1, 0] == Cell("▀", foreground: .indexed(9), background: .background))
    }

    @Test func brailleDotsFollowUnicodeNumbering() {
        #expect(BrailleGrid.character(bits: 0) == "⠀")
        var grid = BrailleGrid(columns: 1, rows: 1)
        grid.set(x: 0, y: 0, colour: .text)
        #expect(grid.bits[0] == 0x01)
        grid.set(x: 1, y: 3, colour: .text)
        #expect(grid.bits[0] == 0x81)
        for x in 0..<2 { for y in 0..<4 { grid.set(x: x, y: y, colour: .text) } }
        #expect(BrailleGrid.character(bits: grid.bits[0]) == "⣿")
        #expect([(0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2)].map { BrailleGrid.bit(dx: $0.0, dy: $0.1) }
                == [0x02, 0x04, 0x40, 0x08, 0x10, 0x20])
    }

    @Test func brailleLinesAndClipping() {
        var grid = BrailleGrid(columns: 2, rows: 2)
        grid.line(x0: 0, y0: 0, x1: 3, y1: 0, colour: .accent)
        grid.set(x: 4, y: 0, colour: .accent)
        grid.set(x: -1, y: 2, colour: .accent)
        grid.set(x: 0, y: 8, colour: .accent)
        var canvas = Canvas(width: 3, height: 2)
        grid.draw(into: &canvas, column: 1, row: 0)
        #expect(canvas.text(row: 0) == " ⠉⠉")
        #expect(canvas.text(row: 1) == "   ")
        #expect(canvas[1, 0].foreground == .accent)
        var diagonal = BrailleGrid(columns: 2, rows: 2)
        diagonal.line(x0: 3, y0: 7, x1: 0, y1: 0, colour: .text)
        #expect((0..<8).allSatisfy { y in (0..<4).contains { diagonal.isSet(x: $0, y: y) } })
        #expect(diagonal.isSet(x: 0, y: 0) && diagonal.isSet(x: 3, y: 7))
    }

    @Test func dashedLinesAlternateAcrossCalls() {
        var grid = BrailleGrid(columns: 4, rows: 1)
        grid.line(x0: 0, y0: 0, x1: 3, y1: 0, colour: .text, dash: 2)
        grid.line(x0: 3, y0: 0, x1: 7, y1: 0, colour: .text, dash: 2)
        #expect((0..<8).map { grid.isSet(x: $0, y: 0) } == [true, true, false, false, true, true, false, false])
    }

    @Test func heatmapFieldsResampleByNearestPixel() {
        let field = HeatmapField(width: 2, height: 2, signedValues: [-1, 1, 0.5, -0.5])
        let big = field.resampled(width: 4, height: 4)
        #expect(big[0, 0] == HeatPixel(signed: -1) && big[3, 0] == HeatPixel(signed: 1))
        #expect(big[1, 3] == HeatPixel(signed: 0.5) && big[2, 2] == HeatPixel(signed: -0.5))
        #expect(field.discretized.pixels.map(\.strength) == [1, 1, 1, 1])
        #expect(HeatmapField(width: 0, height: 0, pixels: []).resampled(width: 2, height: 1).pixels == [.neutral, .neutral])
    }
}
