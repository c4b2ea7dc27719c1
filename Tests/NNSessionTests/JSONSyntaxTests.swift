import Testing
@testable import NNSession

/// `JSONSyntax` says where malformed JSON goes wrong, in the same words on every platform.
@Suite struct JSONSyntaxTests {
    static func check(_ text: String) -> String {
        guard let e = JSONSyntax.firstError(in: text) else { return "ok" }
        return "\(e.line):\(e.column): \(e.message)"
    }

    @Test func wellFormedTextPasses() {
        #expect(Self.check("{\"a\": [1, -0.5e-3, true, false, null, \"\\u00e9\\n\"], \"b\": {}}") == "ok")
        #expect(Self.check("\u{FEFF} 42 \n") == "ok")
        // JSONDecoder's leniencies: one trailing comma, a raw tab in a string.
        #expect(Self.check("{\"a\": [1, 2,], \"b\": \"x\ty\",}") == "ok")
    }

    @Test func structuralErrors() {
        #expect(Self.check("") == "1:1: invalid JSON: the text is empty")
        #expect(Self.check("{\"a\": 1\n \"b\": 2}") == "1:8: invalid JSON: missing ',' after a")
        #expect(Self.check("[1, 2\n 3]") == "1:6: invalid JSON: missing ',' after [1]")
        #expect(Self.check("{\"a\" 1}") == "1:6: invalid JSON: expected ':' after the key \"a\", found '1'")
        #expect(Self.check("{a: 1}") == "1:2: invalid JSON: expected a key in double quotes, found 'a'")
        #expect(Self.check("{\"a\": 1]") == "1:8: invalid JSON: expected ',' or '}' after a, found ']'")
        #expect(Self.check("{\"a\": [1, 2}") == "1:12: invalid JSON: expected ',' or ']' after a[1], found '}'")
        #expect(Self.check("{\n\"a\": [1,\n2") == "2:6: invalid JSON: this '[' is never closed")
        #expect(Self.check("{\"a\": }") == "1:7: invalid JSON: expected a value, found '}'")
        #expect(Self.check("[1,,2]") == "1:4: invalid JSON: expected a value, found ','")
        #expect(Self.check("{} {}") == "1:4: invalid JSON: unexpected '{' after the end of the JSON value")
        #expect(Self.check("[True]") == "1:2: invalid JSON: expected a value, found 'True'")
        #expect(Self.check("[None]") == "1:2: invalid JSON: expected a value, found 'None'")
        #expect(Self.check("['a']") == "1:2: invalid JSON: expected a value, found '''")
        #expect(Self.check(String(repeating: "[", count: 600))
                == "1:513: invalid JSON: nested more than 512 levels deep")
    }

    @Test func stringErrors() {
        #expect(Self.check("{\"a\": \"b,\n \"c\": 1}") == "1:10: invalid JSON: a string is not closed before the end of its line (missing '\"')")
        #expect(Self.check("[\"abc") == "1:2: invalid JSON: this string is never closed (missing '\"')")
        #expect(Self.check("[\"C:\\data\"]") == "1:5: invalid JSON: unknown escape '\\d' in a string (a backslash is written \\\\)")
        #expect(Self.check("[\"\\u12\"]") == "1:3: invalid JSON: '\\u' must be followed by four hex digits")
        #expect(Self.check("[\"a\u{1}\"]") == "1:4: invalid JSON: control character U+0001 in a string (write it as an escape)")
    }

    @Test func numberErrors() {
        #expect(Self.check("[01]") == "1:2: invalid JSON: malformed number '01'")
        #expect(Self.check("[1.]") == "1:2: invalid JSON: malformed number '1.'")
        #expect(Self.check("[.5]") == "1:2: invalid JSON: expected a value, found '.5'")
        #expect(Self.check("[1e+]") == "1:2: invalid JSON: malformed number '1e+'")
        #expect(Self.check("[- 1]") == "1:2: invalid JSON: malformed number '-'")
        #expect(Self.check("[1.2.3]") == "1:2: invalid JSON: malformed number '1.2.3'")
        #expect(Self.check("{\"w\": [0, 1e999]}") == "1:11: w[1]: 1e999 is too large (not a finite number)")
        #expect(Self.check("{\"w\": -1e-400}") == "1:7: w: -1e-400 is too small (it would be stored as 0)")
        #expect(Self.check("{\"w\": {\"v\": Infinity}}") == "1:13: w.v: Infinity is not a finite number")
        #expect(Self.check("NaN") == "1:1: NaN is not a finite number")
        #expect(Self.check("[0e-999, 5e-324]") == "ok")
    }

    /// JSONDecoder keeps one of two equal keys silently (a learning rate, a seed): refused.
    @Test func duplicateKeysAreRefused() {
        #expect(Self.check("{\"lr\": 0.1,\n \"lr\": 5}") == "2:2: duplicate key \"lr\" (first on line 1)")
        #expect(Self.check("{\"a\": {\"b\": 1, \"b\": 2}}") == "1:16: duplicate key \"b\" in a (first on line 1)")
        #expect(Self.check("[{\"b\": 1}, {\"b\": 2}]") == "ok")
    }

    /// Nesting 100,000 deep is refused at the limit, without recursing further.
    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.check(deep) == "1:513: invalid JSON: nested more than 512 levels deep")
        let objects = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(Self.check(objects).hasSuffix("invalid JSON: nested more than 512 levels deep"))
    }

    /// A number of 200 MB of digits took Double(_:) seconds: refused by its length.
    @Test func overLongNumbersAreRefused() {
        let digits = String(repeating: "1", count: 1_000_000)
        #expect(Self.check("{\"seed\": \(digits)}")
                == "1:10: seed: a number of 1000000 characters (11111111111111111111...) is too long; at most 100 are read")
        #expect(Self.check("[0.\(String(repeating: "5", count: 98))]") == "ok")
    }

    /// A control character in the way is quoted escaped: the message stays printable.
    @Test func controlCharactersAreQuotedEscaped() {
        #expect(Self.check("{\"a\": \u{1B}[31m}") == "1:7: invalid JSON: expected a value, found '\\u{1B}'")
        #expect(Self.check("[1,\u{0}]") == "1:4: invalid JSON: expected a value, found '\\0'")
    }
}
