import Foundation
import NNCore
import NNSession

/// What the replay reports: the race's end and each variant's figures there.
struct RaceReplayReport: Encodable {
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

    func text() -> String {
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
