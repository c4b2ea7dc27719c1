import Testing
@testable import NNTUI

@Suite struct CanvasTests {
    @Test func textIsClippedAtTheEdges() {
        var canvas = Canvas(width: 5, height: 2)
        canvas.text("abcdefgh", column: 2, row: 0)
        canvas.text("xyz", column: -1, row: 1)
        canvas.text("never", column: 0, row: 2)
        #expect(canvas.text(row: 0) == "  abc")
        #expect(canvas.text(row: 1) == "yz   ")
    }

    @Test func clipRectanglesNestAndRestore() {
        var canvas = Canvas(width: 6, height: 3)
        canvas.withClip(Rect(x: 1, y: 1, width: 3, height: 1)) { inner in
            inner.fill(inner.bounds, with: "#")
            inner.withClip(Rect(x: 3, y: 0, width: 9, height: 9)) { $0.fill($0.bounds, with: "%") }
        }
        canvas.put("!", column: 5, row: 2)
        #expect(canvas.text(row: 0) == "      ")
        #expect(canvas.text(row: 1) == " ##%  ")
        #expect(canvas.text(row: 2) == "     !")
    }

    @Test func wideAndControlCharactersNeverShiftTheGrid() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.text("a界\tb😀", column: 0, row: 0)
        #expect(canvas.text(row: 0) == "a??b? ")
        #expect(Character("▀").isOneColumn && Character("⣿").isOneColumn && Character("●").isOneColumn)
        #expect(!Character("界").isOneColumn && !Character("\u{7}").isOneColumn)
    }

    @Test func alignedTextIsCutWithAnEllipsis() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.text("centre", in: Rect(x: 0, y: 0, width: 10, height: 1), alignment: .centre)
        canvas.text("right", in: Rect(x: 0, y: 1, width: 10, height: 1), alignment: .right)
        canvas.text("much too long", in: Rect(x: 2, y: 2, width: 6, height: 1))
        #expect(canvas.text(row: 0) == "  centre  ")
        #expect(canvas.text(row: 1) == "     right")
        #expect(canvas.text(row: 2) == "  much…   ")
    }

    @Test func boxesHaveTitlesAndCorners() {
        var canvas = Canvas(width: 12, height: 3)
        canvas.box(canvas.bounds, title: "a long title")
        #expect(canvas.text(row: 0) == "╭ a long… ─╮")
        #expect(canvas.text(row: 1) == "│          │")
        #expect(canvas.text(row: 2) == "╰──────────╯")
        #expect(canvas[0, 0].foreground == .border && canvas[2, 0].attributes == .bold)
        var tiny = Canvas(width: 1, height: 1)
        tiny.box(tiny.bounds)
        #expect(tiny.text(row: 0) == " ")
    }

    @Test func rectangleArithmetic() {
        let r = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(r.interior == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(r.intersection(Rect(x: 10, y: 0, width: 5, height: 5)) == Rect(x: 10, y: 3, width: 2, height: 2))
        #expect(r.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
        #expect(r.centred(Size(width: 4, height: 2)) == Rect(x: 5, y: 4, width: 4, height: 2))
        #expect(r.right(3) == Rect(x: 9, y: 3, width: 3, height: 4))
        #expect(r.droppingTop(9).isEmpty && Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
    }
}
