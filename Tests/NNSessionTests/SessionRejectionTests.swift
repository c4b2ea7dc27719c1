import Foundation
import NNCore
import NNSession
import Testing

/// Files that are not sessions, are damaged, come from a newer nnplay or ask for too
/// much are refused with `path:line: message`, before anything is trained.
@Suite struct SessionRejectionTests {
    private let path = "s.session"

    private func refusal(_ text: String, limits: SessionLimits = .standard) -> InputError? {
        do {
            _ = try SessionReader.decode(text, path: path, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    private func header(_ edit: (inout [String: Any]) -> Void) throws -> String {
        var object = try #require(JSONSerialization.jsonObject(with: Data(try SessionFixtures.headerLine().utf8)) as? [String: Any])
        edit(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }

    @Test func anEmptyFileIsRefused() {
        #expect(refusal("")?.description == "s.session:1: empty file: expected a session header (\"format\": \"nnplay-session\")")
    }

    @Test func textThatIsNotJSONIsRefusedAtItsLine() throws {
        let error = refusal(try SessionFixtures.headerLine() + "{\"kind\":\"play\",\"step\":0}\nhello\n")
        #expect(error?.path == path && error?.line == 3)
        #expect(refusal("not json at all\n")?.line == 1)
    }

    @Test func anotherFormatIsRefused() throws {
        #expect(refusal(try header { $0["format"] = "nnplay-model" })?.description
                == "s.session:1: not an nnplay session file (format is \"nnplay-model\", expected \"nnplay-session\")")
        #expect(refusal("{\"hello\":1}\n")?.description
                == "s.session:1: not an nnplay session file (the first line has no \"format\": \"nnplay-session\")")
    }

    @Test func aFutureVersionIsRefusedByName() throws {
        #expect(refusal(try header { $0["version"] = 2 })?.description
                == "s.session:1: recorded by a newer nnplay (session version 2; this nnplay reads 1)")
        #expect(refusal(try header { $0["version"] = 0 })?.description
                == "s.session:1: session version 0 is too old for this nnplay (it reads version 1)")
        #expect(refusal(try header { $0["engine"] = 7 })?.description
                == "s.session:1: recorded with training engine 7; this nnplay has engine 1 and cannot replay it exactly")
    }

    @Test func aTruncatedLastLineIsRefused() throws {
        let text = try SessionFixtures.headerLine() + "{\"kind\":\"play\",\"step\":0}\n{\"kind\":\"pau"
        let error = try #require(refusal(text))
        #expect(error.line == 3)
        #expect(error.message.hasPrefix("the line is incomplete (the file was cut off?): "))
        // A last line without its newline that is wrong, not short, is not blamed on a cut.
        let deep = try SessionFixtures.headerLine() + String(repeating: "[", count: 1000)
        #expect(refusal(deep)?.description == "s.session:2: invalid JSON: nested more than 512 levels deep")
    }

    @Test func aCorruptEventIsRefused() throws {
        let base = try SessionFixtures.headerLine()
        #expect(refusal(base + "{\"kind\":\"checkpoint\",\"step\":5,\"hash\":\"xyz\"}\n")?.description
                == "s.session:2: hash: expected 16 lower-case hexadecimal digits, found \"xyz\"")
        #expect(refusal(base + "{\"kind\":\"play\"}\n")?.description == "s.session:2: missing key \"step\"")
        #expect(refusal(base + "{\"kind\":\"addPoint\",\"step\":1,\"x1\":0}\n")?.line == 2)
    }

    @Test func stepsThatGoBackwardsAreRefused() throws {
        let text = try SessionFixtures.headerLine() + "{\"kind\":\"play\",\"step\":12}\n{\"kind\":\"pause\",\"step\":5}\n"
        #expect(refusal(text)?.description == "s.session:3: step 5 comes after step 12: events must be in step order")
        #expect(refusal(try SessionFixtures.headerLine() + "{\"kind\":\"play\",\"step\":-1}\n")?.description
                == "s.session:2: step: expected 0 or more, found -1")
    }

    @Test func eventsAfterTheEndAreRefused() throws {
        let text = try SessionFixtures.headerLine()
            + "{\"hash\":\"0000000000000000\",\"kind\":\"end\",\"step\":0}\n{\"kind\":\"play\",\"step\":0}\n"
        #expect(refusal(text)?.description == "s.session:3: an event after the end of the session")
    }

    @Test func tooManyStepsAreRefused() throws {
        let text = try SessionFixtures.headerLine() + "{\"kind\":\"pause\",\"step\":1000000001}\n"
        #expect(refusal(text)?.description == "s.session:2: step 1000000001 is beyond the limit of 1000000000 steps per session")
        let small = SessionLimits(maxSteps: 500)
        #expect(refusal(try SessionFixtures.headerLine() + "{\"kind\":\"pause\",\"step\":501}\n", limits: small)?.description
                == "s.session:2: step 501 is beyond the limit of 500 steps per session")
    }

    @Test func tooManyPointsAreRefused() throws {
        var config = TrainingConfig()
        config.dataset.count = 99_999
        let point = "{\"kind\":\"addPoint\",\"label\":1,\"step\":0,\"x1\":0,\"x2\":0}\n"
        let text = try SessionFixtures.headerLine(config) + point + point
        #expect(refusal(text)?.description
                == "s.session:3: too many points: the data and the added points exceed the limit of 100000")
        config.dataset.count = 2_000_000
        #expect(refusal(try SessionFixtures.headerLine(config))?.description
                == "s.session:1: config: the dataset has 2000000 points; a session may have 1 to 100000")
    }

    @Test func aNetworkTooLargeIsRefused() throws {
        var config = TrainingConfig()
        config.hiddenLayers = [4096, 4096]
        #expect(refusal(try SessionFixtures.headerLine(config))?.description
                == "s.session:1: config: --hidden: each layer has 1 to 64 neurons (got 4096)")
    }

    @Test func tooManyEventsAreRefused() throws {
        let text = try SessionFixtures.headerLine() + String(repeating: "{\"kind\":\"frame\",\"step\":0}\n", count: 4)
        #expect(refusal(text, limits: SessionLimits(maxEvents: 3))?.description
                == "s.session:5: 4 events; a session may have at most 3")
        #expect(refusal(text, limits: SessionLimits(maxEvents: 4)) == nil)
    }

    @Test func overlongLinesAreRefused() throws {
        let marker = "{\"kind\":\"marker\",\"label\":\"\(String(repeating: "a", count: 70_000))\",\"step\":0}\n"
        #expect(refusal(try SessionFixtures.headerLine() + marker)?.description
                == "s.session:2: the line is \(marker.utf8.count - 1) bytes; event lines may be at most 65536 bytes")
        #expect(refusal(try SessionFixtures.headerLine(), limits: SessionLimits(maxHeaderBytes: 100))?.message
                .hasSuffix("bytes; at most 100 are allowed") == true)
    }

    @Test func aFileTooLargeIsRefusedBeforeItIsRead() throws {
        let folder = try SessionTemporaryFolder()
        let file = folder.path("big.session")
        let text = try SessionFixtures.headerLine() + "{\"kind\":\"play\",\"step\":0}\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let size = text.utf8.count
        #expect(throws: InputError("the file is larger than \(size - 1) bytes, the most nnplay reads from such a file", path: file)) {
            try SessionReader.read(file, limits: SessionLimits(maxFileBytes: size - 1))
        }
        #expect(try SessionReader.read(file, limits: SessionLimits(maxFileBytes: size)).entries.count == 1)
    }

    @Test func aMissingFileIsRefused() {
        #expect(throws: InputError("no such file", path: "/no/such.session")) {
            try SessionReader.read("/no/such.session")
        }
    }

    /// A headless replay draws frames at the recorded size: 100000 × 100000 once asked
    /// for terabytes. Sizes beyond 1000 cells a side are refused where they are written.
    @Test func hugeTerminalSizesAreRefused() throws {
        let huge = try header { $0["terminal"] = ["width": 100_000, "height": 100_000] }
        #expect(refusal(huge)?.description == "s.session:1: terminal size 100000x100000: each side must be 1 to 1000 cells")
        let resize = try SessionFixtures.headerLine() + "{\"height\":40,\"kind\":\"resize\",\"step\":0,\"width\":100000}\n"
        #expect(refusal(resize)?.description == "s.session:2: terminal size 100000x40: each side must be 1 to 1000 cells")
        let zero = try SessionFixtures.headerLine() + "{\"height\":0,\"kind\":\"resize\",\"step\":0,\"width\":80}\n"
        #expect(refusal(zero)?.description == "s.session:2: terminal size 80x0: each side must be 1 to 1000 cells")
        let fine = try SessionFixtures.headerLine() + "{\"height\":1000,\"kind\":\"resize\",\"step\":0,\"width\":1000}\n"
        #expect(refusal(fine) == nil)
    }
}
