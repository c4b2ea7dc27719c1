import Testing
@testable import NNTUI

/// Lesson prose in the terminal: inline TeX to Unicode, Markdown blocks and styles,
/// word wrap.
struct ProseTextTests {
    static func text(_ lines: [[TextSpan]]) -> [String] {
        lines.map { $0.map(\.text).joined() }
    }

    @Test(arguments: [
        (#"w \gets w - \eta \cdot \nabla_w L"#, "w ← w − η · ∇_w L"),
        (#"\sigma(x) = \frac{1}{1+e^{-x}}"#, "σ(x) = 1/(1+e⁻ˣ)"),
        ("x_1^2 + x_2^2", "x₁² + x₂²"),
        ("w_{ij}", "wᵢⱼ"),
        (#"\hat{y}"#, "y\u{302}"),
        ("e^{wx}", "e^(wx)"),
        (#"\sqrt{x}"#, "√x"),
        (#"\text{loss} \leq 0.1"#, "loss ≤ 0.1"),
        (#"\unknown"#, "unknown"),
    ])
    func formulas(tex: String, expected: String) {
        #expect(InlineFormula.render(tex) == expected)
    }

    @Test func headingsParagraphsAndListsWrap() {
        let markdown = """
        # Gradient descent

        The network learns by
        taking small steps downhill.

        - a **small** rate crawls
        - a large one overshoots and diverges quickly
        1. press `space`
        """
        let lines = ProseText.lines(markdown, width: 24)
        #expect(Self.text(lines) == [
            "Gradient descent",
            "",
            "The network learns by",
            "taking small steps",
            "downhill.",
            "",
            "• a small rate crawls",
            "• a large one overshoots",
            "  and diverges quickly",
            "1. press space",
        ])
        #expect(lines[0][0].style.attributes.contains(.bold))
        let small = lines[6].first { $0.text == "small" }
        #expect(small?.style.attributes.contains(.bold) == true)
        let code = lines[9].first { $0.text == "space" }
        #expect(code?.style.foreground == .accent)
    }

    @Test func emphasisFormulasAndEscapes() {
        let lines = ProseText.lines(#"An *epoch* costs $n/b$ steps; snake_case and \$5 stay."#, width: 80)
        #expect(Self.text(lines) == ["An epoch costs n/b steps; snake_case and $5 stay."])
        #expect(lines[0].first { $0.text == "epoch" }?.style.attributes.contains(.underline) == true)
        #expect(lines[0].first { $0.text == "n/b" }?.style.foreground == .title)
    }

    @Test func fencedBlocksStayVerbatimAndLongWordsAreCut() {
        let markdown = """
        ```
          a   b
        ```
        abcdefghijklmnopqrstuvwxyz
        """
        #expect(Self.text(ProseText.lines(markdown, width: 10)) == ["  a   b", "", "abcdefghij", "klmnopqrst", "uvwxyz"])
    }

    @Test func noLineIsWiderThanTheWidth() {
        let markdown = "> A quote that goes on for a while, with $\\frac{\\partial L}{\\partial w}$ inside it."
        for width in 8...40 {
            for line in ProseText.lines(markdown, width: width) {
                #expect(line.columns <= width, "width \(width): \(line.map(\.text).joined())")
            }
        }
    }

    @Test func tablesAlignWhenTheyFitAndBecomeItemsWhenNot() {
        let markdown = """
        | name | f(z) |
        |---|---|
        | sigmoid | $\\sigma(z)$ |
        | ReLU | max(0, z) |
        After.
        """
        let wide = ProseText.lines(markdown, width: 40)
        #expect(Self.text(wide) == ["name     f(z)", "sigmoid  σ(z)", "ReLU     max(0, z)", "After."])
        #expect(wide[0][0].style.attributes.contains(.bold))
        #expect(Self.text(ProseText.lines(markdown, width: 12)) == ["• sigmoid:", "  σ(z)", "• ReLU:", "  max(0, z)", "After."])
    }
}
