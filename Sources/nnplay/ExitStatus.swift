import ArgumentParser
import NNCore

/// The exit statuses of nnplay, and which errors map to which.
enum ExitStatus {
    /// A file could not be read, parsed or written (`path:line: message`).
    static let inputFile: Int32 = 1
    /// A replayed session computed something else than its recording ("desync at step k").
    static let desync: Int32 = 2
    /// Training diverged: the report was printed, but the weights are NaN, infinite or beyond 1e15.
    static let diverged: Int32 = 3
    /// A bad flag, value or name (EX_USAGE, as argument parser uses for its own errors).
    static let usage: Int32 = ExitCode.validationFailure.rawValue

    /// The status for an `InputError`: about a file, or about what was typed.
    static func of(_ error: InputError) -> Int32 {
        error.path == nil ? usage : inputFile
    }
}
