import Foundation
import NNCore
import NNSession
import NNTUI

/// The facts `nnplay doctor` prints, from values the command gathered (so tests can
/// give any): one `name  value` line each.
struct DoctorReport {
    var locator: ResourceLocator
    var environment: [String: String]
    /// Columns and rows of standard output; nil when it is not a terminal.
    var terminalSize: (width: Int, height: Int)?
    /// terminfo's colours for TERM; nil when TERM is unset or unknown.
    var terminfoColours: Int?
    /// The C library's character set for the environment's locale.
    var localeCodeset: String

    func lines() -> [String] {
        var rows: [(String, String)] = [
            ("version", "nnplay \(NNPlayRelease.version), engine \(SessionHeader.engineVersion), \(SessionHeader.currentPlatform)"),
            ("executable", locator.executablePath ?? "unknown"),
            ("NNPLAY_HOME", environment[ResourceLocator.homeVariable].map { $0.isEmpty ? "(empty)" : $0 } ?? "(unset)"),
            ("lessons", folder(LessonFolder.folderName) { LessonFolder(path: $0).files().count } + " lesson files"),
            ("datasets", folder(DatasetFolder.folderName) { DatasetFolder(path: $0).names().count } + " CSV files"),
            ("terminal", terminalSize.map { "\($0.width)x\($0.height)" } ?? "standard output is not a terminal"),
            ("TERM", term()),
            ("colours", colours()),
            ("locale", locale()),
            ("state", writable(UserFolders.state(environment: environment))),
            ("cache", writable(UserFolders.cache(environment: environment))),
            ("CPU path", Self.cpuPath()),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        rows = rows.map { ($0.0.padding(toLength: width, withPad: " ", startingAt: 0), $0.1) }
        return rows.map { "\($0.0)  \($0.1)" }
    }

    /// `PATH (found in RULE), N things`, or where it was looked for.
    private func folder(_ name: String, count: (String) -> Int) -> String {
        guard let found = locator.find(name) else {
            let places = locator.candidates(for: name).prefix(4).joined(separator: ", ")
            return "NOT FOUND (looked in \(places), ...); 0"
        }
        return "\(found.path) (from \(found.place.rawValue)), \(count(found.path))"
    }

    private func term() -> String {
        guard let term = environment["TERM"], !term.isEmpty else { return "(unset): the playground cannot start" }
        guard terminfoColours != nil else { return "\(term): UNKNOWN to terminfo, the playground cannot start" }
        return term
    }

    /// The tier the playground will draw with, and why.
    private func colours() -> String {
        let noColor = environment["NO_COLOR"]
        let tier = ColourTier.detect(colours: terminfoColours ?? 0, noColor: noColor)
        let why = noColor.map { $0.isEmpty ? "NO_COLOR is empty" : "NO_COLOR is set" }
            ?? "terminfo gives \(terminfoColours.map(String.init) ?? "no") colours"
        return "\(tier.rawValue) (\(why))"
    }

    private func locale() -> String {
        let names = ["LC_ALL", "LC_CTYPE", "LANG"].map { "\($0)=\(environment[$0] ?? "")" }.joined(separator: " ")
        let utf8 = ["UTF-8", "utf8"].contains(localeCodeset)
        return "\(names); character set \(localeCodeset)"
            + (utf8 ? "" : " (NOT UTF-8: nnplay uses C.UTF-8 for drawing; set LANG=C.UTF-8 if glyphs look wrong)")
    }

    /// `PATH (writable)`, or why nnplay could not write there.
    private func writable(_ path: String) -> String {
        let manager = FileManager.default
        var existing = path
        while !manager.fileExists(atPath: existing) {
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { break }
            existing = parent
        }
        let canWrite = manager.isWritableFile(atPath: existing)
        if existing == path { return "\(path) (\(canWrite ? "writable" : "NOT WRITABLE"))" }
        return "\(path) (not made yet; \(existing) is \(canWrite ? "writable" : "NOT WRITABLE"))"
    }

    /// The compiled copy of the training kernels this CPU runs (`KernelPath`: Haswell's
    /// with AVX2 and FMA, or the baseline one), and how to force the baseline one.
    static func cpuPath() -> String {
        let path = KernelPath.current
        if ProcessInfo.processInfo.environment["NNPLAY_CPU"] == "baseline" {
            return "\(path.summary), chosen by NNPLAY_CPU=baseline"
        }
        return path == .haswell ? "\(path.summary); NNPLAY_CPU=baseline forces the baseline kernels" : path.summary
    }
}
