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
///
/// The loop runs on any `TerminalBackend`. While the replay moves it draws at most
/// `maxFramesPerSecond` frames a second; paused, finished or stopped at a desync it
/// draws only after input, a resize or a resume, and otherwise sleeps until one comes.
@MainActor
package final class ReplayApp {
    package struct Options: Sendable {
        /// Replay speed: 1 is the original pace.
        package var speed: Double
        /// The value of `NO_COLOR` (set and non-empty: monochrome).
        package var noColor: String?
        /// The most training steps per frame, so that keys stay responsive when a
        /// recording trained faster than this machine can replay.
        package var maxStepsPerFrame: Int
        /// The most frames drawn per second while the replay moves.
        package var maxFramesPerSecond: Int

        package init(speed: Double = 1, noColor: String? = nil, maxStepsPerFrame: Int = 20_000,
                    maxFramesPerSecond: Int = 30) {
            self.speed = speed
            self.noColor = noColor
            self.maxStepsPerFrame = max(1, maxStepsPerFrame)
            self.maxFramesPerSecond = max(1, maxFramesPerSecond)
        }
    }

    /// How a replay ended.
    package enum Outcome: Sendable {
        /// Quit by the student, after `events` events (every one, if it finished).
        case quit(SessionReplay)
        /// Stopped at a desync (`path:line: desync at step k: ...`), then quit.
        case desync(InputError)
    }

    /// The speeds a replay can go at (1 is the original pace).
    package nonisolated static let speeds: ClosedRange<Double> = 0.125...256

    private var playback: SessionPlayback
    private let pace: SessionPace
    private var options: Options

    /// A replay of `session` (read from `path`, which labels errors).
    package init(session: Session, path: String, options: Options = Options()) throws(SessionReplayError) {
        playback = try SessionPlayback(session: session, path: path)
        pace = SessionPace(session: session)
        self.options = options
        self.options.speed = min(ReplayApp.speeds.upperBound, max(ReplayApp.speeds.lowerBound, options.speed))
    }

    /// Takes over the terminal and replays until `q`, Ctrl-C, SIGTERM or SIGHUP. Throws if
    /// the terminal cannot be used.
    package func run() throws(TerminalError) -> Outcome {
        TerminalSignals.install()
        let terminal = try CursesScreen.open(useColour: options.noColor.map(\.isEmpty) ?? true)
        defer { terminal.close() }
        return run(on: terminal)
    }

    /// Replays on `backend` until `q` or a quit from the backend.
    package func run(on backend: some TerminalBackend) -> Outcome {
        let tier = ColourTier.detect(colours: backend.colourCount, noColor: options.noColor)
        var screen = ReplayScreen(header: playback.session.header, tier: tier)
        var schedule = FrameSchedule(framesPerSecond: options.maxFramesPerSecond)
        var position = 0.0  // seconds of recording time replayed
        var paused = false
        var desync: InputError?
        var lastMarker: String?
        var last = backend.now
        var dirty = true
        var drawnSize: Size?
        var quit = false
        while !quit {
            let now = backend.now
            let moving = !paused && desync == nil
            if moving { position += Double(now &- last) / 1e9 * options.speed }
            last = now
            if moving {
                advance(&screen, to: position, lastMarker: &lastMarker, desync: &desync)
                if playback.isFinished { paused = true }
            }

            let size = backend.size
            if dirty || size != drawnSize || (moving && schedule.isDue(now)) {
                var frame = screen.frame(playback.state, size: size)
                if case .regular(let rects) = frame.layout {
                    let (text, warning) = status(paused: paused, desync: desync, marker: lastMarker)
                    ReplayBar.draw(text, warning: warning, in: rects.hintBar, canvas: &frame.canvas)
                }
                backend.present(frame.canvas.screenCells(palette: screen.palette), width: size.width)
                dirty = false
                drawnSize = size
                schedule.frameDrawn(at: now)
            }

            let stillMoving = !paused && desync == nil
            var event = backend.readEvent(until: stillMoving ? schedule.nextDue : nil)
            while let current = event {
                switch current {
                case .quit:
                    quit = true
                case .suspend:
                    backend.suspend()
                    backend.resume()
                case .input(let input):
                    quit = handle(input, screen: &screen, paused: &paused, position: &position,
                                  lastMarker: &lastMarker, desync: &desync)
                }
                dirty = true
                event = quit ? nil : backend.readEvent(until: backend.now)
            }
        }
        if let desync { return .desync(desync) }
        return .quit(SessionReplay(playback))
    }

    /// Takes the events that are due at `position` (seconds of recording time), then
    /// trains toward where the recording was then, within the frame's step budget.
    private func advance(_ screen: inout ReplayScreen, to position: Double, lastMarker: inout String?,
                         desync: inout InputError?) {
        do throws(SessionReplayError) {
            var budget = options.maxStepsPerFrame
            while let next = playback.next, pace.times[playback.nextIndex] <= position,
                  next.event.step - playback.state.sessionStep <= budget {
                budget -= next.event.step - playback.state.sessionStep
                try take(&screen, &lastMarker)
            }
            if !playback.isFinished {
                let target = pace.step(at: position)
                _ = try playback.train(atMost: min(budget, target - playback.state.sessionStep))
            }
        } catch {
            desync = error.error
        }
    }

    /// Acts on a key; true to quit.
    private func handle(_ input: InputEvent, screen: inout ReplayScreen, paused: inout Bool, position: inout Double,
                        lastMarker: inout String?, desync: inout InputError?) -> Bool {
        switch input {
        case .character("q"), .character("Q"), .interrupt, .escape:
            return true
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
        return false
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
