import NNCore
import NNSession

/// The interactive replay (`nnplay replay FILE`): a recorded session of any lab
/// (`LabPlayback`) played back in the terminal with the lab's own screen, at the original pace or faster,
/// with pause and stepping from event to event. Training runs on this thread, a
/// slice per frame (`LabPlayback.train`), following the recording's clock
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
package final class LabReplayApp<Playback: LabPlayback> {
    package typealias Options = ReplayOptions

    /// How a replay ended.
    package enum Outcome {
        /// Quit by the student (after every event, if it finished), with the playback then.
        case quit(Playback)
        /// Stopped at a desync (`path:line: desync at step k: ...`), then quit.
        case desync(InputError)
    }

    package private(set) var playback: Playback
    private let pace: SessionPace
    private var options: Options
    /// The training steps a frame may take now: halved when a frame's training took
    /// longer than `slowFrame`, doubled (up to `maxStepsPerFrame`) when it took less
    /// than a quarter of that, so keys stay responsive for labs whose steps cost more
    /// (a race of four networks, the digits) however fast the replay goes.
    private var stepsPerFrame: Int
    /// The most time a frame's training should take, in nanoseconds.
    private static var slowFrame: UInt64 { 40_000_000 }

    /// A replay of `playback` from its first event.
    package init(playback: Playback, options: Options = Options()) {
        self.playback = playback
        pace = playback.pace
        self.options = options
        stepsPerFrame = options.maxStepsPerFrame
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
        let palette = Palette(tier: tier)
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
                let start = backend.now
                advance(to: position, lastMarker: &lastMarker, desync: &desync)
                adaptStepsPerFrame(spent: backend.now &- start)
                if playback.isFinished { paused = true }
            }

            let size = backend.size
            if dirty || size != drawnSize || (moving && schedule.isDue(now)) {
                var frame = playback.frame(size: size, palette: palette)
                let (text, warning) = status(paused: paused, desync: desync, marker: lastMarker)
                ReplayBar.draw(text, warning: warning, in: frame.bar, canvas: &frame.canvas)
                backend.present(frame.canvas.screenCells(palette: palette), width: size.width)
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
                    quit = handle(input, paused: &paused, position: &position,
                                  lastMarker: &lastMarker, desync: &desync)
                }
                dirty = true
                event = quit ? nil : backend.readEvent(until: backend.now)
            }
        }
        if let desync { return .desync(desync) }
        return .quit(playback)
    }

    /// Takes the events that are due at `position` (seconds of recording time), then
    /// trains toward where the recording was then, within the frame's step budget.
    private func advance(to position: Double, lastMarker: inout String?, desync: inout InputError?) {
        do throws(SessionReplayError) {
            var budget = stepsPerFrame
            while let next = playback.next, pace.times[playback.nextIndex] <= position,
                  next.step - playback.sessionStep <= budget {
                budget -= next.step - playback.sessionStep
                try take(&lastMarker)
            }
            if !playback.isFinished {
                let target = pace.step(at: position)
                try playback.train(atMost: min(budget, target - playback.sessionStep))
            }
        } catch {
            desync = error.error
        }
    }

    /// Follows how long the last frame's training took (`stepsPerFrame`).
    private func adaptStepsPerFrame(spent: UInt64) {
        if spent > Self.slowFrame {
            stepsPerFrame = max(1, stepsPerFrame / 2)
        } else if spent < Self.slowFrame / 4 {
            stepsPerFrame = min(options.maxStepsPerFrame, stepsPerFrame * 2)
        }
    }

    /// Acts on a key; true to quit.
    private func handle(_ input: InputEvent, paused: inout Bool, position: inout Double,
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
                    try take(&lastMarker)
                    position = max(position, pace.times[max(0, playback.nextIndex - 1)])
                }
            } catch {
                desync = error.error
            }
        case .character("+"), .character("="), .up:
            options.speed = min(ReplayOptions.speeds.upperBound, options.speed * 2)
        case .character("-"), .character("_"), .down:
            options.speed = max(ReplayOptions.speeds.lowerBound, options.speed / 2)
        default:
            break
        }
        return false
    }

    /// Takes the next event, noting the last lesson marker passed. (Recorded resizes do
    /// not matter here: frames are drawn at the real terminal's size.)
    private func take(_ lastMarker: inout String?) throws(SessionReplayError) {
        guard let event = playback.next else { return }
        try playback.takeNext()
        if case .marker(let label) = event.kind { lastMarker = label }
    }

    /// The bar's text, and whether it is a warning.
    private func status(paused: Bool, desync: InputError?, marker: String?) -> (String, Bool) {
        let total = playback.events.count
        if let desync { return ("✖ " + desync.message, true) }
        let speed = options.speed >= 1 ? String(Int(options.speed)) : String(options.speed)
        var text = playback.isFinished ? "■ replay finished" : (paused ? "❚❚ replay paused" : "▶ replay \(speed)x")
        text += " · step \(playback.sessionStep) · event \(playback.nextIndex)/\(total)"
        if playback.checkpointsVerified > 0 { text += " · \(playback.checkpointsVerified) verified" }
        if let marker { text += " · \"\(marker)\"" }
        return (text, false)
    }
}

/// The playground's interactive replay.
package typealias ReplayApp = LabReplayApp<PlaygroundPlayback>
