import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// A session of each lab recorded in a test by driving the lab's pure state (the same
/// `apply` and `step` the engine runs) and writing it with the lab's own recorder, so
/// the replays below read real files; and what the live state ended as.
enum LabRecordings {
    /// A file in a fresh temporary folder.
    static func path(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-labreplay-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// A clock that moves a quarter second per line.
    static func clock() -> () -> Double {
        nonisolated(unsafe) var time = 0.0
        return { time += 0.25; return time }
    }

    /// A landscape session: two methods on Himmelblau, played, the start moved, a resize.
    static func landscape() throws -> (path: String, final: ParameterHash) {
        let path = path("landscape.session")
        let setup = LandscapeLabSetup(function: .himmelblau, methods: [.labDefault(.adam), .labDefault(.cmaes)])
        let recorder = try LandscapeLabRecorder(path: path, setup: setup, terminal: LandscapeTerminalSize(width: 120, height: 40),
                                                elapsed: clock())
        var state = LandscapeLabState(setup)
        for (step, command) in [(0, LandscapeLabCommand.play), (12, .setStart(x: 1, y: -2)), (30, .setSeed(7))] {
            while state.sessionStep < step { state.step() }
            state.apply(command)
            try recorder.command(Logged(step: step, command: command))
            if step == 12 { try recorder.resize(width: 100, height: 32, step: step) }
        }
        while state.sessionStep < 50 { state.step() }
        try recorder.finish(steps: state.sessionStep, fingerprint: state.fingerprint)
        return (path, state.fingerprint)
    }

    /// A race of two optimizers: played, one variant's learning rate changed, a resize.
    static func race() throws -> (path: String, final: [ParameterHash]) {
        let path = path("race.session")
        var base = TrainingConfig()
        base.dataset.kind = .circle
        base.dataset.count = 100
        base.hiddenLayers = [3]
        var adam = base
        adam.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01)
        var race = try RaceState(variants: [("optimizer=sgd", base), ("optimizer=adam", adam)])
        let terminal = SessionTerminal(width: 120, height: 40)
        let file = try LabSessionAppender(path: path, header: RaceSession.Header(race: race, terminal: terminal),
                                          terminal: terminal, elapsed: clock())
        var faster = adam
        faster.optimizer.learningRate = 0.03
        for (step, command) in [(0, RaceLabCommand.all(.play)), (40, .variant(id: 1, .configure(faster)))] {
            _ = race.advance(to: step)
            race.apply(command)
            try file.command(Logged(step: step, command: command), step: step)
        }
        try file.resize(width: 110, height: 36, step: 60)
        _ = race.advance(to: 90)
        try file.finish(RaceSession.End(race))
        return (path, RaceSession.End(race).end)
    }

    /// A curve-lab session: degree raised while playing, then paused.
    static func curves() throws -> (path: String, final: ParameterHash) {
        let path = path("curves.session")
        var lab = CurveLab(settings: CurveLabSettings())
        lab.apply(.setSpeed(60))
        let session = CurveSession(settings: lab.settings, stepsPerSecond: 60, log: [], end: nil,
                                   terminal: SessionTerminal(width: 120, height: 40))
        let file = try LabSessionAppender(path: path, header: session.header, terminal: session.terminal, elapsed: clock())
        for (step, command) in [(0, CurveLabCommand.play), (25, .setDegree(5)), (60, .pause)] {
            while lab.sessionStep < step, lab.step() {}
            lab.apply(command)
            try file.command(Logged(step: step, command: command), step: step)
        }
        try file.finish(CurveSession.endLine(step: lab.sessionStep, hash: lab.stateHash))
        return (path, lab.stateHash)
    }

    /// A digits-lab session: played for 70 steps on a small network.
    static func digits() throws -> (path: String, final: ParameterHash) {
        let path = path("digits.session")
        var config = DigitsDataset.defaultConfig
        config.hiddenLayers = [8]
        var lab = try DigitsLabState(config: config, digits: try DigitsFixture.digits())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(digitsLab: lab, terminal: SessionTerminal(width: 120, height: 40)),
                                           elapsed: clock())
        try recorder.record(LoggedCommand(step: 0, command: .play))
        while lab.sessionStep < 70 { lab.step() }
        try recorder.finish(state: lab.playground)
        return (path, ParameterHash(parameters: lab.playground.trainer.network.parameters))
    }

    /// `path`'s text with the end line's hash changed: the replay must stop there.
    static func tampered(_ path: String) throws -> (path: String, endLine: Int) {
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        let index = try #require(lines.lastIndex { $0.contains("\"end\"") })
        let hashes = try NSRegularExpression(pattern: "\"[0-9a-f]{16}\"")
        let line = lines[index]
        let first = try #require(hashes.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)))
        lines[index] = (line as NSString).replacingCharacters(in: first.range, with: "\"0123456789abcdef\"")
        let out = Self.path((path as NSString).lastPathComponent + ".tampered")
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        return (out, index + 1)
    }
}
