import NNCore
import NNSession

/// The race screen's run loop, on the main actor (the one thread that owns the
/// terminal), on any `TerminalBackend`: the playground's loop (`PlaygroundApp`) for a
/// race engine. Each turn it reads the engine's latest `RaceSnapshot` (adopting it once
/// the engine has applied every command sent), draws a frame if anything changed (for
/// a new snapshot at most `maxFramesPerSecond` times a second), and sleeps until input,
/// a signal, the note's expiry or the engine's next snapshot (`PublishAlarm`): nothing
/// polls. With curses (`run(startPlaying:)`) the terminal is restored whatever happens.
///
/// All variants' decision grids come computed in the snapshot (the engine's
/// `RacePublisher`): a frame only maps and draws them.
@MainActor
package final class RaceApp {
    private let engine: LabEngine<RaceState>
    private let options: PlaygroundApp.Options
    package private(set) var state: RaceUIState
    package private(set) var stats = PlaygroundStats()

    private var fields = RaceFields()
    private var clock = FrameClock()
    private var hits: [HitRegion] = []
    private var heatmaps: [Rect] = []
    private var sent = 0
    private var adopted: (version: Int, selected: Int)?
    private var drawn: (version: Int, selected: Int)?
    private var drawnSize: Size?
    private var schedule: FrameSchedule
    private var note: (text: String, since: UInt64)?
    /// Saves the lesson's progress and names the recording's markers.
    private var lessonKeeper: LabLessonKeeper
    /// Called before each frame with its size and session step (`--record`: the
    /// recording writes the commands logged so far and any resize).
    package var onDraw: ((Size, Int) -> Void)?
    /// Called with each lesson marker (`LessonMarks`: a step entered, a question
    /// answered) at the race step the engine was at (`--record`: the recording marks it).
    package var onMark: ((RaceSession.Marker) -> Void)?
    private var markedStep = 0

    /// The loop of `engine` showing `state` (with its lesson, if any: its progress saved
    /// into `lessonStore`, its markers told to `onMark`).
    package init(engine: LabEngine<RaceState>, state: RaceUIState, options: PlaygroundApp.Options = .init(),
                 lessonStore: LessonProgressStore? = nil) {
        self.engine = engine
        self.state = state
        self.options = options
        schedule = FrameSchedule(framesPerSecond: options.maxFramesPerSecond)
        lessonKeeper = LabLessonKeeper(session: state.lesson?.session, store: lessonStore)
    }

    /// Takes over the terminal and runs until `q`, Ctrl-C, SIGTERM or SIGHUP. Throws if
    /// the terminal cannot be used.
    package func run(startPlaying: Bool = false) throws(TerminalError) -> PlaygroundStats {
        TerminalSignals.install()
        let screen = try CursesScreen.open(useColour: options.noColor.map(\.isEmpty) ?? true)
        defer { screen.close() }
        return run(on: screen, startPlaying: startPlaying)
    }

    /// Runs the loop on `backend` until `q` or a quit from the backend.
    package func run(on backend: some TerminalBackend, startPlaying: Bool = false) -> PlaygroundStats {
        let alarm = PublishAlarm(wake: backend.wakeUp)
        engine.observePublishing { alarm.ring() }
        defer { engine.observePublishing(nil) }
        if let lesson = state.lesson { send(lesson.startCommands(ids: state.ids)) }
        if startPlaying { send([.all(.play)]) }
        markLesson()
        let palette = Palette(tier: ColourTier.detect(colours: backend.colourCount, noColor: options.noColor))
        var dirty = true
        loop: while !state.shouldQuit {
            let caughtUp = sent == 0 || !engine.commandLog(from: sent - 1).isEmpty
            let snapshot = engine.latestSnapshot()
            let now = backend.now
            if caughtUp && (adopted?.version != snapshot.version || adopted?.selected != state.selected) {
                let before = state
                state.adopt(snapshot)
                adopted = (snapshot.version, state.selected)
                saveLessonProgress()
                if state != before { dirty = true }
            }
            if expireNote(now: now) { dirty = true }
            let size = backend.size
            let fresh = drawn?.version != snapshot.version || drawn?.selected != state.selected
            if dirty || size != drawnSize || (fresh && schedule.isDue(now)) {
                draw(snapshot, size: size, palette: palette, on: backend)
                dirty = false
            }
            let event = backend.readEvent(until: wakeTime(snapshot, now: now, alarm: alarm))
            alarm.disarm()
            let goOn = backend.takeEvents(from: event, resumed: {
                dirty = true
            }, input: { input in
                stats.events += 1
                let before = state
                let commands = state.handle(input, context: AppContext(hits: hits), heatmaps: heatmaps)
                markLesson()
                send(commands)
                saveLessonProgress()
                if state.shouldQuit { return false }
                if state != before || !commands.isEmpty { dirty = true }
                return true
            })
            if !goOn { break loop }
        }
        return stats
    }

    /// Until when the loop may sleep (nil: until input).
    private func wakeTime(_ snapshot: RaceSnapshot, now: UInt64, alarm: PublishAlarm) -> UInt64? {
        var deadline = alarm.wakeTime(shown: snapshot.version, drawn: drawn?.version, latest: { engine.latestVersion },
                                      frameDue: schedule.nextDue, now: now)
        if let note { deadline = min(deadline ?? .max, note.since &+ options.noteLifetime) }
        return deadline
    }

    /// Keeps a marker of a lesson step newly entered or an answer newly given, at the
    /// race step of the last command logged or the engine's, whichever is later.
    private func markLesson() {
        guard let onMark else { return }
        let labels = lessonKeeper.newMarks(state.lesson?.session)
        guard !labels.isEmpty else { return }
        let logged = sent > 0 ? engine.commandLog(from: sent - 1).last?.step ?? 0 : 0
        let at = max(logged, engine.latestSnapshot().sessionStep, markedStep)
        markedStep = at
        for label in labels { onMark(RaceSession.Marker(step: at, label: label)) }
    }

    /// Writes the lesson's progress if it changed (a failure is the note).
    private func saveLessonProgress() {
        if let failure = lessonKeeper.save(state.lesson?.session) { state.message = failure }
    }

    private func send(_ commands: [RaceLabCommand]) {
        for command in commands { engine.send(command) }
        sent += commands.count
    }

    /// Asks for the pictures this layout draws, renders and presents one frame.
    private func draw(_ snapshot: RaceSnapshot, size: Size, palette: Palette, on backend: some TerminalBackend) {
        let cpuStart = Platform.threadCPUTime()
        let start = backend.now
        onDraw?(size, snapshot.sessionStep)
        let layout = RaceLayout.make(for: size, variants: snapshot.variants.count, lesson: state.lesson != nil)
        fields.update(snapshot, layout: layout)
        engine.requestPictures(PictureRequest(fields.wanted, interval: .seconds(1) / options.maxFramesPerSecond))
        let mapped = backend.now
        let model = RaceScreenModel(state: state, snapshot: snapshot, fields: fields,
                                    framesPerSecond: clock.framesPerSecond(at: start))
        let frame = RaceScreen.render(model, note: state.message, size: size, palette: palette)
        let cells = frame.canvas.screenCells(palette: palette)
        let rendered = backend.now
        backend.present(cells, width: size.width)
        let presented = backend.now
        clock.framePresented(at: start)
        stats.frames += 1
        stats.evaluateSeconds += Double(mapped &- start) / 1e9
        stats.renderSeconds += Double(rendered &- mapped) / 1e9
        stats.presentSeconds += Double(presented &- rendered) / 1e9
        stats.recordFrameCPU(nanoseconds: Platform.threadCPUTime() &- cpuStart)
        if snapshot.isPlaying { stats.playingFrames += 1 }
        schedule.frameDrawn(at: start)
        hits = frame.hits
        heatmaps = frame.layout?.heatmaps ?? []
        // Drawn again when the pictures for this size arrive.
        drawn = fields.isCurrent ? (snapshot.version, state.selected) : nil
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
}
