import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay replay FILE`: plays a recorded session back in the terminal, or with
/// `--headless` replays it with no terminal, verifying every checkpoint, optionally
/// writing its frames and an asciicast file, and reports how it ended.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recorded session in the terminal, or headless, and verify it bit for bit.",
        discussion: """
        Sessions are recorded with 'nnplay --record FILE' (or 'nnplay play --record \
        FILE'). A session file is newline-delimited JSON, shaped like an asciicast: a \
        header line (format "\(SessionHeader.format)", format version, nnplay and \
        engine versions, seed, the complete starting configuration, terminal size, \
        platform), then one event per line, keyed to the training step at which it \
        took effect and stamped with its time: every command (settings, reset, \
        regenerate, added points, play, pause, step, speed), terminal resizes, lesson \
        markers, and checkpoints holding a hash of every parameter (every \
        \(SessionRecorder.defaultCheckpointInterval) steps and at the end). Event \
        kinds this nnplay does not know are skipped. The format is described in \
        Sources/NNSession/Session/Session.swift.

        Without --headless the session plays in the terminal with the playground's \
        own screen, at the original pace (--speed 4 for four times faster). Keys: \
        space pauses and resumes, n takes the next event at once, + and - double and \
        halve the speed, q quits.

        --headless replays with no terminal and no threads, as fast as the machine \
        goes: the playground is rebuilt from the header and every command applied at \
        its step through the same code the live engine runs. Every checkpoint is \
        compared; the first mismatch stops the replay with \
        'FILE:LINE: desync at step K: ...'. A recording that was cut off (no end \
        line) replays up to its last event. With --frames the screen is drawn after \
        every event and at the end (rows right-trimmed, each frame after a line \
        '=== step K, line L: what happened ==='), at the recorded terminal size; with \
        --cast an asciicast v2 file is written that 'asciinema play' shows at the \
        recording's pace. Figures that depend on the machine (epochs/s, frames/s) \
        show as 0 in drawn frames. Both files are written beside their paths and         renamed into place only once the replay verified: a desync or a refused file         leaves no partial file and keeps what was there.

        Refused with 'FILE:LINE: message' before anything is trained: text that is \
        not JSON, another kind of file, a newer or too old format version (named in \
        the message), another training engine version, a corrupt or cut-off line, \
        steps out of order, and files beyond these limits: \
        \(Self.limitsText)

        --json prints one JSON object: steps, checkpoints_verified, complete, \
        commands, events, final_hash, train_loss, test_loss, train_accuracy, \
        test_accuracy (null when they do not apply), diverged, diverged_at_step, \
        seconds, and goals: for a lesson session ('nnplay lesson ID --record FILE'), \
        each step's goal with met, met_at_step and met_at_epoch.

        A race ('nnplay play --variant ... --record FILE', format \
        "\(RaceSession.Header.format)") replays with --headless: every variant's final \
        parameters are checked against the recording; --frames writes the race screen \
        after every command; --json reports each variant.

        Examples:
          nnplay replay lesson1.session
          nnplay replay lesson1.session --speed 8
          nnplay replay lesson1.session --headless --json
          nnplay replay lesson1.session --headless --frames frames.txt --cast lesson1.cast

        A curve-lab session ('nnplay curves --record FILE', format \
        "\(CurveSession.format)") is always replayed headless: the lab is rebuilt from \
        its settings, every command applied at its step, and the end state's hash \
        compared with the recording's (--json: steps, commands, complete, final_hash, \
        the fits' errors).

        Exit status: 0 replayed and verified (or quit), 1 the file cannot be read or \
        is refused (or an output cannot be written), \(ExitStatus.desync) desync (the \
        replay computed something else than the recording), 64 a bad flag, \
        \(PlayCommand.noTerminalStatus) no terminal for the interactive replay.
        """
    )

    /// The standard limits, as a sentence for the help.
    static let limitsText: String = {
        let limits = SessionLimits.standard
        return "\(limits.maxFileBytes >> 20) MiB per file, \(limits.maxEvents) events, event lines of "
            + "\(limits.maxLineBytes >> 10) KiB (the header \(limits.maxHeaderBytes >> 20) MiB), "
            + "\(limits.maxSteps) steps, \(limits.maxPoints) points (data and added points), terminal "
            + "sizes of \(limits.maxTerminalSide) cells a side, and networks of at most \(TrainingConfig.Limits.maxHiddenLayers) hidden layers of "
            + "\(TrainingConfig.Limits.maxNeurons) neurons."
    }()

    @Argument(help: ArgumentHelp("The session file.", valueName: "file"))
    var file: String

    @Flag(help: "Replay with no terminal, as fast as possible, verify every checkpoint and print a summary.")
    var headless = false

    @Flag(help: "Print the summary as one JSON object (with --headless).")
    var json = false

    @Option(help: ArgumentHelp("Write the screen's text after every event and at the end (with --headless).",
                               valueName: "out.txt"))
    var frames: String?

    @Option(help: ArgumentHelp("Write an asciicast v2 file of the replay (with --headless).", valueName: "out.cast"))
    var cast: String?

    @Option(help: ArgumentHelp("The colour tier --frames and --cast draw for: direct, 256, 16, 8 or mono (16 and fewer shade the map with glyphs).", valueName: "tier"))
    var colours: String = "256"

    @Option(help: ArgumentHelp("Replay speed in the terminal: 1 is the original pace, 0.125 to 256.", valueName: "x"))
    var speed: Double = 1

    func run() throws {
        // A curve-lab session (`nnplay curves --record FILE`) has its own format and replay.
        if CurvesReplay.handles(file) { return try CurvesReplay(path: file, json: json).run() }
        guard let tier = ColourTier(rawValue: colours) else {
            throw InputError("--colours must be direct, 256, 16, 8 or mono (got '\(colours)')")
        }
        guard speed.isFinite && ReplayApp.speeds.contains(speed) else {
            throw InputError("--speed must be 0.125 to 256 (got \(speed))")
        }
        if RaceSessionReader.isRaceSession(file) {
            guard headless, cast == nil else {
                throw InputError("a race session replays with --headless (and --frames, --json), not in the terminal or as a cast yet")
            }
            return try RaceReplayRun(file: file, json: json, frames: frames, tier: tier).run()
        }
        if LandscapeReplay.handles(file) {
            return try LandscapeReplay.run(file, headless: headless, json: json, frames: frames, cast: cast, tier: tier)
        }
        if !headless {
            if frames != nil || cast != nil || json {
                throw InputError("--frames, --cast and --json need --headless")
            }
            return try interactive()
        }
        let start = MonotonicClock.now()
        let session = try SessionReader.read(file)
        notePlatform(of: session)
        if session.header.isDigitsLab {
            return try replayDigits(session, tier: tier, start: start)
        }
        // Written beside their paths; `run` renames them into place only after a verified replay.
        let headless = HeadlessReplay(session: session, path: file, frames: try frames.map(TextFileAppender.init),
                                      cast: try cast.map(TextFileAppender.init), tier: tier)
        let replay: SessionReplay
        do {
            replay = try headless.run()
        } catch .desync(let error) {
            failWithDesync(error, in: session)
        } catch .invalid(let error) {
            throw error
        }
        let report = ReplayReport(replay, seconds: MonotonicClock.seconds(since: start))
        print(json ? report.json() : report.text())
    }

    /// A digits-lab session (`format` `nnplay-digits-session`) replayed headless: verified,
    /// with the lab's screen in `--frames`.
    private func replayDigits(_ session: Session, tier: ColourTier, start: UInt64) throws {
        if cast != nil { throw InputError("--cast is not available for a digits-lab session yet (--frames is)") }
        let headless = DigitsHeadlessReplay(session: session, path: file, frames: try frames.map(TextFileAppender.init),
                                            tier: tier)
        let replay: SessionReplay
        do {
            replay = try headless.run()
        } catch .desync(let error) {
            failWithDesync(error, in: session)
        } catch .invalid(let error) {
            throw error
        }
        let report = ReplayReport(replay, seconds: MonotonicClock.seconds(since: start))
        print(json ? report.json() : report.text())
    }

    /// The replay in the terminal.
    private func interactive() throws {
        let session = try SessionReader.read(file)
        notePlatform(of: session)
        if session.header.isDigitsLab {
            throw InputError("a digits-lab session replays headless only so far: 'nnplay replay \(file) --headless [--frames F]'")
        }
        guard Platform.isTerminal(Platform.standardOutput), Platform.isTerminal(Platform.standardInput) else {
            throw PlayCommand.noTerminal("stdout and stdin must be a terminal; 'nnplay replay \(file) --headless' replays without one")
        }
        let options = ReplayApp.Options(speed: speed, noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        let path = file
        let outcome: Result<ReplayApp.Outcome, ReplayFailure> = MainActor.assumeIsolated {
            do {
                let app = try ReplayApp(session: session, path: path, options: options)
                return .success(try app.run())
            } catch let error as SessionReplayError {
                return .failure(.replay(error))
            } catch let error as TerminalError {
                return .failure(.terminal(error))
            } catch {
                return .failure(.terminal(TerminalError("\(error)")))
            }
        }
        switch outcome {
        case .success(.quit):
            return
        case .success(.desync(let error)), .failure(.replay(.desync(let error))):
            failWithDesync(error, in: session)
        case .failure(.replay(.invalid(let error))):
            throw error
        case .failure(.terminal(let error)):
            throw PlayCommand.noTerminal(error.message)
        }
    }

    /// One line on stderr when the session was recorded on another platform.
    private func notePlatform(of session: Session) {
        if let note = session.header.otherPlatformNote { StandardError.line("\(file): \(note)") }
    }

    /// Exits with the desync status: the desync, then its likely cause.
    private func failWithDesync(_ error: InputError, in session: Session) -> Never {
        NNPlay.fail("\(error.description) (\(session.header.likelyDesyncCause))", status: ExitStatus.desync)
    }

    /// Why the interactive replay could not run.
    private enum ReplayFailure: Error {
        case replay(SessionReplayError)
        case terminal(TerminalError)
    }
}
