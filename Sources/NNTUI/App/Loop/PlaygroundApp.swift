import NNCore
import NNSession

/// The live playground's run loop, on the main actor (the one thread that owns the
/// terminal), on any `TerminalBackend`: the curses screen, or a scripted one in tests.
/// Each turn:
///
/// 1. reads the engine's latest snapshot; once the engine has applied every command
///    sent, the state adopts what it reports (`AppState.adopt`);
/// 2. draws a frame if anything changed: at once after input that changed the state, a
///    resize, a resume or a note that expired; for a new snapshot, at most
///    `maxFramesPerSecond` times a second (`FrameSchedule`). A frame that changes no
///    cell writes nothing (the backend compares);
/// 3. sleeps in `readEvent(until:)` until the next thing that can change the screen:
///    the next frame when a new snapshot waits to be drawn, the note's expiry, or
///    else, armed with a `PublishAlarm`, the engine's next snapshot. Input, signals
///    (quit: Ctrl-C, SIGTERM, SIGHUP; Ctrl-Z: suspend) and the alarm end the sleep.
///    Nothing polls, so a paused playground, or one training at 1 step/s, costs
///    next to no CPU.
///
/// With curses (`run(startPlaying:initialCommands:)`), the terminal is restored
/// whatever happens (`defer`), also after an error.
@MainActor
package final class PlaygroundApp {
    package struct Options: Sendable {
        /// The most frames drawn per second while training.
        package var maxFramesPerSecond: Int
        /// How long a note stays on the bottom row (nanoseconds).
        package var noteLifetime: UInt64
        /// The value of `NO_COLOR` (set and non-empty: monochrome).
        package var noColor: String?

        package init(maxFramesPerSecond: Int = 40, noteLifetime: UInt64 = 4_000_000_000, noColor: String? = nil) {
            self.maxFramesPerSecond = max(1, maxFramesPerSecond)
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
    /// The inspector view and set the recording last noted (a new `InspectorState`'s at first).
    private var recordedInspector = (view: InspectorState().view, set: InspectorState().set)
    package private(set) var state: AppState
    package private(set) var stats = PlaygroundStats()
    /// Opens the search or sweep `m` and `e` ask for (nil: they say they are not here).
    package var openCompare: CompareOpener?

    private var fields = NetworkFields()
    private var clock = FrameClock()
    private var context = AppContext()
    private var sent = 0
    private var adoptedVersion = -1
    private var drawnVersion = -1
    private var drawnSize: Size?
    private var lastPresent: UInt64 = 0
    /// When a new snapshot may next be drawn.
    private var schedule: FrameSchedule
    private var lastPresentWhilePlaying = false
    private var inputSince: UInt64?
    private var note: (text: String, since: UInt64)?
    private var lastSeen: (time: UInt64, sessionStep: Int, playing: Bool)?

    private let lessonStore: LessonProgressStore?
    private var markedLessonStep: Int?
    /// Each lesson step's answer as the recording knows it (the saved progress's at the
    /// start), so that only answers given in this session are recorded.
    private var markedAnswers: [Int?] = []
    private var savedProgress: LessonProgress?

    /// A loop that drives `engine` (already started) from `state`, recording the
    /// session with `recorder` if given (the caller finishes it after the engine
    /// stops); with a lesson open (`state.lesson`), its progress is saved to
    /// `lessonStore` whenever it changes.
    package init(engine: Engine, state: AppState, options: Options = Options(), recorder: SessionRecorder? = nil,
                lessonStore: LessonProgressStore? = nil) {
        self.engine = engine
        self.state = state
        self.options = options
        schedule = FrameSchedule(framesPerSecond: options.maxFramesPerSecond)
        self.recorder = recorder
        recordedSize = recorder?.header.terminal.map { Size(width: $0.width, height: $0.height) }
        self.lessonStore = lessonStore
        savedProgress = state.lesson?.session.progress
    }

    /// Takes over the terminal and runs until `q`, Ctrl-C, SIGTERM or SIGHUP (training at
    /// once if `startPlaying`); returns what it measured. Throws if the terminal cannot
    /// be used (not a TTY, unknown TERM).
    package func run(startPlaying: Bool = false, initialCommands: [Command] = []) throws(TerminalError) -> PlaygroundStats {
        TerminalSignals.install()  // before curses, so that it leaves Ctrl-Z and resizes to us
        let screen = try CursesScreen.open(useColour: options.noColor.map(\.isEmpty) ?? true)
        defer { screen.close() }
        return run(on: screen, startPlaying: startPlaying, initialCommands: initialCommands)
    }

    /// Runs the loop on `backend` until `q` or a quit from the backend; returns what it
    /// measured.
    package func run(on backend: some TerminalBackend, startPlaying: Bool = false,
                    initialCommands: [Command] = []) -> PlaygroundStats {
        let alarm = PublishAlarm(wake: backend.wakeUp)
        engine.observePublishing { alarm.ring() }
        defer { engine.observePublishing(nil) }
        markLessonStep()
        markedAnswers = state.lesson?.session.progress.steps.map(\.answer) ?? []
        send(initialCommands)
        if startPlaying && !state.isPlaying { send(state.togglePlay()) }
        let palette = Palette(tier: ColourTier.detect(colours: backend.colourCount, noColor: options.noColor))
        var dirty = true
        loop: while !state.shouldQuit {
            let caughtUp = sent == 0 || !engine.commandLog(from: sent - 1).isEmpty
            let snapshot = latestSnapshot()
            let now = backend.now
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

            let size = backend.size
            if recorder != nil && size != recordedSize {
                recordedSize = size
                record { (recorder: SessionRecorder) throws(InputError) in
                    try recorder.resize(width: size.width, height: size.height, step: snapshot.sessionStep)
                }
            }
            recordInspector(step: snapshot.sessionStep)
            if dirty || size != drawnSize || (snapshot.version != drawnVersion && schedule.isDue(now)) {
                draw(snapshot, size: size, palette: palette, on: backend)
                dirty = false
            }

            let event = backend.readEvent(until: wakeTime(snapshot, now: now, alarm: alarm))
            alarm.disarm()
            let goOn = backend.takeEvents(from: event, resumed: {
                lastSeen = nil
                dirty = true
            }, input: { input in
                stats.events += 1
                let before = state
                let commands = state.handle(input, context: context)
                markLessonStep()
                markLessonAnswer()
                send(commands)
                if state.shouldQuit { return false }
                if let request = state.compareRequest {
                    state.compareRequest = nil
                    if compare(request, on: backend) == .quit { return false }
                    dirty = true
                    lastSeen = nil
                }
                // A key that changes nothing draws nothing (a resize redraws anyway).
                if state != before || !commands.isEmpty {
                    dirty = true
                    if inputSince == nil { inputSince = backend.now }
                }
                return true
            })
            if !goOn { break loop }
        }
        if let last = lastSeen, last.playing { measureTraining(engine.latestSnapshot(), now: backend.now) }
        return stats
    }

    /// Opens the comparison `request` of the setup on `backend` (`openCompare`), the
    /// playground paused meanwhile (the runs take every core) and playing again after
    /// if it was: pause and play are logged commands, so a recording replays the same.
    private func compare(_ request: CompareScreen, on backend: some TerminalBackend) -> CompareOutcome {
        guard let openCompare else {
            state.message = "a grid search or a seed sweep opens from the playground itself"
            return .returned(note: nil)
        }
        let wasPlaying = state.isPlaying
        if wasPlaying { send(state.togglePlay()) }
        let outcome = openCompare(request, state.config, backend)
        if case .returned(let note) = outcome {
            if wasPlaying && !state.isPlaying { send(state.togglePlay()) }
            state.message = note
        }
        return outcome
    }

    /// Until when the loop may sleep: until a new snapshot's frame is due, or (arming
    /// `alarm`) until the engine publishes the next one; no later than the note's expiry.
    /// Nil: until input arrives.
    private func wakeTime(_ snapshot: Snapshot, now: UInt64, alarm: PublishAlarm) -> UInt64? {
        var deadline = alarm.wakeTime(shown: snapshot.version, drawn: drawnVersion, latest: { engine.latestVersion },
                                      frameDue: schedule.nextDue, now: now)
        if let note { deadline = min(deadline ?? .max, note.since &+ options.noteLifetime) }
        return deadline
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

    /// Notes in the recording which inspector view is open and which set it scores,
    /// when either changed: interface only, so that a replay shows what the student saw.
    private func recordInspector(step: Int) {
        let now = (view: state.inspector.view, set: state.inspector.set)
        guard recorder != nil, now.view != recordedInspector.view || now.set != recordedInspector.set else { return }
        recordedInspector = now
        record { (recorder: SessionRecorder) throws(InputError) in
            try recorder.inspector(view: now.view, set: now.set, step: step)
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
        let label = LessonMarks.step(lesson.session)
        record { (recorder: SessionRecorder) throws(InputError) in try recorder.marker(label) }
    }

    /// Notes an answer newly given in the recording (`answer step 2/4: b`), for
    /// `nnplay grade`.
    private func markLessonAnswer() {
        guard let lesson = state.lesson, let choice = lesson.session.answer else { return }
        let step = lesson.session.stepIndex
        guard markedAnswers.indices.contains(step), markedAnswers[step] != choice else { return }
        markedAnswers[step] = choice
        let label = LessonMarks.answer(lesson.session, choice: choice)
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
    private func draw(_ snapshot: Snapshot, size: Size, palette: Palette, on backend: some TerminalBackend) {
        let cpuStart = Platform.threadCPUTime()
        let start = backend.now
        fields.update(snapshot, layout: state.layout(for: size))
        engine.requestPictures(PictureRequest(fields.wanted, interval: .seconds(1) / options.maxFramesPerSecond,
                                              inspector: state.inspector.spec))
        let evaluated = backend.now
        let frame = PlaygroundScreen.render(state: state, snapshot: snapshot, fields: fields,
                                            framesPerSecond: clock.framesPerSecond(at: start), size: size,
                                            palette: palette)
        let cells = frame.canvas.screenCells(palette: palette)
        let rendered = backend.now
        backend.present(cells, width: size.width)
        let presented = backend.now
        clock.framePresented(at: start)
        stats.frames += 1
        stats.evaluateSeconds += Double(evaluated &- start) / 1e9
        stats.renderSeconds += Double(rendered &- evaluated) / 1e9
        stats.presentSeconds += Double(presented &- rendered) / 1e9
        stats.recordFrameCPU(nanoseconds: Platform.threadCPUTime() &- cpuStart)
        if snapshot.isPlaying {
            stats.playingFrames += 1
            if lastPresentWhilePlaying {
                stats.longestFrameGapMilliseconds = max(stats.longestFrameGapMilliseconds,
                                                        Double(presented &- lastPresent) / 1e6)
            }
        }
        if let since = inputSince {
            stats.longestInputLatencyMilliseconds = max(stats.longestInputLatencyMilliseconds,
                                                        Double(presented &- since) / 1e6)
            inputSince = nil
        }
        schedule.frameDrawn(at: start)
        lastPresent = presented
        lastPresentWhilePlaying = snapshot.isPlaying
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
