import Foundation
import Testing
@testable import NNSession

/// `JSONLocator` finds the line where the value at a coding path starts.
@Suite struct JSONLocatorTests {
    typealias P = JSONPathComponent

    static let nested = """
        {
          "a": {"b": [10, {"c": "x"}]},
          "d": [
            [1, 2],
            [3,
             4]
          ],
          "e": {}
        }
        """

    @Test func nestedObjectsAndArrays() {
        #expect(JSONLocator.location(at: [], in: Self.nested)?.line == 1)
        #expect(JSONLocator.location(at: [P.key("a"), .key("b"), .index(1), .key("c")], in: Self.nested)
                == JSONLocation(line: 2, column: 25, kind: .string, literal: "\"x\""))
        #expect(JSONLocator.location(at: [P.key("d")], in: Self.nested)?.line == 3)
        #expect(JSONLocator.location(at: [P.key("d"), .index(1)], in: Self.nested)?.kind == .array)
        #expect(JSONLocator.location(at: [P.key("d"), .index(1), .index(1)], in: Self.nested)
                == JSONLocation(line: 6, column: 6, kind: .number, literal: "4"))
        #expect(JSONLocator.location(at: [P.key("e")], in: Self.nested)?.foundText == "an object")
    }

    @Test func missingPathsGiveNil() {
        #expect(JSONLocator.location(at: [P.key("z")], in: Self.nested) == nil)
        #expect(JSONLocator.location(at: [P.key("d"), .index(2)], in: Self.nested) == nil)
        #expect(JSONLocator.location(at: [P.key("a"), .index(0)], in: Self.nested) == nil)
        #expect(JSONLocator.location(at: [P.key("e"), .key("f")], in: Self.nested) == nil)
        #expect(JSONLocator.location(at: [P.key("a")], in: "{\"b\": [1,, \"a\": 2}") == nil)
        // A value is located even if the text is malformed after it.
        #expect(JSONLocator.location(at: [P.key("a")], in: "{\"a\": [1,")?.kind == .array)
        #expect(JSONLocator.location(at: [], in: "   ") == nil)
    }

    @Test func stringsWithBracesAndEscapedQuotesAreSkipped() {
        let text = """
            {"s": "}{ ] [ \\" , \\\\",
             "k\\"ey": "a\\u0022b",
             "t": [
               "{\\"x\\": 1}",
               {"\\u0061": true}
             ]}
            """
        #expect(JSONLocator.location(at: [P.key("k\"ey")], in: text)
                == JSONLocation(line: 2, column: 11, kind: .string, literal: "\"a\\u0022b\""))
        #expect(JSONLocator.location(at: [P.key("t"), .index(1), .key("a")], in: text)
                == JSONLocation(line: 5, column: 15, kind: .boolean, literal: "true"))
        #expect(JSONLocator.location(at: [P.key("x")], in: text) == nil)
    }

    @Test func keysAtSeveralDepthsAreToldApart() {
        let text = """
            {
              "x": {
                "y": 1,
                "x": {
                  "x": null
                }
              },
              "y": 2
            }
            """
        #expect(JSONLocator.location(at: [P.key("x")], in: text)?.line == 2)
        #expect(JSONLocator.location(at: [P.key("x"), .key("x")], in: text)?.line == 4)
        #expect(JSONLocator.location(at: [P.key("x"), .key("x"), .key("x")], in: text)?.foundText == "null")
        #expect(JSONLocator.location(at: [P.key("x"), .key("y")], in: text)?.line == 3)
        #expect(JSONLocator.location(at: [P.key("y")], in: text)?.line == 8)
    }

    @Test func firstOfDuplicateKeysWinsAsInJSONDecoder() {
        #expect(JSONLocator.location(at: [P.key("a")], in: "{\"a\": 1,\n\"a\": 2}")?.line == 1)
    }

    @Test func crlfByteOrderMarkAndUnicodeColumns() {
        let text = "\u{FEFF}{\r\n  \"é\": \"ü\", \"n\": -1.5e3\r\n}"
        #expect(JSONLocator.location(at: [P.key("n")], in: text)
                == JSONLocation(line: 2, column: 18, kind: .number, literal: "-1.5e3"))
    }

    @Test func longLiteralsAreShortened() {
        let text = "{\"s\": \"\(String(repeating: "a", count: 100))\"}"
        #expect(JSONLocator.location(at: [P.key("s")], in: text)?.literal == "\"" + String(repeating: "a", count: 36) + "...")
    }

    @Test func acceptsDecoderCodingPaths() throws {
        struct Inner: Decodable { var v: [Int] }
        struct Outer: Decodable { var list: [Inner] }
        let text = "{\"list\": [\n {\"v\": [1]},\n {\"v\": [2,\n \"3\"]}]}"
        do {
            _ = try JSONDecoder().decode(Outer.self, from: Data(text.utf8))
            Issue.record("expected a type mismatch")
        } catch let DecodingError.typeMismatch(_, context) {
            #expect(JSONPathComponent.text(codingPath: context.codingPath) == "list[1].v[1]")
            #expect(JSONLocator.line(of: context.codingPath, in: text) == 4)
        }
    }

    @Test func pathText() {
        #expect(JSONPathComponent.text([]) == "")
        #expect(JSONPathComponent.text([P.key("layers"), .index(1), .key("biases")]) == "layers[1].biases")
        #expect(JSONPathComponent.text([P.index(0), .key("a b"), .key("c")]) == "[0][\"a b\"].c")
    }
}
