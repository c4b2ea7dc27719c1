import Foundation
import NNCore

extension CurveSession {
    /// The session as file text (sorted keys, every number read back as the same bits).
    package func text() throws(InputError) -> String {
        var out = try SessionLineWriter.line(header)
        for entry in entries {
            switch entry {
            case .command(let command): out += try SessionLineWriter.line(command)
            case .marker(let marker): out += try SessionLineWriter.line(marker)
            }
        }
        if let end { out += try SessionLineWriter.line(End(end: end.step, hash: end.hash.description)) }
        return out
    }

    /// The header line's value.
    package var header: some Encodable {
        Header(format: Self.format, version: Self.version, settings: settings, speed: stepsPerSecond, terminal: terminal)
    }

    /// The end line's value for a lab that ended at `step` with `hash` (`CurveLab.stateHash`).
    package static func endLine(step: Int, hash: ParameterHash) -> some Encodable {
        End(end: step, hash: hash.description)
    }

    /// Whether `text` starts like a curve-lab session (for a replay choosing its lab).
    package static func isCurveSession(_ text: Substring) -> Bool {
        guard let first = text.split(separator: "\n", maxSplits: 1).first else { return false }
        return first.contains("\"format\":\"\(format)\"") || first.contains("\"format\": \"\(format)\"")
    }

    /// The session in `text`, read from `path` (which labels errors), or an error
    /// `path:line: message`: not JSON, another format or version, settings out of range,
    /// steps out of order or beyond the limits, anything after the end line.
    package static func decode(_ text: String, path: String) throws(InputError) -> CurveSession {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw InputError("empty file: expected a curve-lab session header", path: path, line: 1) }
        func decode<T: Decodable>(_ type: T.Type, _ line: Substring, number: Int) throws(InputError) -> T {
            do {
                return try JSONInput.decode(type, from: String(line), path: path)
            } catch {
                throw InputError(error.message, path: path, line: number)
            }
        }
        let header = try decode(Header.self, first, number: 1)
        guard header.format == format else {
            throw InputError("format \"\(header.format)\": expected \"\(format)\"", path: path, line: 1)
        }
        guard header.version == version else {
            throw InputError("format version \(header.version): this nnplay reads version \(version)", path: path, line: 1)
        }
        if let problem = header.settings.problem { throw InputError("settings: \(problem)", path: path, line: 1) }
        if let speed = header.speed, speed <= 0 { throw InputError("speed: must be above 0", path: path, line: 1) }
        let maxSide = SessionLimits.standard.maxTerminalSide
        if let t = header.terminal, !(1...maxSide).contains(t.width) || !(1...maxSide).contains(t.height) {
            throw InputError("terminal size \(t.width)x\(t.height) is out of range (1 to \(maxSide))", path: path, line: 1)
        }
        var log: [CurveLabLoggedCommand] = []
        var markers: [CurveSessionMarker] = []
        var end: (Int, ParameterHash)?
        var lastStep = 0
        var fileLines: CurveSession.Lines = CurveSession.Lines()
        for (index, line) in lines.enumerated().dropFirst() {
            let number = index + 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard end == nil else { throw InputError("a line after the end of the session", path: path, line: number) }
            fileLines.times[number] = LabSessionLine.time(of: line)
            if LabSessionLine.isResize(line) {
                let resize = try LabSessionLine.resize(line, path: path, number: number, after: lastStep, maxStep: maxSteps)
                lastStep = resize.step
                fileLines.resizes.append(resize)
                fileLines.resizeLines.append(number)
                continue
            }
            if line.contains("\"end\"") {
                let decoded = try decode(End.self, line, number: number)
                guard let hash = ParameterHash(hex: decoded.hash) else {
                    throw InputError("hash: expected 16 lower-case hexadecimal digits", path: path, line: number)
                }
                guard decoded.end >= lastStep, decoded.end <= maxSteps else {
                    throw InputError("end step \(decoded.end) is before the last command or beyond \(maxSteps)",
                                     path: path, line: number)
                }
                end = (decoded.end, hash)
                fileLines.end = number
                continue
            }
            if line.contains("\"kind\":\"marker\"") {
                var marker = try decode(CurveSessionMarker.self, line, number: number)
                marker.afterCommands = log.count
                guard marker.step >= lastStep, marker.step <= maxSteps else {
                    throw InputError("marker at step \(marker.step) comes after step \(lastStep) or beyond \(maxSteps)",
                                     path: path, line: number)
                }
                lastStep = marker.step
                markers.append(marker)
                continue
            }
            let entry = try decode(CurveLabLoggedCommand.self, line, number: number)
            guard entry.step >= lastStep else {
                throw InputError("step \(entry.step) comes after step \(lastStep): commands must be in step order",
                                 path: path, line: number)
            }
            guard entry.step <= maxSteps else {
                throw InputError("step \(entry.step) is beyond the limit of \(maxSteps) steps", path: path, line: number)
            }
            guard log.count < maxCommands else {
                throw InputError("more than \(maxCommands) commands", path: path, line: number)
            }
            lastStep = entry.step
            log.append(entry)
            fileLines.log.append(number)
        }
        var session = CurveSession(settings: header.settings, stepsPerSecond: header.speed, log: log, end: end)
        session.markers = markers
        session.terminal = header.terminal
        session.lines = fileLines
        return session
    }

    /// The session in the file at `path`.
    package static func read(_ path: String) throws(InputError) -> CurveSession {
        try decode(try TextFile.read(path, limits: TextFileLimits(maxBytes: 16 << 20, maxLineBytes: 64 << 10)), path: path)
    }
}
