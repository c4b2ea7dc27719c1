import Foundation
import NNCore

/// What every lab's session line may carry besides its own fields, as the playground's
/// lines do: the `time` it was written (seconds since recording started, to the
/// millisecond), which paces an interactive replay and a cast and never changes a
/// result; and the resize line, `{"height":30,"kind":"resize","step":340,"time":3.5,"width":100}`,
/// which sets the size headless frames are drawn at from there on.
package enum LabSessionLine {
    /// `value`'s line with `"time"` added (nil: none).
    static func line<T: Encodable>(_ value: T, time: Double?) throws(InputError) -> String {
        try SessionLineWriter.line(Timed(value: value, time: time))
    }

    /// The `time` of a line, if it has a valid one (a lab reader ignores any other).
    package static func time(of line: Substring) -> Double? {
        guard line.contains("\"time\"") else { return nil }
        let decoded = try? JSONInput.decode(TimeField.self, from: String(line), path: "")
        return decoded?.time.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
    }

    /// The first line of the file at `path` (read in 64 KiB pieces up to `maxBytes`; nil
    /// when it cannot be read), for `nnplay replay` to tell the formats apart: a header
    /// that holds CSV points names its format after them (keys are sorted).
    package static func header(ofFile path: String,
                               maxBytes: Int = SessionLimits.standard.maxHeaderBytes) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var data = Data()
        while data.count < maxBytes {
            guard let piece = try? handle.read(upToCount: 64 << 10), !piece.isEmpty else { break }
            if let newline = piece.firstIndex(of: UInt8(ascii: "\n")) {
                data.append(piece[..<newline])
                break
            }
            data.append(piece)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether `header` (a first line) names `format`.
    package static func header(_ header: some StringProtocol, names format: String) -> Bool {
        header.contains("\"format\":\"\(format)\"") || header.contains("\"format\": \"\(format)\"")
    }

    /// Whether `line` is a resize line.
    package static func isResize(_ line: Substring) -> Bool { line.contains("\"kind\":\"resize\"") }

    /// A resize line decoded and checked: `path:line:` on a size outside 1…`maxSide` or
    /// a step before `lastStep` (the line before's) or beyond `maxStep`.
    package static func resize(_ line: Substring, path: String, number: Int, after lastStep: Int, maxStep: Int,
                               maxSide: Int = SessionLimits.standard.maxTerminalSide) throws(InputError) -> Resize {
        let resize: Resize
        do {
            resize = try JSONInput.decode(Resize.self, from: String(line), path: path)
        } catch {
            throw InputError(error.message, path: path, line: number)
        }
        guard (1...maxSide).contains(resize.width), (1...maxSide).contains(resize.height) else {
            throw InputError("terminal size \(resize.width)x\(resize.height) is out of range (1 to \(maxSide))",
                             path: path, line: number)
        }
        guard (lastStep...max(lastStep, maxStep)).contains(resize.step) else {
            throw InputError("step \(resize.step) goes back (the line before was at step \(lastStep)) or is beyond \(maxStep)",
                             path: path, line: number)
        }
        return resize
    }

    /// A lab's resize line: the terminal became `width` × `height` at session step `step`.
    package struct Resize: Codable, Equatable, Sendable {
        package var step: Int
        package var kind = "resize"
        package var width: Int
        package var height: Int

        package init(step: Int, width: Int, height: Int) {
            self.step = step
            self.width = width
            self.height = height
        }
    }

    private struct TimeField: Decodable { var time: Double? }

    /// A value encoded with a `time` key beside its own.
    private struct Timed<Value: Encodable>: Encodable {
        var value: Value
        var time: Double?
        private enum Key: String, CodingKey { case time }

        func encode(to encoder: any Encoder) throws {
            try value.encode(to: encoder)
            guard let time, time.isFinite else { return }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode((max(0, time) * 1000).rounded() / 1000, forKey: .time)
        }
    }
}
