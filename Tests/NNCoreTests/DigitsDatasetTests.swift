import Foundation
import Testing
@testable import NNCore

/// The shipped 8×8 digits load with the counts documented in datasets/README.md, and
/// bad rows are refused with their line.
@Suite struct DigitsDatasetTests {
    static func shippedText() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("datasets/digits.csv")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func theShippedFileHasItsDocumentedCountsPerClass() throws {
        let digits = try DigitsDataset(text: try Self.shippedText(), path: "digits.csv")
        #expect(digits.images.count == 1797)
        // scikit-learn's load_digits: 178, 182, 177, 183, 181, 182, 181, 179, 174, 180 for 0–9.
        #expect(digits.countsPerClass == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        #expect(digits.images.allSatisfy { $0.pixels.count == 64 && $0.pixels.allSatisfy { $0 <= 16 } })
        // The first image is a 0 whose top row is 0,0,5,13,9,1,0,0 (sklearn's digits.images[0]).
        #expect(digits.images[0].label == 0 && Array(digits.images[0].pixels.prefix(8)) == [0, 0, 5, 13, 9, 1, 0, 0])
    }

    @Test func badRowsAreRefusedWithTheirLine() {
        let header = (0..<64).map { "p\($0)" }.joined(separator: ",") + ",label\n"
        let good = Array(repeating: "0", count: 64).joined(separator: ",") + ",3\n"
        #expect(throws: InputError("the label must be a digit 0 to 9, found '10'", path: "d.csv", line: 3)) {
            try DigitsDataset(text: header + good + good.replacingOccurrences(of: ",3", with: ",10"), path: "d.csv")
        }
        #expect(throws: InputError("pixel p0 must be a whole number 0 to 16, found '17'", path: "d.csv", line: 2)) {
            try DigitsDataset(text: header + "17" + good.dropFirst(), path: "d.csv")
        }
        #expect(throws: InputError("expected 65 comma-separated values (64 pixels, then the label), found 3",
                                   path: "d.csv", line: 1)) {
            try DigitsDataset(text: "1,2,0\n", path: "d.csv")
        }
        #expect((try? DigitsDataset(text: "# only a comment\n" + header + good, path: "d.csv"))?.countsPerClass
                == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0])
    }
}
