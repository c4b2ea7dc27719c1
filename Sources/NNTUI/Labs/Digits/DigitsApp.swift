import NNCore
import NNSession

/// The digits lab's run loop, on the main actor (the one thread that owns the terminal),
/// on any `TerminalBackend`. Each turn it reads the engine's latest snapshot, sends the
/// pad when it changed (a request, not a command: never logged), draws a frame when
/// something changed (new snapshots at most `maxFramesPerSecond` times a second), and
/// sleeps until input, the next due frame or the engine's next snapshot. The engine
/// computes everything drawn (predictions, confusion, weight images, the pad's
/// probabilities); the loop only draws.
@MainActor
package final class DigitsApp {
    /// What the loop needs of the engine running the lab (`LabEngine<DigitsLabState>`).
    package struct Link {
        package var send: ([Command]) -> Void
        package var latest: () -> DigitsSnapshot
        package var latestVersion: () -> Int
        package var request: (DigitsRequest) -> Void
        package var observe: ((@Sendable () -> Void)?) -> Void
        /// Log entries from an index on (a recording writes them as they come).
        package var log: (Int) -> [LoggedCommand]
        /// Writes a marker into the recording, if there is one (a lesson's steps and
        /// answers, `LessonMarks`, for `nnplay grade`).
        package var mark: ((String) -> Void)?
        /// Told the size of every frame drawn (a recording writes the terminal's resizes).
        package var drawn: ((Size) -> Void)?

        package init(send: @escaping ([Command]) -> Void, latest: @escaping () -> DigitsSnapshot,
                     latestVersion: @escaping () -> Int, request: @escaping (DigitsRequest) -> Void,
                     observe: @escaping ((@Sendable () -> Void)?) -> Void, log: @escaping (Int) -> [LoggedCommand],
                     mark: ((String) -> Void)? = nil) {
            self.send = send
            self.latest = latest
            self.latestVersion = latestVersion
            self.request = request
            self.observe = observe
            self.log = log
            self.mark = mark
        }
    }

    private let link: Link
    private let maxFramesPerSecond: Int
    private let noColor: String?
    package private(set) var state: DigitsAppState
    private var hits: [DigitsHitRegion] = []
    private var sentPad: [UInt8]?
    private var drawnVersion = -1
    private var drawnSize: Size?
    private var schedule: FrameSchedule
    private var sent = 0
    /// Frames presented (for tests).
    package private(set) var frames = 0
    /// Where an open lesson's progress is saved whenever it changes.
    private let lessonStore: LessonProgressStore?
    private var savedProgress: LessonProgress?
    /// The lesson step and the answers the recording has marked so far.
    private var markedLessonStep: Int?
    private var markedAnswers: [Int?] = []

    package init(link: Link, state: DigitsAppState, maxFramesPerSecond: Int = 30, noColor: String? = nil,
                 lessonStore: LessonProgressStore? = nil) {
        self.link = link
        self.state = state
        self.maxFramesPerSecond = max(1, maxFramesPerSecond)
        self.noColor = noColor
        self.lessonStore = lessonStore
        savedProgress = state.lesson?.session.progress
        markedAnswers = state.lesson?.session.progress.steps.map(\.answer) ?? []
        schedule = FrameSchedule(framesPerSecond: self.maxFramesPerSecond)
    }

    /// Takes over the terminal until `q`, Ctrl-C, SIGTERM or SIGHUP; the terminal is
    /// restored whatever happens.
    package func run(startPlaying: Bool = false, initialCommands: [Command] = []) throws(TerminalError) {
        TerminalSignals.install()
        let screen = try CursesScreen.open(useColour: noColor.map(\.isEmpty) ?? true)
        defer { screen.close() }
        run(on: screen, startPlaying: startPlaying, initialCommands: initialCommands)
    }

    /// Runs the loop on `backend` until `q` or a quit from the backend.
    package func run(on backend: some TerminalBackend, startPlaying: Bool = false, initialCommands: [Command] = []) {
        let alarm = PublishAlarm(wake: backend.wakeUp)
        link.observe { alarm.ring() }
        defer { link.observe(nil) }
        markLesson()
        send(initialCommands)
        if startPlaying { send([.play]) }
        let palette = Palette(tier: ColourTier.detect(colours: backend.colourCount, noColor: noColor))
        var dirty = true
        loop: while !state.shouldQuit {
            if state.pad.pixels != sentPad {
                sentPad = state.pad.pixels
                link.request(DigitsRequest(pad: state.pad.pixels))
            }
            var snapshot = link.latest()
            // Adopt only once the engine has applied what was sent (else a setting just
            // changed would flicker back).
            if sent == 0 || !link.log(sent - 1).isEmpty {
                let before = state
                state.adopt(snapshot)
                if state != before { dirty = true }
            }
            saveLessonProgress()
            let now = backend.now
            let size = backend.size
            if dirty || size != drawnSize || (snapshot.version != drawnVersion && schedule.isDue(now)) {
                snapshot = link.latest()
                draw(snapshot, size: size, palette: palette, on: backend)
                schedule.frameDrawn(at: now)
                dirty = false
            }
            let deadline = alarm.wakeTime(shown: snapshot.version, drawn: drawnVersion, latest: { link.latestVersion() },
                                          frameDue: schedule.nextDue, now: now)
            let event = backend.readEvent(until: deadline)
            alarm.disarm()
            let goOn = backend.takeEvents(from: event, resumed: {
                dirty = true
            }, input: { input in
                let before = state
                let commands = state.handle(input, pairs: snapshot.readout?.mostConfused ?? [], hits: hits)
                markLesson()
                send(commands)
                if state.shouldQuit { return false }
                if state != before { dirty = true }
                return true
            })
            if !goOn { break loop }
        }
    }

    /// Marks in the recording a lesson step newly entered and an answer newly given
    /// (`step 2/4: …`, `answer step 2/4: b`), as the playground does.
    private func markLesson() {
        guard let mark = link.mark, let lesson = state.lesson else { return }
        if lesson.session.stepIndex != markedLessonStep {
            markedLessonStep = lesson.session.stepIndex
            mark(LessonMarks.step(lesson.session))
        }
        let step = lesson.session.stepIndex
        if let choice = lesson.session.answer, markedAnswers.indices.contains(step), markedAnswers[step] != choice {
            markedAnswers[step] = choice
            mark(LessonMarks.answer(lesson.session, choice: choice))
        }
    }

    /// Writes the lesson's progress if it changed since it was last written; a failure
    /// is shown, and tried again at the next change.
    private func saveLessonProgress() {
        guard let store = lessonStore, let progress = state.lesson?.session.progress, progress != savedProgress else { return }
        savedProgress = progress
        do throws(InputError) {
            try store.save(progress)
        } catch {
            state.message = "progress not saved: \(error.message)"
        }
    }

    private func send(_ commands: [Command]) {
        guard !commands.isEmpty else { return }
        sent += commands.count
        link.send(commands)
    }

    private func draw(_ snapshot: DigitsSnapshot, size: Size, palette: Palette, on backend: some TerminalBackend) {
        link.drawn?(size)
        var canvas = Canvas(size: size)
        hits = DigitsScreen.draw(snapshot, state: state, palette: palette, canvas: &canvas)
        backend.present(canvas.screenCells(palette: palette), width: size.width)
        drawnVersion = snapshot.version
        drawnSize = size
        frames += 1
    }
}

extension DigitsApp.Link {
    /// The link to a running `engine` (with `latest` instead of the engine's own latest
    /// snapshot when given: a recording reads it through itself).
    package static func engine(_ engine: LabEngine<DigitsLabState>, latest: (() -> DigitsSnapshot)? = nil,
                               mark: ((String) -> Void)? = nil, drawn: ((Size) -> Void)? = nil) -> DigitsApp.Link {
        var link = DigitsApp.Link(
            send: { commands in commands.forEach(engine.send) },
            latest: latest ?? { engine.latestSnapshot() },
            latestVersion: { engine.latestVersion },
            request: { engine.requestPictures($0) },
            observe: { engine.observePublishing($0) },
            log: { engine.commandLog(from: $0) },
            mark: mark)
        link.drawn = drawn
        return link
    }
}
