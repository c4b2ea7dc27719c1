/// The value of one setting, typed by its kind (see `SettingKind`): what a flag, a
/// typed-in control, a stepped control or a lesson line says a setting becomes.
package enum SettingValue: Equatable, Sendable {
    /// A real number (learning rate, noise, test ratio, β₁, …).
    case number(Double)
    /// A whole number (points, classes, epochs between decays).
    case integer(Int)
    /// A seed, 0 … 2⁶⁴ − 1.
    case seed(UInt64)
    /// On or off (nesterov, shuffle).
    case flag(Bool)
    /// One name of a fixed set: the raw value of an activation, optimizer, … .
    case name(String)
    /// The input features, in order.
    case features([Feature])
    /// Neurons per hidden layer, input side first; empty for none.
    case layers([Int])
    /// A number or nothing (`clip: none`).
    case optionalNumber(Double?)
    /// Where the points come from.
    case data(DataName)
    /// The regularization choice and its rate; nil rate: the choice's usual one (see
    /// `RegularizationChoice.regularization(from:)`).
    case regularization(RegularizationChoice, rate: Double?)
    /// Classification or regression (the panel's problem row).
    case regression(Bool)
    /// How fast training goes (a `.pace`-scope setting: never part of a configuration).
    case pace(Pace)

    /// The number of `.number`, or nil.
    package var number: Double? {
        if case .number(let x) = self { return x }
        return nil
    }

    /// The case of `T` this `.name` names (the first case for any other value, which
    /// the table never writes).
    func choice<T: CaseIterable & RawRepresentable>(_: T.Type = T.self) -> T where T.RawValue == String {
        if case .name(let name) = self, let value = T(rawValue: name) { return value }
        return T.allCases.first!
    }
}

/// Where a configuration's points come from: a built-in generator or a CSV file.
package enum DataName: Equatable, Sendable {
    case builtIn(DatasetKind)
    /// A CSV file: a name in the shipped `datasets/` folder (`iris`), or a path.
    case csv(String)

    /// The name of `config`'s points.
    package init(_ config: DatasetConfig) {
        if let kind = config.kind { self = .builtIn(kind) } else { self = .csv(config.csvPath ?? "csv") }
    }

    /// The built-in kind, nil for CSV data.
    package var kind: DatasetKind? {
        if case .builtIn(let kind) = self { return kind }
        return nil
    }

    /// The CSV file's name, nil for a built-in.
    package var csvPath: String? {
        if case .csv(let path) = self { return path }
        return nil
    }

    /// Whether `config` draws its points from here.
    package func matches(_ config: DatasetConfig) -> Bool {
        kind == config.kind && csvPath == config.csvPath
    }
}
