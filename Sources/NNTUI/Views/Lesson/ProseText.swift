/// A lesson's Markdown prose laid out for the terminal: wrapped to a width, as lines
/// of styled spans.
///
/// The subset lessons use: `#`/`##`/`###` headings, paragraphs (lines joined, blank
/// line between), `-`/`*`/`1.` list items (hanging indent), `>` quotes, fenced code
/// blocks (verbatim), `| a | b |` tables (aligned columns, or one item per row when
/// too wide), and inline `**strong**`, `*emphasis*`/`_emphasis_`, `` `code` ``
/// and `$formula$` (TeX-lite, see `InlineFormula`). Anything else shows as written.
package enum ProseText {
    /// `markdown` wrapped to `width` columns (at least 8).
    package static func lines(_ markdown: String, width: Int) -> [[TextSpan]] {
        let width = max(8, width)
        var out: [[TextSpan]] = []
        var paragraph: [String] = []
        var table: [String] = []
        var fence: String?
        var mathFence = false

        func flush() {
            if !table.isEmpty {
                out += tableLines(table, width: width)
                table = []
            }
            guard !paragraph.isEmpty else { return }
            let text = paragraph.joined(separator: " ")
            paragraph = []
            out += block(text, width: width)
        }
        func gap() {
            if let last = out.last, !last.isEmpty { out.append([]) }
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingLeadingSpaces
            if let open = fence {
                if trimmed.hasPrefix(open) {
                    fence = nil
                    gap()
                } else if mathFence && line.count > width {
                    out += formulaLines(line, width: width)
                } else {
                    out.append([TextSpan(line.truncated(to: width), ProseText.code)])
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                gap()
                fence = String(trimmed.prefix(3))
                mathFence = trimmed.dropFirst(3).trimmingLeadingSpaces.lowercased().hasPrefix("math")
                continue
            }
            if trimmed.hasPrefix("|") {
                if table.isEmpty { flush() }
                table.append(trimmed)
            } else if trimmed.isEmpty {
                flush()
                gap()
            } else if isBlockStart(trimmed) {
                flush()
                paragraph = [trimmed]
            } else {
                paragraph.append(trimmed)
            }
        }
        flush()
        while let last = out.last, last.isEmpty { out.removeLast() }
        return out
    }

    static let code = CellStyle(foreground: .accent)

    /// A line of a ```math block wider than `width`: wrapped at spaces and operators
    /// onto continuation lines indented by two, never cut (a formula cut with `…`
    /// loses the part that matters).
    static func formulaLines(_ line: String, width: Int) -> [[TextSpan]] {
        let indent = String(line.prefix { $0 == " " })
        return wrap([TextSpan(line.trimmingLeadingSpaces, code)], width: width, first: indent, rest: indent + "  ")
    }
    static let formula = CellStyle(foreground: .title)

    /// A Markdown table: columns aligned under a bold header when they fit `width`,
    /// otherwise each row as an item, `• sigmoid: 1/(1+e⁻ᶻ); σ(1−σ) ≤ ¼`. The
    /// `|---|` rule is left out.
    static func tableLines(_ rows: [String], width: Int) -> [[TextSpan]] {
        let cells = rows.map { row in
            row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { String($0).trimmingLeadingSpaces.reversed().drop { $0 == " " }.reversed() }
                .map { String($0) }
        }
        let body = cells.filter { row in !row.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
        guard let header = body.first else { return [] }
        let styled = body.map { row in row.map { inline($0, base: .plain) } }
        let columns = header.count
        let widths = (0..<columns).map { c in styled.map { $0.indices.contains(c) ? $0[c].columns : 0 }.max() ?? 0 }
        if widths.reduce(0, +) + 2 * (columns - 1) <= width {
            return styled.enumerated().map { index, row in
                var line: [TextSpan] = []
                for (c, cell) in row.prefix(columns).enumerated() {
                    let spans = index == 0 ? cell.map { TextSpan($0.text, $0.style.adding(.bold)) } : cell
                    line += spans
                    if c < columns - 1 {
                        line.append(TextSpan(String(repeating: " ", count: widths[c] - cell.columns + 2)))
                    }
                }
                return merged(line)
            }
        }
        return styled.dropFirst().flatMap { row -> [[TextSpan]] in
            guard let first = row.first else { return [] }
            var spans = first.map { TextSpan($0.text, $0.style.adding(.bold)) } + [TextSpan(": ")]
            for (c, cell) in row.dropFirst().enumerated() {
                if c > 0 { spans.append(TextSpan("; ")) }
                spans += cell
            }
            return wrap(spans, width: width, first: "• ", rest: "  ")
        }
    }

    /// Whether `line` starts a heading, list item or quote (which ends a paragraph).
    static func isBlockStart(_ line: String) -> Bool {
        line.hasPrefix("#") || line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("> ")
            || orderedMarker(line) != nil
    }

    /// `"3. "` for a line starting an ordered list item.
    static func orderedMarker(_ line: String) -> String? {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(". ") ? String(digits) + ". " : nil
    }

    /// One block (heading, item, quote or paragraph) wrapped to `width`.
    static func block(_ text: String, width: Int) -> [[TextSpan]] {
        if text.hasPrefix("#") {
            let level = text.prefix { $0 == "#" }.count
            let title = text.dropFirst(level).trimmingLeadingSpaces
            var style = CellStyle(foreground: level == 1 ? .accent : .title, attributes: .bold)
            if level >= 3 { style = CellStyle(foreground: .text, attributes: [.bold]) }
            return wrap(inline(title, base: style), width: width, first: "", rest: "")
        }
        if text.hasPrefix("- ") || text.hasPrefix("* ") {
            return wrap(inline(String(text.dropFirst(2)), base: .plain), width: width, first: "• ", rest: "  ")
        }
        if let marker = orderedMarker(text) {
            return wrap(inline(String(text.dropFirst(marker.count)), base: .plain), width: width,
                        first: marker, rest: String(repeating: " ", count: marker.count))
        }
        if text.hasPrefix("> ") {
            let body = text.dropFirst(2).replacingOccurrences(of: " > ", with: " ")
            return wrap(inline(body, base: CellStyle(foreground: .dimText)), width: width, first: "│ ", rest: "│ ")
        }
        return wrap(inline(text, base: .plain), width: width, first: "", rest: "")
    }

    /// The inline styles of `text` as spans over `base`.
    static func inline(_ text: String, base: CellStyle) -> [TextSpan] {
        var spans: [TextSpan] = []
        var current = ""
        var strong = false, emphasis = false
        let characters = Array(text)
        var i = 0
        func style() -> CellStyle {
            var s = base
            if strong { s = s.adding(.bold) }
            if emphasis { s = s.adding(.underline) }
            return s
        }
        func emit() {
            if !current.isEmpty { spans.append(TextSpan(current, style())) }
            current = ""
        }
        func closing(_ mark: Character, from start: Int) -> Int? {
            var j = start
            while j < characters.count {
                if characters[j] == "\\" { j += 2; continue }
                if characters[j] == mark { return j }
                j += 1
            }
            return nil
        }
        while i < characters.count {
            let c = characters[i]
            let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
            if c == "\\", let next, "*_`$\\".contains(next) {
                current.append(next)
                i += 2
            } else if c == "*" && next == "*" {
                emit(); strong.toggle(); i += 2
            } else if (c == "*" || c == "_") && (emphasis || (next.map { !$0.isWhitespace } ?? false))
                        && (emphasis || closing(c, from: i + 1) != nil) && !(c == "_" && isWordInside(characters, i)) {
                emit(); emphasis.toggle(); i += 1
            } else if c == "`", let end = closing("`", from: i + 1) {
                emit()
                spans.append(TextSpan(String(characters[(i + 1)..<end]), code))
                i = end + 1
            } else if c == "$", let end = closing("$", from: i + 1), end > i + 1 {
                emit()
                spans.append(TextSpan(InlineFormula.render(String(characters[(i + 1)..<end])), formula))
                i = end + 1
            } else {
                current.append(c)
                i += 1
            }
        }
        emit()
        return spans
    }

    /// Whether the `_` at `i` sits inside a word (`snake_case`), where it is a letter.
    static func isWordInside(_ characters: [Character], _ i: Int) -> Bool {
        i > 0 && i + 1 < characters.count && characters[i - 1].isLetter && characters[i + 1].isLetter
    }

    /// Greedy word wrap of `spans` to `width`, with `first` before the first line and
    /// `rest` before the others; a word longer than a line is broken before an
    /// operator (`FormulaBreaks`), or cut at the edge when it has none.
    static func wrap(_ spans: [TextSpan], width: Int, first: String, rest: String) -> [[TextSpan]] {
        var lines: [[TextSpan]] = []
        var line: [TextSpan] = [TextSpan(first, CellStyle(foreground: .accent))]
        var column = first.count
        var pendingSpace = false
        var lineHasWords = false
        var spaceStyle = CellStyle.plain  // a space keeps the style of the text it was in
        func newLine() {
            lines.append(line.filter { !$0.text.isEmpty })
            line = [TextSpan(rest, CellStyle(foreground: rest.hasPrefix("│") ? .dimText : .accent))]
            column = rest.count
            pendingSpace = false
            lineHasWords = false
        }
        for span in spans {
            var word = ""
            func place() {
                guard !word.isEmpty else { return }
                var remaining = Substring(word)
                while !remaining.isEmpty {
                    let space = pendingSpace && lineHasWords ? 1 : 0
                    if column + space + remaining.count <= width {
                        if space == 1 { line.append(TextSpan(" ", spaceStyle)) }
                        line.append(TextSpan(String(remaining), span.style))
                        column += space + remaining.count
                        remaining = ""
                        lineHasWords = true
                    } else if lineHasWords {
                        newLine()
                    } else {
                        // Wider than a whole line: break at an operator if there is one.
                        let room = max(1, width - column)
                        let cut = FormulaBreaks.lastBreak(in: remaining, within: room) ?? room
                        line.append(TextSpan(String(remaining.prefix(cut)), span.style))
                        remaining = remaining.dropFirst(cut)
                        newLine()
                    }
                }
                pendingSpace = false
                word = ""
            }
            for c in span.text {
                if c == " " {
                    place()
                    pendingSpace = true
                    spaceStyle = span.style
                } else {
                    word.append(c)
                }
            }
            place()
        }
        if !line.filter({ !$0.text.isEmpty }).isEmpty || lines.isEmpty { lines.append(line.filter { !$0.text.isEmpty }) }
        return lines.map(merged)
    }

    /// Adjacent spans of the same style joined.
    static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for span in spans {
            if let last = out.last, last.style == span.style {
                out[out.count - 1].text += span.text
            } else {
                out.append(span)
            }
        }
        return out
    }
}

extension StringProtocol {
    /// The text without its leading spaces and tabs.
    var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
}
