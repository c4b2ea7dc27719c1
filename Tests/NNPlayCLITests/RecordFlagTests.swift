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

    /// On a terminal curses cannot drive (an unknown TERM) the playground never starts:
    /// a session already at the path stays as it was, and no temporary file is left.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func anUnknownTerminalKeepsAnExistingSession() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("existing.session", "a session recorded earlier\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(CLIRunner.binary.path)' --record '\(path)' --dataset xor", "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "no-such-terminal-type"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 69)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a session recorded earlier\n")
        #expect(folder.contents() == ["existing.session"])
    }

    @Test func playHelpDocumentsRecord() throws {
        let result = try CLIRunner.run(["play", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--record <file>"))
        #expect(result.stdout.contains("nnplay replay"))
    }
}
