import NNCore
import NNSession

/// The playground's keys, as a pure function of the state and one event:
///
/// | key | does |
/// |---|---|
/// | space | play or pause |
/// | `.` or `s` | one training step (pauses first if playing) |
/// | `r` | new initial weights |
/// | `g` | new draw of the data |
/// | `+` / `-` | train faster / slower (steps per second, up to as fast as possible) |
/// | ↑ ↓ Tab Shift-Tab, Home End PgUp PgDn | move between controls |
/// | ← → | change the focused control's value |
/// | Enter | type a value (Enter applies, Esc cancels); on "regenerate data", do it |
/// | `1`…`7` | switch input feature 1…7 on or off |
/// | `c` | the class a click on the heatmap adds |
/// | `t` `d` `l` | test points, discretized output, log-scale loss |
/// | `m` / `e` | a grid search (lr × L2) / a seed sweep of this setup (`CompareScreen`) |
/// | `?` or F1 | help; Esc closes it |
/// | `q`, Ctrl-C | quit |
///
/// Clicks: see `AppState+Mouse.swift`; typing: `AppState+Editing.swift`.
extension AppState {
    /// The state after `event` and the commands to send to the engine, in order.
    package static func handle(_ event: InputEvent, state: AppState, context: AppContext) -> (AppState, [Command]) {
        var next = state
        let commands = next.handle(event, context: context)
        return (next, commands)
    }

    /// Handles `event` in place; returns the commands for the engine.
    package mutating func handle(_ event: InputEvent, context: AppContext) -> [Command] {
        switch event {
        case .interrupt:
            shouldQuit = true
            return []
        case .resize:
            return []
        default:
            break
        }
        if confirmation != nil { return handleConfirmation(event) }
        if inspector.weightEdit != nil { return handleWeightEdit(event) }
        if editing != nil { return handleEditing(event, context: context) }
        if !showHelp, let commands = handleLesson(event) { return commands }
        switch event {
        case .click(let column, let row, let secondary):
            if showHelp {
                showHelp = false
                return []
            }
            return click(column: column, row: row, secondary: secondary, context: context)
        case .scrollUp(let column, let row), .scrollDown(let column, let row):
            if case .control = context.hits.target(column: column, row: row) {
                moveFocus(by: event == .scrollUp(column: column, row: row) ? -1 : 1)
            }
            return []
        default:
            if !showHelp, let commands = handleInspectorKey(event) { return commands }
            return handleKey(event)
        }
    }

    /// A key while neither typing nor answering a question.
    mutating func handleKey(_ event: InputEvent) -> [Command] {
        switch event {
        case .character(let raw):
            return handleCharacter(raw.isASCII ? Character(raw.lowercased()) : raw)
        case .up: moveFocus(by: -1)
        case .down, .tab: moveFocus(by: 1)
        case .backTab: moveFocus(by: -1)
        case .pageUp: moveFocus(by: -5)
        case .pageDown: moveFocus(by: 5)
        case .home: moveFocus(to: focusable.first)
        case .end: moveFocus(to: focusable.last)
        case .left: return stepFocused(by: -1)
        case .right: return stepFocused(by: 1)
        case .enter:
            if focus.isAction { return trigger(focus) }
            guard focus.isEnabled(config) else {
                message = "\(focus.label) cannot be changed for these data"
                return []
            }
            editing = TextEdit(text: focus.editText(config, csv: csv), isSelected: true)
        case .escape:
            if showHelp { showHelp = false } else { message = nil }
        case .function(1):
            showHelp.toggle()
        default:
            break
        }
        return []
    }

    /// A printable key.
    mutating func handleCharacter(_ key: Character) -> [Command] {
        switch key {
        case " ":
            return togglePlay()
        case ".", "s":
            return step()
        case "r":
            divergedAtStep = nil
            return [.resetWeights]
        case "g":
            return trigger(.regenerate)
        case "+", "=":
            return changeSpeed(by: 1)
        case "-", "_":
            return changeSpeed(by: -1)
        case "t": showTest.toggle()
        case "d": discretize.toggle()
        case "l": logScale.toggle()
        case "z": recentLoss.toggle()
        case "m": compareRequest = .search
        case "e": compareRequest = .sweep
        case "?": showHelp.toggle()
        case "q": shouldQuit = true
        case "c": cycleClickClass()
        case "1", "2", "3", "4", "5", "6", "7":
            let index = Int(String(key))! - 1
            return toggleFeature(Feature.allCases[index])
        default:
            break
        }
        return []
    }

    /// Space: pause if playing; play if paused (not while diverged: say how to recover).
    mutating func togglePlay() -> [Command] {
        if isPlaying {
            isPlaying = false
            return [.pause]
        }
        if let step = divergedAtStep {
            message = AppState.divergedAdvice(step)
            return []
        }
        isPlaying = true
        return [.play]
    }

    /// `.` or `s`: one step; a playing network pauses first so the step can be seen.
    mutating func step() -> [Command] {
        if let step = divergedAtStep {
            message = AppState.divergedAdvice(step)
            return []
        }
        guard isPlaying else { return [.step] }
        isPlaying = false
        return [.pause, .step]
    }

    /// `+` and `-`: the next rung of the pace ladder (the `speed` setting, which a
    /// lesson step may lock).
    mutating func changeSpeed(by direction: Int) -> [Command] {
        let lock = LessonControl(Settings.speed)
        if lesson?.setup.locked.contains(lock) == true {
            message = "this step locks \(lock)"
            return []
        }
        let next = SpeedLadder.step(pace, by: direction)
        message = "pace: " + next.text
        guard next != pace else { return [] }
        pace = next
        return [.setPace(next)]
    }

    /// `c`: the next class for plain clicks on the heatmap.
    mutating func cycleClickClass() {
        guard case .classification(let k) = problem else {
            message = "clicks add +1 (right click: -1) for regression"
            return
        }
        clickClass = (clickClass + 1) % k
        message = "click adds class \(clickClass) (\(PointMarks.glyph(classIndex: clickClass, isTest: false)))"
    }

    /// ←/→ on the focused control.
    mutating func stepFocused(by direction: Int) -> [Command] {
        guard !focus.isAction else { return [] }
        guard let next = focus.stepped(config, by: direction, csv: csv) else {
            if !focus.isEnabled(config) { message = "\(focus.label) cannot be changed for these data" }
            return []
        }
        return propose(next)
    }

    /// Moves the focus `offset` controls along, wrapping round.
    mutating func moveFocus(by offset: Int) {
        let controls = focusable
        guard let index = controls.firstIndex(of: focus) else { return moveFocus(to: controls.first) }
        let count = controls.count
        let target = abs(offset) == 1 ? ((index + offset) % count + count) % count
                                      : min(max(index + offset, 0), count - 1)
        focus = controls[target]
    }

    mutating func moveFocus(to control: ControlID?) {
        if let control { focus = control }
    }

    /// What `training diverged` tells the student to do.
    static func divergedAdvice(_ step: Int) -> String {
        "diverged at step \(NumberText.grouped(step)): press r to reset, or lower the learning rate"
    }
}
