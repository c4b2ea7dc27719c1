/// The controls panel as the state shows it.
extension AppState {
    /// One `ControlItem` per row of `rows` (so a click on row i is `rows[i]`), the focus
    /// and the editor.
    package var controlsModel: ControlsModel {
        let rows = self.rows
        let items = rows.map { row -> ControlItem in
            switch row {
            case .section(let title):
                return .section(title)
            case .control(let id) where id.isAction:
                return .action(id.label)
            case .control(let id):
                return ControlItem(label: id.label, value: id.valueText(config, csv: csv), isEnabled: id.isEnabled(config))
            }
        }
        let focused = rows.firstIndex(of: .control(focus))
        return ControlsModel(items: items, focused: focused, editing: focused == nil ? nil : editing,
                             optionalTail: ControlID.validationRows.count)
    }
}
