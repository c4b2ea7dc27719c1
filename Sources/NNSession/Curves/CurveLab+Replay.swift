import NNCore

/// One entry of the curve lab's command log (the engine's `Logged`): the command and the
/// session step at which it took effect. JSON: the command's own object with the step
/// added, `{"step":120,"kind":"setDegree","degree":9}`.
package typealias CurveLabLoggedCommand = Logged<CurveLabCommand>

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
