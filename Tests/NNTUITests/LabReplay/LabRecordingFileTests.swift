import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The lab recordings written as they go: readable after every line (a kill loses
/// nothing written), and a race on CSV points recorded with its points.
@Suite struct LabRecordingFileTests {
    @Test func aCurveRecordingIsReadableAfterEveryCommand() throws {
        let path = LabRecordings.path("curves.session")
        var lab = CurveLab(settings: CurveLabSettings())
        let header = CurveSession(settings: lab.settings, stepsPerSecond: nil, log: [], end: nil,
                                  terminal: SessionTerminal(width: 90, height: 30)).header
        let file = try LabSessionAppender(path: path, header: header, terminal: SessionTerminal(width: 90, height: 30),
                                          elapsed: LabRecordings.clock())
        let commands: [(Int, CurveLabCommand)] = [(0, .play), (10, .setDegree(4)), (10, .setL2(0.01)), (30, .pause)]
        for (index, (step, command)) in commands.enumerated() {
            while lab.sessionStep < step, lab.step() {}
            lab.apply(command)
            try file.command(Logged(step: step, command: command), step: step)
            if index == 1 { try file.resize(width: 100, height: 32, step: step) }
            // What a kill -9 leaves: the temporary file, a cut-off session that replays to here.
            let cut = try CurveSession.read(file.temporaryPath)
            #expect(cut.log.count == index + 1 && cut.end == nil)
            #expect(cut.log.last == Logged(step: step, command: command))
            #expect(cut.terminal == SessionTerminal(width: 90, height: 30))
            #expect(cut.lines.times.count == index + 1 + (index >= 1 ? 1 : 0), "every line has its time")
        }
        #expect(!FileManager.default.fileExists(atPath: path), "the path is untouched until the end")
        try file.finish(CurveSession.endLine(step: lab.sessionStep, hash: lab.stateHash))
        let session = try CurveSession.read(path)
        #expect(session.lines.resizes == [LabSessionLine.Resize(step: 10, width: 100, height: 32)])
        #expect(session.replay().stateHash == lab.stateHash)
        #expect(!FileManager.default.fileExists(atPath: file.temporaryPath))
    }

    @Test func aRaceOnCSVPointsIsRecordedWithItsPointsAndReplays() throws {
        let points = (0..<200).map { Sample(x1: Double($0) / 50 - 2, x2: Double($0 % 9) / 3 - 1.5, label: Double($0 % 2)) }
        var config = TrainingConfig()
        config.dataset = DatasetConfig(kind: nil, csvPath: "/nowhere/points.csv")
        config.hiddenLayers = [3]
        var adam = config
        adam.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01)
        var race = try RaceState(variants: [("sgd", config), ("adam", adam)],
                                 csv: Dataset(samples: points, problem: .classification(classes: 2)))
        let path = LabRecordings.path("csv-race.session")
        let file = try LabSessionAppender(path: path, header: RaceSession.Header(race: race, terminal: nil), terminal: nil)
        race.apply(.all(.play))
        try file.command(Logged(step: 0, command: RaceLabCommand.all(.play)), step: 0)
        _ = race.advance(to: 45)
        try file.finish(RaceSession.End(race))
        #expect(RaceSessionReader.isRaceSession(path), "found by its format though the points come first")
        let beforeFormat = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\"format\"")[0]
        #expect(beforeFormat.utf8.count > 4096, "the header's points come before its format")
        let session = try RaceSessionReader.read(path)
        #expect(session.header.csv?.points == points)
        let replayed = try LabHeadlessReplay().run(try RacePlayback(session: session, path: path))
        #expect(replayed.checkpointsVerified == 1 && RaceSession.End(replayed.race) == RaceSession.End(race))
    }

    @Test func aLabResizeIsCheckedAtItsLine() throws {
        let start = try CurveSession(settings: CurveLabSettings(), stepsPerSecond: nil,
                                     log: [Logged(step: 5, command: .play)], end: nil).text()
        let back = start + #"{"height":30,"kind":"resize","step":3,"time":1,"width":100}"# + "\n"
        #expect(throws: InputError("step 3 goes back (the line before was at step 5) or is beyond \(CurveSession.maxSteps)",
                                   path: "c.session", line: 3)) { try CurveSession.decode(back, path: "c.session") }
        let empty = start + #"{"height":30,"kind":"resize","step":6,"width":0}"# + "\n"
        #expect(throws: InputError("terminal size 0x30 is out of range (1 to 1000)", path: "c.session", line: 3)) {
            try CurveSession.decode(empty, path: "c.session")
        }
        let timed = try CurveSession.decode(start + #"{"height":30,"kind":"resize","step":6,"time":2.5,"width":90}"# + "\n",
                                            path: "c.session")
        #expect(timed.lines.resizes == [LabSessionLine.Resize(step: 6, width: 90, height: 30)] && timed.lines.times == [3: 2.5])
    }

    @Test func theDigitsLabRecordsOnlyTheResizes() throws {
        let path = LabRecordings.path("digits.session")
        var config = DigitsDataset.defaultConfig
        config.hiddenLayers = [8]
        let lab = try DigitsLabState(config: config, digits: try DigitsFixture.digits())
        let recording = DigitsRecording(recorder: try SessionRecorder(
            path: path, header: SessionHeader(digitsLab: lab, terminal: SessionTerminal(width: 120, height: 40))))
        for (width, height) in [(120, 40), (120, 40), (100, 30), (100, 30), (120, 40)] {
            try recording.resize(width: width, height: height)
        }
        try recording.recorder.finish(state: lab.playground)
        let sizes = try SessionReader.read(path).entries.compactMap { entry -> String? in
            if case .resize(_, let width, let height) = entry.event { return "\(width)x\(height)" }
            return nil
        }
        #expect(sizes == ["100x30", "120x40"])
    }
}
