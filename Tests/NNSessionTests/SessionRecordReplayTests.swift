import Foundation
import NNCore
import NNSession
import Testing

/// A session recorded from the real threaded engine, with random pauses between
/// commands and frames, replays headless to the engine's final parameters bit for
/// bit, every time.
@Suite struct SessionRecordReplayTests {
    /// Records a scripted live session into `path`; returns the engine's final snapshot.
    private func recordLiveSession(to path: String) throws -> Snapshot {
        var config = TrainingConfig()
        config.dataset.count = 200
        let start = try PlaygroundState(config: config)
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: start, terminal: SessionTerminal(width: 120, height: 40)),
                                           checkpointInterval: 200)
        let engine = Engine(state: start)
        var generator = SystemRandomNumberGenerator()
        func frames() throws {  // the UI's frames while it waits a random while
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                Thread.sleep(forTimeInterval: Double.random(in: 0...0.002, using: &generator))
                let snapshot = try recorder.sync(with: engine)
                try recorder.frame(step: snapshot.sessionStep)
            }
        }
        var settings = config
        let script: [(inout TrainingConfig) -> Command] = [
            { _ in .play },
            { $0.optimizer.learningRate = 0.1; return .configure($0) },
            { _ in .addPoint(Sample(x1: 2, x2: -3, label: 1)) },
            { $0.hiddenLayers = [5, 3]; return .configure($0) },
            { _ in .pause },
            { _ in .step },
            { _ in .step },
            { _ in .resetWeights },
            { _ in .play },
            { $0.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01); return .configure($0) },
            { $0.dataset.generation += 1; return .regenerateData },
            { _ in .addPoint(Sample(x1: -1, x2: 4, label: 0)) },
            { $0.regularization.l2 = 0.001; return .configure($0) },
            { _ in .setSpeed(stepsPerSecond: 5000) },
            { _ in .setSpeed(stepsPerSecond: nil) },
        ]
        try recorder.marker("start")
        for make in script {
            engine.send(make(&settings))
            try frames()
            if Bool.random(using: &generator) { try recorder.resize(width: 100, height: 30) }
        }
        // Let it train on (it is playing) until a few checkpoints are due, drawing frames.
        let target = try recorder.sync(with: engine).sessionStep + 3 * recorder.checkpointInterval
        let deadline = Date().addingTimeInterval(5)
        while try recorder.sync(with: engine).sessionStep < target && Date() < deadline { try frames() }
        engine.stop()
        try recorder.finish(engine: engine)
        return engine.latestSnapshot()
    }

    @Test func aLiveSessionReplaysBitForBitTenTimes() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("live.session")
        let live = try recordLiveSession(to: path)
        let session = try SessionReader.read(path)
        #expect(session.isComplete)
        #expect(session.header.terminal == SessionTerminal(width: 120, height: 40))
        #expect(session.events.filter { if case .command = $0 { true } else { false } }.count == 15)
        #expect(session.events.filter { if case .checkpoint = $0 { true } else { false } }.count >= 1)

        var checkpointRuns: Set<[ParameterHash]> = []
        var finals: Set<[UInt64]> = []
        for _ in 0..<10 {
            var hashes: [ParameterHash] = []
            let replay = try SessionReplayer(session: session, path: path).run { entry, state in
                if case .checkpoint = entry.event { hashes.append(ParameterHash(parameters: state.trainer.network.parameters)) }
            }
            #expect(replay.steps == live.sessionStep)
            #expect(replay.checkpointsVerified == hashes.count + 1)
            #expect(replay.state.config == live.config)
            #expect(replay.state.version == live.version)
            #expect(replay.state.trainer.split.train == live.trainSamples)
            checkpointRuns.insert(hashes)
            finals.insert(replay.state.trainer.network.parameters.map(\.bitPattern))
        }
        #expect(checkpointRuns.count == 1)
        #expect(finals == [live.network.parameters.map(\.bitPattern)])
    }

    @Test func aTamperedCheckpointIsADesyncAtItsStep() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("tampered.session")
        let state = try PlaygroundState(config: TrainingConfig())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: state))
        var live = state
        try recorder.record(LoggedCommand(step: 0, command: .play))
        live.apply(.play)
        live.advance(to: 300)
        try recorder.checkpoint(state: live)
        try recorder.finish(state: live)

        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let hash = ParameterHash(parameters: live.trainer.network.parameters).description
        let other = ParameterHash(value: ParameterHash(parameters: live.trainer.network.parameters).value ^ 1).description
        lines[2] = lines[2].replacingOccurrences(of: hash, with: other)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let session = try SessionReader.read(path)
        #expect(throws: SessionReplayError.desync(InputError(
            "desync at step 300: the parameters' hash is \(hash), the recording has \(other)", path: path, line: 3))) {
            try SessionReplayer(session: session, path: path).run()
        }
    }

    @Test func unknownEventKindsAreIgnored() throws {
        let header = try SessionFixtures.headerLine()
        let text = header + """
        {"kind":"play","step":0}
        {"kind":"confetti","step":3,"colour":"gold"}
        {"kind":"wobble"}
        {"kind":"pause","step":50}

        """
        let session = try SessionReader.decode(text, path: "s.session")
        #expect(session.events == [.command(LoggedCommand(step: 0, command: .play)),
                                   .command(LoggedCommand(step: 50, command: .pause))])
        #expect(session.entries.map(\.line) == [2, 5])
        let replay = try SessionReplayer(session: session, path: "s.session").run()
        #expect(replay.steps == 50 && !replay.isComplete && replay.checkpointsVerified == 0)
    }

    @Test func everyEventKindRoundTrips() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("kinds.session")
        var state = try PlaygroundState(config: TrainingConfig())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: state), checkpointInterval: 10)
        var config = state.config
        config.optimizer.learningRate = 0.3
        let commands: [Command] = [.configure(config), .addPoint(Sample(x1: 0.1, x2: -0.7, label: 1)), .step,
                                   .setSpeed(stepsPerSecond: 30), .setSpeed(stepsPerSecond: nil)]
        for command in commands {
            try recorder.record(LoggedCommand(step: state.sessionStep, command: command))
            state.apply(command)
        }
        try recorder.resize(width: 80, height: 24)
        try recorder.marker("page \"2\" / 3")
        try recorder.frame()
        state.advance(to: 12)
        try recorder.checkpointIfDue(state: state)
        try recorder.finish(state: state)
        #expect(throws: InputError.self) { try recorder.frame() }

        let session = try SessionReader.read(path)
        let hash = ParameterHash(parameters: state.trainer.network.parameters)
        #expect(session.events == commands.enumerated().map { .command(LoggedCommand(step: $0 < 3 ? 0 : 1, command: $1)) }
                + [.resize(step: 1, width: 80, height: 24), .marker(step: 1, label: "page \"2\" / 3"), .frame(step: 1),
                   .checkpoint(step: 12, hash: hash), .end(step: 12, hash: hash)])
        #expect(session.header.config == TrainingConfig() && session.header.csv == nil)
        let replay = try SessionReplayer(session: session, path: path).run()
        #expect(replay.checkpointsVerified == 2 && replay.isComplete)
    }

    @Test func everyLineCarriesItsTimeToTheMillisecond() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("timed.session")
        var clock = [0.0004, 1.25, 2.0016, 7]
        let state = try PlaygroundState(config: TrainingConfig())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: state),
                                           elapsed: { clock.removeFirst() })
        try recorder.record(LoggedCommand(step: 0, command: .play))
        try recorder.resize(width: 90, height: 30)
        try recorder.marker("m")
        try recorder.finish(state: state)
        let session = try SessionReader.read(path)
        #expect(session.entries.map(\.time) == [0, 1.25, 2.002, 7])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines[3] == #"{"kind":"marker","label":"m","step":0,"time":2.002}"#)

        let negative = try SessionFixtures.headerLine() + #"{"kind":"play","step":0,"time":-1}"# + "\n"
        #expect(throws: InputError("time: expected 0 or more seconds, found -1.0", path: "t.session", line: 2)) {
            try SessionReader.decode(negative, path: "t.session")
        }
    }

    @Test func csvPointsTravelInTheHeader() throws {
        let points = (0..<40).map { Sample(x1: Double($0) / 10 - 2, x2: Double($0 % 7) - 3, label: Double($0 % 2)) }
        var config = TrainingConfig()
        config.dataset = DatasetConfig(kind: nil, csvPath: "/nowhere/points.csv")
        let state = try PlaygroundState(config: config, csv: Dataset(samples: points, problem: .classification(classes: 2)))
        let folder = try SessionTemporaryFolder()
        let path = folder.path("csv.session")
        var live = state
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: state))
        live.advance(to: 40)
        try recorder.finish(state: live)
        let session = try SessionReader.read(path)
        #expect(session.header.csv?.points == points)
        let replay = try SessionReplayer(session: session, path: path).run()
        #expect(replay.state.trainer.network.parameters.map(\.bitPattern) == live.trainer.network.parameters.map(\.bitPattern))
    }
}
