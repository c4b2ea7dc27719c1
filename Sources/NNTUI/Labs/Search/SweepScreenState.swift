/// The sweep screen's state and keys, a pure function tested without a terminal: the
/// selected run (arrows, or a click), Enter (or a click on the selected run) opens that
/// run's setup in the playground, `q`, Esc or Ctrl-C leaves.
package struct SweepScreenState: FeedScreenState {
    package var selected = 0
    package var note: String?
    package var returnsToPlayground = false

    package init() {}

    package static let bindings: [KeyBinding] = [
        KeyBinding(keys: "← ↑ ↓ →", action: "select a run (or click one)", hint: "run", hintKeys: "←↑↓→"),
        KeyBinding(keys: "Enter", action: "open the run's setup in the playground (q there comes back)", hint: "open"),
        KeyBinding(keys: "q", action: "leave (an unfinished sweep is saved for --resume)", hint: "quit"),
    ]

    package mutating func follow(_ model: SweepBoard) {}

    package mutating func handle(_ event: InputEvent, model: SweepBoard, size: Size) -> FeedAction {
        note = nil
        let count = model.runs.count
        let columns = SweepLayout(size: size, runs: count, selected: selected).columns
        switch event {
        case .left: selected = max(0, selected - 1)
        case .right: selected = min(count - 1, selected + 1)
        case .up: selected = selected >= columns ? selected - columns : selected
        case .down: selected = selected + columns < count ? selected + columns : selected
        case .home: selected = 0
        case .end: selected = max(0, count - 1)
        case .enter: return count > 0 ? .open(selected) : .none
        case .character("q"), .escape, .interrupt: return .quit
        case .click(let x, let y, _):
            let layout = SweepLayout(size: size, runs: count, selected: selected)
            guard let run = layout.run(atColumn: x, row: y, runs: count) else { return .none }
            if run == selected { return .open(run) }
            selected = run
        default: break
        }
        return .none
    }

    package static func render(_ model: SweepBoard, state: SweepScreenState, size: Size, palette: Palette) -> Canvas {
        SweepScreen.render(board: model, state: state, size: size, palette: palette)
    }
}
