import Foundation
import Testing

/// Interrupting and resuming `nnplay search` and `nnplay sweep`: the signal saves the
/// finished runs to a resume file and prints the command that resumes; the resumed run
/// reports the same bits as one never interrupted; a file that does not match the
/// command is refused with `file:line: message`.
@Suite(.serialized) struct SearchResumeTests {
    static let search = ["search", "--dataset", "circle", "--steps", "10", "--epochs", "3000", "--threads", "1", "--json"]
    static let sweep = ["sweep", "--dataset", "spiral", "--hidden", "8,8", "--seeds", "24", "--epochs", "3000",
                        "--threads", "1", "--json"]

    /// The figures of a cell, decoded bit for bit.
    struct Cell: Decodable, Equatable {
        var x: Double, y: Double, runs: Int
        var validation_loss: Double?, validation_accuracy: Double?, train_loss: Double?, test_loss: Double?
        var test_accuracy: Double?, train_accuracy: Double?
    }
    struct SearchOutput: Decodable {
        var cells: [Cell]
        var best: Cell?
        var complete: Bool
    }
    struct SweepRun: Decodable, Equatable {
        var run: Int, seed: UInt64
        var train_loss: Double?, test_loss: Double?, test_accuracy: Double?
    }
    struct SweepOutput: Decodable {
        var runs: [SweepRun]
    }

    /// Runs `arguments` in `folder` and sends `signal` a little after the command
    /// watches for it (after its first note when `note`, which comes after).
    func interrupted(_ arguments: [String], in folder: TemporaryFolder, signal: Int32 = SIGINT, note: Bool = true) throws -> CLIResult {
        try CLIRunner.interrupted(arguments, in: folder.url, afterNote: note ? "note:" : nil, signal: signal).result
    }

    /// The resume file the interrupted command named, and the command it printed.
    func resumeLines(_ result: CLIResult) throws -> (file: String, command: String) {
        let lines = result.stderrLines
        let saved = try #require(lines.firstIndex { $0.contains("runs saved in") }, "\(result.stderr)")
        let file = try #require(lines[saved].components(separatedBy: "saved in ").last?.components(separatedBy: ";").first)
        return (file, lines[saved + 1])
    }

    @Test func resumedSearchGivesTheSameBitsAsAnUninterruptedOne() throws {
        let folder = try TemporaryFolder()
        let stopped = try interrupted(Self.search, in: folder)
        #expect(stopped.status == 130, "\(stopped.stderr)")
        let partial = try JSONDecoder().decode(SearchOutput.self, from: Data(stopped.stdout.utf8))
        #expect(!partial.complete)
        let (file, command) = try resumeLines(stopped)
        #expect(command.hasSuffix(" search --dataset circle --steps 10 --epochs 3000 --threads 1 --json --resume \(file)"))
        #expect(folder.contents().contains(file))

        let resumed = try CLIRunner.run(Self.search + ["--resume", file], in: folder.url)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let done = partial.cells.filter { $0.runs > 0 }.count
        #expect(resumed.stderr.contains("note: \(done) of 100 runs taken from \(file)"), "\(resumed.stderr)")
        let whole = try CLIRunner.run(Self.search + ["-q"])
        let a = try JSONDecoder().decode(SearchOutput.self, from: Data(resumed.stdout.utf8))
        let b = try JSONDecoder().decode(SearchOutput.self, from: Data(whole.stdout.utf8))
        #expect(a.complete && b.complete)
        #expect(a.cells == b.cells)
        #expect(a.best == b.best)
        // The cells finished before the interruption are reported as they were.
        for cell in partial.cells where cell.runs > 0 { #expect(a.cells.contains(cell)) }
    }

    @Test func sigtermSavesTooAndExits143() throws {
        let folder = try TemporaryFolder()
        let stopped = try interrupted(Self.search, in: folder, signal: SIGTERM)
        #expect(stopped.status == 143, "\(stopped.stderr)")
        let (file, _) = try resumeLines(stopped)
        let text = try String(contentsOfFile: folder.path(file), encoding: .utf8)
        #expect(text.hasPrefix("{\"command\":\"search\",\"format\":\"nnplay-resume\""))
    }

    @Test func aFileOfAnotherSearchIsRefused() throws {
        let folder = try TemporaryFolder()
        let stopped = try interrupted(Self.search, in: folder)
        let (file, _) = try resumeLines(stopped)
        var other = Self.search
        other[other.firstIndex(of: "3000")!] = "2000"
        let refused = try CLIRunner.run(other + ["--resume", file], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(file):1: this file resumes a different search: epochs is 3000 in the file, 2000 in the command"),
                "\(refused.stderr)")
        let changed = try CLIRunner.run(Self.search + ["--lr", "0.1", "--resume", file], in: folder.url)
        #expect(changed.stderr.contains("\(file):1: this file resumes a different search: the training settings differ (optimizer.learningRate)"),
                "\(changed.stderr)")
        let sweep = try CLIRunner.run(["sweep", "--resume", file], in: folder.url)
        #expect(sweep.stderr.contains("\(file):1: this file resumes an 'nnplay search', not an 'nnplay sweep'"), "\(sweep.stderr)")
    }

    @Test func aBrokenRunLineIsRefusedWithItsLine() throws {
        let folder = try TemporaryFolder()
        let stopped = try interrupted(Self.search, in: folder)
        let (file, _) = try resumeLines(stopped)
        let text = try String(contentsOfFile: folder.path(file), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        try folder.write(file, ([lines[0], lines[1], "{\"run\": 3"] + lines.dropFirst(2)).joined(separator: "\n"))
        let broken = try CLIRunner.run(Self.search + ["--resume", file], in: folder.url)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("\(file):3: not a finished run"), "\(broken.stderr)")
        try folder.write(file, ([lines[0], lines[1], lines[1]]).joined(separator: "\n"))
        let twice = try CLIRunner.run(Self.search + ["--resume", file], in: folder.url)
        #expect(twice.stderr.contains("\(file):3: run 0 is given twice"), "\(twice.stderr)")
        try folder.write(file, ([lines[0], lines[1].replacingOccurrences(of: "\"run\":0", with: "\"run\":100")]).joined(separator: "\n"))
        let outside = try CLIRunner.run(Self.search + ["--resume", file], in: folder.url)
        #expect(outside.stderr.contains("\(file):2: run 100 is not one of this search's runs (0 to 99)"), "\(outside.stderr)")
    }

    @Test func ctrlCInASweepKeepsTheFinishedSeeds() throws {
        let folder = try TemporaryFolder()
        let stopped = try interrupted(Self.sweep, in: folder, note: false)
        #expect(stopped.status == 130, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("interrupted:"), "\(stopped.stderr)")
        let partial = try JSONDecoder().decode(SweepOutput.self, from: Data(stopped.stdout.utf8))
        #expect(!partial.runs.isEmpty && partial.runs.count < 24)
        let (file, _) = try resumeLines(stopped)
        let resumed = try CLIRunner.run(Self.sweep + ["--resume", file], in: folder.url)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let whole = try CLIRunner.run(Self.sweep + ["-q"])
        let a = try JSONDecoder().decode(SweepOutput.self, from: Data(resumed.stdout.utf8))
        let b = try JSONDecoder().decode(SweepOutput.self, from: Data(whole.stdout.utf8))
        #expect(a.runs == b.runs)
        for run in partial.runs { #expect(b.runs[run.run] == run) }
    }
}
