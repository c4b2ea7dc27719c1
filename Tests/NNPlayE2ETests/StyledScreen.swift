/// A screen captured with `tmux capture-pane -p -e`, parsed into cells: each character
/// with the colours and attributes in force (tmux writes SGR codes only where they
/// change, so they are followed statefully), for comparing regions of two captures.
struct StyledScreen {
    struct Style: Equatable {
        var foreground = "default"
        var background = "default"
        var attributes: Set<Int> = []
    }

    struct Cell: Equatable {
        var character: Character
        var style: Style
    }

    /// Rows of cells, as captured (rows end where tmux stopped writing).
    var rows: [[Cell]] = []

    init(_ capture: String) {
        var style = Style()
        for line in capture.split(separator: "\n", omittingEmptySubsequences: false) {
            var row: [Cell] = []
            var characters = Array(line)[...]
            while let c = characters.popFirst() {
                guard c == "\u{1B}", characters.first == "[" else {
                    row.append(Cell(character: c, style: style))
                    continue
                }
                characters.removeFirst()
                var parameters = ""
                while let p = characters.popFirst(), p != "m" { parameters.append(p) }
                StyledScreen.apply(parameters, to: &style)
            }
            rows.append(row)
        }
    }

    /// The cell at (column, row), or nil past what was captured.
    subscript(column: Int, row: Int) -> Cell? {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return nil }
        return rows[row][column]
    }

    /// Applies one `ESC [ … m` sequence.
    static func apply(_ parameters: String, to style: inout Style) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if codes.isEmpty { codes = [0] }
        while let code = codes.popFirst() {
            switch code {
            case 0: style = Style()
            case 1...9: style.attributes.insert(code)
            case 21...29: style.attributes.remove(code - 20)
            case 30...37, 90...97: style.foreground = "\(code)"
            case 39: style.foreground = "default"
            case 40...47, 100...107: style.background = "\(code)"
            case 49: style.background = "default"
            case 38, 48:
                let mode = codes.popFirst() ?? 0
                let count = mode == 5 ? 1 : mode == 2 ? 3 : 0
                let value = (0..<count).map { _ in String(codes.popFirst() ?? 0) }.joined(separator: ",")
                if code == 38 { style.foreground = "\(mode):\(value)" } else { style.background = "\(mode):\(value)" }
            default: break
            }
        }
    }
}

/// Where a titled box (`╭ output ───╮`) is on a plain capture.
struct BoxLocation {
    var column: Int
    var row: Int
    var width: Int
    var height: Int

    /// The box whose top edge starts with `╭ title`, found on `screen`.
    init?(title: String, on screen: String) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let marker = Array("╭ " + title + " ")
        for (r, line) in lines.enumerated() {
            guard let c = line.indices.first(where: { Array(line[$0...].prefix(marker.count)) == marker }),
                  let right = line[c...].firstIndex(of: "╮") else { continue }
            var bottom = r + 1
            while bottom < lines.count, lines[bottom].indices.contains(c), lines[bottom][c] != "╰" { bottom += 1 }
            column = c
            row = r
            width = right - c + 1
            height = bottom - r + 1
            return
        }
        return nil
    }
}
