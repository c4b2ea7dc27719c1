import NNCore
import NNSession

/// The curve lab screen's state machine, pure: a key or click in, the commands for the
/// engine out (`handle`), and what the engine last reported taken in (`adopt`). Tested
/// without a terminal.
package struct CurvesAppState: Equatable, Sendable {
    package var focus: CurvesControl = .degree
    package var plot: CurvesPlot = .fits
    package var showHelp = false
    package var shouldQuit = false
    /// A note for the bottom row (a refused value, say).
    package var message: String?
    /// The settings as last reported, with the changes sent since applied on top, so
    /// two quick presses of → move two rungs.
    package private(set) var settings: CurveLabSettings
    package private(set) var isPlaying = false
    package private(set) var stepsPerSecond: Int?
    /// The lesson open beside the lab (`nnplay lesson ID`), if any.
    package var lesson: CurvesLessonMode?
    /// The engine's last refusal as adopted (shown once, not again with every snapshot).
    private var adoptedRejection: String?

    package init(settings: CurveLabSettings, isPlaying: Bool = false, stepsPerSecond: Int? = 60) {
        self.settings = settings
        self.isPlaying = isPlaying
        self.stepsPerSecond = stepsPerSecond
    }

    /// The paces `+` and `-` choose from, in steps per second (nil: as fast as possible).
    package static let paces: [Int?] = [1, 2, 5, 10, 30, 60, 120, 250, 500, 1_000, 2_500, 5_000, nil]

    /// Takes what the engine reports (once it has applied every command sent).
    package mutating func adopt(_ snapshot: CurveLabSnapshot) {
        settings = snapshot.settings
        isPlaying = snapshot.isPlaying
        stepsPerSecond = snapshot.stepsPerSecond
        if snapshot.rejection != adoptedRejection {
            adoptedRejection = snapshot.rejection
            if let rejection = snapshot.rejection { message = rejection }
        }
        if let note = lesson?.observe(snapshot) { message = note }
    }

    /// The commands `event` asks for (none for a key that only changes the screen);
    /// `hits` maps a click (`CurvesScreen.hits` of the frame on screen).
    package mutating func handle(_ event: InputEvent, hits: [CurvesHitRegion] = []) -> [CurveLabCommand] {
        if case .resize = event {} else { message = nil }  // any key dismisses the note
        if showHelp {
            switch event {
            case .character("q"), .interrupt: shouldQuit = true
            case .resize: break
            default: showHelp = false
            }
            return []
        }
        if let commands = handleLesson(event) { return commands }
        switch event {
        case .click(let column, let row, let secondary):
            return click(hits.target(column: column, row: row), secondary: secondary)
        case .scrollUp(let column, let row), .scrollDown(let column, let row):
            // The wheel over the lesson pane scrolls its text, as j and k do.
            guard hits.target(column: column, row: row) == .lessonText, var lesson else { return [] }
            if case .scrollUp = event { lesson.pane.scroll = max(0, lesson.pane.scroll - 3) } else { lesson.pane.scroll += 3 }
            self.lesson = lesson
        case .character(" "):
            isPlaying.toggle()
            return [isPlaying ? .play : .pause]
        case .character("s"), .character("."):
            if isPlaying {
                isPlaying = false
                return [.pause, .step]
            }
            return [.step]
        case .character("r"): return [.reset]
        case .character("g"): return send(.setSeed(settings.seed &+ 1))
        case .character("+"), .character("="): return pace(faster: true)
        case .character("-"), .character("_"): return pace(faster: false)
        case .character("v"):
            plot = CurvesPlot(rawValue: (plot.rawValue + 1) % CurvesPlot.allCases.count) ?? .fits
        case .character(let c) where ("1"..."4").contains(c):
            plot = CurvesPlot(rawValue: Int(String(c))! - 1) ?? .fits
        case .character("?"): showHelp = true
        case .character("q"), .interrupt: shouldQuit = true
        case .escape: message = nil
        case .up, .backTab: moveFocus(by: -1)
        case .down, .tab: moveFocus(by: 1)
        case .left: return change(-1)
        case .right: return change(1)
        default: break
        }
        return []
    }

    /// A click on a control focuses it; on the focused one it changes the value, one
    /// rung up (down on its `‹` or with the right button); on a degree or λ of the error
    /// views it sets that degree or λ.
    private mutating func click(_ target: CurvesHit?, secondary: Bool) -> [CurveLabCommand] {
        switch target {
        case .control(let control):
            guard control == focus else {
                focus = control
                return []
            }
            return change(secondary ? -1 : 1)
        case .lower(let control):
            focus = control
            return change(-1)
        case .degree(let degree):
            focus = .degree
            return degree == settings.degree ? [] : send(.setDegree(degree))
        case .ridge(let l2):
            focus = .l2
            return l2 == settings.l2 ? [] : send(.setL2(l2))
        case .lessonText, nil:
            return []
        }
    }

    /// Takes on at once what `commands` (a lesson step's entry) do to the settings and play.
    mutating func takeLocally(_ commands: [CurveLabCommand]) {
        for command in commands {
            if command == .pause { isPlaying = false }
            if let next = settings.applying(command), next.problem == nil { settings = next }
        }
    }

    private mutating func moveFocus(by delta: Int) {
        let count = CurvesControl.allCases.count
        focus = CurvesControl(rawValue: (focus.rawValue + delta + count) % count) ?? .target
    }

    private mutating func change(_ direction: Int) -> [CurveLabCommand] {
        guard let command = focus.change(settings, direction: direction) else { return [] }
        return send(command)
    }

    /// Sends a setting change, applying it locally at once.
    private mutating func send(_ command: CurveLabCommand) -> [CurveLabCommand] {
        guard let next = settings.applying(command) else { return [command] }
        if let problem = next.problem {
            message = problem
            return []
        }
        settings = next
        return [command]
    }

    private mutating func pace(faster: Bool) -> [CurveLabCommand] {
        let ladder = Self.paces
        let index = ladder.firstIndex(of: stepsPerSecond)
            ?? ladder.firstIndex { rate in rate.map { $0 > stepsPerSecond ?? .max } ?? true } ?? ladder.count - 1
        let next = min(ladder.count - 1, max(0, index + (faster ? 1 : -1)))
        guard next != index || ladder.firstIndex(of: stepsPerSecond) == nil else { return [] }
        stepsPerSecond = ladder[next]
        return [.setSpeed(ladder[next])]
    }
}
