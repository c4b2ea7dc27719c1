import NNCore
import NNSession
import Testing

/// A lesson's `lab:` names the screen it runs in; the shipped digits lesson checks out.
@Suite struct LessonLabTests {
    static func lesson(_ setup: String) -> String {
        """
        ---
        id: l
        title: L
        ---

        ```setup
        \(setup)
        ```

        ## One

        Text.
        """
    }

    @Test func labIsReadFromTheIntroductionAndDefaultsToThePlayground() throws {
        #expect(try LessonParser.parse(Self.lesson("lab: digits\ndataset: digits"), path: "l.md").lab == .digits)
        #expect(try LessonParser.parse(Self.lesson("lr: 0.1"), path: "l.md").lab == .playground)
        #expect(throws: InputError("lab must be one of playground, digits, race (got 'moon')", path: "l.md", line: 7)) {
            try LessonParser.parse(Self.lesson("lab: moon"), path: "l.md")
        }
    }
}
