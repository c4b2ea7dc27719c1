import Foundation
import NNCore
import NNSession

/// What `nnplay replay --headless` prints: how far the session went, what was
/// verified and the final figures. With `--json`, one object with sorted keys in
/// which every key is always present and figures that do not apply (accuracy for
/// regression, a test loss with no test points, NaN after divergence) are `null`.
struct ReplayReport: Encodable {
    var steps: Int
    var checkpointsVerified: Int
    var complete: Bool
    var commands: Int
    var events: Int
    var finalHash: String
    var trainLoss: Double?
    var testLoss: Double?
    var trainAccuracy: Double?
    var testAccuracy: Double?
    var diverged: Bool
    var divergedAtStep: Int?
    /// Reading and replaying, wall-clock.
    var seconds: Double

    init(_ replay: SessionReplay, seconds: Double) {
        let metrics = replay.state.metrics()
        steps = replay.steps
        checkpointsVerified = replay.checkpointsVerified
        complete = replay.isComplete
        commands = replay.commands
        events = replay.events
        finalHash = replay.finalHash.description
        trainLoss = Self.finite(metrics.train.loss)
        testLoss = Self.finite(metrics.test?.loss)
        trainAccuracy = Self.finite(metrics.train.accuracy)
        testAccuracy = Self.finite(metrics.test?.accuracy)
        divergedAtStep = replay.state.trainer.divergedAtStep
        diverged = divergedAtStep != nil
        self.seconds = seconds
    }

    private static func finite(_ x: Double?) -> Double? {
        x.flatMap { $0.isFinite ? $0 : nil }
    }

    private enum CodingKeys: String, CodingKey {
        case steps, complete, commands, events, diverged, seconds
        case checkpointsVerified = "checkpoints_verified", finalHash = "final_hash"
        case trainLoss = "train_loss", testLoss = "test_loss"
        case trainAccuracy = "train_accuracy", testAccuracy = "test_accuracy"
        case divergedAtStep = "diverged_at_step"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(steps, forKey: .steps)
        try c.encode(checkpointsVerified, forKey: .checkpointsVerified)
        try c.encode(complete, forKey: .complete)
        try c.encode(commands, forKey: .commands)
        try c.encode(events, forKey: .events)
        try c.encode(finalHash, forKey: .finalHash)
        try c.encode(trainLoss, forKey: .trainLoss)
        try c.encode(testLoss, forKey: .testLoss)
        try c.encode(trainAccuracy, forKey: .trainAccuracy)
        try c.encode(testAccuracy, forKey: .testAccuracy)
        try c.encode(diverged, forKey: .diverged)
        try c.encode(divergedAtStep, forKey: .divergedAtStep)
        try c.encode(seconds, forKey: .seconds)
    }

    /// One line of JSON with sorted keys.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value is a finite number, a string, a Bool or nil: encoding cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A few lines for people.
    func text() -> String {
        func number(_ x: Double?, percent: Bool = false) -> String {
            guard let x else { return "-" }
            return percent ? String(format: "%.1f%%", x * 100) : String(format: "%.4f", x)
        }
        var lines = [
            "replayed \(steps) steps, \(commands) commands, \(events) events in \(String(format: "%.3f", seconds)) s",
            "verified \(checkpointsVerified) checkpoint\(checkpointsVerified == 1 ? "" : "s")"
                + (complete ? "" : " (the recording has no end line: it was cut off)"),
            "loss      train \(number(trainLoss))  test \(number(testLoss))",
        ]
        if trainAccuracy != nil {
            lines.append("accuracy  train \(number(trainAccuracy, percent: true))  test \(number(testAccuracy, percent: true))")
        }
        if let divergedAtStep { lines.append("diverged at step \(divergedAtStep)") }
        lines.append("parameters hash \(finalHash)")
        return lines.joined(separator: "\n")
    }
}
