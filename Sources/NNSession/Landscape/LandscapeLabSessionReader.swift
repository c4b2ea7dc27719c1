import Foundation
import NNCore

/// Reads a landscape lab session file, or refuses it with `path:line: message`:
/// another kind of file, a newer version, a line that is not a command or the end,
/// steps that go backwards, a setup that cannot run, and files beyond the limits.
package enum LandscapeLabSessionReader {
    /// Whether `text`'s first line says it is a landscape session (so `nnplay replay`
    /// can hand the file to the lab's replay).
    package static func isLandscapeSession(_ firstLine: Substring) -> Bool {
        firstLine.contains("\"format\":\"\(LandscapeLabSession.format)\"")
            || firstLine.contains("\"format\": \"\(LandscapeLabSession.format)\"")
    }

    package static func read(_ path: String) throws(InputError) -> LandscapeLabSession {
        let text = try TextFile.read(path, limits: TextFileLimits(maxBytes: LandscapeLabSession.maxFileBytes,
                                                                 maxLineBytes: 1 << 20))
        return try decode(text, path: path)
    }

    package static func decode(_ text: String, path: String) throws(InputError) -> LandscapeLabSession {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, !first.allSatisfy(\.isWhitespace) else {
            throw InputError("empty file: expected a landscape session header", path: path, line: 1)
        }
        guard lines.count <= LandscapeLabSession.maxLines else {
            throw InputError("more than \(LandscapeLabSession.maxLines) lines", path: path, line: LandscapeLabSession.maxLines + 1)
        }
        let header = try decodeLine(LandscapeSessionHeader.self, first, path: path, line: 1)
        guard header.format == LandscapeLabSession.format else {
            throw InputError("not a landscape session (format '\(header.format)')", path: path, line: 1)
        }
        guard header.version == LandscapeLabSession.version else {
            throw InputError("format version \(header.version) is not supported (this nnplay reads \(LandscapeLabSession.version))",
                             path: path, line: 1)
        }
        if let t = header.terminal, !(1...1000).contains(t.width) || !(1...1000).contains(t.height) {
            throw InputError("terminal size \(t.width)x\(t.height) is out of range (1 to 1000)", path: path, line: 1)
        }
        var session = LandscapeLabSession(setup: header.setup, terminal: header.terminal, commands: [], commandLines: [])
        var lastStep = 0
        for (index, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
            let number = index + 1
            if session.end != nil { throw InputError("a line after the end line", path: path, line: number) }
            session.times[number] = LabSessionLine.time(of: line)
            if line.contains("\"end\"") && !line.contains("\"kind\"") {
                let end = try decodeLine(LandscapeSessionEnd.self, line, path: path, line: number)
                guard end.end >= lastStep, end.end <= LandscapeLabSession.maxSteps else {
                    throw InputError("end step \(end.end) is before the last command's (\(lastStep)) or too large",
                                     path: path, line: number)
                }
                session.end = (end.end, end.hash, number)
                continue
            }
            if LabSessionLine.isResize(line) {
                let resize = try LabSessionLine.resize(line, path: path, number: number, after: lastStep,
                                                       maxStep: LandscapeLabSession.maxSteps)
                lastStep = resize.step
                session.resizes.append(resize)
                session.resizeLines.append(number)
                continue
            }
            if line.contains("\"kind\":\"marker\"") {
                let marker = try decodeLine(LandscapeSessionMarker.self, line, path: path, line: number)
                guard marker.step >= lastStep, marker.step <= LandscapeLabSession.maxSteps else {
                    throw InputError("step \(marker.step) goes back (the line before was at step \(lastStep)) or is too large",
                                     path: path, line: number)
                }
                lastStep = marker.step
                session.markers.append(marker)
                session.markerLines.append(number)
                continue
            }
            let entry = try decodeLine(LandscapeLabLoggedCommand.self, line, path: path, line: number)
            guard entry.step >= lastStep, entry.step <= LandscapeLabSession.maxSteps else {
                throw InputError("step \(entry.step) goes back (the line before was at step \(lastStep)) or is too large",
                                 path: path, line: number)
            }
            lastStep = entry.step
            session.commands.append(entry)
            session.commandLines.append(number)
        }
        return session
    }

    /// One line decoded, its errors labelled with the file's line number.
    private static func decodeLine<T: Decodable>(_ type: T.Type, _ line: Substring, path: String,
                                                 line number: Int) throws(InputError) -> T {
        do {
            return try JSONInput.decode(T.self, from: String(line), path: path)
        } catch {
            throw InputError(error.message, path: path, line: number)
        }
    }
}
