import Foundation
import NNSession
import Testing

/// An installed nnplay finds its lessons and datasets from any working directory,
/// and a binary copied alone still has them (compiled in, unpacked into the cache).
@Suite struct InstallTests {
    /// Runs `binary arguments…` from `cwd` with no `NNPLAY_HOME`, caching under `cache`.
    func run(_ binary: URL, _ arguments: [String], cwd: TemporaryFolder, cache: String) throws -> CLIResult {
        try CLIRunner.run(arguments, in: cwd.url, environment: ["NNPLAY_HOME": nil, "XDG_CACHE_HOME": cache],
                          binary: binary)
    }

    @Test func scriptsInstallPutsBinaryLessonsAndDatasetsUnderThePrefix() throws {
        let prefix = try TemporaryFolder(), elsewhere = try TemporaryFolder()
        let install = Process()
        install.executableURL = CLIRunner.packageRoot.appendingPathComponent("scripts/install.sh")
        install.arguments = ["--prefix", prefix.url.path, "--binary", CLIRunner.binary.path]
        install.standardOutput = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        let share = prefix.path("share/nnplay")
        let shipped = LessonFolder(path: CLIRunner.packageRoot.appendingPathComponent("lessons").path).files()
        #expect(LessonFolder(path: share + "/lessons").files().map { ($0 as NSString).lastPathComponent }
                == shipped.map { ($0 as NSString).lastPathComponent })

        let binary = prefix.url.appendingPathComponent("bin/nnplay")
        let check = try run(binary, ["lesson", "check"], cwd: elsewhere, cache: elsewhere.path("cache"))
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ok    \(share)/lessons/01-learning-rate.md"))
        #expect(check.stdout.contains("\(shipped.count) lessons checked: all fine"))
        let datasets = try run(binary, ["datasets"], cwd: elsewhere, cache: elsewhere.path("cache"))
        #expect(datasets.status == 0)
        #expect(datasets.stdout.contains("CSV files in \(share)/datasets:"))
        #expect(datasets.stdout.contains("iris "))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path("cache")), "the install was used, not the embedded copy")
    }

    @Test func aBinaryCopiedAloneListsAndChecksTheLessonsCompiledIntoIt() throws {
        let alone = try TemporaryFolder(), elsewhere = try TemporaryFolder()
        let binary = alone.url.appendingPathComponent("nnplay")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: binary)
        let cache = elsewhere.path("cache")

        let list = try run(binary, ["lesson", "list"], cwd: elsewhere, cache: cache)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.hasPrefix("Lessons in \(cache)/nnplay/shipped-"))
        let check = try run(binary, ["lesson", "check"], cwd: elsewhere, cache: cache)
        #expect(check.status == 0, "\(check.stderr)")
        let datasets = try run(binary, ["datasets"], cwd: elsewhere, cache: cache)
        #expect(datasets.stdout.contains("iris "))

        // The unpacked copy is byte for byte the repository's folders.
        let unpacked = try #require(try FileManager.default.contentsOfDirectory(atPath: cache + "/nnplay").first)
        for folder in ["lessons", "datasets"] {
            let source = CLIRunner.packageRoot.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: source.path)
                .filter { $0.hasSuffix(".md") || $0.hasSuffix(".csv") }
            #expect(!names.isEmpty)
            for name in names {
                let copy = try Data(contentsOf: URL(fileURLWithPath: "\(cache)/nnplay/\(unpacked)/\(folder)/\(name)"))
                #expect(copy == (try Data(contentsOf: source.appendingPathComponent(name))), "\(folder)/\(name)")
            }
        }
    }

    @Test func withNoWritableCacheTheCopyGoesToAPrivateTemporaryFolder() throws {
        let alone = try TemporaryFolder(), temporary = try TemporaryFolder()
        let binary = alone.url.appendingPathComponent("nnplay")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: binary)
        let environment: [String: String?] = ["NNPLAY_HOME": nil, "XDG_CACHE_HOME": "/dev/null/cache",
                                              "TMPDIR": temporary.url.path]
        let list = try CLIRunner.run(["lesson", "list"], in: alone.url, environment: environment, binary: binary)
        #expect(list.status == 0, "\(list.stderr)")
        let folder = temporary.path("nnplay-\(NSUserName())")
        #expect(list.stdout.hasPrefix("Lessons in \(folder)/shipped-"))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        // The next run uses the same copy.
        let again = try CLIRunner.run(["lesson", "list"], in: alone.url, environment: environment, binary: binary)
        #expect(again.stdout == list.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path) == ["nnplay-\(NSUserName())"])
    }

    @Test func doctorSaysWhereLessonsWereFoundAndWhatTheTerminalIs() throws {
        let elsewhere = try TemporaryFolder()
        let result = try CLIRunner.run(["doctor"], in: elsewhere.url,
                                       environment: ["TERM": "xterm-256color", "NO_COLOR": nil,
                                                     "XDG_STATE_HOME": elsewhere.path("state")])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        func line(_ name: String) -> String? { lines.first { $0.hasPrefix(name + " ") } }
        #expect(line("lessons")?.contains("\(CLIRunner.packageRoot.path)/lessons (from NNPLAY_HOME)") == true)
        #expect(line("TERM")?.hasSuffix("xterm-256color") == true)
        #expect(line("colours")?.contains("256 (terminfo gives 256 colours)") == true)
        #expect(line("state")?.contains("\(elsewhere.path("state"))/nnplay (not made yet; \(elsewhere.url.path) is writable)") == true)
        #expect(line("terminal")?.contains("not a terminal") == true)
        let unknown = try CLIRunner.run(["doctor"], environment: ["TERM": "no-such-terminal-i12b"])
        #expect(unknown.stdout.contains("no-such-terminal-i12b: UNKNOWN to terminfo"))
    }
}
