import Foundation

/// The lines of an asciicast v2 file (the format of asciinema, which `asciinema play`
/// and its web player show): a header object, then one event array per line,
/// `[time, "o", text]` for output and `[time, "r", "WxH"]` for a resize, with times
/// in seconds since the start, never decreasing.
///
/// ```
/// {"env":{"TERM":"xterm-256color"},"height":40,"timestamp":1790000000,"title":"…","version":2,"width":120}
/// [0.5,"o","\u001b[0m\u001b[2J…"]
/// [3.25,"r","100x30"]
/// ```
package enum Asciicast {
    /// The header line (with "\n"). `timestamp` is the recording's start in Unix
    /// seconds, if known; `term` names the terminal type the output is meant for.
    package static func header(width: Int, height: Int, timestamp: Int? = nil, title: String? = nil,
                              term: String = "xterm-256color") -> String {
        line(Header(version: 2, width: width, height: height, timestamp: timestamp, title: title, env: ["TERM": term]))
    }

    /// An output event: `text` (escape sequences and all) shown at `time`.
    package static func output(_ text: String, at time: Double) -> String {
        line(Event(time: time, code: "o", data: text))
    }

    /// A resize event: the terminal is `width` × `height` from `time` on.
    package static func resize(width: Int, height: Int, at time: Double) -> String {
        line(Event(time: time, code: "r", data: "\(width)x\(height)"))
    }

    private struct Header: Encodable {
        var version: Int
        var width: Int
        var height: Int
        var timestamp: Int?
        var title: String?
        var env: [String: String]
    }

    private struct Event: Encodable {
        var time: Double
        var code: String
        var data: String

        func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            // Microseconds are plenty, and keep the numbers short.
            try c.encode((max(0, time) * 1e6).rounded() / 1e6)
            try c.encode(code)
            try c.encode(data)
        }
    }

    /// Compact JSON with sorted keys, then "\n". Only strings, integers and finite
    /// times are encoded, so encoding cannot fail.
    private static func line(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
