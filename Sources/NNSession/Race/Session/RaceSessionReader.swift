import Foundation
import NNCore

/// Reads a race session file into typed values, or refuses it with `FILE:LINE:
/// message` before anything is trained: not JSON, another kind of file, a newer
/// version, another training engine, a bad command, steps out of order, an event after
/// the end, or a file beyond the session limits (`SessionLimits`). Lesson markers are
/// read into `markers`.
package enum RaceSessionReader {
    /// Whether the file at `path` starts with a race session header (read no further
    /// than its first line; false for anything else, which other readers judge).
    package static func isRaceSession(_ path: String) -> Bool {
        LabSessionLine.header(ofFile: path).map { LabSessionLine.header($0, names: RaceSession.Header.format) } ?? false
    }

    package static func read(_ path: String, limits: SessionLimits = .standard) throws(InputError) -> RaceSession {
        let text = try TextFile.read(path, limits: TextFileLimits(maxBytes: limits.maxFileBytes,
                                                                 maxLineBytes: limits.maxHeaderBytes))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw InputError("empty file: expected a race session header", path: path, line: 1) }
        guard lines.count - 1 <= limits.maxEvents else {
            throw InputError("\(lines.count - 1) events; a session may have at most \(limits.maxEvents)", path: path, line: 1)
        }
        func decode<T: Decodable>(_ type: T.Type, _ line: Substring, _ number: Int) throws(InputError) -> T {
            do { return try JSONInput.decode(T.self, from: String(line), path: path) } catch {
                throw InputError(error.message, path: path, line: number)
            }
        }
        let header = try decode(RaceSession.Header.self, first, 1)
        guard header.format == RaceSession.Header.format else {
            throw InputError("not a race session (format \"\(header.format)\")", path: path, line: 1)
        }
        guard header.version <= RaceSession.Header.currentVersion else {
            throw InputError("recorded by a newer nnplay (race session version \(header.version); this nnplay reads \(RaceSession.Header.currentVersion))",
                             path: path, line: 1)
        }
        guard header.engine == SessionHeader.engineVersion else {
            throw InputError("recorded with training engine \(header.engine); this nnplay has engine \(SessionHeader.engineVersion)",
                             path: path, line: 1)
        }
        if let csv = header.csv {
            guard (1...limits.maxPoints).contains(csv.points.count) else {
                throw InputError("csv: \(csv.points.count) points; a session may hold 1 to \(limits.maxPoints)", path: path, line: 1)
            }
            if let problem = csv.inputWidthProblem { throw InputError("csv: \(problem)", path: path, line: 1) }
        }
        for variant in header.variants {
            let count = variant.config.dataset.count ?? variant.config.dataset.kind?.defaultCount ?? 0
            guard variant.config.dataset.kind != nil ? (1...limits.maxPoints).contains(count) : header.csv != nil else {
                throw InputError("variant '\(variant.name)': a race session holds built-in data of 1 to \(limits.maxPoints) points "
                                 + "or its CSV points in the header's csv", path: path, line: 1)
            }
        }
        var session = RaceSession(header: header, commands: [], end: nil)
        do { _ = try session.race() } catch { throw InputError(error.message, path: path, line: 1) }
        var lastStep = 0
        for index in 1..<lines.count {
            let number = index + 1
            let line = lines[index]
            if line.allSatisfy(\.isWhitespace) { continue }
            guard line.utf8.count <= limits.maxLineBytes else {
                throw InputError("the line is \(line.utf8.count) bytes; event lines may be at most \(limits.maxLineBytes) bytes",
                                 path: path, line: number)
            }
            guard session.end == nil else { throw InputError("an event after the end of the session", path: path, line: number) }
            session.times[number] = LabSessionLine.time(of: line)
            let step: Int
            if line.contains("\"kind\":\"marker\"") {
                let marker = try decode(RaceSession.Marker.self, line, number)
                session.markers.append(marker)
                step = marker.step
            } else if LabSessionLine.isResize(line) {
                let resize = try LabSessionLine.resize(line, path: path, number: number, after: lastStep, maxStep: limits.maxSteps,
                                                       maxSide: limits.maxTerminalSide)
                session.resizes.append(resize)
                session.resizeLines.append(number)
                step = resize.step
            } else if line.contains("\"end\"") {
                let end = try decode(RaceSession.End.self, line, number)
                session.end = (number, end)
                step = end.step
            } else {
                let entry = try decode(Logged<RaceLabCommand>.self, line, number)
                session.commands.append((number, entry))
                step = entry.step
            }
            guard (lastStep...limits.maxSteps).contains(step) else {
                throw InputError("step \(step): steps must be in order, from \(lastStep) to at most \(limits.maxSteps)",
                                 path: path, line: number)
            }
            lastStep = step
        }
        return session
    }
}
