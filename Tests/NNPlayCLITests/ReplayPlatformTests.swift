import Foundation
import NNSession
import Testing

/// A session's header names the platform it was recorded on; a replay elsewhere says
/// so in one line, still verifies (the arithmetic is the same everywhere), and a
/// desync there names the platform as the likely cause.
@Suite struct ReplayPlatformTests {
    static let session = CLIRunner.packageRoot.appendingPathComponent("Tests/NNSessionTests/Sessions/xor-small.session")
    static let elsewhere = SessionHeader.thisPlatform == "macos-arm64" ? "linux-x86_64" : "macos-arm64"

    /// The committed session with its header's platform replaced (and `edit` applied).
    static func copy(in folder: TemporaryFolder, platform: String, edit: (String) -> String = { $0 }) throws -> String {
        let text = try String(contentsOf: session, encoding: .utf8)
        let moved = text.replacingOccurrences(of: #""platform":"linux-x86_64""#, with: #""platform":"\#(platform)""#)
        #expect(moved.contains(#""platform":"\#(platform)""#))
        return try folder.write("copy.session", edit(moved))
    }

    @Test func aSessionFromElsewhereSaysSoInOneLineAndVerifies() throws {
        let folder = try TemporaryFolder()
        let path = try Self.copy(in: folder, platform: Self.elsewhere)
        let result = try CLIRunner.run(["replay", "--headless", path])
        let original = try CLIRunner.run(["replay", "--headless", Self.session.path])
        #expect(result.status == 0)
        #expect(result.stderrLines == ["nnplay: \(path): recorded on \(Self.elsewhere), replayed on "
            + "\(SessionHeader.thisPlatform) (nnplay computes the same bits on both)"])
        #expect(result.stdout.replacing(/in [0-9.]+ s/, with: "") == original.stdout.replacing(/in [0-9.]+ s/, with: ""))
    }

    @Test func aSessionFromHereSaysNothingAboutThePlatform() throws {
        let folder = try TemporaryFolder()
        let path = try Self.copy(in: folder, platform: SessionHeader.thisPlatform)
        let result = try CLIRunner.run(["replay", "--headless", path])
        #expect(result.status == 0 && result.stderr.isEmpty)
    }

    @Test func aDesyncNamesTheLikelyCause() throws {
        let folder = try TemporaryFolder()
        let edited: (String) -> String = {
            $0.replacing(/"hash":"[0-9a-f]+","kind":"checkpoint","step":250/,
                         with: #""hash":"0123456789abcdef","kind":"checkpoint","step":250"#)
        }
        let elsewhere = try CLIRunner.run(["replay", "--headless",
                                           try Self.copy(in: folder, platform: Self.elsewhere, edit: edited)])
        #expect(elsewhere.status == 2)
        #expect(elsewhere.stderrLines.last?.contains("desync at step 250") == true)
        #expect(elsewhere.stderrLines.last?.hasSuffix("(likely cause: the session was recorded on \(Self.elsewhere) "
            + "and this is \(SessionHeader.thisPlatform); the nnplay that recorded it (0.1.0) may have used that "
            + "platform's maths library)") == true)
        let here = try CLIRunner.run(["replay", "--headless",
                                      try Self.copy(in: folder, platform: SessionHeader.thisPlatform, edit: edited)])
        #expect(here.status == 2)
        #expect(here.stderrLines.last?.hasSuffix("(likely cause: the file was edited, or recorded by a different "
            + "nnplay build (0.1.0))") == true)
    }
}
