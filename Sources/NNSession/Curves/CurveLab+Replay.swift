import NNCore

/// One entry of the curve lab's command log: the command and the session step at which
/// it took effect (after `step` steps, before step `step + 1`). JSON: the command's own
/// object with the step added, `{"step":120,"kind":"setDegree","degree":9}`.
package struct CurveLabLoggedCommand: Codable, Equatable, Sendable {
    package var step: Int
    package var command: CurveLabCommand

    package init(step: Int, command: CurveLabCommand) {
        self.step = step
        self.command = command
    }

    private enum Key: String, CodingKey { case step }

    package init(from decoder: any Decoder) throws {
        step = try decoder.container(keyedBy: Key.self).decode(Int.self, forKey: .step)
        command = try CurveLabCommand(from: decoder)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(step, forKey: .step)
        try command.encode(to: encoder)
    }
}

extension CurveLab {
    /// A fresh lab on `settings` driven through `log` (steps non-decreasing) up to
    /// session step `until`: each command applied when the lab reaches its step,
    /// steps taken in between. The same bits as the live session that wrote the log.
    package static func replay(settings: CurveLabSettings, log: [CurveLabLoggedCommand], until: Int) -> CurveLab {
        var lab = CurveLab(settings: settings)
        lab.advance(through: log, until: until)
        return lab
    }

    /// Applies `log`'s commands at their steps, stepping in between, then steps on up
    /// to `until` (a command logged before the current step is applied at once; a lab
    /// whose models have all diverged takes no more steps, as on the engine).
    package mutating func advance(through log: [CurveLabLoggedCommand], until: Int) {
        for entry in log {
            while sessionStep < entry.step, step() {}
            apply(entry.command)
        }
        while sessionStep < until, step() {}
    }

    /// A fingerprint of everything training computed (descent coefficients, then the
    /// network's parameters), for checkpoints in a session file.
    package var stateHash: ParameterHash {
        ParameterHash(parameters: descent.scaledCoefficients + network.network.parameters)
    }
}
