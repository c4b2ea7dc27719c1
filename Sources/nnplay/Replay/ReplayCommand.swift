import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay replay FILE`: plays a recorded session of any lab back in the terminal
/// (`LabReplayApp`), or with `--headless` replays it with no terminal, verifying every
/// checkpoint, optionally writing its frames and an asciicast file
/// (`LabHeadlessReplay`), and reports how it ended. The file's header picks the lab's
/// playback (`LabPlayback`).
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recorded session in the terminal, or headless, and verify it bit for bit.",
        discussion: """
        Every lab records with --record FILE and replays the same way; the file's \
        header names its format: \
        the playground ('nnplay --record FILE', "\(SessionHeader.format)"); \
        the digits lab ('nnplay digits --record FILE', the same format, its header marks \
        the lab); \
        the landscape lab ('nnplay landscape --record FILE', "\(LandscapeLabSession.format)"); \
        a race ('nnplay play --variant A --variant B --record FILE', \
        "\(RaceSession.Header.format)", a race on a CSV file holds its points); \
        the curve lab ('nnplay curves --record FILE', "\(CurveSession.format)"). \
        Each is newline-delimited JSON: a header (the starting settings, the terminal \
        size), then one line per event keyed to the session step at which it took \
        effect and stamped with its time: every command, the terminal's resizes, lesson \
        markers, and checkpoints or an end line holding a hash of what training \
        computed. The recording is written as the session goes: a crash or a kill \
        leaves what was recorded in '.FILE.PID.tmp' beside FILE, which replays up to \
        its last line. The playground's format is described in \
        Sources/NNSession/Session/Session.swift; event kinds this nnplay does not know \
        are skipped.

        Without --headless the session plays in the terminal with the lab's own \
        screen at the terminal's size, at the original pace (--speed 4 for four \
        times faster), the replay's state on the bottom row. Keys: space pauses and \
        resumes, n takes the next event at once, + and - double and halve the speed, \
        q quits. A desync stops the replay where it happened, with the message on the \
        bottom row, and exits with \(ExitStatus.desync) when you quit.

        --headless replays with no terminal and no threads, as fast as the machine \
        goes: the lab is rebuilt from the header and every command applied at its \
        step through the same code the live engine runs. Every checkpoint and the \
        end line are compared; the first mismatch stops the replay with \
        'FILE:LINE: desync at step K: ...'. A recording that was cut off (no end \
        line) replays up to its last event. With --frames the lab's screen is drawn \
        after every event and at the end (rows right-trimmed, each frame after a line \
        '=== step K, line L: what happened ==='), at the recorded terminal size and \
        its resizes; with --cast an asciicast v2 file is written that 'asciinema play' \
        shows at the recording's pace. Figures that depend on the machine (epochs/s, \
        frames/s) show as 0 in drawn frames. Both files are written beside their \
        paths and renamed into place only once the replay verified: a desync or a \
        refused file leaves no partial file and keeps what was there.

        Refused with 'FILE:LINE: message' before anything is trained: text that is \
        not JSON, another kind of file, a newer or too old format version (named in \
        the message), another training engine version, a corrupt or cut-off line, \
        steps out of order, and files beyond these limits: \
        \(Self.limitsText)

        --json prints one JSON object. For the playground and the digits lab: \
        steps, checkpoints_verified, complete, commands, events, final_hash, train_loss, test_loss, train_accuracy, \
        test_accuracy (null when they do not apply), diverged, diverged_at_step, \
        seconds, and goals: for a lesson session ('nnplay lesson ID --record FILE'), \
        each step's goal with met, met_at_step and met_at_epoch. For the other labs: \
        format, steps, commands, complete, final_hash and the lab's own figures (the \
        landscape's methods, each race variant, the curve lab's fits and errors).

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
        guard let tier = ColourTier(rawValue: colours) else {
            throw InputError("--colours must be direct, 256, 16, 8 or mono (got '\(colours)')")
        }
        guard speed.isFinite && ReplayOptions.speeds.contains(speed) else {
            throw InputError("--speed must be 0.125 to 256 (got \(speed))")
        }
        if !headless && (frames != nil || cast != nil || json) {
            throw InputError("--frames, --cast and --json need --headless")
        }
        let start = MonotonicClock.now()
        let plain: (InputError) -> Never = { NNPlay.fail($0.description, status: ExitStatus.desync) }
        if CurvesReplay.handles(file) {
            let session = try CurveSession.read(file)
            guard let end = try play(CurvesPlayback(session: session, path: file), tier: tier, desync: plain) else { return }
            report(CurvesReplayReport(session: session, lab: end.lab, seconds: MonotonicClock.seconds(since: start)))
        } else if RaceSessionReader.isRaceSession(file) {
            let session = try RaceSessionReader.read(file)
            guard let end = try play(try RacePlayback(session: session, path: file), tier: tier, desync: plain) else { return }
            report(RaceReplayReport(race: end.race, complete: end.isComplete, commands: session.commands.count,
                                    seconds: MonotonicClock.seconds(since: start)))
        } else if LandscapeReplay.handles(file) {
            let session = try LandscapeLabSessionReader.read(file)
            guard let end = try play(LandscapePlayback(session: session, path: file), tier: tier, desync: plain) else { return }
            report(LandscapeReplayReport(session: session, state: end.state, complete: end.isComplete))
        } else {
            let session = try SessionReader.read(file)
            if let note = session.header.otherPlatformNote { StandardError.line("\(file): \(note)") }
            let desync: (InputError) -> Never = {
                NNPlay.fail("\($0.description) (\(session.header.likelyDesyncCause))", status: ExitStatus.desync)
            }
            let created = LabHeadlessReplay.unixTime(session.header.created)
            let replay: SessionReplay
            if session.header.isDigitsLab {
                guard let end = try play(try DigitsPlayback(session: session, path: file), tier: tier, created: created,
                                         desync: desync) else { return }
                replay = end.replay
            } else {
                guard let end = try play(try PlaygroundPlayback(session: session, path: file, tier: tier), tier: tier,
                                         created: created, desync: desync) else { return }
                replay = end.replay
            }
            report(ReplayReport(replay, seconds: MonotonicClock.seconds(since: start)))
        }
    }

    /// Prints a headless replay's report, as JSON with --json.
    private func report(_ report: some ReplayReporting) {
        print(json ? JSONLine.encode(report) : report.text())
    }

    /// Replays `playback` in the terminal (nil when the student quit), or with --headless
    /// to its end, writing --frames and --cast (the playback at the end). A desync goes
    /// to `desync`, which exits.
    private func play<Playback: LabPlayback>(_ make: @autoclosure () throws(SessionReplayError) -> Playback,
                                             tier: ColourTier, created: Int? = nil,
                                             desync: (InputError) -> Never) throws -> Playback? {
        let playback: Playback
        do {
            playback = try make()
        } catch {
            throw error.error
        }
        guard headless else {
            try interactive(playback, desync: desync)
            return nil
        }
        // Written beside their paths; `run` renames them into place only after a verified replay.
        let writer = LabHeadlessReplay(frames: try frames.map(TextFileAppender.init), cast: try cast.map(TextFileAppender.init),
                                       tier: tier, title: LabHeadlessReplay.title(for: file), timestamp: created)
        do {
            return try writer.run(playback)
        } catch .desync(let error) {
            desync(error)
        } catch .invalid(let error) {
            throw error
        }
    }

    /// The replay in the terminal, with the lab's own screen.
    private func interactive<Playback: LabPlayback>(_ playback: Playback, desync: (InputError) -> Never) throws {
        guard Platform.isTerminal(Platform.standardOutput), Platform.isTerminal(Platform.standardInput) else {
            throw PlayCommand.noTerminal("stdout and stdin must be a terminal; 'nnplay replay \(file) --headless' replays without one")
        }
        let options = ReplayOptions(speed: speed, noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        let outcome: Result<InputError?, TerminalError> = MainActor.assumeIsolated {
            let app = LabReplayApp(playback: playback, options: options)
            do throws(TerminalError) {
                switch try app.run() {
                case .quit: return .success(nil)
                case .desync(let error): return .success(error)
                }
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(nil):
            return
        case .success(let error?):
            desync(error)
        case .failure(let error):
            throw PlayCommand.noTerminal(error.message)
        }
    }
}

/// What a headless replay of any lab prints: one JSON object, or a few lines.
protocol ReplayReporting: Encodable {
    func text() -> String
}

extension ReplayReport: ReplayReporting {}
extension LandscapeReplayReport: ReplayReporting {}
extension CurvesReplayReport: ReplayReporting {}
extension RaceReplayReport: ReplayReporting {}
