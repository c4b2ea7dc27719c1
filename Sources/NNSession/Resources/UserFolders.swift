import Foundation

/// The per-user folders of the XDG base directory specification: each user's own
/// state and cache, so that users of one lab server never share or clobber a file
/// (the install folder itself is only read and may be read-only).
package enum UserFolders {
    /// `$XDG_STATE_HOME/nnplay`, or `~/.local/state/nnplay` (lesson progress).
    package static func state(environment: [String: String]) -> String {
        nnplay(in: "XDG_STATE_HOME", default: ".local/state", environment: environment)
    }

    /// `$XDG_CACHE_HOME/nnplay`, or `~/.cache/nnplay` (the unpacked embedded lessons).
    package static func cache(environment: [String: String]) -> String {
        nnplay(in: "XDG_CACHE_HOME", default: ".cache", environment: environment)
    }

    /// `$variable/nnplay` when the variable holds an absolute path (the specification
    /// says to ignore relative ones), otherwise `$HOME/fallback/nnplay`.
    private static func nnplay(in variable: String, default fallback: String, environment: [String: String]) -> String {
        let base: String
        if let value = environment[variable], value.hasPrefix("/") {
            base = value
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(fallback)
        }
        return (base as NSString).appendingPathComponent("nnplay")
    }
}
