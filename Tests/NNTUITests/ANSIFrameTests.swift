import Foundation
import NNTUI
import Testing

/// Frames as escape sequences (for asciicast files) and the asciicast lines themselves.
@Suite struct ANSIFrameTests {
    /// `text` without its CSI sequences, split at the cursor moves (one piece per row).
    private func rows(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*[A-Za-z]")
        var rows: [String] = []
        var last = text.startIndex
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            if !rows.isEmpty { rows[rows.count - 1] += text[last..<range.lowerBound] }
            if text[range].hasSuffix("H") { rows.append("") }
            last = range.upperBound
        }
        return rows
    }

    @Test func everyCellIsWrittenRowByRow() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.put("h", column: 0, row: 0)
        canvas.put("i", column: 1, row: 0)
        canvas.put("█", column: 3, row: 1, style: CellStyle(foreground: .indexed(200)))
        let text = ANSIFrame.text(canvas, palette: Palette(tier: .ansi256))
        #expect(rows(text) == ["hi  ", "   █"])
        #expect(text.contains("\u{1B}[1;1H") && text.contains("\u{1B}[2;1H"))
        #expect(text.hasSuffix("\u{1B}[0m"))
    }

    @Test func onlyChangedRowsAreWrittenAfterAPreviousFrame() {
        var before = Canvas(width: 3, height: 3)
        before.put("a", column: 0, row: 0)
        var after = before
        after.put("b", column: 1, row: 2)
        let palette = Palette(tier: .ansi256)
        let text = ANSIFrame.text(after, palette: palette, previous: before)
        #expect(rows(text) == [" b "])
        #expect(text.hasPrefix("\u{1B}[3;1H"))
        #expect(rows(ANSIFrame.text(after, palette: palette, previous: after)) == [])
        #expect(rows(ANSIFrame.text(after, palette: palette, previous: Canvas(width: 4, height: 3))).count == 3)
    }

    @Test func coloursUseTheTiersCodes() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.put("a", column: 0, row: 0, style: CellStyle(foreground: .indexed(3), background: .indexed(12)))
        canvas.put("b", column: 1, row: 0, style: CellStyle(foreground: .indexed(208), attributes: [.bold, .underline]))
        canvas.put("c", column: 2, row: 0, style: CellStyle(foreground: .rgb(RGB(red: 1, green: 2, blue: 3))))
        let indexed = ANSIFrame.text(canvas, palette: Palette(tier: .ansi256))
        #expect(indexed.contains(";33;104m"))
        #expect(indexed.contains("\u{1B}[0;1;4;38;5;208;"))
        let direct = ANSIFrame.text(canvas, palette: Palette(tier: .direct))
        #expect(direct.contains("38;2;1;2;3;"))
        let mono = ANSIFrame.text(canvas, palette: Palette(tier: .monochrome))
        #expect(!mono.contains("38;") && !mono.contains("48;"))
    }

    @Test func asciicastLinesAreTheV2Shapes() throws {
        let header = try #require(JSONSerialization.jsonObject(with: Data(Asciicast.header(width: 120, height: 40,
                                                                                              timestamp: 1_790_000_000,
                                                                                              title: "t").utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 120 && header["height"] as? Int == 40)
        #expect(header["timestamp"] as? Int == 1_790_000_000)
        #expect((header["env"] as? [String: String])?["TERM"] == "xterm-256color")

        let text = "\u{1B}[1;1Hé\"x\\"
        let line = Asciicast.output(text, at: 1.2345678)
        #expect(line.hasSuffix("\n") && !line.dropLast().contains("\n"))
        let event = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
        #expect(event.count == 3)
        #expect(event[0] as? Double == 1.234568)
        #expect(event[1] as? String == "o")
        #expect(event[2] as? String == text)
        #expect(Asciicast.resize(width: 100, height: 30, at: 2) == "[2,\"r\",\"100x30\"]\n")
    }
}
