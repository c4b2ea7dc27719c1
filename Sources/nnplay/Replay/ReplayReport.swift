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
    /// Each lesson goal watched: the step's marker, the goal, and when it was met.
    var goals: [Goal]

    struct Goal: Encodable {
        var step: String?
        var goal: String
        var met: Bool
        var metAtStep: Int?
        var metAtEpoch: Int?

        private enum CodingKeys: String, CodingKey {
            case step, goal, met, metAtStep = "met_at_step", metAtEpoch = "met_at_epoch"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(step, forKey: .step)
            try c.encode(goal, forKey: .goal)
            try c.encode(met, forKey: .met)
            try c.encode(metAtStep, forKey: .metAtStep)
            try c.encode(metAtEpoch, forKey: .metAtEpoch)
        }
    }

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
        goals = replay.goals.map {
            Goal(step: $0.label, goal: $0.goal, met: $0.met != nil, metAtStep: $0.met?.sessionStep,
                 metAtEpoch: $0.met?.epoch)
        }
    }

    private static func finite(_ x: Double?) -> Double? {
        x.flatMap { $0.isFinite ? $0 : nil }
    }

    private enum CodingKeys: String, CodingKey {
        case steps, complete, commands, events, diverged, seconds, goals
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
        try c.encode(goals, forKey: .goals)
    }

    /// One line of JSON with sorted keys.
    func json() -> String { JSONLine.encode(self) }

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
        for goal in goals {
            let when = goal.met ? "met at step \(goal.metAtStep ?? 0) (epoch \(goal.metAtEpoch ?? 0))" : "not met"
            lines.append("goal \(goal.goal): \(when)" + (goal.step.map { "  [\($0)]" } ?? ""))
        }
        lines.append("parameters hash \(finalHash)")
        return lines.joined(separator: "\n")
    }
}
