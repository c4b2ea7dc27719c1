import NNCore
import NNSession

/// The live playground's run loop, on the main actor (the one thread that owns the
/// terminal). Each turn:
///
/// 1. acts on Ctrl-C / SIGTERM (quit) and Ctrl-Z (give the terminal back, stop, take it
///    again after `fg`), flagged by `TerminalSignals`;
/// 2. reads the engine's latest snapshot; once the engine has applied every command
///    sent, the state adopts what it reports (`AppState.adopt`);
/// 3. draws a frame if anything changed (a new snapshot, input, a resize, a note that
///    expired), at most `maxFramesPerSecond` times a second while training, but at once
///    after input; the curses screen writes only the cells that changed;
/// 4. waits for input: until the next frame is due while training, a few milliseconds
///    while the engine has commands to apply, and `idleTimeout` when paused, so a
///    paused, untouched playground neither draws nor writes and idles at ~0% CPU.
///
/// The terminal is restored whatever happens (`defer`), also after an error.
@MainActor
public final class PlaygroundApp {
    public struct Options: Sendable {
        /// The most frames drawn per second while training.
        public var maxFramesPerSecond: Int
        /// How long to wait for input when there is nothing to draw (milliseconds).
        public var idleTimeout: Int32
        /// How long a note stays on the bottom row (nanoseconds).
        public var noteLifetime: UInt64
        /// The value of `NO_COLOR` (set and non-empty: monochrome).
        public var noColor: String?

        public init(maxFramesPerSecond: Int = 40, idleTimeout: Int32 = 250, noteLifetime: UInt64 = 4_000_000_000,
                    noColor: String? = nil) {
            self.maxFramesPerSecond = max(1, maxFramesPerSecond)
            self.idleTimeout = idleTimeout
            self.noteLifetime = noteLifetime
            self.noColor = noColor
        }
    }

    private let engine: Engine
    private let options: Options
    /// Records the session as it goes (`nnplay --record`); dropped after a write fails.
    private var recorder: SessionRecorder?
    /// The terminal size the recording last noted.
    private var recordedSize: Size?
    public private(set) var state: AppState
    public private(set) var stats = PlaygroundStats()

    private var fields = NetworkFields()
    private var clock = FrameClock()
    private var context = AppContext()
    private var sent = 0
    private var adoptedVersion = -1
    private var drawnVersion = -1
    private var drawnSize: Size?
    private var lastPresent: UInt64 = 0
    /// When the last frame began: frames are due a fixed interval after the previous
    /// one began, so the time spent drawing does not lower the frame rate.
    private var lastFrameStart: UInt64 = 0
    private var lastPresentWhilePlaying = false
    private var inputSince: UInt64?
    private var note: (text: String, since: UInt64)?
    private var lastSeen: (time: UInt64, sessionStep: Int, playing: Bool)?

    private let lessonStore: LessonProgressStore?
    private var markedLessonStep: Int?
    private var savedProgress: LessonProgress?

    /// A loop that drives `engine` (already started) from `state`, recording the
    /// session with `recorder` if given (the caller finishes it after the engine
    /// stops); with a lesson open (`state.lesson`), its progress is saved to
    /// `lessonStore` whenever it changes.
    public init(engine: Engine, state: AppState, options: Options = Options(), recorder: SessionRecorder? = nil,
                lessonStore: LessonProgressStore? = nil) {
        self.engine = engine
        self.state = state
        self.options = options
        self.recorder = recorder
        recordedSize = recorder?.header.terminal.map { Size(width: $0.width, height: $0.height) }
        self.lessonStore = lessonStore
        savedProgress = state.lesson?.session.progress
    }

