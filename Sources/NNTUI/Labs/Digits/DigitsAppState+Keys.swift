import NNCore
import NNSession

/// The digits lab's keys, a pure function of the state and one event:
///
/// | key | does |
/// |---|---|
/// | space | play or pause (on the pad: drop or lift the pen) |
/// | `.` or `s` | one training step |
/// | `r` | new initial weights |
/// | `+` / `-` | train faster / slower (the playground's ladder of paces) |
/// | Tab, Shift-Tab | the next / previous part: pad, gallery, most confused, settings |
/// | arrows | move the pad's cursor, turn the gallery's pages, pick a pair or a setting (←/→ change it) |
/// | Enter | open the selected pair of digits in the gallery; type a setting's value |
/// | `c`, Backspace | clear the pad |
/// | `v` | what the main pane shows on a small screen: gallery, weights, curves, most confused |
/// | Esc | back to every test image; close help |
/// | `?` or F1 | help |
/// | `q`, Ctrl-C | quit |
///
/// A click on the pad inks the cell under it and a drag every cell it passes; a click on
/// a row of the settings, the list of pairs or the gallery moves the focus there.
extension DigitsAppState {
    /// What the keys do, for the help overlay and the hint bar.
    package static let keyBindings: [KeyBinding] = [
        KeyBinding(keys: "space", action: "play or pause (on the pad: pen down / up)", hint: "play/pause"),
        KeyBinding(keys: ". or s", action: "one training step", hint: "step", hintKeys: "."),
        KeyBinding(keys: "r", action: "new initial weights", hint: "reset"),
        KeyBinding(keys: "+ / -", action: "pace: faster / slower", hint: "pace", hintKeys: "+/-"),
        KeyBinding(keys: "Tab", action: "next part: pad, gallery, most confused, settings", hint: "next part"),
        KeyBinding(keys: "arrows", action: "move the pen, turn pages, pick a pair or a setting (←/→ change it)"),
        KeyBinding(keys: "Enter", action: "open the selected pair in the gallery; type a setting's value"),
        KeyBinding(keys: "c", action: "clear the pad", hint: "clear pad"),
        KeyBinding(keys: "v", action: "main pane on a small screen: gallery, weights, curves, most confused",
                   hint: "view"),
        KeyBinding(keys: "Esc", action: "back to every test image; close help"),
        KeyBinding(keys: "? or F1", action: "help", hint: "help", hintKeys: "?"),
        KeyBinding(keys: "q", action: "quit", hint: "quit"),
    ]

    /// The keys that work now: the lab's, and with a lesson open the lesson's before help and quit.
    package var activeKeyBindings: [KeyBinding] {
        guard lesson != nil else { return Self.keyBindings }
        return Self.keyBindings.dropLast(2) + LessonKeys.bindings() + Self.keyBindings.suffix(2)
    }

    /// Handles `event` in place; returns the commands for the engine, in order.
    /// `pairs` is the most-confused list now on screen (for Enter on it) and `hits`
    /// what is where (for clicks).
    @discardableResult
    package mutating func handle(_ event: InputEvent, pairs: [ConfusedPair] = [],
                                 hits: [DigitsHitRegion] = []) -> [Command] {
        switch event {
        case .interrupt:
            shouldQuit = true
            return []
        case .resize:
            return []
        case .click(let column, let row, _):
            showHelp = false
            return click(column: column, row: row, pairs: pairs, hits: hits)
        case .drag(let column, let row):
            // Dragging inks every pad cell it passes; elsewhere it does nothing.
            if case .padCell(let r, let c)? = hits.last(where: { $0.rect.contains(column: column, row: row) })?.target {
                focus = .pad
                pad.apply(.stroke(row: r, column: c))
            }
            return []
        default:
            break
        }
        if showHelp {
            if event == .escape || event == .character("?") || event == .function(1) || event == .enter { showHelp = false }
            if event == .character("q") { shouldQuit = true }
            return []
        }
        if editing != nil { return handleEditing(event) }
        if let commands = handleLesson(event) { return commands }
        if let commands = handleFocused(event, pairs: pairs) { return commands }
        return handleGlobal(event)
    }

    /// Keys every part shares.
    private mutating func handleGlobal(_ event: InputEvent) -> [Command] {
        switch event {
        case .character(" "): return [isPlaying ? .pause : .play]
        case .character("."), .character("s"): return [.step]
        case .character("r"): return [.resetWeights]
        case .character("+"), .character("="): return changePace(by: 1)
        case .character("-"), .character("_"): return changePace(by: -1)
        case .character("c"), .backspace, .delete: pad.apply(.clear)
        case .character("v"):
            paneView = paneView.next
            if paneView == .lesson && lesson == nil { paneView = paneView.next }
        case .character("?"), .function(1): showHelp = true
        case .character("q"): shouldQuit = true
        case .tab: focus = focus.next
        case .backTab: focus = focus.previous
        case .escape:
            openedPair = nil
            galleryPage = 0
            message = nil
        default: break
        }
        return []
    }

