/// Reads a dataset a student brings as text: one point per row, `x1,x2,label`.
///
/// The file format: an optional header row (a first row of three names such as
/// `x1,x2,label`: no field a number, some letter in it), then rows of three
/// comma-separated finite numbers. Spaces and tabs around fields are allowed; blank lines and lines whose
/// first non-blank character is `#` are skipped; `\n`, `\r\n` and `\r` all end lines.
/// The core never touches the file system: the caller reads the text and passes the
/// path only so that errors read `path:line: message`.
package enum CSVDatasetParser {
    /// The most data rows a file may have (the playground's point limit).
    package static let maxRows = TrainingConfig.Limits.maxPoints

    /// The column names used in messages, in file order.
    static let columns = ["x1", "x2", "label"]

    /// The start of every "this row is not three numbers" message.
    static let rowShape = "expected 3 comma-separated numbers x1,x2,label"

    /// Parses `text` into a dataset. Unless `forceRegression` is set, labels that are
    /// all whole numbers 0…K−1 (2 ≤ K ≤ 16, every class used) make a classification
    /// problem with K classes, any other real labels a regression problem; whole
    /// labels that look like classes but are negative or skip a class are rejected
    /// (see `CSVLabelInference`). Every error names the file and, where one row is
    /// at fault, its 1-based physical line.
    package static func parse(_ text: String, path: String, forceRegression: Bool = false) throws(InputError) -> Dataset {
        try parse(text, path: path, forceRegression: forceRegression, rowLimit: maxRows)
    }

    /// `parse` with the row cap as a parameter, so tests can reach it without 100 000 rows.
    static func parse(_ text: String, path: String, forceRegression: Bool, rowLimit: Int) throws(InputError) -> Dataset {
        var samples: [Sample] = []
        var lineOfSample: [Int] = []
        var seenFirstRow = false
        var lineNumber = 0
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }  // a byte-order mark some editors write
        for rawLine in body.physicalLines {
            lineNumber += 1
            let line = trimmed(rawLine)
            if line.isEmpty || line.first == "#" { continue }
            let fields = commaSeparated(line)
            if !seenFirstRow {
                seenFirstRow = true
                if isHeader(fields) {
                    guard fields.count == 3 else {
                        let found = "\(fieldCount(fields.count)): \(quoted(line))"
                        throw InputError("a header row needs 3 column names for x1,x2,label, found \(found)",
                                         path: path, line: lineNumber)
                    }
                    continue
                }
            }
            guard samples.count < rowLimit else {
                throw InputError("too many rows: at most \(rowLimit) data rows are supported", path: path, line: lineNumber)
            }
            samples.append(try sample(fields, line: line, path: path, lineNumber: lineNumber))
            lineOfSample.append(lineNumber)
        }
        guard samples.count >= 2 else {
            let found = samples.isEmpty ? "none" : "only 1"
            throw InputError("at least 2 data rows x1,x2,label are needed, found \(found)", path: path)
        }
        if forceRegression {
            return Dataset(samples: samples, problem: .regression)
        }
        let problem = try CSVLabelInference.problem(labels: samples.map(\.label), lines: lineOfSample, path: path)
        return Dataset(samples: samples, problem: problem)
    }

    /// One data row's three fields as a sample, or the error that says what is wrong.
    static func sample(_ fields: [Substring], line: Substring, path: String,
                       lineNumber: Int) throws(InputError) -> Sample {
        guard fields.count == 3 else {
            throw InputError("\(rowShape), found \(fieldCount(fields.count)): \(quoted(line))", path: path, line: lineNumber)
        }
        var values: [Double] = []
        for (field, name) in zip(fields, columns) {
            guard let value = number(field) else {
                let found = field.isEmpty ? "an empty \(name)" : "\(quoted(field)) as \(name)"
                throw InputError("\(rowShape), found \(found)", path: path, line: lineNumber)
            }
            guard value.isFinite else {
                throw InputError("\(name) must be a finite number, found \(quoted(field))", path: path, line: lineNumber)
            }
            values.append(value)
        }
        return Sample(x1: values[0], x2: values[1], label: values[2])
    }

    /// The longest field read as a number: 17 significant digits name every `Double`,
    /// so anything longer is a stray paste, refused before `Double` spends seconds on it.
    static let maxNumberLength = 64

    /// `field` as a number, or nil. Stricter than `Double(_:)`, which stops at a NUL
    /// byte (`2\0junk` would read as 2): no control character, at most `maxNumberLength` bytes.
    static func number(_ field: Substring) -> Double? {
        guard field.utf8.count <= maxNumberLength, !field.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else {
            return nil
        }
        return Double(field)
    }

    /// The first row is a header when none of its fields is a number and some field
    /// has a letter in it, so that `x1,x2,label` is a header but `1;2;0` is a bad row.
    static func isHeader(_ fields: [Substring]) -> Bool {
        fields.allSatisfy { number($0) == nil } && fields.contains { $0.contains(where: \.isLetter) }
    }

    /// The fields of `line` between commas, each trimmed of spaces and tabs.
    static func commaSeparated(_ line: Substring) -> [Substring] {
        var fields: [Substring] = []
        let bytes = line.utf8
        var start = bytes.startIndex, i = start
        while i != bytes.endIndex {
            if bytes[i] == UInt8(ascii: ",") {
                fields.append(trimmed(line[start..<i]))
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        fields.append(trimmed(line[start...]))
        return fields
    }

    /// `text` without spaces and tabs at either end.
    static func trimmed(_ text: Substring) -> Substring {
        let bytes = text.utf8
        let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }),
              let last = bytes.lastIndex(where: { !isBlank($0) }) else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// "1 field" or "n fields".
    static func fieldCount(_ n: Int) -> String {
        n == 1 ? "1 field" : "\(n) fields"
    }

    /// `text` in double quotes, cut to 40 characters and printable, so a stray binary
    /// line stays readable.
    static func quoted(_ text: Substring) -> String {
        text.quotedExcerpt()
    }
}
