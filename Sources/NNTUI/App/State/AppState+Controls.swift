import NNSession

/// The controls panel as the state shows it.
extension AppState {
    /// One `ControlItem` per row of `rows` (so a click on row i is `rows[i]`), the focus
    /// and the editor. In a lesson, the rows the step locks are marked as locked.
    package var controlsModel: ControlsModel {
        let rows = self.rows
        let locked = lesson?.setup.locked ?? []
        let items = rows.map { row -> ControlItem in
            switch row {
            case .section(let title):
                return .section(title)
            case .control(let id) where id.isAction:
                return .action(id.label, isLocked: locked.contains(id.lessonControl))
            case .control(let id):
                return ControlItem(label: id.label, value: id.valueText(config, csv: csv), isEnabled: id.isEnabled(config),
                                   isLocked: locked.contains(id.lessonControl))
            }
        }
        let focused = rows.firstIndex(of: .control(focus))
        return ControlsModel(items: items, focused: focused, editing: focused == nil ? nil : editing,
                             optionalTail: ControlID.validationRows.count + rows.count - ControlID.rows(for: config).count)
    }
}

extension ControlID {
    /// The lesson lock that covers this row: its setting's (the problem row's is
    /// `dataset`); the `regenerate` button draws new data, so it is `dataset` too.
    var lessonControl: LessonControl {
        setting.map(LessonControl.init) ?? .dataset
    }
}
