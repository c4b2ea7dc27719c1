import Foundation
import NNCore
import NNSession
import Testing

/// A race lesson's recording: the commands a step sends (each variant restarted in its
/// settings, its part of the goal watched) and the lesson's marker lines are written,
/// read back and replayed bit for bit; the race pauses at the goal in the replay too.
@Suite struct RaceLessonSessionTests {
    @Test func aLessonsCommandsAndMarkersReplayFromTheFile() throws {
        let variants = Array(RaceStateTests.variants().prefix(2))
        var race = try RaceState(variants: variants)
        let start = race
        let lessonGoal = LessonGoal(conditions: [.init(try GoalCondition.parse("test-accuracy >= 60%"), line: 0, variant: 1)],
                                    withinEpochs: 50)
        #expect(RaceLessonRehearsal.goal(lessonGoal, forVariant: 0) == nil)
        let goal = try #require(RaceLessonRehearsal.goal(lessonGoal, forVariant: 1))
        var faster = variants[0].config
        faster.optimizer.learningRate *= 2
        var log: [Logged<RaceLabCommand>] = []
        func send(_ command: RaceLabCommand) {
            race.apply(command)
            #expect(race.lastRejection == nil, "\(command)")
            log.append(Logged(step: race.sessionStep, command: command))
        }
        send(.variant(id: 0, .watchGoal(nil)))
        send(.variant(id: 1, .watchGoal(goal)))
        send(.all(.run(epochs: 50)))
        while race.isPlaying { race.step() }
        let met = try #require(race.goalMetAt, "the goal met within its 50 epochs")
        #expect(race.entrants[0].playground.trainer.epochs < 50, "the variant without a goal paused there too")
        let markers = [RaceSession.Marker(step: 0, label: "lesson l step 1/2: A"),
                       RaceSession.Marker(step: race.sessionStep, label: "lesson l step 2/2: B")]
        send(.all(.pause))
        send(.variant(id: 0, .restart(faster)))
        send(.variant(id: 1, .restart(variants[1].config)))
        #expect(race.entrants.map(\.playground.trainer.epochs) == [0, 0])
        send(.all(.run(epochs: 3)))
        while race.isPlaying { race.step() }

        var painters: [Int: PicturePainter] = [:]
        let final = RaceSnapshot.headless(race, painters: &painters)
        let text = try RaceSession.text(header: RaceSession.Header(race: start, terminal: nil), log: log,
                                        markers: markers, final: final)
        #expect(text.components(separatedBy: "\"kind\":\"marker\"").count == 3)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("race-lesson-\(UUID().uuidString).session").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let session = try RaceSessionReader.read(path)
        #expect(session.markers == markers)
        #expect(session.commands.map(\.entry.command) == log.map(\.command))
        let replayed = try RaceSessionReplay.run(session, path: path)
        #expect(replayed.entrants.map(\.playground.trainer.network.parameters)
                == race.entrants.map(\.playground.trainer.network.parameters))
        #expect(met.epoch > 0)
    }
}
