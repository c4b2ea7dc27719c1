import NNCore
import NNSession
import Testing
@testable import NNTUI

/// `m` in the landscape lab: the phase map of the ravine for the selected method's rule,
/// drawn from what the engine published, or why there is none.
@Suite struct LandscapePhaseMapPaneTests {
    static let size = Size(width: 120, height: 40)

    /// The frame after the engine answered the screen's request (as the run loop does:
    /// draw, ask, draw the snapshot that answers).
    static func answered(_ ui: LandscapeLabUI, steps: Int) -> (LandscapeLabScreen.Frame, LandscapeLabSnapshot) {
        var state = LandscapeLabState(ui.setup)
        for _ in 0..<steps { state.step() }
        var publisher = LandscapeLabPublisher(interval: 1, phaseMapThreads: 2)
        let pixels = LandscapeLabScreen.rasterSize(for: size)!
        publisher.request = LandscapeRasterRequest(width: pixels.width, height: pixels.height)
        let palette = Palette(tier: .ansi256)
        let asking = LandscapeLabScreen.render(ui: ui, snapshot: publisher.snapshot(of: state, now: 0, forced: true),
                                               size: size, palette: palette)
        publisher.request?.phaseMap = asking.phaseMapRequest
        let snapshot = publisher.snapshot(of: state, now: 1, forced: true)
        return (LandscapeLabScreen.render(ui: ui, snapshot: snapshot, size: size, palette: palette), snapshot)
    }

    /// The lab's first look with the momentum method's learning rate focused and the phase map shown.
    static func momentumSelected() -> LandscapeLabUI {
        var ui = LandscapeLabUI(setup: .firstLook())
        ui.focusedRow = ui.rows.firstIndex(of: .knob(slot: 1, .learningRate))!
        #expect(ui.handle(.character("m"), context: LandscapeLabContext()).isEmpty)
        #expect(ui.showPhaseMap)
        return ui
    }

    @Test func goldenFrameWithTheMomentumMethodMarked() {
        let ui = Self.momentumSelected()
        let (_, snapshot) = Self.answered(ui, steps: 20)
        GoldenFile.check(LandscapeLabFixture.dump(ui: ui, snapshot: snapshot, size: Self.size, tier: .ansi256),
                         named: "landscape-phase-map-120x40-256")
    }

    @Test func theMapDrawnIsTheRavinesForTheSelectedRule() throws {
        var ui = Self.momentumSelected()
        let (frame, snapshot) = Self.answered(ui, steps: 0)
        let request = try #require(frame.phaseMapRequest)
        #expect(request.method == .momentum && snapshot.phaseMap?.request == request)
        let text = (0..<Self.size.height).map { frame.canvas.text(row: $0) }.joined(separator: "\n")
        #expect(text.contains("momentum on the ravine, condition 10") && text.contains("● lr 0.05 β 0.9"))
        #expect(!text.contains("computing the phase map"))

        // Nesterov's switch on the momentum method: Nesterov's map.
        ui.focusedRow = ui.rows.firstIndex(of: .knob(slot: 1, .nesterov))!
        _ = ui.handle(.right, context: LandscapeLabContext())
        #expect(ui.setup.methods[1].optimizer.nesterov)
        let (nesterov, _) = Self.answered(ui, steps: 0)
        #expect(nesterov.phaseMapRequest?.method == .nesterov)
        #expect((0..<Self.size.height).contains { nesterov.canvas.text(row: $0).contains("nesterov on the ravine, condition 10") })
    }

    @Test func withNoMethodSelectedTheMapIsTheFirstMomentumMethods() {
        var ui = LandscapeLabUI(setup: .firstLook())  // gd, momentum, Adam; the function row focused
        #expect(ui.selectedSlot == nil && ui.phaseMapSlot == 1)
        ui.setup.methods.remove(at: 1)
        #expect(ui.phaseMapSlot == 0, "gradient descent: momentum's β = 0 row")
        ui.setup.methods.remove(at: 0)
        #expect(ui.phaseMapSlot == nil)
    }

    @Test func anotherMethodSaysTheMapIsForMomentum() {
        var ui = Self.momentumSelected()
        ui.focusedRow = ui.rows.firstIndex(of: .knob(slot: 2, .learningRate))!  // Adam
        let (frame, _) = Self.answered(ui, steps: 0)
        #expect(frame.phaseMapRequest == nil)
        let text = (0..<Self.size.height).map { frame.canvas.text(row: $0) }.joined(separator: "\n")
        #expect(text.contains("method 3 is adam: the phase map") && text.contains("is for momentum or Nesterov"))
    }

    @Test func onAnotherSurfacePSaysTheMapIsForTheRavine() {
        var ui = LandscapeLabUI(setup: LandscapeLabSetup())  // Rosenbrock
        #expect(ui.handle(.character("m"), context: LandscapeLabContext()).isEmpty)
        #expect(!ui.showPhaseMap && ui.message == LandscapeLabUI.phaseMapIsForTheRavine)
        let (frame, _) = Self.answered(ui, steps: 0)
        #expect(frame.phaseMapRequest == nil)
        #expect(frame.canvas.text(row: Self.size.height - 1).contains("the phase map is for the ravine"))
    }
}
