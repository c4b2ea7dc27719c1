import NNCore
@testable import nnplay
import Testing

/// Every setting the table offers as a flag is a flag of `nnplay train`, read by the
/// table's rule into that setting's change: a new entry without its declaration in
/// `TrainingOptions` fails here.
@Suite struct SettingsFlagCoverageTests {
    static let flagSettings = Settings.all.filter { $0.fronts.contains(.flag) && $0.key != Settings.dataset.key }

    /// A value each setting's flag accepts, off its default.
    static func arguments(_ setting: Setting) -> [String] {
        switch setting.kind {
        case .flag: return ["--no-\(setting.key)"]
        case .choice(let names): return ["--\(setting.key)", names[names.count - 1]]
        case .features: return ["--\(setting.key)", "x1,sin2"]
        case .layers: return ["--\(setting.key)", "3,5"]
        case .optionalNumber: return ["--\(setting.key)", "0.25"]
        default: return ["--\(setting.key)", "4"]
        }
    }

    @Test(arguments: flagSettings)
    func eachFlagSettingIsAFlag(_ setting: Setting) throws {
        let options = try TrainingOptions.parse(Self.arguments(setting))
        #expect(options.changes.map(\.setting.key) == [setting.key])
    }

    @Test func theDatasetIsAFlag() throws {
        #expect(try TrainingOptions.parse(["--\(Settings.dataset.key)", "spiral"]).dataset == "spiral")
    }
}

extension Setting: CustomTestStringConvertible {
    public var testDescription: String { key }
}

/// Every setting the table offers as a flag of the screens (`--speed`) is an option of
/// `ScreenOptions`, read by the table's rule.
@Suite struct ScreenFlagCoverageTests {
    @Test func eachScreenSettingIsAFlagOfTheScreens() throws {
        let screen = Settings.all.filter { $0.fronts.contains(.screenFlag) }
        #expect(screen.map(\.key) == [Settings.speed.key])
        let options = try ScreenOptions.parse(["--\(Settings.speed.key)", "5steps"])
        #expect(try options.pace() == .stepsPerSecond(5))
        #expect(try ScreenOptions.parse([]).pace() == .watchable)
    }
}
