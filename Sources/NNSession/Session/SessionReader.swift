import Foundation
import NNCore

/// Reads a session file into a typed `Session`, or rejects it with
/// `path:line: message` (ARCHITECTURE.md, invariant 6). Refused: text that is not
/// JSON, another kind of file, a newer format or engine version, a corrupt or
/// truncated line, a malformed event, steps that go backwards, a configuration that
/// cannot train, and anything beyond `SessionLimits`.
package enum SessionReader {
    /// The session in the file at `path`.
    package static func read(_ path: String, limits: SessionLimits = .standard) throws(InputError) -> Session {
        let text = try TextFile.read(path, limits: TextFileLimits(maxBytes: limits.maxFileBytes,
                                                                 maxLineBytes: limits.maxHeaderBytes))
        return try decode(text, path: path, limits: limits)
    }

    /// The session in `text`, read from `path` (which labels the errors).
    package static func decode(_ text: String, path: String, limits: SessionLimits = .standard) throws(InputError) -> Session {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init)
        let endsWithNewline = lines.last?.isEmpty ?? false
        if endsWithNewline { lines.removeLast() }
        guard let first = lines.first, !first.allSatisfy(\.isWhitespace) else {
            throw InputError("empty file: expected a session header (\"format\": \"\(SessionHeader.format)\")", path: path, line: 1)
        }
        let source = Source(lines: lines, endsWithNewline: endsWithNewline, path: path)
        guard first.utf8.count <= limits.maxHeaderBytes else {
            throw InputError("the header line is \(first.utf8.count) bytes; at most \(limits.maxHeaderBytes) are allowed",
                             path: path, line: 1)
        }
        let header = try readHeader(source)
        let eventLines = lines.count - 1
        guard eventLines <= limits.maxEvents else {
            throw InputError("\(eventLines) events; a session may have at most \(limits.maxEvents)",
                             path: path, line: limits.maxEvents + 2)
        }
        var points = try checkConfig(header, path: path, limits: limits)
        if let terminal = header.terminal { try checkTerminal(terminal, path: path, line: 1, limits: limits) }
        var entries: [Session.Entry] = []
        entries.reserveCapacity(eventLines)
        var lastStep = 0
        for index in 1..<lines.count {
            let number = index + 1
            let line = lines[index]
            if line.allSatisfy(\.isWhitespace) { continue }
            guard line.utf8.count <= limits.maxLineBytes else {
                throw InputError("the line is \(line.utf8.count) bytes; event lines may be at most \(limits.maxLineBytes) bytes",
                                 path: path, line: number)
            }
            let decoded = try source.decode(SessionLine.self, line: index)
            guard let event = decoded.event else { continue }
            if case .end? = entries.last?.event {
                throw InputError("an event after the end of the session", path: path, line: number)
            }
            let step = event.step
            guard step >= 0 else { throw InputError("step: expected 0 or more, found \(step)", path: path, line: number) }
            guard step >= lastStep else {
                throw InputError("step \(step) comes after step \(lastStep): events must be in step order",
                                 path: path, line: number)
            }
            guard step <= limits.maxSteps else {
                throw InputError("step \(step) is beyond the limit of \(limits.maxSteps) steps per session",
                                 path: path, line: number)
            }
            if case .resize(_, let width, let height) = event {
                try checkTerminal(SessionTerminal(width: width, height: height), path: path, line: number, limits: limits)
            }
            if case .command(let logged) = event, case .addPoint = logged.command {
                points += 1
                guard points <= limits.maxPoints else {
                    throw InputError("too many points: the data and the added points exceed the limit of \(limits.maxPoints)",
                                     path: path, line: number)
                }
            }
            lastStep = step
            entries.append(Session.Entry(line: number, event: event, time: decoded.time))
        }
        return Session(header: header, entries: entries)
    }

    /// The header, checking `format`, `version` and `engine` before anything else so
    /// that another kind of file or a newer one gets a message about that.
    private static func readHeader(_ source: Source) throws(InputError) -> SessionHeader {
        struct Identity: Decodable {
            var format: String?
            var version: Int?
            var engine: Int?
        }
        let path = source.path
        let identity = try source.decode(Identity.self, line: 0)
        guard let format = identity.format else {
            throw InputError("not an nnplay session file (the first line has no \"format\": \"\(SessionHeader.format)\")",
                             path: path, line: 1)
        }
        guard format == SessionHeader.format || format == SessionHeader.digitsFormat else {
            throw InputError(SessionHeader.wrongFormat(format), path: path, line: 1)
        }
        guard let version = identity.version else { throw InputError("missing key \"version\"", path: path, line: 1) }
        guard version <= SessionHeader.currentVersion else {
            throw InputError("recorded by a newer nnplay (session version \(version); this nnplay reads \(SessionHeader.currentVersion))",
                             path: path, line: 1)
        }
        guard version >= SessionHeader.oldestVersion else {
            let readable = SessionHeader.oldestVersion == SessionHeader.currentVersion
                ? "version \(SessionHeader.currentVersion)"
                : "versions \(SessionHeader.oldestVersion) to \(SessionHeader.currentVersion)"
            throw InputError("session version \(version) is too old for this nnplay (it reads \(readable))",
                             path: path, line: 1)
        }
        if let engine = identity.engine, engine != SessionHeader.engineVersion {
            throw InputError("recorded with training engine \(engine); this nnplay has engine \(SessionHeader.engineVersion) and cannot replay it exactly",
                             path: path, line: 1)
        }
        return try source.decode(SessionHeader.self, line: 0)
    }

    /// A recorded terminal size must be one a replay can draw: 1 to `maxTerminalSide`
    /// cells each way (a 100000 × 100000 frame would need terabytes).
    private static func checkTerminal(_ terminal: SessionTerminal, path: String, line: Int,
                                      limits: SessionLimits) throws(InputError) {
        let sides = 1...limits.maxTerminalSide
        guard sides.contains(terminal.width), sides.contains(terminal.height) else {
            throw InputError("terminal size \(terminal.width)x\(terminal.height): each side must be 1 to "
                             + "\(limits.maxTerminalSide) cells", path: path, line: line)
        }
    }

    /// Checks the header's configuration as the command line would (network size,
    /// dataset size, settings that fit the data) and returns the number of points.
    private static func checkConfig(_ header: SessionHeader, path: String, limits: SessionLimits) throws(InputError) -> Int {
        let config = header.config
        let problem: Problem
        let points: Int
        if let kind = config.dataset.kind {
            let count = config.dataset.count ?? kind.defaultCount
            guard count >= 1 && count <= limits.maxPoints else {
                throw InputError("config: the dataset has \(count) points; a session may have 1 to \(limits.maxPoints)",
                                 path: path, line: 1)
            }
            var probe = config
            probe.dataset.count = 8
            problem = try DatasetFactory.make(probe).problem
            points = count
        } else {
            guard let csv = header.csv else {
                throw InputError("config: the data came from a CSV file, but the header has no \"csv\" points", path: path, line: 1)
            }
            guard csv.points.count <= limits.maxPoints else {
                throw InputError("csv: \(csv.points.count) points; a session may have at most \(limits.maxPoints)",
                                 path: path, line: 1)
            }
            if let why = csv.inputWidthProblem { throw InputError("csv: \(why)", path: path, line: 1) }
            problem = csv.problem
            points = csv.points.count
        }
        if let why = header.otherCSV.values.lazy.compactMap(\.inputWidthProblem).first {
            throw InputError("otherCSV: \(why)", path: path, line: 1)
        }
        let others = header.otherCSV.values.reduce(0) { $0 + $1.points.count }
        guard header.otherCSV.count <= 16, others <= limits.maxPoints else {
            throw InputError("otherCSV: \(header.otherCSV.count) files with \(others) points; a session may have 16 files and \(limits.maxPoints) points",
                             path: path, line: 1)
        }
        do {
            try config.validate(for: problem, inputWidth: header.csv?.points.first?.inputWidth ?? 2)
        } catch {
            throw InputError("config: \(error.message)", path: path, line: 1)
        }
        return points
    }

    /// The lines of a file and how to decode one of them.
    private struct Source {
        var lines: [Substring]
        var endsWithNewline: Bool
        var path: String

        /// Line `index` (0-based) decoded as `T`, errors located at that line. A last
        /// line without its newline whose JSON ends too soon was cut off mid-write.
        func decode<T: Decodable>(_ type: T.Type, line index: Int) throws(InputError) -> T {
            let text = String(lines[index])
            do {
                return try JSONInput.decode(T.self, from: text, path: path)
            } catch {
                if index == lines.count - 1 && !endsWithNewline, JSONSyntax.firstError(in: text)?.reachedEnd == true {
                    throw InputError("the line is incomplete (the file was cut off?): \(error.message)",
                                     path: path, line: index + 1)
                }
                throw InputError(error.message, path: path, line: index + 1)
            }
        }
    }
}
