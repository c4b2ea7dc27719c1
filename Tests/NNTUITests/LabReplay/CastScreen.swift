import Foundation

/// Just enough of a terminal to play a cast: cursor moves (`ESC[r;cH`, `ESC[H`), clears
/// (`ESC[2J`), styles skipped; one character a cell.
struct CastScreen {
    var rows: [[Character]]
    var row = 0, column = 0

    init(width: Int, height: Int) {
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    mutating func write(_ text: String) {
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if c == "\u{1B}", characters.first == "[" {
                characters.removeFirst()
                var parameters = ""
                while let p = characters.popFirst() {
                    if p.isLetter {
                        apply(p, parameters)
                        break
                    }
                    parameters.append(p)
                }
            } else if rows.indices.contains(row), rows[row].indices.contains(column) {
                rows[row][column] = c
                column += 1
            }
        }
    }

    private mutating func apply(_ command: Character, _ parameters: String) {
        switch command {
        case "H":
            let numbers = parameters.split(separator: ";").compactMap { Int($0) }
            row = (numbers.first ?? 1) - 1
            column = (numbers.count > 1 ? numbers[1] : 1) - 1
        case "J":
            rows = rows.map { Array(repeating: " ", count: $0.count) }
        default:
            break
        }
    }

    /// The rows right-trimmed, as `FrameDump.text` writes them.
    var text: String {
        rows.map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}
