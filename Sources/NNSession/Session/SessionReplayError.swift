import NNCore

/// Why a headless replay stopped.
package enum SessionReplayError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be replayed at all (its configuration or data cannot train),
    /// or the per-event callback failed.
    case invalid(InputError)
    /// The replay computed something else than the recording: `desync at step k: …`
    /// located at the event's line.
    case desync(InputError)

    /// The underlying `path:line: message`.
    package var error: InputError {
        switch self {
        case .invalid(let error), .desync(let error): return error
        }
    }

    package var description: String { error.description }
}
