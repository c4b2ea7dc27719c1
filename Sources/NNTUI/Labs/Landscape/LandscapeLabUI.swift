import NNCore
import NNSession

/// The landscape lab's interface state and its key and mouse handling: a pure
/// function from events to this state and the commands for the engine, tested
/// without a terminal or an engine.
///
/// `setup` is what the screen shows: the engine's, adopted from each snapshot once the
/// engine has applied every command sent, and changed at once by each command sent
/// (`LandscapeLabSetup.apply`, the same rule the engine runs), so a key pressed twice
/// quickly steps twice.
package struct LandscapeLabUI: Equatable, Sendable {
    /// What the arrow keys move.
    package enum Focus: Equatable, Sendable { case controls, surface }

    package var setup: LandscapeLabSetup
    package var isPlaying = false
    package var focus = Focus.controls
    /// The focused row of the controls panel (an index into `rows`).
    package var focusedRow: Int
    /// Where Enter on the surface sets the start, (x, y).
    package var cursor: [Double]
    package var showHelp = false
    /// The phase map in place of the race chart.
    package var showPhaseMap = false
    package var shouldQuit = false
    /// A note for the bottom row.
    package var message: String?
    /// The lesson open beside the lab (`nnplay lesson ID`), if any.
    package var lesson: LandscapeLessonMode?

    package init(setup: LandscapeLabSetup) {
        self.setup = setup
        cursor = setup.start ?? LandscapeFunction(setup.function, condition: setup.condition).defaultStart
        focusedRow = 0
        focusedRow = rows.firstIndex { if case .section = $0 { return false } else { return true } } ?? 0
    }

    /// The controls panel's rows now.
    package var rows: [LandscapeControl] { LandscapeControl.rows(for: setup) }

    /// The box the surface is drawn in.
    package var box: LandscapeFunction.Box { LandscapeFunction(setup.function, condition: setup.condition).viewBox }

    /// Takes over what the engine reports.
    package mutating func adopt(_ snapshot: LandscapeLabSnapshot) {
        if setup.function != snapshot.setup.function { cursor = snapshot.start }
        setup = snapshot.setup
        isPlaying = snapshot.isPlaying
        focusedRow = min(focusedRow, rows.count - 1)
        if let note = lesson?.observe(snapshot) { message = note }
    }

    /// Handles one event; returns the commands for the engine (already applied to `setup`).
    package mutating func handle(_ event: InputEvent, context: LandscapeLabContext) -> [LandscapeLabCommand] {
        message = nil  // a note lasts until the next key
        let commands = commands(for: event, context: context)
        for command in commands {
            let before = setup.function
            setup.apply(command)
            if setup.function != before {
                setup.start = LandscapeFunction(setup.function, condition: setup.condition).defaultStart
                cursor = setup.start!
            }
            switch command {
            case .play: isPlaying = true
            case .pause: isPlaying = false
            default: break
            }
        }
        focusedRow = min(focusedRow, rows.count - 1)
        return commands
    }

    private mutating func commands(for event: InputEvent, context: LandscapeLabContext) -> [LandscapeLabCommand] {
        if showHelp {
            if case .character("q") = event { shouldQuit = true }
            showHelp = false
            return []
        }
        if let lessonCommands = handleLesson(event) { return lessonCommands }
        switch event {
        case .character("q"), .interrupt: shouldQuit = true
        case .character("?"): showHelp = true
        case .character(" "): return [isPlaying ? .pause : .play]
        case .character("s"), .character("."): return [.step]
        case .character("r"): return [.reset]
        case .character("+"), .character("="): return LandscapeControl.pace.step(1, in: setup).map { [$0] } ?? []
        case .character("-"): return LandscapeControl.pace.step(-1, in: setup).map { [$0] } ?? []
        case .character("f"): return LandscapeControl.function.step(1, in: setup).map { [$0] } ?? []
        case .character("a"):
            guard let add = LandscapeControl.addMethod.press(in: setup) else {
                message = "a race has at most \(LandscapeLabState.maxMethods) methods: remove one first"
                return []
            }
            return [add]
        case .character(LandscapeLabKeys.phaseMapKey):
            if setup.function == .ravine || showPhaseMap {
                showPhaseMap.toggle()
            } else {
                message = Self.phaseMapIsForTheRavine
            }
        case .tab, .backTab: focus = focus == .controls ? .surface : .controls
        case .escape: focus = .controls
        case .up, .down, .left, .right, .enter:
            return focus == .surface ? surfaceKey(event, context: context) : controlsKey(event)
        case .click(let column, let row, _):
            return click(column: column, row: row, context: context)
        default: break
        }
        return []
    }

    /// ↑ ↓ choose a row, ← → change it, Enter presses it.
    private mutating func controlsKey(_ event: InputEvent) -> [LandscapeLabCommand] {
        let rows = self.rows
        switch event {
        case .up, .down:
            let direction = event == .up ? -1 : 1
            var i = focusedRow + direction
            while rows.indices.contains(i), case .section = rows[i] { i += direction }
            if rows.indices.contains(i) { focusedRow = i }
        case .left, .right:
            return rows[focusedRow].step(event == .left ? -1 : 1, in: setup).map { [$0] } ?? []
        case .enter:
            if rows[focusedRow] == .start {
                focus = .surface
                return []
            }
            return rows[focusedRow].press(in: setup).map { [$0] } ?? []
        default: break
        }
        return []
    }

    /// Arrows move the cursor one cell; Enter starts the race there.
    private mutating func surfaceKey(_ event: InputEvent, context: LandscapeLabContext) -> [LandscapeLabCommand] {
        let box = self.box
        let columns = Double(max(1, context.plot?.width ?? 40)), rows = Double(max(1, context.plot?.height ?? 20))
        let dx = (box.x.upperBound - box.x.lowerBound) / columns, dy = (box.y.upperBound - box.y.lowerBound) / rows
        switch event {
        case .left: cursor[0] = max(box.x.lowerBound, cursor[0] - dx)
        case .right: cursor[0] = min(box.x.upperBound, cursor[0] + dx)
        case .up: cursor[1] = min(box.y.upperBound, cursor[1] + dy)
        case .down: cursor[1] = max(box.y.lowerBound, cursor[1] - dy)
        case .enter: return [Self.start(at: cursor)]
        default: break
        }
        return []
    }

    private mutating func click(column: Int, row: Int, context: LandscapeLabContext) -> [LandscapeLabCommand] {
        switch context.hits.target(column: column, row: row) {
        case .control(let index):
            guard rows.indices.contains(index) else { return [] }
            focus = .controls
            focusedRow = index
            return rows[index].press(in: setup).map { [$0] } ?? []
        case .heatmap:
            guard let plot = context.plot else { return [] }
            let box = self.box
            let x = box.x.lowerBound + (Double(column - plot.x) + 0.5) / Double(plot.width) * (box.x.upperBound - box.x.lowerBound)
            let y = box.y.upperBound - (Double(row - plot.y) + 0.5) / Double(plot.height) * (box.y.upperBound - box.y.lowerBound)
            cursor = [x, y]
            return [Self.start(at: cursor)]
        default: return []
        }
    }

    /// The start at `point`, rounded to hundredths so it reads well and replays exactly.
    static func start(at point: [Double]) -> LandscapeLabCommand {
        .setStart(x: (point[0] * 100).rounded() / 100, y: (point[1] * 100).rounded() / 100)
    }
}

/// What the last frame drew that input needs: the click targets and the surface's plot area.
package struct LandscapeLabContext: Equatable, Sendable {
    package var hits: [HitRegion]
    package var plot: Rect?

    package init(hits: [HitRegion] = [], plot: Rect? = nil) {
        self.hits = hits
        self.plot = plot
    }
}
