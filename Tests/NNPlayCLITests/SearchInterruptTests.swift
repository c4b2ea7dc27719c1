import Foundation
import Testing

/// Ctrl-C during `nnplay search`: the finished cells are printed, the rest are marked
/// not done, and the exit status is 130.
@Suite struct SearchInterruptTests {
    @Test func ctrlCKeepsTheFinishedCells() throws {
        let folder = try TemporaryFolder()  // where the resume file goes
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.currentDirectoryURL = folder.url
        process.arguments = ["search", "--dataset", "circle", "--steps", "20", "--epochs", "3000", "--threads", "1",
                             "--json"]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // The note about the validation set comes after Ctrl-C is watched for.
        var errors = ""
        while !errors.contains("note: cells are chosen") {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            errors += String(decoding: chunk, as: UTF8.self)
        }
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGINT)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        errors += String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "\(errors)")
        #expect(errors.contains("interrupted:"), "\(errors)")
        #expect(folder.contents().contains { $0.hasPrefix("search-") && $0.hasSuffix(".resume") })
        let json = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        #expect(json["complete"] as? Bool == false)
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 400)
        let done = cells.filter { $0["runs"] as? Int == 1 }
        #expect(!done.isEmpty && done.count < 400)
        #expect(done.allSatisfy { $0["validation_loss"] is Double })
        #expect(cells.filter { $0["runs"] as? Int == 0 }.allSatisfy { $0["validation_loss"] is NSNull })
    }
}
