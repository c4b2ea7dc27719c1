import NNCore

/// ← and → and typed values on a control: the setting's changes from the table
/// (`Setting.stepped`, `Setting.change(parsing:)`), put in with
/// `TrainingConfig.applying`, the one rule for what a change implies. Only the rows
/// that combine settings (the output head with its loss) or know the session's CSV
/// points (the dataset) read their text here.
extension ControlID {
    /// The most neurons the + buttons give a layer (TensorFlow Playground's 8; typing allows more).
    package static let buttonNeuronLimit = 8

    /// `c` with this control moved one step (`direction` +1 for →, −1 for ←); nil when
    /// there is nothing to change (an end of a ladder, a disabled control, a button).
    package func stepped(_ c: TrainingConfig, by direction: Int, csv: CSVChoice?) -> TrainingConfig? {
        guard isEnabled(c), let setting, let changes = setting.stepped(c, by: direction, csv: csv) else { return nil }
        return c.applying(changes, csv: csv)
    }

    /// `c` with this control set to `text`; throws a short reason when the text is not
    /// a value. Only the form is checked here: ranges are `TrainingConfig.validate`'s job.
    package func parsed(_ text: String, into c: TrainingConfig, csv: CSVChoice?) throws(InputError) -> TrainingConfig {
        guard let setting else { return c }
        do throws(SettingValueError) {
            return c.applying(try changes(setting, text, c, csv: csv), csv: csv)
        } catch {
            throw InputError(error.reason)
        }
    }

    private func changes(_ setting: Setting, _ text: String, _ c: TrainingConfig,
                         csv: CSVChoice?) throws(SettingValueError) -> [SettingChange] {
        switch self {
        case .output:
            // `tanh` (its natural loss) or `tanh,mse`.
            let parts = text.trimmedSpaces.split(whereSeparator: { " ,·/".contains($0) }).map(String.init)
            guard (1...2).contains(parts.count) else { throw .other("type an output such as sigmoid or tanh,mse") }
            return [try Settings.output.change(parsing: parts[0])] + (try parts.dropFirst().map {
                (part) throws(SettingValueError) -> SettingChange in try Settings.loss.change(parsing: part)
            })
        case .dataset:
            let change = try setting.change(parsing: text)
            guard case .data(.csv(let name)) = change.value else { return [change] }
            let typed = name.lowercased()
            guard let csv, [c.dataset.displayName.lowercased(), (csv.path ?? "csv").lowercased(), "csv"].contains(typed) else {
                throw .other("unknown dataset (\(DatasetKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return [setting.change(.data(.csv(csv.path ?? "csv")))]
        case .regularizationRate:
            let choice = RegularizationChoice(c.regularization)
            guard choice != .none, choice != .mixed else { throw .other("choose L1, L2 or dropout first") }
            return [try setting.change(parsing: text)]
        default:
            return [try setting.change(parsing: text)]
        }
    }
}
