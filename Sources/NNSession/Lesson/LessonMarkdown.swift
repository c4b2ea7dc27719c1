import NNCore

/// The first pass over a lesson file: front matter, then sections (the introduction
/// and one per `## ` heading), each a sequence of prose lines and fenced blocks.
/// Knows Markdown's shape only; `LessonParser` gives the blocks their meaning.
struct LessonMarkdown {
    /// A fenced block: ```` ```kind ```` ... ```` ``` ````.
    struct Block {
        /// The info word after the opening fence, lowercased ("" for none).
        var kind: String
        /// The lines between the fences, with their line numbers.
        var lines: [(text: String, line: Int)]
        /// The line of the opening fence.
        var line: Int
    }

    /// A piece of a section, in file order.
    enum Item {
        case prose(String, line: Int)
        case block(Block)
    }

    /// The introduction (heading nil) or a step (its `## ` heading).
    struct Section {
        var heading: String?
        var line: Int
        var items: [Item] = []
    }

    /// `key: value` pairs of the front matter with their lines.
    var frontMatter: [(key: String, value: String, line: Int)] = []
    var sections: [Section] = []

    /// The info words of blocks that mean something to nnplay.
    static let machineKinds: Set<String> = ["setup", "goal", "hint", "explain", "question", "solution"]
    /// Info words of ordinary code blocks that stay prose (formulas, shell lines).
    static let proseKinds: Set<String> = ["", "text", "math", "console", "sh", "shell", "plain", "txt"]

    /// Splits `text` (the whole file) into front matter and sections.
    static func scan(_ text: String, path: String) throws(InputError) -> LessonMarkdown {
        var result = LessonMarkdown()
        var lines = Substring(text).physicalLines.map(String.init)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        var index = 0
        guard lines.first?.trimmedSpaces == "---" else {
            throw InputError("a lesson starts with front matter: a line '---', then 'id: ...' and 'title: ...', then '---'",
                             path: path, line: 1)
        }
        index = 1
        while true {
            guard index < lines.count else {
                throw InputError("the front matter is not closed by a line '---'", path: path, line: 1)
            }
            let line = lines[index].trimmedSpaces
            index += 1
            if line == "---" { break }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw InputError("front matter lines are 'key: value'", path: path, line: index)
            }
            result.frontMatter.append((String(line[..<colon]).trimmedSpaces.lowercased(),
                                       String(line[line.index(after: colon)...]).trimmedSpaces, index))
        }
        var section = Section(heading: nil, line: index + 1)
        while index < lines.count {
            let text = lines[index]
            let lineNumber = index + 1
            index += 1
            let trimmed = text.trimmedSpaces
            if trimmed.hasPrefix("```") {
                let kind = String(trimmed.dropFirst(3)).trimmedSpaces.lowercased()
                var body: [(String, Int)] = []
                var closed = false
                while index < lines.count {
                    let inner = lines[index]
                    index += 1
                    if inner.trimmedSpaces == "```" { closed = true; break }
                    body.append((inner, index))
                }
                guard closed else {
                    throw InputError("this ``` block is never closed", path: path, line: lineNumber)
                }
                if machineKinds.contains(kind) {
                    section.items.append(.block(Block(kind: kind, lines: body, line: lineNumber)))
                } else if proseKinds.contains(kind) {
                    section.items.append(.prose(text, line: lineNumber))
                    for (inner, n) in body { section.items.append(.prose(inner, line: n)) }
                    section.items.append(.prose("```", line: lineNumber + body.count + 1))
                } else {
                    let known = machineKinds.sorted().joined(separator: ", ")
                    throw InputError("unknown block '```\(kind)' (lesson blocks: \(known); ```text for a code block in prose)",
                                     path: path, line: lineNumber)
                }
            } else if trimmed.hasPrefix("## ") && !trimmed.hasPrefix("### ") {
                result.sections.append(section)
                section = Section(heading: String(trimmed.dropFirst(3)).trimmedSpaces, line: lineNumber)
            } else {
                section.items.append(.prose(text, line: lineNumber))
            }
        }
        result.sections.append(section)
        return result
    }
}
