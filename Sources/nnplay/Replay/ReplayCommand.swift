import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay replay FILE --headless`: replays a recorded session with no terminal,
/// verifying every checkpoint, and reports how it ended.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recorded session (headless for now) and verify it bit for bit.",
        discussion: """
        Rebuilds the playground from the session's header and applies every recorded \
        command at its training step, comparing the parameters with every checkpoint. \
        The interactive replay in the terminal is coming; use --headless.

        Examples:
          nnplay replay lesson1.session --headless
          nnplay replay lesson1.session --headless --json

        Exit status: 0 replayed and verified, 1 the file cannot be read or is invalid, \
        2 desync (the replay computed something else than the recording), 64 a bad flag.
        """
    )

    /// Exit status when the replay does not match the recording.
    static let desyncStatus: Int32 = 2

    @Argument(help: ArgumentHelp("The session file (written by --record).", valueName: "file"))
    var file: String

    @Flag(help: "Replay with no terminal, as fast as possible, and print a summary.")
    var headless = false

    @Flag(help: "Print the summary as one JSON object (with --headless).")
    var json = false

    func run() throws {
        guard headless else {
            NNPlay.fail("the interactive replay is not available yet; run 'nnplay replay \(file) --headless' to replay and verify the session without a terminal",
                        status: ExitStatus.usage)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let session = try SessionReader.read(file)
        let replay: SessionReplay
        do {
            replay = try SessionReplayer(session: session, path: file).run()
        } catch .desync(let error) {
            NNPlay.fail(error.description, status: Self.desyncStatus)
        } catch .invalid(let error) {
            throw error
        }
        let report = ReplayReport(replay, seconds: (clock.now - start).seconds)
        print(json ? report.json() : report.text())
    }
}
