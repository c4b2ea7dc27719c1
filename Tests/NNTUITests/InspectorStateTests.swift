import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The inspector through the state machine: keys choose the view, the set and the
/// threshold; the threshold moves the ROC point and the confusion matrix by counts
/// checked by hand; a typed weight becomes a recorded `setWeight`.
@Suite struct InspectorStateTests {
    /// One input x1, no hidden layer, sigmoid output with w = 1 and b = 0: the score
    /// of a point is σ(x1), so which points pass a threshold can be worked out by hand.
    static let network = Network(layout: NetworkLayout(sizes: [1, 1]), activation: .tanh, output: .sigmoid,
                                 parameters: [1, 0])
    /// σ(−2), σ(−1) of class 0; σ(0.5) of class 1; σ(1) of class 0; σ(2), σ(3) of class 1.
    static let points = [(-2.0, 0.0), (-1, 0), (0.5, 1), (1, 0), (2, 1), (3, 1)].map {
        Sample(x1: $0.0, x2: 0, label: $0.1)
    }

    private func evaluation(_ app: AppState) throws -> EvaluationInspection {
        let spec = try #require(app.inspector.spec)
        return EvaluationInspection(network: Self.network, features: [.x1], problem: .classification(classes: 2),
                                    samples: Self.points, set: spec.set, threshold: app.config.threshold)
    }

    @Test func theThresholdMovesTheROCPointAndTheConfusionMatrix() throws {
        let opened = InspectorFixture.pressing("i", on: AppState(config: TrainingConfig()))
        #expect(opened.inspector.view == .evaluation && opened.config.threshold == 0.5)
        // t = 0.5: σ(x) ≥ 0.5 ⇔ x ≥ 0, so 0.5, 1, 2, 3 are called class 1:
        // TP 3 (0.5, 2, 3), FP 1 (1), TN 2 (−2, −1), FN 0.
        let middle = try evaluation(opened)
        let m = try #require(middle.confusion)
        #expect([m.truePositives, m.falsePositives, m.trueNegatives, m.falseNegatives] == [3, 1, 2, 0])
        #expect(middle.rocPoint?.falsePositiveRate == 1.0 / 3 && middle.rocPoint?.truePositiveRate == 1)
        // Five presses of ] reach 0.75: σ(x) ≥ 0.75 ⇔ x ≥ ln 3 ≈ 1.0986, so only 2 and 3:
        // TP 2, FP 0, TN 3, FN 1 (0.5).
        let raised = InspectorFixture.pressing("]]]]]", on: opened)
        #expect(raised.config.threshold == 0.75)
        let high = try evaluation(raised)
        let h = try #require(high.confusion)
        #expect([h.truePositives, h.falsePositives, h.trueNegatives, h.falseNegatives] == [2, 0, 3, 1])
        #expect(high.rocPoint?.falsePositiveRate == 0 && high.rocPoint?.truePositiveRate == 2.0 / 3)
        #expect(high.classScores[1].precision == 1 && high.classScores[1].recall == 2.0 / 3)
        // The point lies on the curve, and [ goes back down; the threshold stops at 0.
        #expect(high.roc?.points.contains(where: { $0.falsePositiveRate == 0 && $0.truePositiveRate == 2.0 / 3 }) == true)
        let lowered = InspectorFixture.pressing(String(repeating: "[", count: 30), on: raised)
        #expect(lowered.config.threshold == 0)
        #expect(try evaluation(lowered).confusion?.falseNegatives == 0)
    }

    @Test func theThresholdAppliesToTwoClassesOnly() {
        let config = TrainingConfig(threshold: 0.75)
        #expect(config.twoClassThreshold(for: .classification(classes: 2)) == 0.75)
        #expect(config.twoClassThreshold(for: .classification(classes: 3)) == nil)
        #expect(config.twoClassThreshold(for: .regression) == nil)
    }

    @Test func iCyclesTheViewsAndVTheSets() {
        var app = AppState(config: TrainingConfig())
        var seen: [InspectorView?] = []
        for _ in 0..<5 {
            app = InspectorFixture.pressing("i", on: app)
            seen.append(app.inspector.view)
        }
        #expect(seen == [.evaluation, .weights, .gradientFlow, .hiddenSpace, nil])
        app = InspectorFixture.pressing("ivvv", on: app)
        #expect(app.inspector.set == .train && app.inspector.spec?.set == .train)
        #expect(InspectorFixture.pressing("iv", on: AppState(config: TrainingConfig())).inspector.set == .validation)
    }

