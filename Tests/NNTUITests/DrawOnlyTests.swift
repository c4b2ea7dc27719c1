import Foundation
import Testing

/// The TUI layer only draws (ARCHITECTURE.md): no source file of NNTUI evaluates a
/// network. The pictures come from the engine (`Snapshot.pictures`); the headless
/// replay, which has no engine, paints them through `PicturePainter` like the engine.
@Suite struct DrawOnlyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/NNTUI").standardizedFileURL

    /// Calls that run a network forward (on a grid, on points, on a whole set).
    static let evaluations = [".evaluate(", "NetworkOutputs(", "SetEvaluation(", "DecisionGrid(", ".forward("]

    @Test func noViewOrAppFileEvaluatesANetwork() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
        var checked = 0, found: [String] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            checked += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for call in Self.evaluations where line.contains(call) {
                    found.append("\(url.lastPathComponent):\(number + 1): \(call)")
                }
            }
        }
        #expect(checked > 50, "the NNTUI sources were not found at \(Self.sources.path)")
        #expect(found.isEmpty, "\(found)")
    }
}
