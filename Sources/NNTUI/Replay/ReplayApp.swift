import NNCore
import NNSession

/// The interactive replay (`nnplay replay FILE`): the recorded session played back in
/// the terminal with the live playground's screen, at the original pace or faster,
/// with pause and stepping from event to event. Training runs on this thread, a
/// slice per frame (`SessionPlayback`), following the recording's clock
/// (`SessionPace`); every checkpoint is verified on the way and a desync stops the
/// replay where it happened, with the message on the bottom row.
///
/// Keys: space pauses and resumes, `n` (or `.`) takes the next event at once and
/// pauses, `+` and `-` double and halve the speed, `q` (or Ctrl-C) quits.
@MainActor
public final class ReplayApp {
    public struct Options: Sendable {
        /// Replay speed: 1 is the original pace.
        public var speed: Double
        /// The value of `NO_COLOR` (set and non-empty: monochrome).
        public var noColor: String?
        /// The most training steps per frame, so that keys stay responsive when a
        /// recording trained faster than this machine can replay.
        public var maxStepsPerFrame: Int

        public init(speed: Double = 1, noColor: String? = nil, maxStepsPerFrame: Int = 20_000) {
            self.speed = speed
            self.noColor = noColor
            self.maxStepsPerFrame = max(1, maxStepsPerFrame)
        }
    }

    /// How a replay ended.
    public enum Outcome: Sendable {
        /// Quit by the student, after `events` events (every one, if it finished).
        case quit(SessionReplay)
        /// Stopped at a desync (`path:line: desync at step k: ...`), then quit.
        case desync(InputError)
    }

    /// The speeds a replay can go at (1 is the original pace).
    public nonisolated static let speeds: ClosedRange<Double> = 0.125...256

    private var playback: SessionPlayback
    private let pace: SessionPace
    private var options: Options

    /// A replay of `session` (read from `path`, which labels errors).
    public init(session: Session, path: String, options: Options = Options()) throws(SessionReplayError) {
        playback = try SessionPlayback(session: session, path: path)
        pace = SessionPace(session: session)
        self.options = options
        self.options.speed = min(ReplayApp.speeds.upperBound, max(ReplayApp.speeds.lowerBound, options.speed))
    }

    /// Takes over the terminal and replays until `q`, Ctrl-C or SIGTERM. Throws if the
    /// terminal cannot be used.
    public func run() throws(TerminalError) -> Outcome {
        TerminalSignals.install()
        let terminal = try CursesScreen.open(useColour: options.noColor.map(\.isEmpty) ?? true)
        defer { terminal.close() }
        let tier = ColourTier.detect(colours: terminal.colourCount, noColor: options.noColor)
        var screen = ReplayScreen(header: playback.session.header, tier: tier)
        var position = 0.0  // seconds of recording time replayed
        var paused = false
        var desync: InputError?
        var lastMarker: String?
        var last = MonotonicClock.now()
        var quit = false
        while !quit {
            if TerminalSignals.takeQuit() != nil { break }
            if TerminalSignals.takeSuspend() {
                terminal.suspend()
                TerminalSignals.suspendNow()
                terminal.resume()
            }
            let now = MonotonicClock.now()
            if !paused && desync == nil { position += Double(now &- last) / 1e9 * options.speed }
            last = now
            do throws(SessionReplayError) {
                // Events that are due, then training toward where the recording was.
                var budget = options.maxStepsPerFrame
                while desync == nil, let next = playback.next, pace.times[playback.nextIndex] <= position,
                      next.event.step - playback.state.sessionStep <= budget {
                    budget -= next.event.step - playback.state.sessionStep
                    try take(&screen, &lastMarker)
                }
                if desync == nil && !playback.isFinished {
                    let target = pace.step(at: position)
                    _ = try playback.train(atMost: min(budget, target - playback.state.sessionStep))
                }
            } catch {
                desync = error.error
            }
            if playback.isFinished { paused = true }

            let (width, height) = terminal.size
            let size = Size(width: width, height: height)
            var frame = screen.frame(playback.state, size: size)
            if case .regular(let rects) = frame.layout {
                let (text, warning) = status(paused: paused, desync: desync, marker: lastMarker)
                ReplayBar.draw(text, warning: warning, in: rects.hintBar, canvas: &frame.canvas)
            }
            terminal.present(frame.canvas.screenCells(palette: screen.palette), width: size.width)

            var event = terminal.readEvent(timeoutMilliseconds: paused || desync != nil ? 250 : 33)
            while let current = event {
                switch current {
                case .character("q"), .character("Q"), .interrupt, .escape:
                    quit = true
                case .character(" "):
                    if !playback.isFinished { paused.toggle() }
                case .character("n"), .character("."), .right:
                    paused = true
                    do throws(SessionReplayError) {
                        if playback.next != nil {
                            try take(&screen, &lastMarker)
                            position = max(position, pace.times[max(0, playback.nextIndex - 1)])
                        }
                    } catch {
                        desync = error.error
                    }
                case .character("+"), .character("="), .up:
                    options.speed = min(ReplayApp.speeds.upperBound, options.speed * 2)
                case .character("-"), .character("_"), .down:
                    options.speed = max(ReplayApp.speeds.lowerBound, options.speed / 2)
                default:
                    break
                }
                event = quit ? nil : terminal.readEvent(timeoutMilliseconds: 0)
            }
        }
        if let desync { return .desync(desync) }
        return .quit(SessionReplay(playback))
    }

    /// Takes the next event, noting the last lesson marker passed. (Recorded resizes do
    /// not matter here: frames are drawn at the real terminal's size.)
    private func take(_ screen: inout ReplayScreen, _ lastMarker: inout String?) throws(SessionReplayError) {
        guard let entry = try playback.takeNext() else { return }
        screen.take(entry.event)
        if case .marker(_, let label) = entry.event { lastMarker = label }
    }

    /// The bar's text, and whether it is a warning.
    private func status(paused: Bool, desync: InputError?, marker: String?) -> (String, Bool) {
        let total = playback.session.entries.count
        if let desync { return ("✖ " + desync.message, true) }
        let speed = options.speed >= 1 ? String(Int(options.speed)) : String(options.speed)
        var text = playback.isFinished ? "■ replay finished" : (paused ? "❚❚ replay paused" : "▶ replay \(speed)x")
        text += " · step \(playback.state.sessionStep) · event \(playback.nextIndex)/\(total)"
        if playback.checkpointsVerified > 0 { text += " · \(playback.checkpointsVerified) verified" }
        if let marker { text += " · \"\(marker)\"" }
        return (text, false)
    }
}
