import NNCore
import NNSession

/// The landscape lab's run loop, on the main actor (the one thread that owns the
/// terminal), on any `TerminalBackend`, driving a `LabEngine<LandscapeLabState>`. As
/// the playground's loop: it adopts the engine's snapshot once every command sent has
/// been applied, draws when something changed (a new snapshot at most
/// `maxFramesPerSecond` times a second), asks the engine for the surface's raster at
/// the size it draws, and sleeps until input, a snapshot or a deadline. With curses
/// (`run()`), the terminal is restored whatever happens.
@MainActor
package final class LandscapeLabApp {
    package typealias LabEngineType = LabEngine<LandscapeLabState>

    fileprivate let engine: LabEngineType
    private let maxFramesPerSecond: Int
    private let noColor: String?
    /// Writes the session as it goes (`--record`); dropped after a write fails.
    fileprivate var recorder: LandscapeLabRecorder?
    package private(set) var ui: LandscapeLabUI
    /// Frames presented.
    package private(set) var frames = 0

    private var context = LandscapeLabContext()
    private var schedule: FrameSchedule
    private var sent = 0
    private var adoptedVersion = -1
    private var drawnVersion = -1
    private var drawnSize: Size?
    private var recorded = 0
    /// The session step of the last command written to the recording.
    private var recordedStep = 0
    /// Saves the lesson's progress (`nnplay lesson ID`) and marks the recording.
    private var lessonKeeper: LabLessonKeeper

    package init(engine: LabEngineType, maxFramesPerSecond: Int = 40, noColor: String? = nil,
                recorder: LandscapeLabRecorder? = nil, lesson: LandscapeLessonMode? = nil,
                lessonStore: LessonProgressStore? = nil) {
        self.engine = engine
        self.maxFramesPerSecond = max(1, maxFramesPerSecond)
        self.noColor = noColor
        self.recorder = recorder
        ui = LandscapeLabUI(setup: engine.latestSnapshot().setup)
        ui.lesson = lesson
        if let lesson { ui.message = lesson.pane.openingNote }
        lessonKeeper = LabLessonKeeper(session: lesson?.session, store: lessonStore)
        schedule = FrameSchedule(framesPerSecond: self.maxFramesPerSecond)
    }

    /// Takes over the terminal and runs until `q`, Ctrl-C, SIGTERM or SIGHUP.
    package func run(startPlaying: Bool) throws(TerminalError) {
        TerminalSignals.install()
        let screen = try CursesScreen.open(useColour: noColor.map(\.isEmpty) ?? true)
        defer { screen.close() }
        run(on: screen, startPlaying: startPlaying)
    }

    /// Runs the loop on `backend` until `q` or a quit from the backend.
    package func run(on backend: some TerminalBackend, startPlaying: Bool = false) {
        let alarm = PublishAlarm(wake: backend.wakeUp)
        engine.observePublishing { alarm.ring() }
        defer { engine.observePublishing(nil) }
        if let lesson = ui.lesson { send([.watchGoal(lesson.goal)]) }
        if startPlaying { send([.play]) }
        markLesson()
        let palette = Palette(tier: ColourTier.detect(colours: backend.colourCount, noColor: noColor))
        var dirty = true
        loop: while !ui.shouldQuit {
            let caughtUp = sent == 0 || engine.commandLog().count >= sent
            let snapshot = engine.latestSnapshot()
            recordNewCommands()
            if caughtUp && snapshot.version != adoptedVersion {
                adoptedVersion = snapshot.version
                let before = ui
                ui.adopt(snapshot)
                saveLessonProgress()
                if ui != before { dirty = true }
            }
            let size = backend.size
            let now = backend.now
            if dirty || size != drawnSize || (snapshot.version != drawnVersion && schedule.isDue(now)) {
                draw(snapshot, size: size, palette: palette, on: backend)
                dirty = false
            }
            let deadline = alarm.wakeTime(shown: snapshot.version, drawn: drawnVersion, latest: { engine.latestVersion },
                                          frameDue: schedule.nextDue, now: now)
            let event = backend.readEvent(until: deadline)
            alarm.disarm()
            let goOn = backend.takeEvents(from: event, resumed: {
                dirty = true
            }, input: { input in
                let before = ui
                let commands = ui.handle(input, context: context)
                markLesson()
                send(commands)
                saveLessonProgress()
                if ui.shouldQuit { return false }
                if ui != before || !commands.isEmpty { dirty = true }
                return true
            })
            if !goOn { break loop }
        }
        recordNewCommands()
    }

    private func send(_ commands: [LandscapeLabCommand]) {
        for command in commands { engine.send(command) }
        sent += commands.count
    }

    /// Marks in the recording a lesson step newly entered and an answer newly given
    /// (`LessonMarks`), as the playground does, at the session step the engine is at.
    private func markLesson() {
        guard recorder != nil else { return }
        let labels = lessonKeeper.newMarks(ui.lesson?.session)
        guard !labels.isEmpty else { return }
        recordNewCommands()
        let at = max(recordedStep, engine.latestSnapshot().sessionStep)
        do throws(InputError) {
            for label in labels { try recorder?.marker(label, step: at) }
        } catch {
            recorder = nil
            ui.message = "recording stopped: \(error.message)"
        }
    }

    /// Writes the lesson's progress if it changed since it was last written; a failure
    /// is shown, and tried again at the next change.
    private func saveLessonProgress() {
        if let failure = lessonKeeper.save(ui.lesson?.session) { ui.message = failure }
    }

    /// Writes the commands the engine logged since the last call to the recording.
    fileprivate func recordNewCommands() {
        guard let recorder else { return }
        let entries = engine.commandLog(from: recorded)
        recorded += entries.count
        if let last = entries.last { recordedStep = last.step }
        do throws(InputError) {
            for entry in entries { try recorder.command(entry) }
        } catch {
            self.recorder = nil
            ui.message = "recording stopped: \(error.message)"
        }
    }

    /// Writes the terminal's size to the recording when it changed (the replay draws at it).
    private func recordResize(_ size: Size, step: Int) {
        do throws(InputError) {
            try recorder?.resize(width: size.width, height: size.height, step: step)
        } catch {
            recorder = nil
            ui.message = "recording stopped: \(error.message)"
        }
    }

    private func draw(_ snapshot: LandscapeLabSnapshot, size: Size, palette: Palette, on backend: some TerminalBackend) {
        let start = backend.now
        recordResize(size, step: snapshot.sessionStep)
        let frame = LandscapeLabScreen.render(ui: ui, snapshot: snapshot, size: size, palette: palette)
        if let pixels = frame.rasterSize {
            engine.requestPictures(LandscapeRasterRequest(width: pixels.width, height: pixels.height,
                                                          phaseMap: frame.phaseMapRequest))
        }
        backend.present(frame.canvas.screenCells(palette: palette), width: size.width)
        schedule.frameDrawn(at: start)
        frames += 1
        context = frame.context
        // Drawn again when the raster for this size (and the phase map asked for) arrives.
        let rasterReady = frame.rasterSize == nil || snapshot.raster.map {
            $0.width == frame.rasterSize!.width && $0.height == frame.rasterSize!.height
                && $0.box == snapshot.box
        } ?? false
        let phaseMapReady = frame.phaseMapRequest == nil || snapshot.phaseMap?.request == frame.phaseMapRequest
        drawnVersion = rasterReady && phaseMapReady ? snapshot.version : -1
        drawnSize = size
    }
}

extension LandscapeLabApp {
    /// After the engine stopped: writes the commands it logged last and the end line
    /// (session steps, final fingerprint), and puts the recording in place.
    package func finishRecording() throws(InputError) {
        recordNewCommands()
        guard let recorder else { return }
        let final = engine.latestSnapshot()
        try recorder.finish(steps: final.sessionStep, fingerprint: final.fingerprint)
        self.recorder = nil
    }
}
