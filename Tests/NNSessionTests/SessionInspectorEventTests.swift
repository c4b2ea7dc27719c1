import Foundation
import NNCore
import NNSession
import Testing

/// The `inspector` event: read and written as documented in `Session`, an unknown view
/// refused at its line, and no effect on what replays.
@Suite struct SessionInspectorEventTests {
    @Test func readsAndIsRefusedAtItsLine() throws {
        let header = try SessionFixtures.headerLine()
        let text = header + """
            {"kind":"inspector","set":"test","step":0,"view":"evaluation"}
            {"kind":"inspector","set":"train","step":0}

            """
        let session = try SessionReader.decode(text, path: "s.session")
        #expect(session.events == [.inspector(step: 0, view: .evaluation, set: .test),
                                   .inspector(step: 0, view: nil, set: .train)])
        let encoded = try JSONEncoder().encode(SessionEvent.inspector(step: 4, view: .gradientFlow, set: .validation))
        let object = try #require(JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["view"] as? String == "gradientFlow" && object["set"] as? String == "validation")
        do {
            _ = try SessionReader.decode(header + #"{"kind":"inspector","set":"train","step":0,"view":"roc"}"# + "\n",
                                         path: "s.session")
            Issue.record("an unknown view was accepted")
        } catch {
            #expect(error.line == 2 && error.message.contains("found 'roc'"), "\(error)")
        }
    }
}
