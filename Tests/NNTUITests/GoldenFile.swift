import Foundation
import Testing

/// Compares text with a committed golden file in `Golden/` next to this source file.
///
/// With `NNPLAY_UPDATE_GOLDENS=1` a golden that differs (or is missing) is rewritten
/// and the test fails anyway, so that no run can lock in a new frame silently: run
/// again without the variable to see it pass. On a mismatch the actual text is
/// written to the temporary directory and the first differing line is reported.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["NNPLAY_UPDATE_GOLDENS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return }
        if updating {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("golden \(name) rewritten; run again without NNPLAY_UPDATE_GOLDENS to check it",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not write golden \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record("no golden \(name).txt: run with NNPLAY_UPDATE_GOLDENS=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-goldens")
        try? FileManager.default.createDirectory(at: actualURL, withIntermediateDirectories: true)
        let actualFile = actualURL.appendingPathComponent(name + ".txt")
        try? actual.write(to: actualFile, atomically: true, encoding: .utf8)
        Issue.record("""
            frame differs from golden \(name).txt: \(firstDifference(expected, actual))
            actual frame: \(actualFile.path)  (diff it; NNPLAY_UPDATE_GOLDENS=1 accepts it)
            """, sourceLocation: sourceLocation)
    }

    /// "line 12: expected …, got …" for the first line that differs.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let left = i < e.count ? String(e[i]) : "<end>", right = i < a.count ? String(a[i]) : "<end>"
            if left != right { return "line \(i + 1): expected \"\(left)\", got \"\(right)\"" }
        }
        return "same lines, different bytes"
    }
}
