import Foundation
import Testing

/// What one run of the `nnplay` binary produced.
struct CLIResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The non-empty lines written to stderr.
    var stderrLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// stdout parsed as one JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object: \(stdout)")
    }
}

/// Runs the real, built `nnplay` executable, as a user would.
///
/// The binary is `$NNPLAY_BINARY` when set, otherwise the `nnplay` that SwiftPM built
/// next to this test bundle (the products folder of whatever scratch path was used),
/// otherwise `.build/debug/nnplay` of the package this file belongs to.
enum CLIRunner {
    /// The package's root folder (it holds the shipped `datasets/`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["NNPLAY_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var candidates: [URL] = []
        var folder = testBundleFolder()
        for _ in 0..<4 {  // macOS: nnplayPackageTests.xctest/Contents/MacOS/<binary>
            candidates.append(folder.appendingPathComponent("nnplay"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/nnplay"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// The folder of the running test executable.
    private static func testBundleFolder() -> URL {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        #endif
        return (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
    }

    /// Runs `nnplay arguments…` in `directory`, waits until its stderr shows `note`
    /// (the commands print one once they watch for the signal; nil: do not wait), then
    /// `delay` seconds more, sends `signal`, and returns what it printed and whether it
    /// exited by itself (rather than being killed by the signal).
    static func interrupted(_ arguments: [String], in directory: URL? = nil, afterNote note: String? = "note:",
                            delay: Double = 1, signal: Int32 = SIGINT) throws -> (result: CLIResult, exited: Bool) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        var errors = ""
        while let note, !errors.contains(note) {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            errors += String(decoding: chunk, as: UTF8.self)
        }
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, signal)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        errors += String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (CLIResult(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self), stderr: errors),
                process.terminationReason == .exit)
    }

    /// Runs `nnplay arguments…` in `directory` and waits for it. `NNPLAY_HOME` points at
    /// this package (so the shipped datasets are found wherever the build lives) unless
    /// `environment` says otherwise; a nil value removes a variable.
    static func run(_ arguments: [String], in directory: URL? = nil,
                    environment: [String: String?] = [:], binary: URL = CLIRunner.binary) throws -> CLIResult {
        let scratch = try TemporaryFolder()
        let out = scratch.url.appendingPathComponent("stdout")
        let err = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)

        var env = ProcessInfo.processInfo.environment
        env["NNPLAY_HOME"] = packageRoot.path
        for (key, value) in environment { env[key] = value }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = env
        process.currentDirectoryURL = directory ?? scratch.url
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return CLIResult(status: process.terminationStatus,
                         stdout: try String(contentsOf: out, encoding: .utf8),
                         stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

/// A fresh folder under the system's temporary directory, removed when released.
final class TemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("nnplay-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The names of the files in the folder, sorted.
    func contents() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
}
