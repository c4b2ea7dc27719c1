import Foundation
import NNCore
import NNSession
import Testing

/// A digits-lab session, recorded as commands at their steps with checkpoints, reads
/// back as the lab's format and replays to the live run's parameters bit for bit.
@Suite struct DigitsSessionReplayTests {
    static func digits() throws -> Dataset {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("datasets/digits.csv")
        return try DigitsDataset(text: try String(contentsOf: url, encoding: .utf8), path: url.path).dataset
    }

    @Test func aRecordedDigitsSessionReplaysBitForBit() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("digits.session")
        var config = DigitsDataset.defaultConfig
        config.hiddenLayers = [16]
        var lab = try DigitsLabState(config: config, digits: try Self.digits())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(digitsLab: lab), checkpointInterval: 40)
        var tanh = config
        tanh.activation = .tanh
        var slower = tanh
        slower.optimizer.learningRate = 0.003
        slower.regularization.dropout = 0.1
        let script: [(Int, Command)] = [(0, .play), (25, .configure(tanh)), (60, .resetWeights), (61, .step),
                                        (90, .configure(slower)), (130, .pause), (130, .run(epochs: 1))]
        for (step, command) in script {
            while lab.sessionStep < step {
                lab.step()
                try recorder.checkpointIfDue(state: lab.playground)
            }
            lab.apply(command)
            try recorder.record(LoggedCommand(step: lab.sessionStep, command: command))
        }
        while lab.isPlaying {  // the run pauses by itself after its epoch
            lab.step()
            try recorder.checkpointIfDue(state: lab.playground)
        }
        try recorder.finish(state: lab.playground)

        let firstLine = try String(contentsOfFile: path, encoding: .utf8).prefix { $0 != "\n" }
        #expect(firstLine.contains("\"format\":\"nnplay-digits-session\""))
        let session = try SessionReader.read(path)
        #expect(session.header.isDigitsLab && session.isComplete)
        #expect(session.header.csv?.points.first?.inputWidth == 64)
        let replay = try SessionReplayer(session: session, path: path).run()
        #expect(replay.checkpointsVerified >= 4)
        #expect(replay.state.trainer.network.parameters.map(\.bitPattern)
                == lab.playground.trainer.network.parameters.map(\.bitPattern))
        #expect(replay.state.config == lab.config && replay.state.sessionStep == lab.sessionStep)
    }
}

/// A session whose points are not all of one input width is refused with its line,
/// never crashes the reader.
@Suite struct SessionInputWidthRefusalTests {
    @Test func pointsOfMixedWidthsAreRefused() throws {
        let folder = try SessionTemporaryFolder()
        var config = TrainingConfig(dataset: DatasetConfig(kind: nil, csvPath: "wide", testRatio: 0.5))
        config.output = .sigmoid
        let points = [Sample(inputs: [1, 2, 3], label: 0), Sample(x1: 1, x2: 2, label: 1), Sample(inputs: [3, 2, 1], label: 1)]
        var header = SessionHeader(config: config)
        header.csv = SessionData(problem: .classification(classes: 2), points: points)
        let path = folder.path("mixed.session")
        try (String(decoding: try JSONEncoder().encode(header), as: UTF8.self) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputError("csv: point 2 has 2 inputs where the first has 3 (samples with inputs list more than 2)",
                                   path: path, line: 1)) {
            try SessionReader.read(path)
        }
        // The same points all three wide read, and the config sees their width.
        header.csv = SessionData(problem: .classification(classes: 2), points: [points[0], points[2]])
        try (String(decoding: try JSONEncoder().encode(header), as: UTF8.self) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let session = try SessionReader.read(path)
        #expect(session.header.csv?.dataset.inputWidth == 3)
    }
}
