import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The landscape lab's key and mouse handling as a pure function of events.
@Suite struct LandscapeLabUITests {
    static let size = Size(width: 120, height: 40)

    static func frame(_ ui: LandscapeLabUI, steps: Int = 0) -> LandscapeLabScreen.Frame {
        let snapshot = LandscapeLabFixture.snapshot(ui.setup, steps: steps, size: size)
        return LandscapeLabScreen.render(ui: ui, snapshot: snapshot, size: size, palette: Palette(tier: .ansi256))
    }

    @Test func spaceStepsPaceAndRestartBecomeCommands() {
        var ui = LandscapeLabUI(setup: LandscapeLabSetup())
        let context = LandscapeLabContext()
        #expect(ui.handle(.character(" "), context: context) == [.play])
        #expect(ui.isPlaying)
        #expect(ui.handle(.character(" "), context: context) == [.pause])
        #expect(ui.handle(.character("s"), context: context) == [.step])
        #expect(ui.handle(.character("+"), context: context) == [.setPace(stepsPerSecond: 5)])
        #expect(ui.handle(.character("+"), context: context) == [.setPace(stepsPerSecond: 10)], "the change shows at once")
        #expect(ui.handle(.character("-"), context: context) == [.setPace(stepsPerSecond: 5)])
        #expect(ui.handle(.character("r"), context: context) == [.reset])
        #expect(ui.handle(.character("q"), context: context).isEmpty && ui.shouldQuit)
    }

    @Test func arrowsChangeTheFocusedControl() {
        var ui = LandscapeLabUI(setup: LandscapeLabSetup())
        let context = LandscapeLabContext()
        #expect(ui.rows[ui.focusedRow] == .function)
        #expect(ui.handle(.right, context: context) == [.setFunction(.himmelblau)])
        #expect(ui.setup.function == .himmelblau && ui.setup.start == [0, 0] && ui.cursor == [0, 0])
        // Down past start, seed and pace to the first method's kind, then its learning rate.
        for _ in 0..<5 { _ = ui.handle(.down, context: context) }
        #expect(ui.rows[ui.focusedRow] == .knob(slot: 0, .learningRate))
        var faster = LandscapeMethod.labDefault(.gd)
        faster.optimizer.learningRate = 0.003
        #expect(ui.handle(.right, context: context) == [.setMethod(slot: 0, method: faster)])
        _ = ui.handle(.up, context: context)
        let commands = ui.handle(.right, context: context)
        #expect(commands == [.setMethod(slot: 0, method: .labDefault(.momentum))], "a new kind brings its defaults")
    }

    @Test func theCursorSetsTheStartWithEnterAndAClickSetsItDirectly() {
        var ui = LandscapeLabUI(setup: LandscapeLabSetup(function: .ravine))
        let frame = Self.frame(ui)
        #expect(ui.handle(.tab, context: frame.context).isEmpty && ui.focus == .surface)
        let start = ui.cursor
        _ = ui.handle(.right, context: frame.context)
        _ = ui.handle(.up, context: frame.context)
        let plot = frame.context.plot!
        let dx = 4 / Double(plot.width), dy = 4 / Double(plot.height)
        #expect(ui.cursor == [start[0] + dx, start[1] + dy])
        let x = ((start[0] + dx) * 100).rounded() / 100, y = ((start[1] + dy) * 100).rounded() / 100
        #expect(ui.handle(.enter, context: frame.context) == [.setStart(x: x, y: y)])
        // A click on the plot's top-left cell: the point at that cell's centre, rounded.
        let click = ui.handle(.click(column: plot.x, row: plot.y, secondary: false), context: frame.context)
        let cx = ((-2 + 0.5 * dx) * 100).rounded() / 100, cy = ((2 - 0.5 * dy) * 100).rounded() / 100
        #expect(click == [.setStart(x: cx, y: cy)])
        _ = ui.handle(.escape, context: frame.context)
        #expect(ui.focus == .controls)
    }

    @Test func buttonsAddAndRemoveMethods() {
        var ui = LandscapeLabUI(setup: LandscapeLabSetup())
        let context = LandscapeLabContext()
        #expect(ui.handle(.character("a"), context: context) == [.addMethod(.labDefault(.nesterov))])
        #expect(ui.setup.methods.count == 4)
        #expect(ui.handle(.character("a"), context: context).isEmpty, "four at most")
        #expect(ui.message == "a race has at most 4 methods: remove one first")
        _ = ui.handle(.down, context: context)
        #expect(ui.message == nil, "the note goes with the next key")
        let remove = ui.rows.firstIndex(of: .removeMethod(slot: 1))!
        let frame = Self.frame(ui)
        let hit = frame.context.hits.first { $0.target == .control(remove) }!
        let commands = ui.handle(.click(column: hit.rect.x + 2, row: hit.rect.y, secondary: false), context: frame.context)
        #expect(commands == [.removeMethod(slot: 1)])
        #expect(ui.setup.methods.map(\.kind) == [.gd, .adam, .nesterov])
    }

    @Test func helpTakesTheNextKeyAndPhaseMapToggles() {
        var ui = LandscapeLabUI(setup: .firstLook())  // the ravine: the phase map's surface
        _ = ui.handle(.character("?"), context: LandscapeLabContext())
        #expect(ui.showHelp)
        #expect(ui.handle(.character(" "), context: LandscapeLabContext()).isEmpty && !ui.showHelp)
        _ = ui.handle(.character("m"), context: LandscapeLabContext())
        #expect(ui.showPhaseMap)
        let text = FrameDump.text(Self.frame(ui).canvas)
        #expect(text.contains("phase map") && text.contains("computing the phase map"), "not yet published")
        _ = ui.handle(.character("m"), context: LandscapeLabContext())
        #expect(!ui.showPhaseMap)
    }

    @Test func aTooSmallTerminalSaysSo() {
        let ui = LandscapeLabUI(setup: LandscapeLabSetup())
        let snapshot = LandscapeLabFixture.snapshot(steps: 0, size: Size(width: 70, height: 20))
        let frame = LandscapeLabScreen.render(ui: ui, snapshot: snapshot, size: Size(width: 70, height: 20),
                                              palette: Palette(tier: .monochrome))
        #expect(FrameDump.text(frame.canvas).contains("terminal too small"))
    }
}
