import Foundation
import Testing

/// Ctrl-C during `nnplay race`: each variant is reported as far as it got, with
/// `"complete": false`, and the exit status is 130.
@Suite struct RaceInterruptTests {
    @Test func ctrlCReportsTheVariantsSoFar() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["race", "--dataset", "spiral", "--hidden", "8,8", "--epochs", "100000",
                             "--variant", "optimizer=adam", "--variant", "optimizer=sgd", "--json"]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // The note comes after Ctrl-C is watched for.
        var errors = ""
        while !errors.contains("note: racing") {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            errors += String(decoding: chunk, as: UTF8.self)
        }
        Thread.sleep(forTimeInterval: 1)
        kill(process.processIdentifier, SIGINT)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        errors += String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "\(errors)")
        #expect(errors.contains("interrupted:"), "\(errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        #expect(json["complete"] as? Bool == false)
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.count == 2)
        for variant in variants {
            let epochs = try #require(variant["epochs"] as? Int)
            #expect(epochs > 0 && epochs < 100_000)
            #expect(variant["train_loss"] is Double)
        }
    }
}
