import Foundation
import Testing
@testable import NNTUI

/// Not a check: with NNPLAY_PREVIEW_DIR set, writes the fixture frames there for a
/// person to look at: `NAME.txt` (golden format) and `NAME.ans` (`cat` it in a
/// terminal of that tier to see the real colours).
@Suite struct PreviewTests {
    @Test func writePreviews() throws {
        guard let dir = ProcessInfo.processInfo.environment["NNPLAY_PREVIEW_DIR"] else { return }
        let big = Size(width: 120, height: 40), small = Size(width: 80, height: 24), huge = Size(width: 200, height: 60)
        let cases: [(String, ScreenModel, Size)] = [
            ("circle-80x24", Fixture.screen(Fixture.circle, size: small), small),
            ("circle-120x40", Fixture.screen(Fixture.circle, size: big), big),
            ("circle-200x60", Fixture.screen(Fixture.circle, size: huge), huge),
            ("blobs-120x40", Fixture.screen(Fixture.blobs, size: big), big),
            ("regression-120x40", Fixture.screen(Fixture.regression, size: big), big),
            ("editing-80x24", Fixture.screen(Fixture.circle, size: small, diverged: 3001,
                                             editing: TextEdit(text: "10", cursor: 1, problem: "too high")), small),
            ("help-120x40", Fixture.screen(Fixture.circle, size: big, showHelp: true), big),
        ]
        for (name, model, size) in cases {
            for tier in ColourTier.allCases {
                let palette = Palette(tier: tier)
                let canvas = Screen.render(model, size: size, palette: palette).canvas
                try FrameDump.dump(canvas, palette: palette)
                    .write(toFile: "\(dir)/\(name)-\(tier).txt", atomically: true, encoding: .utf8)
                try ansi(canvas, palette: palette).write(toFile: "\(dir)/\(name)-\(tier).ans", atomically: true,
                                                         encoding: .utf8)
            }
        }
    }

    /// The frame as text with SGR escape sequences.
    func ansi(_ canvas: Canvas, palette: Palette) -> String {
        func colour(_ c: TerminalColour, base: Int) -> String {
            switch c {
            case .default: return "\(base + 9)"
            case .indexed(let i) where i < 8: return "\(base + i)"
            case .indexed(let i) where i < 16: return "\(base + 60 + i - 8)"
            case .indexed(let i): return "\(base + 8);5;\(i)"
            case .direct(let rgb): return "\(base + 8);2;\(rgb.red);\(rgb.green);\(rgb.blue)"
            }
        }
        var out = ""
        for row in 0..<canvas.height {
            var last: ResolvedStyle?
            for column in 0..<canvas.width {
                let cell = canvas[column, row]
                let style = palette.resolve(cell)
                if style != last {
                    var codes = ["0", colour(style.foreground, base: 30), colour(style.background, base: 40)]
                    if style.attributes.contains(.bold) { codes.append("1") }
                    if style.attributes.contains(.dim) { codes.append("2") }
                    if style.attributes.contains(.underline) { codes.append("4") }
                    if style.attributes.contains(.reverse) { codes.append("7") }
                    out += "\u{1B}[" + codes.joined(separator: ";") + "m"
                    last = style
                }
                out.append(cell.character)
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }
}