    /// Takes over the terminal and runs until `q`, Ctrl-C or SIGTERM (training at once
    /// if `startPlaying`); returns what it measured. Throws if the terminal cannot be
    /// used (not a TTY, unknown TERM).
    public func run(startPlaying: Bool = false, initialCommands: [Command] = []) throws(TerminalError) -> PlaygroundStats {
        TerminalSignals.install()  // before curses, so that it leaves Ctrl-Z to us
        let screen = try CursesScreen.open(useColour: options.noColor.map(\.isEmpty) ?? true)
        defer { screen.close() }
        markLessonStep()
        send(initialCommands)
        if startPlaying && !state.isPlaying { send(state.togglePlay()) }
        let palette = Palette(tier: ColourTier.detect(colours: screen.colourCount, noColor: options.noColor))
        let frameInterval = 1_000_000_000 / UInt64(options.maxFramesPerSecond)
        var dirty = true
        while !state.shouldQuit {
            if TerminalSignals.takeQuit() != nil { break }
            if TerminalSignals.takeSuspend() {
                screen.suspend()
                TerminalSignals.suspendNow()
                screen.resume()
                dirty = true
                lastSeen = nil
            }
            let caughtUp = sent == 0 || !engine.commandLog(from: sent - 1).isEmpty
            let snapshot = latestSnapshot()
            var now = MonotonicClock.now()
            measureTraining(snapshot, now: now)
            if caughtUp && snapshot.version != adoptedVersion {
                adoptedVersion = snapshot.version
                let before = state
                state.adopt(EngineReport(snapshot))
                state.observeLesson(snapshot)
                if state != before { dirty = true }
            }
            if expireNote(now: now) { dirty = true }
            saveLessonProgress()

            let (width, height) = screen.size
            let size = Size(width: width, height: height)
            if recorder != nil && size != recordedSize {
                recordedSize = size
                record { (recorder: SessionRecorder) throws(InputError) in
                    try recorder.resize(width: width, height: height, step: snapshot.sessionStep)
                }
            }
            let changed = dirty || snapshot.version != drawnVersion || size != drawnSize
            if changed && (dirty || size != drawnSize || now &- lastFrameStart >= frameInterval) {
                lastFrameStart = now
                draw(snapshot, size: size, palette: palette, on: screen)
                now = MonotonicClock.now()
                if snapshot.isPlaying && lastPresentWhilePlaying {
                    stats.longestFrameGapMilliseconds = max(stats.longestFrameGapMilliseconds,
                                                            Double(now &- lastPresent) / 1e6)
                }
                if let since = inputSince {
                    stats.longestInputLatencyMilliseconds = max(stats.longestInputLatencyMilliseconds,
                                                                Double(now &- since) / 1e6)
                    inputSince = nil
                }
                lastPresent = now
                lastPresentWhilePlaying = snapshot.isPlaying
                dirty = false
            }

            let timeout: Int32
            if !caughtUp {
                timeout = 2
            } else if snapshot.isPlaying || snapshot.version != drawnVersion {
                let due = lastFrameStart &+ frameInterval
                timeout = due > now ? Int32(min(UInt64(options.idleTimeout), (due - now) / 1_000_000 + 1)) : 0
            } else if let note {
                let left = (note.since &+ options.noteLifetime) &- now
                timeout = Int32(min(UInt64(options.idleTimeout), left / 1_000_000 + 1))
            } else {
                timeout = options.idleTimeout
            }
            var event = screen.readEvent(timeoutMilliseconds: timeout)
            while let current = event {
                stats.events += 1
                if inputSince == nil { inputSince = MonotonicClock.now() }
                let commands = state.handle(current, context: context)
                markLessonStep()
                send(commands)
                dirty = true
                if state.shouldQuit { break }
                event = screen.readEvent(timeoutMilliseconds: 0)
            }
        }
        if let last = lastSeen, last.playing { measureTraining(engine.latestSnapshot(), now: MonotonicClock.now()) }
        return stats
    }

    /// Writes the lesson's progress if it changed since it was last written (atomically:
    /// a kill never leaves half a file). A failure is shown, and tried again next time.
    private func saveLessonProgress() {
        guard let store = lessonStore, let progress = state.lesson?.session.progress, progress != savedProgress else { return }
        do throws(InputError) {
            try store.save(progress)
            savedProgress = progress
        } catch {
            savedProgress = progress  // tried again at the next change, not every frame
            state.message = "progress not saved: \(error.message)"
        }
    }

