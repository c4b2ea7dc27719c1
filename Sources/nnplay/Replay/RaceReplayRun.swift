import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay replay FILE --headless` for a race session (`"format":"nnplay-race-session"`,
/// recorded by `nnplay play --variant … --record FILE`): the race replayed bit for bit
/// with no terminal, every variant's final parameters checked against the recording,
/// optionally every frame written, and a report of each variant.
struct RaceReplayRun {
    var file: String
    var json: Bool
    var frames: String?
    var tier: ColourTier

    func run() throws {
        let start = MonotonicClock.now()
        let session = try RaceSessionReader.read(file)
        let size = session.header.terminal.map { Size(width: $0.width, height: $0.height) } ?? Size(width: 120, height: 40)
        var dump = frames.map { _ in RaceFrameDump(size: size, tier: tier) }
        var text = ""
        let race: RaceState
        do throws(InputError) {
            race = try RaceSessionReplay.run(session, path: file) { race, what in
                guard var frames = dump else { return }
                text += "=== \(what) ===\n" + frames.frame(race) + "\n"
                dump = frames
            }
        } catch {
            if error.message.hasPrefix("desync") { NNPlay.fail(error.description, status: ExitStatus.desync) }
            throw error
        }
        if let frames { try TextFile.writeAtomically(text, to: frames) }
        let report = Report(race: race, complete: session.end != nil, commands: session.commands.count,
                            seconds: MonotonicClock.seconds(since: start))
        print(json ? JSONLine.encode(report) : report.text)
    }

    /// What the replay reports: the race's end and each variant's figures there.
    struct Report: Encodable {
        struct Variant: Encodable {
            let name: String
            let final_hash: String
            let epochs: Int
            let train_loss: JSONNumber
            let test_loss: JSONNumber
            let train_accuracy: JSONNumber
            let test_accuracy: JSONNumber
            let diverged_at_step: Int?
        }

        let format = RaceSession.Header.format
        let steps: Int
        let complete: Bool
        let commands: Int
        let seconds: Double
        let variants: [Variant]

        init(race: RaceState, complete: Bool, commands: Int, seconds: Double) {
            steps = race.sessionStep
            self.complete = complete
            self.commands = commands
            self.seconds = seconds
            variants = race.entrants.map { entrant in
                let trainer = entrant.playground.trainer
                let e = trainer.evaluate()
                return Variant(name: entrant.name, final_hash: ParameterHash(parameters: trainer.network.parameters).description,
                               epochs: trainer.epochs, train_loss: JSONNumber(e.train.loss), test_loss: JSONNumber(e.test?.loss),
                               train_accuracy: JSONNumber(e.train.accuracy), test_accuracy: JSONNumber(e.test?.accuracy),
                               diverged_at_step: trainer.divergedAtStep)
            }
        }

        var text: String {
            var lines = ["race replayed and verified: \(steps) steps, \(commands) commands"
                         + (complete ? "" : " (the recording was cut off: not verified at its end)")]
            for v in variants {
                let loss = v.train_loss.value.map { NumberText.significant($0) } ?? "–"
                lines.append("  \(v.name): epoch \(v.epochs), train loss \(loss), hash \(v.final_hash)"
                             + (v.diverged_at_step.map { ", diverged at step \($0)" } ?? ""))
            }
            return lines.joined(separator: "\n")
        }
    }
}
