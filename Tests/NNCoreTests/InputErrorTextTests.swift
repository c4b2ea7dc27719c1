import Testing
@testable import NNCore

/// An error is always one short printable line, whatever a file slipped into it.
@Suite struct InputErrorTextTests {
    @Test func controlCharactersAreEscaped() {
        let error = InputError("unknown value \"\u{1B}[31mred\u{0}\"", path: "m.json", line: 4)
        #expect(error.description == "m.json:4: unknown value \"\\u{1B}[31mred\\0\"")
    }

    @Test func longMessagesAreCut() {
        let key = String(repeating: "k", count: 5000)
        let text = InputError("duplicate key \"\(key)\"", path: "m.json").description
        #expect(text == "m.json: duplicate key \"" + String(repeating: "k", count: 1000 - 15) + "...")
    }

    @Test func ordinaryMessagesAreUnchanged() {
        #expect(InputError("--lr must be a positive number").description == "--lr must be a positive number")
        #expect(InputError("café: ünïcode stays", path: "a.csv", line: 2).description == "a.csv:2: café: ünïcode stays")
    }
}
