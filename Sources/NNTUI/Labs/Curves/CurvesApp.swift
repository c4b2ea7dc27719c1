import NNCore
import NNSession

/// The curve lab's run loop on the main actor, on any `TerminalBackend` (curses, or a
/// scripted one in tests), the playground's loop in small: read the engine's latest
/// snapshot (adopting it once every command sent is applied), draw when something
/// changed (new snapshots at most `maxFramesPerSecond` a second), sleep in
/// `readEvent(until:)` until input, a due frame or the engine's next snapshot. In a
/// lesson it also saves the student's progress as it changes and keeps the lesson's
/// markers (a step entered, a question answered) for the recording.
@MainActor
package final class CurvesApp {
    package let engine: LabEngine<CurveLab>
    package private(set) var state: CurvesAppState
    private let maxFramesPerSecond: Int
    private let noColor: String?
    private var schedule: FrameSchedule
    private var sent = 0
    private var adoptedVersion = -1
    private var drawnVersion = -1
    private var drawnSize: Size?
    /// Frames presented (for tests).
    package private(set) var frames = 0
    /// What a click means on the frame on screen.
    private var hits: [CurvesHitRegion] = []
    /// Saves the lesson's progress (`nnplay lesson ID`) and names the recording's marks.
    private var lessonKeeper: LabLessonKeeper
    /// The lesson's markers so far, each after the commands sent before it, at the
    /// session step the engine was at (`LessonMarks`).
    package private(set) var markers: [CurveSessionMarker] = []
    /// Called before each frame with its size and session step (`--record`: the
    /// recording writes the commands logged so far and any resize).
    package var onDraw: ((Size, Int) -> Void)?
    /// Called with each lesson marker as it is made (`--record`: the recording writes it).
    package var onMark: ((CurveSessionMarker) -> Void)?

    package init(engine: LabEngine<CurveLab>, state: CurvesAppState, maxFramesPerSecond: Int = 40, noColor: String? = nil,
                lessonStore: LessonProgressStore? = nil) {
        self.engine = engine
        self.state = state
        self.maxFramesPerSecond = max(1, maxFramesPerSecond)
        self.noColor = noColor
        schedule = FrameSchedule(framesPerSecond: max(1, maxFramesPerSecond))
        lessonKeeper = LabLessonKeeper(session: state.lesson?.session, store: lessonStore)
        if let lesson = state.lesson { self.state.message = lesson.pane.openingNote }
    }

    /// Takes over the terminal until `q`, Ctrl-C, SIGTERM or SIGHUP; the terminal is
    /// restored whatever happens.
    package func run(startPlaying: Bool) throws(TerminalError) {
        TerminalSignals.install()
        let screen = try CursesScreen.open(useColour: noColor.map(\.isEmpty) ?? true)
        defer { screen.close() }
        run(on: screen, startPlaying: startPlaying)
    }

    package func run(on backend: some TerminalBackend, startPlaying: Bool) {
        let alarm = PublishAlarm(wake: backend.wakeUp)
        engine.observePublishing { alarm.ring() }
        defer { engine.observePublishing(nil) }
        if let lesson = state.lesson { send([.watchGoal(lesson.goal)]) }
        if startPlaying { send(state.handle(.character(" "))) }
        markLesson()
        let palette = Palette(tier: ColourTier.detect(colours: backend.colourCount, noColor: noColor))
        var dirty = true
        loop: while !state.shouldQuit {
            let caughtUp = sent == 0 || !engine.commandLog(from: sent - 1).isEmpty
            let snapshot = engine.latestSnapshot()
            if caughtUp && snapshot.version != adoptedVersion {
                adoptedVersion = snapshot.version
                let before = state
                state.adopt(snapshot)
                saveLessonProgress()
                // The goal's figures move with every snapshot: drawn on the frame schedule, as the plots are.
                if Self.withoutFigures(state) != Self.withoutFigures(before) { dirty = true }
            }
            let size = backend.size
            let now = backend.now
            if dirty || size != drawnSize || (snapshot.version != drawnVersion && schedule.isDue(now)) {
                onDraw?(size, snapshot.sessionStep)
                let layout = CurvesScreen.Layout(size: size, lesson: state.lesson != nil)
                engine.requestPictures(CurveLabRequest(columns: layout.curveColumns))
                let canvas = CurvesScreen.render(state: state, snapshot: snapshot, size: size)
                hits = CurvesScreen.hits(state: state, snapshot: snapshot, size: size)
                backend.present(canvas.screenCells(palette: palette), width: size.width)
                schedule.frameDrawn(at: now)
                frames += 1
                // Drawn again once the curves come at this width.
                drawnVersion = snapshot.curves?.xs.count == layout.curveColumns ? snapshot.version : -1
                drawnSize = size
                dirty = false
            }
            let deadline = alarm.wakeTime(shown: snapshot.version, drawn: drawnVersion, latest: { engine.latestVersion },
                                          frameDue: schedule.nextDue, now: now)
            let event = backend.readEvent(until: deadline)
            alarm.disarm()
            let goOn = backend.takeEvents(from: event, resumed: {
                dirty = true
            }, input: { input in
                let before = state
                let commands = state.handle(input, hits: hits)
                markLesson()
                send(commands)
                saveLessonProgress()
                if state.shouldQuit { return false }
                if state != before || !commands.isEmpty { dirty = true }
                return true
            })
            if !goOn { break loop }
        }
    }

    private static func withoutFigures(_ state: CurvesAppState) -> CurvesAppState {
        var state = state
        state.lesson?.figures = []
        return state
    }

    private func send(_ commands: [CurveLabCommand]) {
        for command in commands { engine.send(command) }
        sent += commands.count
    }

    /// Keeps a marker of a lesson step newly entered and of an answer newly given, as
    /// the playground records them, after the commands sent so far, at the session step
    /// the engine is at (`onMark` passes it to the recording).
    private func markLesson() {
        let at = engine.latestSnapshot().sessionStep
        for label in lessonKeeper.newMarks(state.lesson?.session) {
            let marker = CurveSessionMarker(step: at, label: label, afterCommands: sent)
            markers.append(marker)
            onMark?(marker)
        }
    }

    /// Writes the lesson's progress if it changed since it was last written; a failure
    /// is shown, and tried again at the next change.
    private func saveLessonProgress() {
        if let failure = lessonKeeper.save(state.lesson?.session) { state.message = failure }
    }
}
