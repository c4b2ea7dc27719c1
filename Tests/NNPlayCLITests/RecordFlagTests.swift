import Foundation
import Testing

/// `nnplay --record FILE` and `nnplay play --record FILE` are accepted, and without a
/// terminal they fail like the playground does, before any file is created.
@Suite struct RecordFlagTests {
    @Test(arguments: [["--record"], ["play", "--record"]])
    func withoutATerminalNothingIsRecorded(_ prefix: [String]) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.session")
        let result = try CLIRunner.run(prefix + [path, "--dataset", "xor"])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func playHelpDocumentsRecord() throws {
        let result = try CLIRunner.run(["play", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--record <file>"))
        #expect(result.stdout.contains("nnplay replay"))
    }
}
