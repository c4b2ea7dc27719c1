import NNCore
import NNSession

/// Typing a value into the focused control (after Enter, which shows the old value
/// selected, as a GUI text field does): the first character typed replaces the
/// selection (Backspace/Delete empty it), ←/→/Home/End deselect and move the cursor,
/// Enter applies, Esc cancels. A value that cannot be read or that
/// `TrainingConfig.validate` refuses keeps the editor open with the reason beside it
/// and in the note bar, and the old value stays in force. Leaving the field (Tab,
/// ↑/↓, a click) applies it the same way.
extension AppState {
    /// The longest text the editor takes.
    static let maxEditLength = 40

    mutating func handleEditing(_ event: InputEvent, context: AppContext) -> [Command] {
        guard var edit = editing else { return [] }
        if edit.isSelected {
            switch event {
            case .character:
                edit = TextEdit(text: "")  // the first character typed replaces the old value
            case .backspace, .delete:
                editing = TextEdit(text: "")
                return []
            case .left, .home:
                editing = TextEdit(text: edit.text, cursor: 0, problem: edit.problem)
                return []
            case .right, .end:
                editing = TextEdit(text: edit.text, problem: edit.problem)
                return []
            default:
                break
            }
        }
        var characters = Array(edit.text)
        switch event {
        case .character(let c):
            guard characters.count < AppState.maxEditLength else { return [] }
            characters.insert(c, at: edit.cursor)
            edit = TextEdit(text: String(characters), cursor: edit.cursor + 1)
        case .backspace:
            guard edit.cursor > 0 else { return [] }
            characters.remove(at: edit.cursor - 1)
            edit = TextEdit(text: String(characters), cursor: edit.cursor - 1)
        case .delete:
            guard edit.cursor < characters.count else { return [] }
            characters.remove(at: edit.cursor)
            edit = TextEdit(text: String(characters), cursor: edit.cursor)
        case .left: edit.cursor = max(0, edit.cursor - 1)
        case .right: edit.cursor = min(characters.count, edit.cursor + 1)
        case .home: edit.cursor = 0
        case .end: edit.cursor = characters.count
        case .escape:
            editing = nil
            return []
        case .enter:
            return commitEdit()
        case .tab, .down, .backTab, .up:
            let commands = commitEdit()
            if editing == nil && confirmation == nil { moveFocus(by: event == .tab || event == .down ? 1 : -1) }
            return commands
        case .click:
            let commands = commitEdit()
            guard editing == nil && confirmation == nil else { return commands }
            return commands + handle(event, context: context)
        default:
            return []
        }
        editing = edit
        return []
    }

    /// Reads the typed text; on success closes the editor and sends the change.
    mutating func commitEdit() -> [Command] {
        guard let edit = editing else { return [] }
        let new: TrainingConfig
        do throws(InputError) {
            new = try focus.parsed(edit.text, into: config, csv: csv)
        } catch {
            refuse(error.message)
            return []
        }
        if let problem = validationProblem(new) {
            refuse(problem)
            return []
        }
        editing = nil
        return commit(new, commands: [.configure(new)])
    }

    /// Keeps the editor open with `problem` beside the field and in the note bar, where
    /// it shows whatever the panel's width.
    private mutating func refuse(_ problem: String) {
        editing?.problem = problem
        message = "\(focus.label): \(problem)"
    }
}
