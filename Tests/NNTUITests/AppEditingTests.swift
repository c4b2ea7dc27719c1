import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Enter, typing, and what happens to good and bad values.
@Suite struct AppEditingTests {
    func editing(_ control: ControlID, _ config: TrainingConfig = TrainingConfig()) -> AppState {
        var state = AppState(config: config)
        state.focus = control
        return AppFixture.press([.enter], on: state).0
    }

    @Test func enterOpensTheEditorWithTheCurrentValueSelected() {
        let state = editing(.learningRate)
        #expect(state.editing == TextEdit(text: "0.03", isSelected: true))
        #expect(state.controlsModel.editing == TextEdit(text: "0.03", isSelected: true))
    }

    @Test func typingReplacesTheSelectedOldValue() {
        // The bug of issue 10: Enter, "0.03", Enter gave "0.030.03".
        let (state, commands) = AppFixture.press(AppFixture.typing("0.3") + [.enter], on: editing(.learningRate))
        #expect(state.editing == nil)
        #expect(state.config.optimizer.learningRate == 0.3)
        #expect(commands == [.configure(state.config)])
        let typed = AppFixture.press(AppFixture.typing("1"), on: editing(.learningRate)).0
        #expect(typed.editing == TextEdit(text: "1"))
        #expect(AppFixture.press([.backspace], on: editing(.learningRate)).0.editing == TextEdit(text: ""))
        #expect(AppFixture.press([.delete], on: editing(.learningRate)).0.editing == TextEdit(text: ""))
    }

    @Test func arrowsDeselectAndEditInPlace() {
        let start = editing(.learningRate)
        #expect(AppFixture.press([.left], on: start).0.editing == TextEdit(text: "0.03", cursor: 0))
        #expect(AppFixture.press([.home], on: start).0.editing == TextEdit(text: "0.03", cursor: 0))
        #expect(AppFixture.press([.right], on: start).0.editing == TextEdit(text: "0.03"))
        let (state, _) = AppFixture.press([.end] + AppFixture.typing("5") + [.enter], on: start)
        #expect(state.config.optimizer.learningRate == 0.035)
    }

    @Test func aRefusedValueSaysWhyInTheNoteBar() {
        let (word, none) = AppFixture.press(AppFixture.typing("fast") + [.enter], on: editing(.learningRate))
        #expect(none.isEmpty)
        #expect(word.editing?.problem == "not a number")
        #expect(word.message == "learning rate: not a number")
        let (negative, _) = AppFixture.press(AppFixture.typing("-1") + [.enter], on: editing(.learningRate))
        #expect(negative.message == "learning rate: lr must be a positive number")
        #expect(negative.config.optimizer.learningRate == 0.03)
    }

    @Test func typedValueIsAppliedOnEnter() {
        let keys: [InputEvent] = [.backspace, .backspace, .backspace, .backspace] + AppFixture.typing("0.05") + [.enter]
        let (state, commands) = AppFixture.press(keys, on: editing(.learningRate))
        #expect(state.editing == nil)
        #expect(state.config.optimizer.learningRate == 0.05)
        #expect(commands == [.configure(state.config)])
    }

    @Test func badValueShowsWhyAndKeepsTheOldOne() {
        let start = editing(.learningRate)
        let (negative, none) = AppFixture.press([.home, .character("-"), .enter], on: start)
        #expect(none.isEmpty)
        #expect(negative.editing?.text == "-0.03")
        #expect(negative.editing?.problem == "lr must be a positive number")
        #expect(negative.config.optimizer.learningRate == 0.03)
        let (word, _) = AppFixture.press([.end] + AppFixture.typing("x") + [.enter], on: start)
        #expect(word.editing?.problem == "not a number")
        // Typing again clears the complaint; Esc gives up and keeps the old value.
        #expect(AppFixture.press([.backspace], on: word).0.editing?.problem == nil)
        let (cancelled, nothing) = AppFixture.press([.escape], on: word)
        #expect(cancelled.editing == nil && nothing.isEmpty)
        #expect(cancelled.config == TrainingConfig())
    }

    @Test func nesterovWithoutMomentumIsRefusedWithTheReason() {
        let nesterov = AppFixture.config { $0.optimizer = OptimizerConfig(kind: .nesterov) }
        let (state, commands) = AppFixture.press([.end, .backspace, .backspace, .backspace] + AppFixture.typing("0") + [.enter],
                                                 on: editing(.momentum, nesterov))
        #expect(commands.isEmpty)
        #expect(state.editing?.problem == "nesterov needs momentum above 0")
        // The same refusal by ← (the ladder goes down to 0) is a note instead.
        var stepping = AppState(config: nesterov)
        stepping.focus = .momentum
        let (down, sent) = AppFixture.press(Array(repeating: .left, count: 3), on: stepping)
        #expect(sent.count == 2)
        #expect(down.config.optimizer.momentum == 0.5)
        #expect(down.message == "nesterov needs momentum above 0")
    }