    /// The engine's latest snapshot; when recording, read together with the commands
    /// logged before it, which are written first (then a checkpoint if one is due).
    private func latestSnapshot() -> Snapshot {
        guard let recorder else { return engine.latestSnapshot() }
        do {
            return try recorder.sync(with: engine)
        } catch {
            stopRecording(error)
            return engine.latestSnapshot()
        }
    }

    /// Notes a lesson step newly entered in the recording (a marker just before the
    /// commands that set the step up), so that a replay can say which step's goal was
    /// met when: `lesson learning-rate step 2/4: Far too small`.
    private func markLessonStep() {
        guard let lesson = state.lesson, lesson.session.stepIndex != markedLessonStep else { return }
        markedLessonStep = lesson.session.stepIndex
        let label = "lesson \(lesson.session.lesson.id) \(lesson.session.positionText): \(lesson.session.step.title)"
        record { (recorder: SessionRecorder) throws(InputError) in try recorder.marker(label) }
    }

    /// Writes to the recording, if there is one.
    private func record(_ write: (SessionRecorder) throws(InputError) -> Void) {
        guard let recorder else { return }
        do {
            try write(recorder)
        } catch {
            stopRecording(error)
        }
    }

    /// Gives up recording after a failed write (a full disk, say), saying so: the
    /// playground itself carries on.
    private func stopRecording(_ error: InputError) {
        recorder = nil
        state.message = "recording stopped: \(error.message)"
    }

    /// Sends `commands` to the engine, counting them (see `caughtUp`).
    private func send(_ commands: [Command]) {
        for command in commands { engine.send(command) }
        sent += commands.count
    }

    /// Maps the published pictures (asking for the sizes this frame draws), renders and
    /// presents one frame.
    private func draw(_ snapshot: Snapshot, size: Size, palette: Palette, on screen: CursesScreen) {
        let start = MonotonicClock.now()
        fields.update(snapshot, layout: state.layout(for: size))
        engine.requestPictures(PictureRequest(fields.wanted, interval: .seconds(1) / options.maxFramesPerSecond,
                                              inspector: state.inspector.spec))
        let evaluated = MonotonicClock.now()
        let frame = PlaygroundScreen.render(state: state, snapshot: snapshot, fields: fields,
                                            framesPerSecond: clock.framesPerSecond(at: start), size: size,
                                            palette: palette)
        let cells = frame.canvas.screenCells(palette: palette)
        let rendered = MonotonicClock.now()
        screen.present(cells, width: size.width)
        let presented = MonotonicClock.now()
        clock.framePresented(at: start)
        stats.frames += 1
        stats.evaluateSeconds += Double(evaluated &- start) / 1e9
        stats.renderSeconds += Double(rendered &- evaluated) / 1e9
        stats.presentSeconds += Double(presented &- rendered) / 1e9
        if snapshot.isPlaying { stats.playingFrames += 1 }
        context = AppContext(frame)
        drawnVersion = fields.isCurrent && state.inspector.isCurrent(in: snapshot) ? snapshot.version : -1  // drawn again when the pictures for this size come
        drawnSize = size
    }

    /// Clears the note once it has been shown long enough; true if it did.
    private func expireNote(now: UInt64) -> Bool {
        guard let message = state.message else {
            note = nil
            return false
        }
        if note?.text != message { note = (message, now) }
        guard let note, now &- note.since >= options.noteLifetime else { return false }
        state.message = nil
        self.note = nil
        return true
    }

    /// Adds the time and epochs since the last snapshot seen to the training figures.
    private func measureTraining(_ snapshot: Snapshot, now: UInt64) {
        defer { lastSeen = (now, snapshot.sessionStep, snapshot.isPlaying) }
        guard let last = lastSeen, last.playing, snapshot.sessionStep >= last.sessionStep else { return }
        stats.playingSeconds += Double(now &- last.time) / 1e9
        stats.playingEpochs += Double(snapshot.sessionStep - last.sessionStep) / Double(max(1, snapshot.stepsPerEpoch))
    }
}