    @Test func theInspectorIsClosedAtFirstAndKeepsTheKeysOfTheControls() {
        let app = AppState(config: TrainingConfig())
        #expect(app.inspector.spec == nil)
        // Without the weights selection the arrows still move the controls' focus.
        let (moved, _) = AppFixture.press([.character("i"), .character("i"), .down], on: app)
        #expect(moved.focus != app.focus && moved.inspector.selected == app.inspector.selected)
    }

    @Test func typingAWeightSendsSetWeightAndTheNextSnapshotShowsIt() throws {
        var app = InspectorFixture.pressing("iiw", on: AppState(config: TrainingConfig()))
        #expect(app.inspector.view == .weights && app.inspector.selecting)
        // ↓ → : neuron 1 of layer 0, input 1; → again past the last input: the bias.
        app = AppFixture.press([.down, .right], on: app).0
        #expect(app.inspector.selected == ParameterAddress(layer: 0, neuron: 1, input: 1))
        let (typed, commands) = AppFixture.press([.enter] + AppFixture.typing("0.5") + [.enter], on: app)
        #expect(commands == [.setWeight(layer: 0, neuron: 1, input: 1, value: 0.5)])
        #expect(typed.inspector.weightEdit == nil)
        var state = try PlaygroundState(config: TrainingConfig())
        var painter = InspectorPainter()
        let before = state.snapshot().inspected(typed.inspector.spec, by: &painter)
        for command in commands { state.apply(command) }
        let after = state.snapshot().inspected(typed.inspector.spec, by: &painter)
        #expect(after.network.weight(layer: 0, neuron: 1, input: 1) == 0.5)
        guard case .weights(let history) = after.inspection?.content else {
            Issue.record("no weights inspection")
            return
        }
        #expect(history.entries.map(\.value) == [before.network.weight(layer: 0, neuron: 1, input: 1), 0.5])
        // Nonsense is refused in place, and nothing is sent.
        let (refused, none) = AppFixture.press([.enter] + AppFixture.typing("abc") + [.enter], on: app)
        #expect(none.isEmpty && refused.inspector.weightEdit?.problem == "not a number")
    }

    @Test func aClickOnTheROCCurveSetsTheThresholdOfThePointThere() throws {
        let app = InspectorFixture.pressing("i", on: AppState(config: InspectorFixture.circle))
        let snapshot = try InspectorFixture.trained(InspectorFixture.circle, epochs: 20, app: app)
        let frame = InspectorFixture.frame(app, snapshot: snapshot, size: Size(width: 120, height: 40))
        let regions = frame.hits.filter { if case .threshold = $0.target { true } else { false } }
        let first = try #require(regions.first), last = try #require(regions.last)
        let left = AppState.handle(.click(column: first.rect.x, row: first.rect.y, secondary: false), state: app,
                                   context: AppContext(frame)).0
        let right = AppState.handle(.click(column: last.rect.x, row: last.rect.y, secondary: false), state: app,
                                    context: AppContext(frame)).0
        // Left: few false alarms, a high threshold; right: everything called class 1, a low one.
        #expect(left.config.threshold > 0.5 && right.config.threshold < 0.5)
        let tab = try #require(frame.hits.first { $0.target == .inspectorTab(.weights) })
        let clicked = AppState.handle(.click(column: tab.rect.x, row: tab.rect.y, secondary: false), state: app,
                                      context: AppContext(frame)).0
        #expect(clicked.inspector.view == .weights)
        let set = try #require(frame.hits.first { $0.target == .evaluationSet(.test) })
        let chosen = AppState.handle(.click(column: set.rect.x, row: set.rect.y, secondary: false), state: app,
                                     context: AppContext(frame)).0
        #expect(chosen.inspector.set == .test)
    }

    @Test func theHelpListsTheInspectorKeysWhileItIsOpen() throws {
        let app = InspectorFixture.pressing("i?", on: AppState(config: TrainingConfig()))
        let size = Size(width: 80, height: 24)
        let frame = AppFixture.frame(app, snapshot: try AppFixture.snapshot(), size: size)
        let text = (0..<size.height).map { frame.canvas.text(row: $0) }.joined(separator: "\n")
        for binding in AppKeys.bindings + AppKeys.inspectorBindings {
            #expect(text.contains(binding.keys), "\(binding.keys) is not in the help")
        }
    }
}