    @Test func cursorMovesAndDeletes() {
        let (state, _) = AppFixture.press([.home, .delete, .right, .character("5"), .end, .left, .backspace],
                                          on: editing(.learningRate))
        #expect(state.editing?.text == ".53")
        #expect(state.editing?.cursor == 2)
    }

    @Test func spaceAndLettersAreTextWhileTyping() {
        let start = editing(.features)
        let erase = Array(repeating: InputEvent.backspace, count: start.editing?.text.count ?? 0)
        let (state, commands) = AppFixture.press(erase + AppFixture.typing("x1 sin1") + [.enter], on: start)
        #expect(state.config.features == [.x1, .sinX1])
        #expect(commands == [.configure(state.config)])
        #expect(!state.isPlaying)
    }

    @Test func tabAppliesAndMovesOn() {
        let keys: [InputEvent] = [.end, .backspace] + AppFixture.typing("1") + [.tab]
        let (state, commands) = AppFixture.press(keys, on: editing(.learningRate))
        #expect(state.config.optimizer.learningRate == 0.01)
        #expect(commands.count == 1)
        #expect(state.focus == .momentum)
        #expect(state.editing == nil)
    }

    /// A value typed into a control and what it must set.
    struct Typed: Sendable, CustomTestStringConvertible {
        var control: ControlID
        var text: String
        var check: @Sendable (TrainingConfig) -> Bool
        var testDescription: String { "\(control) \(text)" }

        init(_ control: ControlID, _ text: String, _ check: @escaping @Sendable (TrainingConfig) -> Bool) {
            self.control = control
            self.text = text
            self.check = check
        }
    }

    static let typed: [Typed] = [
        Typed(.testRatio, "30%") { $0.dataset.testRatio == 0.3 },
        Typed(.testRatio, "30") { $0.dataset.testRatio == 0.3 },
        Typed(.testRatio, "0.2") { $0.dataset.testRatio == 0.2 },
        Typed(.hidden, "8, 8") { $0.hiddenLayers == [8, 8] },
        Typed(.hidden, "3-2-1") { $0.hiddenLayers == [3, 2, 1] },
        Typed(.hidden, "none") { $0.hiddenLayers.isEmpty },
        Typed(.output, "tanh") { $0.output == .tanh && $0.loss == .meanSquaredError },
        Typed(.output, "sigmoid,mse") { $0.output == .sigmoid && $0.loss == .meanSquaredError },
        Typed(.activation, "Leaky ReLU") { $0.activation == .leakyRelu },
        Typed(.initializer, "he-uniform") { $0.initializer == .heUniform },
        Typed(.batchSize, "full") { $0.batchSize == TrainingConfig.Limits.maxPoints },
        Typed(.seed, "42") { $0.seed == 42 },
        Typed(.dataset, "spiral") { $0.dataset.kind == .spiral },
        Typed(.learningRate, "3e-3") { $0.optimizer.learningRate == 0.003 },
        Typed(.regularization, "dropout") { $0.regularization.dropout == 0.1 },
        Typed(.problem, "regression") { $0.dataset.kind == .regPlane && $0.output == .linear },
    ]

    @Test(arguments: typed)
    func typedValuesAreRead(_ c: Typed) throws {
        let config = try c.control.parsed(c.text, into: TrainingConfig(), csv: nil)
        #expect(c.check(config))
    }

    @Test(arguments: [
        (ControlID.hidden, "8,0", "hidden: each layer has 1 to 64 neurons (got 0)"),
        (.hidden, "1,2,3,4,5,6,7", "hidden: at most 6 hidden layers (got 7)"),
        (.noise, "0.9", "noise must be between 0 and 0.5"),
        (.output, "softmax,bce", "loss bce needs output sigmoid (it reads the output as a probability)"),
        (.testRatio, "100%", "test-ratio must be at least 0 and below 1"),
        (.features, "x3", "unknown feature 'x3' (features: x1, x2, x1sq, x2sq, x1x2, sin1, sin2)"),
        (.seed, "-1", "give a whole number 0 or more"),
        (.activation, "sine", "one of linear, sigmoid, tanh, relu, leaky-relu, elu, swish"),
    ] as [(ControlID, String, String)])
    func badValuesAreExplained(_ control: ControlID, _ text: String, _ problem: String) {
        var state = AppState(config: TrainingConfig())
        state.focus = control
        state.editing = TextEdit(text: text)
        let (after, commands) = AppFixture.press([.enter], on: state)
        #expect(commands.isEmpty)
        #expect(after.editing?.problem == problem)
        #expect(after.config == TrainingConfig())
    }
}
