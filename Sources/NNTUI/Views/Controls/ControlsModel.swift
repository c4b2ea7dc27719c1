/// One row of the controls panel.
package struct ControlItem: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        /// A heading such as "data" or "training" (not focusable).
        case section
        /// A labelled value that ←/→ change and Enter edits.
        case value
        /// A button such as "regenerate data".
        case action
    }

    package var kind: Kind
    package var label: String
    /// The current value as text ("circle", "0.03", "on"); empty for sections and actions.
    package var value: String
    /// Whether it can be changed now (drawn dim otherwise).
    package var isEnabled: Bool
    /// Whether the lesson step locks it: drawn with `ControlItem.lockMark` and a dim
    /// value, so the student sees what is locked before trying to change it.
    package var isLocked: Bool

    package init(_ kind: Kind = .value, label: String, value: String = "", isEnabled: Bool = true,
                 isLocked: Bool = false) {
        self.kind = kind
        self.label = label
        self.value = value
        self.isEnabled = isEnabled
        self.isLocked = isLocked
    }

    /// The mark of a locked row: one terminal column (no emoji padlock, which takes two
    /// and is missing from many terminal fonts).
    package static let lockMark: Character = "⊘"


    package static func section(_ title: String) -> ControlItem { ControlItem(.section, label: title) }
    package static func action(_ label: String, isEnabled: Bool = true, isLocked: Bool = false) -> ControlItem {
        ControlItem(.action, label: label, isEnabled: isEnabled, isLocked: isLocked)
    }
}

/// A value being typed in: the text so far and where the cursor is.
///
/// As in a GUI text field, the editor opens with the old value shown selected: the
/// first character typed replaces it (Backspace or Delete empties it), while an arrow,
/// Home or End deselects it to edit it in place.
package struct TextEdit: Equatable, Sendable {
    package var text: String
    /// Character offset of the cursor, 0…text.count.
    package var cursor: Int
    /// The whole text is selected: typing replaces it.
    package var isSelected: Bool
    /// Why the text is not acceptable yet ("not a number"), shown under the field.
    package var problem: String?

    package init(text: String, cursor: Int? = nil, isSelected: Bool = false, problem: String? = nil) {
        self.text = text
        self.cursor = min(max(cursor ?? text.count, 0), text.count)
        self.isSelected = isSelected && !text.isEmpty
        self.problem = problem
    }
}

/// What the controls panel shows; the app decides the rows, the focus and the editing.
package struct ControlsModel: Sendable {
    package var title: String
    package var items: [ControlItem]
    /// Index into `items` of the focused row.
    package var focused: Int?
    /// When set, the focused row shows this text field instead of its value.
    package var editing: TextEdit?
    /// How many rows at the end the panel may leave out when they do not fit and none
    /// of them has the focus (the validation rows: a small terminal keeps the panel it
    /// had before them, and moving the focus down to them scrolls them in).
    package var optionalTail: Int

    package init(title: String = "controls", items: [ControlItem], focused: Int? = nil, editing: TextEdit? = nil,
                optionalTail: Int = 0) {
        self.title = title
        self.items = items
        self.focused = focused
        self.editing = editing
        self.optionalTail = optionalTail
    }

    /// The rows the panel lays out in `rows` lines: all of them, or all but the
    /// optional tail when everything does not fit and the focus is above the tail.
    package func shownCount(rows: Int) -> Int {
        let required = max(0, items.count - optionalTail)
        guard items.count > rows, (focused ?? 0) < required else { return items.count }
        return required
    }
}
