import Foundation

/// The command that resumes an interrupted search or sweep: the command line as it was
/// typed, with `--resume FILE` in place of any earlier `--resume`, each word quoted for
/// a POSIX shell where it needs it, so it can be pasted as it is.
enum ResumeCommandLine {
    static func make(arguments: [String] = CommandLine.arguments, resumePath: String) -> String {
        var words: [String] = []
        var skipNext = false
        for (i, word) in arguments.enumerated() {
            if skipNext { skipNext = false; continue }
            if i > 0 && word == "--resume" { skipNext = true; continue }
            if i > 0 && word.hasPrefix("--resume=") { continue }
            words.append(word)
        }
        if words.isEmpty { words = ["nnplay"] }
        return (words + ["--resume", resumePath]).map(quoted).joined(separator: " ")
    }

    /// `word` as a shell reads it back: as it is when it holds only safe characters,
    /// else in single quotes (a single quote inside written as '\'').
    static func quoted(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
        if !word.isEmpty && word.allSatisfy(safe.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
