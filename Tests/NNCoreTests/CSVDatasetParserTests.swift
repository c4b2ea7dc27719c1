import Foundation
import Testing
@testable import NNCore

/// Reading `x1,x2,label` files: what is accepted, and the exact error for what is not.
@Suite struct CSVDatasetParserTests {
    func parse(_ text: String, forceRegression: Bool = false) throws(InputError) -> Dataset {
        try CSVDatasetParser.parse(text, path: "data.csv", forceRegression: forceRegression)
    }

    /// The `path:line: message` text of the error `text` raises, or nil if it parses.
    func failure(_ text: String, path: String = "data.csv") -> String? {
        do {
            _ = try CSVDatasetParser.parse(text, path: path)
            return nil
        } catch {
            return error.description
        }
    }

    let points = [Sample(x1: 1, x2: 2, label: 0), Sample(x1: -0.5, x2: 3e-1, label: 1)]

    @Test func headerIsOptional() throws {
        let bare = try parse("1,2,0\n-0.5,3e-1,1\n")
        let headed = try parse("x1,x2,label\n1,2,0\n-0.5,3e-1,1")
        #expect(bare == Dataset(samples: points, problem: .classification(classes: 2)))
        #expect(headed == bare)
        #expect(try parse("petal_length , petal_width, species\n1,2,0\n-0.5,0.3,1").samples == points)
    }

    @Test func commentsBlankLinesWhitespaceAndLineEndings() throws {
        let text = "\u{FEFF}# two points\r\n\r\n  x1 ,\tx2, label  \r\n\t1 , 2 ,0\n   # a comment\n\n-0.5,0.3,1\r"
        #expect(try parse(text).samples == points)
        #expect(try parse("1,2,0\r-0.5,0.3,1").samples == points)
    }

    @Test func labelsDecideClassificationOrRegression() throws {
        #expect(try parse("0,0,0\n1,1,1\n2,2,2\n3,3,1").problem == .classification(classes: 3))
        #expect(try parse("0,0,1.0\n1,1,0.0").problem == .classification(classes: 2))
        #expect(try parse("0,0,0.5\n1,1,-1.25").problem == .regression)
        #expect(try parse("0,0,0\n1,1,1\n2,2,0.5").problem == .regression)
        // Whole numbers beyond 16 classes are values, not classes.
        let wide = (0...20).map { "\($0),0,\($0)" }.joined(separator: "\n")
        #expect(try parse(wide).problem == .regression)
        #expect(try parse("0,0,-3\n1,1,100\n" + wide).problem == .regression)
        // Forcing regression keeps class-like labels as numbers.
        #expect(try parse("0,0,0\n1,1,1", forceRegression: true).problem == .regression)
        #expect(try parse("0,0,-1\n1,1,1", forceRegression: true).problem == .regression)
        #expect(try parse("0,0,0\n1,1,0", forceRegression: true).problem == .regression)
    }

    @Test func malformedRowsNameTheirPhysicalLine() {
        let shape = "expected 3 comma-separated numbers x1,x2,label"
        #expect(failure("x1,x2,label\n# note\n1,2\n3,4,0") == "data.csv:3: \(shape), found 2 fields: \"1,2\"")
        #expect(failure("1,2,0\n3,4,0,\n") == "data.csv:2: \(shape), found 4 fields: \"3,4,0,\"")
        #expect(failure("1;2;0\n3;4;1") == "data.csv:1: \(shape), found 1 field: \"1;2;0\"")
        #expect(failure("1,2,0\r\n\r\n3,4,abc") == "data.csv:3: \(shape), found \"abc\" as label")
        #expect(failure("1,2,0\n3, ,1") == "data.csv:2: \(shape), found an empty x2")
        #expect(failure("1,2,0\nx1,x2,label\n3,4,1") == "data.csv:2: \(shape), found \"x1\" as x1")
        #expect(failure("1,2,0\n3,\"4\",1") == "data.csv:2: \(shape), found \"\"4\"\" as x2")
        let long = String(repeating: "7", count: 60)
        #expect(failure("1,2,0\n\(long)") == "data.csv:2: \(shape), found 1 field: \"\(String(repeating: "7", count: 40))...\"")
    }

    @Test func nonFiniteValuesAreRejected() {
        #expect(failure("1,2,0\nnan,4,1") == "data.csv:2: x1 must be a finite number, found \"nan\"")
        #expect(failure("1,inf,0\n3,4,1") == "data.csv:1: x2 must be a finite number, found \"inf\"")
        #expect(failure("1,2,1e999\n3,4,1") == "data.csv:1: label must be a finite number, found \"1e999\"")
    }

    @Test func headerAndRowCountErrors() {
        #expect(failure("x;y;label\n1;2;0") == "data.csv:1: a header row needs 3 column names for x1,x2,label, found 1 field: \"x;y;label\"")
        #expect(failure("x,y\n1,2,0\n3,4,1") == "data.csv:1: a header row needs 3 column names for x1,x2,label, found 2 fields: \"x,y\"")
        #expect(failure("") == "data.csv: at least 2 data rows x1,x2,label are needed, found none")
        #expect(failure("x1,x2,label\n# nothing\n") == "data.csv: at least 2 data rows x1,x2,label are needed, found none")
        #expect(failure("x1,x2,label\n1,2,0") == "data.csv: at least 2 data rows x1,x2,label are needed, found only 1")
    }

