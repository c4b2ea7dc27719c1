import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay replay FILE --headless`: replays a recorded session with no terminal,
/// verifying every checkpoint, and reports how it ended.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recorded session and verify it bit for bit.",
        discussion: """
        A session file is newline-delimited JSON, shaped like an asciicast: a header \
        line (format "\(SessionHeader.format)", format version, nnplay and engine \
        versions, seed, the complete starting configuration, terminal size, platform), \
        then one event per line, keyed to the training step at which it took effect: \
        every command (settings, reset, regenerate, added points, play, pause, step, \
        speed), terminal resizes, lesson markers, and checkpoints holding a hash of \
        every parameter (every \(SessionRecorder.defaultCheckpointInterval) steps and at the end). Event kinds this nnplay \
        does not know are skipped. The format is described in \
        Sources/NNSession/Session/Session.swift.

        --headless rebuilds the playground from the header and applies every command \
        at its step through the same code the live engine runs, as fast as the \
        machine goes, with no terminal and no threads. It compares the parameters \
        with every checkpoint and stops at the first mismatch with \
        'FILE:LINE: desync at step K: ...'. A recording that was cut off (no end \
        line) replays up to its last event.

        Refused with 'FILE:LINE: message' before anything is trained: text that is \
        not JSON, another kind of file, a newer or too old format version (named in \
        the message), another training engine version, a corrupt or cut-off line, \
        steps out of order, and files beyond these limits: \
        \(Self.limitsText)

        --json prints one JSON object: steps, checkpoints_verified, complete, \
        commands, events, final_hash, train_loss, test_loss, train_accuracy, \
        test_accuracy (null when they do not apply), diverged, diverged_at_step, \
        seconds.

        Examples:
          nnplay replay lesson1.session --headless
          nnplay replay lesson1.session --headless --json

        Exit status: 0 replayed and verified, 1 the file cannot be read or is refused, \
        \(ExitStatus.desync) desync (the replay computed something else than the \
        recording), 64 a bad flag (and, for now, a replay without --headless: the \
        interactive replay needs the live playground).
        """
    )

    /// The standard limits, as a sentence for the help.
    static let limitsText: String = {
        let limits = SessionLimits.standard
        return "\(limits.maxFileBytes >> 20) MiB per file, \(limits.maxEvents) events, event lines of "
            + "\(limits.maxLineBytes >> 10) KiB (the header \(limits.maxHeaderBytes >> 20) MiB), "
            + "\(limits.maxSteps) steps, \(limits.maxPoints) points (data and added points), and "
            + "networks of at most \(TrainingConfig.Limits.maxHiddenLayers) hidden layers of "
            + "\(TrainingConfig.Limits.maxNeurons) neurons."
    }()

    @Argument(help: ArgumentHelp("The session file.", valueName: "file"))
    var file: String

    @Flag(help: "Replay with no terminal, as fast as possible, verify every checkpoint and print a summary.")
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
            NNPlay.fail(error.description, status: ExitStatus.desync)
        } catch .invalid(let error) {
            throw error
        }
        let report = ReplayReport(replay, seconds: (clock.now - start).seconds)
        print(json ? report.json() : report.text())
    }
}
