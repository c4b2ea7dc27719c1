import Foundation
import NNCore
import NNSession

/// The finished runs of an interrupted search or sweep, so that `--resume FILE` trains
/// only the others and reports the same bits as a run never interrupted. JSON lines:
///
///     {"command":"search","format":"nnplay-resume","settings":{"epochs":"200",...},"version":1}
///     {"diverged":false,"run":0,"test_accuracy":0.95,"test_loss":0.12,...}
///
/// The first line names the command and every setting that changes what a run
/// computes (the axes, seeds, epochs, the training configuration); a file whose
/// settings differ from the command's is refused, naming the first difference. Each
/// other line is one finished run (its index among the command's runs) with its final
/// figures, numbers written so that they read back as the same bits (`"nan"`, `"inf"`,
/// `"-inf"` for the non-finite ones). Written atomically.
struct ResumeFile {
    static let format = "nnplay-resume"
    static let version = 1

    /// `search` or `sweep`.
    let command: String
    /// What must match for the runs to be reused, as text.
    let settings: [String: String]
    /// Finished runs by index.
    var runs: [Int: RunFigures]

    /// The file's text: the header line, then one line per run in index order.
    func text() -> String {
        let header = Header(format: Self.format, version: Self.version, command: command, settings: settings)
        let lines = [JSONLine.encode(header)] + runs.keys.sorted().map { RunLine(run: $0, runs[$0]!).json() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the file atomically (a kill never leaves half of it).
    func write(to path: String) throws(InputError) {
        try TextFile.writeAtomically(text(), to: path)
    }

    /// Reads `path`, refusing a file that is not a resume file of `command` with these
    /// `settings`, or a run index outside `0..<runCount`, with `path:line: message`.
    static func read(_ path: String, command: String, settings: [String: String], runCount: Int) throws(InputError) -> ResumeFile {
        let text = try TextFile.read(path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, !first.isEmpty else { throw InputError("empty file: not an nnplay resume file", path: path, line: 1) }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(first.utf8))
        } catch {
            throw InputError("not an nnplay resume file (the first line should be its JSON header)", path: path, line: 1)
        }
        guard header.format == Self.format else { throw InputError("not an nnplay resume file (format '\(header.format)')", path: path, line: 1) }
        guard header.version == Self.version else {
            throw InputError("resume file version \(header.version); this nnplay reads version \(Self.version)", path: path, line: 1)
        }
        guard header.command == command else {
            throw InputError("this file resumes an 'nnplay \(header.command)', not an 'nnplay \(command)'", path: path, line: 1)
        }
        if let difference = Self.firstDifference(file: header.settings, command: settings) {
            throw InputError("this file resumes a different \(command): \(difference)", path: path, line: 1)
        }
        var runs: [Int: RunFigures] = [:]
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let number = offset + 1
            let run: RunLine
            do {
                run = try JSONDecoder().decode(RunLine.self, from: Data(line.utf8))
            } catch {
                throw InputError("not a finished run (a JSON object with run, diverged and the figures)", path: path, line: number)
            }
            guard (0..<runCount).contains(run.run) else {
                throw InputError("run \(run.run) is not one of this \(command)'s runs (0 to \(runCount - 1))", path: path, line: number)
            }
            guard runs[run.run] == nil else { throw InputError("run \(run.run) is given twice", path: path, line: number) }
            runs[run.run] = run.figures
        }
        return ResumeFile(command: command, settings: settings, runs: runs)
    }

    /// Says how the file's settings differ from the command's (nil: they agree), naming
    /// the first setting that differs in key order; for the training configuration, the
    /// first of its fields that differs.
    static func firstDifference(file: [String: String], command: [String: String]) -> String? {
        for key in Set(file.keys).union(command.keys).sorted() where file[key] != command[key] {
            guard key == "config", let a = file[key], let b = command[key] else {
                return "\(key) is \(file[key] ?? "not given") in the file, \(command[key] ?? "not given") in the command"
            }
            return "the training settings differ (\(ConfigText.firstDifference(a, b) ?? "config"))"
        }
        return nil
    }

    private struct Header: Codable {
        let format: String
        let version: Int
        let command: String
        let settings: [String: String]
    }
}
