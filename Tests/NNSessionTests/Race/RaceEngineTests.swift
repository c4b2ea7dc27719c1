import Foundation
import NNCore
import NNSession
import Testing

/// The race on the engine's thread: every variant's snapshot and decision grid come
/// published together, and the recorded session (log and final hashes) replays bit for
/// bit from the file, however the sends were timed.
@Suite struct RaceEngineTests {
    private func wait(_ engine: LabEngine<RaceState>, until condition: (RaceSnapshot) -> Bool) -> RaceSnapshot {
        let deadline = ContinuousClock.now + .seconds(10)
        var snapshot = engine.latestSnapshot()
        while !condition(snapshot) && ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.001)
            snapshot = engine.latestSnapshot()
        }
        return snapshot
    }

    @Test func everyVariantsGridIsPublishedTogether() throws {
        let engine = LabEngine(state: try RaceState(variants: Array(RaceStateTests.variants().prefix(3))))
        defer { engine.stop() }
        let spec = PictureSpec(heatmap: GridSize(width: 20, height: 20), thumbnails: nil)
        engine.requestPictures(PictureRequest(spec))
        let snapshot = wait(engine) { $0.variants.allSatisfy { $0.snapshot.pictures?.spec == spec } }
        #expect(snapshot.variants.count == 3)
        for variant in snapshot.variants {
            #expect(variant.snapshot.pictures?.heatmap != nil, "\(variant.name)")
        }
    }

    @Test func aRecordedRaceReplaysBitForBitFromItsFile() throws {
        let engine = LabEngine(state: try RaceState(variants: Array(RaceStateTests.variants().prefix(2))))
        var generator = SystemRandomNumberGenerator()
        func pause() { Thread.sleep(forTimeInterval: Double.random(in: 0...0.003, using: &generator)) }
        var faster = engine.initialState.entrants[0].config
        faster.optimizer.learningRate = 0.05
        var deeper = engine.initialState.entrants[1].config
        deeper.hiddenLayers = [6, 3]
        let commands: [RaceLabCommand] = [.all(.play), .variant(id: 0, .configure(faster)), .add(copyOf: 1, name: "copy"),
                                          .variant(id: 2, .configure(deeper)), .all(.pause), .all(.step), .remove(id: 1),
                                          .all(.play), .all(.regenerateData), .all(.resetWeights),
                                          // at least one step after the reset, so the learning rate shows in the end
                                          .all(.pause), .all(.step)]
        for command in commands {
            pause()
            engine.send(command)
        }
        pause()
        engine.stop()
        let header = RaceSession.Header(race: engine.initialState, terminal: SessionTerminal(width: 100, height: 30))
        let text = try RaceSession.text(header: header, log: engine.commandLog(), final: engine.latestSnapshot())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("race-\(UUID().uuidString).session").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        #expect(RaceSessionReader.isRaceSession(path))
        let session = try RaceSessionReader.read(path)
        #expect(session.commands.count == commands.count)
        let race = try RaceSessionReplay.run(session, path: path)
        #expect(race.entrants.map(\.name) == engine.latestSnapshot().variants.map(\.name))
        #expect(race.entrants.map(\.playground.trainer.network.parameters)
                == engine.latestSnapshot().variants.map(\.snapshot.network.parameters))

        // Another learning rate in the log: the replay computes something else and says so.
        let tampered = text.replacingOccurrences(of: "\"learningRate\":0.05", with: "\"learningRate\":0.051")
        #expect(tampered != text)
        try tampered.write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: InputError.self) { try RaceSessionReplay.run(try RaceSessionReader.read(path), path: path) }
        #expect(error?.message.hasPrefix("desync at step") == true, "\(String(describing: error))")
    }

    @Test func aBrokenLineIsRefusedWithItsLine() throws {
        let race = try RaceState(variants: Array(RaceStateTests.variants().prefix(2)))
        let header = String(decoding: try JSONEncoder().encode(RaceSession.Header(race: race, terminal: nil)), as: UTF8.self) + "\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("race-\(UUID().uuidString).session").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (header + "{\"step\":3,\"race\":\"all\",\"command\":{\"kind\":\"play\"}}\n{\"step\":2,\"race\":\"sideways\"}\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: InputError.self) { try RaceSessionReader.read(path) }
        #expect(error?.line == 3, "\(String(describing: error))")
    }
}
