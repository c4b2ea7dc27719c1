import Testing
@testable import NNCore

@Suite struct ArrayWrappingTests {
    @Test func indicesWrapRoundBothEnds() {
        let letters = ["a", "b", "c"]
        #expect(letters[wrapping: -1] == "c" && letters[wrapping: 3] == "a" && letters[wrapping: 7] == "b")
        #expect(letters[wrapping: -4] == "c")
    }

    @Test func stepsFromAnElement() {
        let letters = ["a", "b", "c"]
        #expect(letters.element(after: "c", wrapping: 1) == "a")
        #expect(letters.element(after: "a", wrapping: -1) == "c")
        #expect(letters.element(after: "b", wrapping: 0) == "b")
        #expect(letters.element(after: "z", wrapping: 1) == "b", "an absent element counts from the first")
    }
}