    @Test func classLikeLabelsThatAreNumberedWronglyAreRejected() {
        #expect(failure("1,2,1\n3,4,-1\n5,6,1", path: "tf.csv")
                == "tf.csv:2: label -1 is negative: class labels are 0..K-1 (write -1/+1 classes as 0/1), or load the file as regression")
        #expect(failure("1,2,0\n3,4,0")
                == "data.csv: every label is 0: classification needs at least 2 classes 0..K-1, or load the file as regression")
        #expect(failure("1,2,1\n3,4,2")
                == "data.csv: no row has label 0 although labels go up to 2: number the classes 0..K-1 with every class used, or load the file as regression")
        #expect(failure("1,2,0\n3,4,3\n5,6,1")
                == "data.csv: no row has label 2 although labels go up to 3: number the classes 0..K-1 with every class used, or load the file as regression")
    }

    /// The cap is 100 000 rows; it is exercised with a small limit to keep the test fast.
    @Test func rowCapStopsAtTheFirstRowTooMany() throws {
        #expect(CSVDatasetParser.maxRows == 100_000)
        let text = "x1,x2,label\n# three rows\n0,0,0\n1,1,1\n\n2,2,0\n"
        #expect(try CSVDatasetParser.parse(text, path: "big.csv", forceRegression: false, rowLimit: 3).samples.count == 3)
        do {
            _ = try CSVDatasetParser.parse(text + "3,3,1\n", path: "big.csv", forceRegression: false, rowLimit: 3)
            Issue.record("a fourth row must be rejected")
        } catch {
            #expect(error.description == "big.csv:7: too many rows: at most 3 data rows are supported")
        }
    }

    /// The shipped files: Iris (150 petal measurements of three species, 50 each) and the three-arm spiral.
    @Test func shippedFilesParse() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("datasets/iris.csv").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let iris = try CSVDatasetParser.parse(text, path: path)
        #expect(iris.problem == .classification(classes: 3))
        #expect(iris.samples.count == 150)
        #expect((0..<3).map { k in iris.samples.filter { $0.label == Double(k) }.count } == [50, 50, 50])
        #expect(iris.samples.first == Sample(x1: 1.4, x2: 0.2, label: 0))
        #expect(!DomainFit.fitsDomain(iris.samples.map { Sample(x1: $0.x1 * 2, x2: $0.x2, label: $0.label) }))
        #expect(DomainFit.fitsDomain(DomainFit.rescale(iris.samples)))

        let spiralPath = root.appendingPathComponent("datasets/spiral3.csv").path
        let spiral = try CSVDatasetParser.parse(try String(contentsOfFile: spiralPath, encoding: .utf8), path: spiralPath)
        #expect(spiral.problem == .classification(classes: 3) && spiral.samples.count == 300)
        #expect(DomainFit.fitsDomain(spiral.samples))
    }

    /// Whole labels beyond Int's range are regression targets (they once trapped when
    /// converted to Int); a negative one among few distinct labels is quoted as written.
    @Test func labelsBeyondIntRangeDoNotTrap() throws {
        #expect(try parse("0,0,0\n1,1,1e300").problem == .regression)
        #expect(try parse("0,0,0\n1,1,1e19").problem == .regression)
        #expect(try parse("0,0,1e19\n1,1,9223372036854775807").problem == .regression)
        #expect(failure("0,0,0\n1,1,-1e300") == "data.csv:2: label -1e+300 is negative: class labels are 0..K-1 "
                + "(write -1/+1 classes as 0/1), or load the file as regression")
    }

    /// `Double(_:)` stops at a NUL byte, so `2\0junk` once read as 2; control
    /// characters are quoted as escapes, and an over-long number is refused unread.
    @Test func controlCharactersAndOverLongNumbersAreRefused() throws {
        #expect(failure("0,0,0\n1,1,2\u{0}junk") == "data.csv:2: \(CSVDatasetParser.rowShape), found \"2\\0junk\" as label")
        #expect(failure("0,0,0\n1,\u{1B}[31m,1") == "data.csv:2: \(CSVDatasetParser.rowShape), found \"\\u{1B}[31m\" as x2")
        let long = String(repeating: "9", count: 1000)
        #expect(failure("0,0,0\n\(long),1,1")
                == "data.csv:2: \(CSVDatasetParser.rowShape), found \"\(long.prefix(40))...\" as x1")
        #expect(try parse("0,0,0\n\(long.prefix(64)),1,1").samples[1].x1 == 1e64)
    }

    /// Found by `scripts/fuzz.sh` (the CSV harness, on the parser before the fix) within
    /// 30 s: a 28-digit label trapped converting to Int. Kept as it was found.
    @Test func fuzzFindingALabelOf28Digits() throws {
        let found = "# l\r5,-1,0111111111111111111111111111\r\n1e-3,2.5E2,0\r\n"
        let dataset = try parse(found)
        #expect(dataset.problem == .regression)
        #expect(dataset.samples.map(\.label) == [1.11111111111111111e26, 0])
    }
}
