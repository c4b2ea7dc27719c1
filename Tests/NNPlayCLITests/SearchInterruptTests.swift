import Foundation
import Testing

/// Ctrl-C during `nnplay search`: the finished cells are printed, the rest are marked
/// not done, and the exit status is 130.
@Suite struct SearchInterruptTests {
    @Test func ctrlCKeepsTheFinishedCells() throws {
        let folder = try TemporaryFolder()  // where the resume file goes
        // The note about the validation set comes after Ctrl-C is watched for.
        let (stopped, exited) = try CLIRunner.interrupted(
            ["search", "--dataset", "circle", "--steps", "20", "--epochs", "3000", "--threads", "1", "--json"],
            in: folder.url, afterNote: "note: cells are chosen", delay: 1.5)
        let errors = stopped.stderr
        #expect(exited)
        #expect(stopped.status == 130, "\(errors)")
        #expect(errors.contains("interrupted:"), "\(errors)")
        #expect(folder.contents().contains { $0.hasPrefix("search-") && $0.hasSuffix(".resume") })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stopped.stdout.utf8)) as? [String: Any])
        #expect(json["complete"] as? Bool == false)
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 400)
        let done = cells.filter { $0["runs"] as? Int == 1 }
        #expect(!done.isEmpty && done.count < 400)
        #expect(done.allSatisfy { $0["validation_loss"] is Double })
        #expect(cells.filter { $0["runs"] as? Int == 0 }.allSatisfy { $0["validation_loss"] is NSNull })
    }
}
