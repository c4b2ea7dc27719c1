import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Where the inspector goes: nowhere while closed (the layout is the one without
/// it), in the network's place on narrow screens, beside a narrowed network on wide
/// ones, and in the lesson pane's place when a lesson has taken the network's.
@Suite struct InspectorLayoutTests {
    private func layout(_ w: Int, _ h: Int, lesson: Bool = false, inspector: Bool) throws -> ScreenLayout {
        guard case .regular(let l) = Layout.make(for: Size(width: w, height: h), lesson: lesson, inspector: inspector)
        else { throw LayoutError.tooSmall }
        return l
    }

    private enum LayoutError: Error { case tooSmall }

    @Test(arguments: [80, 120, 159, 160, 200, 320], [24, 40, 60])
    func theInspectorTilesWithTheOtherViews(width: Int, height: Int) throws {
        let closed = try layout(width, height, inspector: false)
        #expect(closed.inspector == nil)
        let open = try layout(width, height, inspector: true)
        let inspector = try #require(open.inspector)
        #expect(open.heatmap == closed.heatmap && open.lossChart == closed.lossChart && open.controls == closed.controls)
        #expect(inspector.width >= 26 && inspector.intersection(open.network).isEmpty)
        #expect(inspector.width + open.network.width == closed.network.width)
    }

    @Test func itReplacesTheNetworkBelowTwoHundredColumnsAndSitsBesideItAbove() throws {
        #expect(try layout(80, 24, inspector: true).network.width == 0)
        #expect(try layout(120, 40, inspector: true).network.width == 0)
        let wide = try layout(200, 60, inspector: true)
        #expect(wide.network.width == Layout.networkBesideInspector && wide.inspector!.width == 48)
    }

    @Test func inALessonOnANarrowScreenItTakesTheLessonPanesPlace() throws {
        let l = try layout(120, 40, lesson: true, inspector: true)
        let closed = try layout(120, 40, lesson: true, inspector: false)
        #expect(l.lesson == nil && l.inspector == closed.lesson)
    }

    @Test func hiddenSpaceNeuronsAndLayersStayInsideTheNetwork() {
        let config = TrainingConfig(hiddenLayers: [4, 2])
        var app = InspectorFixture.pressing("iiii", on: AppState(config: config))
        #expect(app.inspector.view == .hiddenSpace && app.inspector.neurons == [0, 1])
        app = InspectorFixture.pressing(">>", on: app)
        #expect(app.inspector.neurons == [0, 3])
        app = InspectorFixture.pressing("<<<", on: app)
        #expect(app.inspector.neurons == [2, 3], "wraps round to the last pair")
        app = InspectorFixture.pressing("]]]", on: app)
        #expect(app.inspector.hiddenLayer == 1 && app.inspector.neurons == [0, 1], "layer 2 has two neurons")
        app = InspectorFixture.pressing("[[[", on: app)
        #expect(app.inspector.hiddenLayer == 0)
    }
}

/// The inspector's choices follow the network's shape.
@Suite struct InspectorClampTests {
    @Test func aSmallerNetworkMovesTheSelectionInsideIt() {
        var app = AppState(config: TrainingConfig(hiddenLayers: [4, 2]))
        app.inspector.selected = ParameterAddress(layer: 2, neuron: 0, input: 1)
        app.inspector.hiddenLayer = 1
        app.adopt(EngineReport(config: TrainingConfig(hiddenLayers: [3]), isPlaying: false))
        #expect(app.inspector.selected == ParameterAddress(layer: 1, neuron: 0, input: 1))
        #expect(app.inspector.hiddenLayer == 0 && app.inspector.neurons == [0, 1])
    }
}