    /// The focused part's own keys; nil when it has none for `event`.
    private mutating func handleFocused(_ event: InputEvent, pairs: [ConfusedPair]) -> [Command]? {
        switch (focus, event) {
        case (.pad, .up): pad.apply(.move(rows: -1, columns: 0))
        case (.pad, .down): pad.apply(.move(rows: 1, columns: 0))
        case (.pad, .left): pad.apply(.move(rows: 0, columns: -1))
        case (.pad, .right): pad.apply(.move(rows: 0, columns: 1))
        case (.pad, .character(" ")): pad.apply(.toggle)
        case (.gallery, .right), (.gallery, .pageDown), (.gallery, .down): galleryPage += 1
        case (.gallery, .left), (.gallery, .pageUp), (.gallery, .up): galleryPage = max(0, galleryPage - 1)
        case (.confused, .up): confusedIndex = max(0, confusedIndex - 1)
        case (.confused, .down): confusedIndex = min(max(0, pairs.count - 1), confusedIndex + 1)
        case (.confused, .enter):
            guard pairs.indices.contains(confusedIndex) else { return [] }
            open(pairs[confusedIndex])
        case (.controls, .up): moveControl(by: -1)
        case (.controls, .down): moveControl(by: 1)
        case (.controls, .left): return configure(control.stepped(config, by: -1, csv: nil) ?? config)
        case (.controls, .right): return configure(control.stepped(config, by: 1, csv: nil) ?? config)
        case (.controls, .enter):
            guard control.isEnabled(config) else { return [] }
            editing = TextEdit(text: control.valueText(config, csv: nil), isSelected: true)
        default: return nil
        }
        return []
    }

    /// The next pace up or down the playground's ladder (`SpeedLadder`), as a command.
    private mutating func changePace(by direction: Int) -> [Command] {
        let next = SpeedLadder.step(pace, by: direction)
        message = "pace: " + next.text
        guard next != pace else { return [] }
        pace = next
        return [.setPace(next)]
    }

    /// Shows only the test images of `pair` in the gallery, from its first page.
    mutating func open(_ pair: ConfusedPair) {
        openedPair = pair
        galleryPage = 0
        paneView = .gallery
        message = "\(pair.count) test image\(pair.count == 1 ? "" : "s") of \(pair.truth) taken for \(pair.predicted) (Esc: all)"
    }

    private mutating func moveControl(by offset: Int) {
        let ids = focusableControls
        guard let index = ids.firstIndex(of: control) else {
            control = ids.first ?? .hidden
            return
        }
        control = ids[min(max(0, index + offset), ids.count - 1)]
    }

    /// Typing a setting's value: characters, Backspace, Enter applies, Esc cancels.
    private mutating func handleEditing(_ event: InputEvent) -> [Command] {
        guard var edit = editing else { return [] }
        switch event {
        case .character(let c):
            guard edit.text.count < 40 else { return [] }
            edit = edit.isSelected ? TextEdit(text: String(c)) : TextEdit(text: edit.text + String(c))
        case .backspace, .delete:
            edit = TextEdit(text: edit.isSelected ? "" : String(edit.text.dropLast()))
        case .escape:
            editing = nil
            return []
        case .enter, .tab, .up, .down:
            do throws(InputError) {
                let new = try control.parsed(edit.text, into: config, csv: nil)
                let commands = configure(new)
                if new != config && commands.isEmpty {  // refused: keep typing
                    editing = TextEdit(text: edit.text, problem: message)
                    return []
                }
                editing = nil
                return commands
            } catch {
                editing = TextEdit(text: edit.text, problem: error.message)
                message = error.message
                return []
            }
        default:
            return []
        }
        editing = edit
        return []
    }

    /// A click: ink a pad cell, or focus (and pick) a row of a list.
    private mutating func click(column: Int, row: Int, pairs: [ConfusedPair], hits: [DigitsHitRegion]) -> [Command] {
        guard let target = hits.last(where: { $0.rect.contains(column: column, row: row) })?.target else { return [] }
        switch target {
        case .padCell(let r, let c):
            focus = .pad
            pad.apply(.stroke(row: r, column: c))
        case .pair(let index):
            focus = .confused
            confusedIndex = index
            if pairs.indices.contains(index) { open(pairs[index]) }
        case .control(let id):
            focus = .controls
            control = id
        case .gallery:
            focus = .gallery
        }
        return []
    }
}

fileprivate extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    /// The case after this one, wrapping around.
    var next: Self { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    /// The case before this one, wrapping around.
    var previous: Self {
        Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count]
    }
}
