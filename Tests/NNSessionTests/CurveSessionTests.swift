import Foundation
import NNCore
import Testing
@testable import NNSession

/// Recording and replaying a curve-lab session: the file round-trips, the replay
/// reaches the recorded hash bit for bit, and bad files are refused with `path:line:`.
@Suite struct CurveSessionTests {
    static let settings = CurveLabSettings(target: .sin, points: 40, seed: 3, degree: 5,
                                           optimizer: OptimizerConfig(kind: .sgd, learningRate: 0.1))
    static let log = [
        CurveLabLoggedCommand(step: 0, command: .play),
        CurveLabLoggedCommand(step: 40, command: .setDegree(9)),
        CurveLabLoggedCommand(step: 40, command: .setOptimizer(.adam)),
        CurveLabLoggedCommand(step: 75, command: .setL2(1e-3)),
        CurveLabLoggedCommand(step: 90, command: .setNoise(0.2)),
        CurveLabLoggedCommand(step: 120, command: .setHidden([16])),
        CurveLabLoggedCommand(step: 150, command: .setSpeed(nil)),
        CurveLabLoggedCommand(step: 200, command: .pause),
    ]

    static func recorded() -> CurveSession {
        let final = CurveLab.replay(settings: settings, log: log, until: 200)
        return CurveSession(initial: CurveLab(settings: settings), log: log, final: final)
    }

    @Test func theFileRoundTripsAndReplaysToTheSameBits() throws {
        let session = Self.recorded()
        let text = try session.text()
        #expect(text.hasPrefix("{\"format\":\"nnplay-curves-session\""))
        #expect(CurveSession.isCurveSession(Substring(text)))
        let read = try CurveSession.decode(text, path: "s.session")
        #expect(read == session)
        let replayed = read.replay()
        #expect(replayed.sessionStep == 200)
        #expect(replayed.stateHash == session.end?.hash)
        #expect(replayed.settings.degree == 9 && replayed.settings.l2 == 1e-3 && replayed.settings.noise == 0.2)
    }

    /// A command moved by one step computes something else: the hash tells.
    @Test func aShiftedCommandChangesTheHash() throws {
        var log = Self.log
        log[5] = CurveLabLoggedCommand(step: 121, command: .setHidden([16]))
        let shifted = CurveLab.replay(settings: Self.settings, log: log, until: 200)
        #expect(shifted.stateHash != Self.recorded().end?.hash)
    }

    @Test func badFilesAreRefusedWithTheirLine() throws {
        let good = try Self.recorded().text()
        func refusal(_ text: String) -> String? {
            do {
                _ = try CurveSession.decode(text, path: "s.session")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(refusal("") == "s.session:1: empty file: expected a curve-lab session header")
        #expect(refusal(good.replacingOccurrences(of: "nnplay-curves-session", with: "nnplay-session"))?
            .hasPrefix("s.session:1: format \"nnplay-session\"") == true)
        #expect(refusal(good.replacingOccurrences(of: "\"degree\":5", with: "\"degree\":99")) ==
            "s.session:1: settings: degree must be 0 to 15")
        var lines = good.split(separator: "\n").map(String.init)
        lines.swapAt(2, 4)
        #expect(refusal(lines.joined(separator: "\n"))?.hasPrefix("s.session:4: step 40 comes after step 75") == true)
        #expect(refusal(good + "{\"step\":300,\"kind\":\"pause\"}\n") ==
            "s.session:\(Self.log.count + 3): a line after the end of the session")
        #expect(refusal(good.replacingOccurrences(of: "\"step\":75", with: "\"step\":\"x\""))?.hasPrefix("s.session:5:") == true)
    }
}

extension CurveSessionTests {
    /// Every command reads back as itself, in the flat form the file shows.
    @Test func everyCommandRoundTrips() throws {
        let all: [CurveLabCommand] = [.setTarget(.runge), .setNoise(0.25), .setPoints(80), .setSeed(9), .setDegree(7),
                                      .setL2(1e-5), .setOptimizer(.rmsprop), .setLearningRate(0.003), .setHidden([4, 4]),
                                      .setActivation(.relu), .setSpeed(250), .setSpeed(nil), .play, .pause, .step, .reset,
                                      .watchGoal([CurveLabGoal(metric: .gdDistance, comparison: .less, target: 1e-6),
                                                  CurveLabGoal(metric: .steps, comparison: .lessOrEqual, target: 20_000)]),
                                      .watchGoal(nil)]
        let log = all.enumerated().map { CurveLabLoggedCommand(step: $0.offset, command: $0.element) }
        let session = CurveSession(settings: Self.settings, stepsPerSecond: nil, log: log, end: nil)
        let text = try session.text()
        #expect(text.contains("{\"degree\":7,\"kind\":\"setDegree\",\"step\":4}"))
        #expect(try CurveSession.decode(text, path: "all.session").log == log)
        let unknown = text.replacingOccurrences(of: "\"kind\":\"reset\"", with: "\"kind\":\"rewind\"")
        #expect(throws: InputError.self) { try CurveSession.decode(unknown, path: "all.session") }
    }
}

extension CurveSessionTests {
    /// A lesson's markers sit between the commands where they were made, read back in
    /// place, change nothing in the replay, and never put the file out of step order.
    @Test func markersRoundTripInPlace() throws {
        var session = Self.recorded()
        session.markers = [CurveSessionMarker(step: 0, label: "lesson x step 1/2: One", afterCommands: 0),
                           CurveSessionMarker(step: 40, label: "lesson x step 2/2: Two", afterCommands: 2),
                           CurveSessionMarker(step: 70, label: "answer step 2/2: b", afterCommands: 4),
                           CurveSessionMarker(step: 200, label: "the end", afterCommands: 8)]
        let text = try session.text()
        let lines = text.split(separator: "\n")
        #expect(lines[1] == #"{"kind":"marker","label":"lesson x step 1/2: One","step":0}"#)
        #expect(lines[4] == #"{"kind":"marker","label":"lesson x step 2/2: Two","step":40}"#)
        // Made at step 70 but after the command of step 75 reached the engine: written at 75.
        #expect(lines[7] == #"{"kind":"marker","label":"answer step 2/2: b","step":75}"#)
        let read = try CurveSession.decode(text, path: "m.session")
        #expect(read.markers.map(\.label) == session.markers.map(\.label))
        #expect(read.markers.map(\.afterCommands) == [0, 2, 4, 8])
        #expect(read.log == session.log)
        #expect(read.replay().stateHash == session.end?.hash)
        #expect(try read.text() == text)
        let backwards = text.replacingOccurrences(of: #""label":"the end","step":200"#, with: #""label":"the end","step":10"#)
        #expect(throws: InputError.self) { try CurveSession.decode(backwards, path: "m.session") }
    }
}
