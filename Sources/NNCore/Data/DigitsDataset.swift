/// The 8×8 handwritten digits (scikit-learn's copy of the UCI "optical recognition of
/// handwritten digits" set): each image 64 pixel counts 0–16, row by row from the top
/// left, and its digit 0–9. Parsed from the text of `datasets/digits.csv`.
///
/// `dataset` turns the images into samples of 64 inputs for the trainer.
package struct DigitsDataset: Sendable, Equatable {
    package static let pixels = 64
    package static let classes = 10
    /// The most rows a file may have (the shipped one has 1,797).
    package static let maxRows = 100_000

    package struct Image: Sendable, Equatable {
        /// 64 counts 0–16, row by row.
        package let pixels: [UInt8]
        package let label: Int
    }

    package let images: [Image]

    /// The name the command line, configurations and sessions know the digits by
    /// (`--dataset digits`; `DatasetConfig.csvPath`).
    package static let name = "digits"

    /// The images as samples of 64 inputs, each pixel count divided by 16 (so 0…1, as
    /// scikit-learn's examples scale them), labelled with their digit: ten classes.
    package var dataset: Dataset {
        let samples = images.map { image in
            Sample(inputs: image.pixels.map { Double($0) / 16 }, label: Double(image.label))
        }
        return Dataset(samples: samples, problem: .classification(classes: Self.classes), inputWidth: Self.pixels)
    }

    /// How many images of each digit 0–9.
    package var countsPerClass: [Int] {
        var counts = [Int](repeating: 0, count: Self.classes)
        for image in images { counts[image.label] += 1 }
        return counts
    }

    /// Parses `text`: `#` comment lines and blank lines are skipped, one header row of
    /// names may come first, then rows of 65 whole numbers (64 pixels 0–16, a label 0–9).
    /// A bad row is rejected as `path:line: message`.
    package init(text: String, path: String) throws(InputError) {
        var images: [Image] = []
        var sawData = false
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == Self.pixels + 1 else {
                throw InputError("expected 65 comma-separated values (64 pixels, then the label), found \(fields.count)",
                                 path: path, line: lineNumber)
            }
            let numbers = fields.map { Int($0.trimmedSpaces) }
            if !sawData && numbers.allSatisfy({ $0 == nil }) { sawData = true; continue } // the header
            sawData = true
            guard images.count < Self.maxRows else {
                throw InputError("more than \(Self.maxRows) images", path: path, line: lineNumber)
            }
            var pixels: [UInt8] = []
            pixels.reserveCapacity(Self.pixels)
            for (column, number) in numbers.prefix(Self.pixels).enumerated() {
                guard let number, (0...16).contains(number) else {
                    throw InputError("pixel p\(column) must be a whole number 0 to 16, found '\(fields[column])'",
                                     path: path, line: lineNumber)
                }
                pixels.append(UInt8(number))
            }
            guard let label = numbers[Self.pixels], (0..<Self.classes).contains(label) else {
                throw InputError("the label must be a digit 0 to 9, found '\(fields[Self.pixels])'",
                                 path: path, line: lineNumber)
            }
            images.append(Image(pixels: pixels, label: label))
        }
        guard !images.isEmpty else { throw InputError("no images", path: path) }
        self.images = images
    }
}
