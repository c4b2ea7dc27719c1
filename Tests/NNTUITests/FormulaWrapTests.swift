import Testing
@testable import NNTUI

/// Wide formulas in a narrow lesson pane wrap at spaces and operators onto
/// continuation lines instead of being cut with `…` or in the middle of a symbol.
struct FormulaWrapTests {
    static func text(_ lines: [[TextSpan]]) -> [String] {
        lines.map { $0.map(\.text).joined() }
    }

    @Test func aWideMathBlockWrapsWithAnIndentAndLosesNothing() {
        let markdown = "Plain descent:\n\n```math\nw ← w − η · ∂L/∂w + λ · sign(w) + μ · v\n```\n\nafter"
        let lines = Self.text(ProseText.lines(markdown, width: 16))
        #expect(!lines.joined().contains("…"))
        #expect(lines == ["Plain descent:", "", "w ← w − η ·", "  ∂L/∂w + λ ·", "  sign(w) + μ ·", "  v", "", "after"])
        #expect(lines.allSatisfy { $0.count <= 16 })
    }

    @Test func aMathBlockThatFitsStaysVerbatim() {
        let lines = Self.text(ProseText.lines("```math\nMSE  =  Σ e²\n```", width: 40))
        #expect(lines == ["MSE  =  Σ e²"])
    }

    @Test func aFormulaWithoutSpacesBreaksBeforeAnOperator() {
        let lines = Self.text(ProseText.lines(#"$\sigma(x)=\frac{1}{1+e^{-x}}+\tanh(x)$"#, width: 12))
        #expect(lines == ["σ(x)=1", "/(1+e⁻ˣ)", "+tanh(x)"])
        #expect(lines.joined() == "σ(x)=1/(1+e⁻ˣ)+tanh(x)")
    }

    @Test func aFormulaWithSpacesWrapsAtThem() {
        let lines = Self.text(ProseText.lines(#"So $w \gets w - \eta \cdot \nabla_w L$ each step."#, width: 14))
        #expect(lines == ["So w ← w − η ·", "∇_w L each", "step."])
    }

    @Test func operatorsAfterABracketOrAnotherOperatorAreNotBreaks() {
        let word: [Character] = Array("a(−1)=−b")
        #expect(!FormulaBreaks.isBreak(word, at: 2))  // `(−`
        #expect(FormulaBreaks.isBreak(word, at: 5))   // `)=`
        #expect(!FormulaBreaks.isBreak(word, at: 6))  // `=−`
        #expect(FormulaBreaks.lastBreak(in: "abcdef", within: 3) == nil)
    }

    @Test func theLessonPaneWrapsAWideFormula() {
        var model = LessonPaneModel(lessonTitle: "T", position: "step 1/1", stepTitle: "Adam",
                                    text: "```math\nm ← β₁ · m + (1 − β₁) · g,  v ← β₂ · v + (1 − β₂) · g²\n```")
        model.goalMet = true
        let lines = Self.text(LessonPaneView.stepLines(model, width: 20))
        #expect(!lines.joined().contains("…"))
        #expect(lines.allSatisfy { $0.count <= 20 }, "\(lines)")
        let formula = lines.map { $0.trimmingLeadingSpaces }.joined(separator: " ")
        for piece in ["m ← β₁ · m", "β₁) · g,", "v ← β₂ ·", "(1 − β₂) · g²"] {
            #expect(formula.contains(piece), "\(lines)")
        }
    }
}
