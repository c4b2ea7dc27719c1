import NNCore

/// One line after a session file's header: something that happened at a session
/// step (see `Session` for the JSON of each kind).
package enum SessionEvent: Equatable, Sendable {
    /// A command the engine applied at `logged.step` (before that step's training).
    case command(LoggedCommand)
    /// The terminal was resized (does not affect training).
    case resize(step: Int, width: Int, height: Int)
    /// A named moment, such as a lesson's page (does not affect training).
    case marker(step: Int, label: String)
    /// The live UI drew a frame showing the playground at this point (optional).
    case frame(step: Int)
    /// The student opened an inspector view (nil: closed it) or chose the set the
    /// evaluation view scores: interface only (does not affect training), written so
    /// that a replay shows what the student looked at.
    case inspector(step: Int, view: InspectorView?, set: EvaluationSet)
    /// The hash of every parameter at this point; a replay must match it.
    case checkpoint(step: Int, hash: ParameterHash)
    /// The recording ended here, with the final parameters' hash.
    case end(step: Int, hash: ParameterHash)

    /// The session step the event is keyed to.
    package var step: Int {
        switch self {
        case .command(let logged): return logged.step
        case .resize(let step, _, _), .marker(let step, _), .frame(let step), .checkpoint(let step, _),
             .end(let step, _), .inspector(let step, _, _):
            return step
        }
    }

    /// The `"kind"` written in JSON (a command's own kind for commands).
    package var kind: String {
        switch self {
        case .command(let logged): return logged.command.kind
        case .resize: return "resize"
        case .marker: return "marker"
        case .frame: return "frame"
        case .inspector: return "inspector"
        case .checkpoint: return "checkpoint"
        case .end: return "end"
        }
    }

    /// The kinds that are events rather than commands.
    static let eventKinds: Set<String> = ["resize", "marker", "frame", "checkpoint", "end", "inspector"]
}
