import ArgumentParser
import NNCore
import NNSession
import NNTUI

/// `nnplay lesson ID-or-FILE`: the lesson's pane beside the live playground, at the
/// step where the student left it. With no argument, the list of lessons.
struct LessonOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a lesson beside the playground (no argument: list the lessons).",
        discussion: """
        The lesson pane shows the step's text, its goal (checked as you train), hints \
        and questions; every control the step does not lock still works.

        Lesson keys: n next step (once the goal is met), p back, h next hint, l list \
        of steps (L then toggles the log-scale loss), x start the step again, a then a \
        letter to answer the question, j/k scroll the text. All the playground's keys \
        work too ('nnplay help play').

        A landscape lesson (lab: landscape) opens the landscape lab with the same pane \
        and keys; there 'a' adds a method on a step without a question, and the phase \
        map waits until the lesson is closed.

        A curve lesson (lab: curves) opens the curve lab with the same pane and keys; \
        each step starts on fresh data and models, as 'nnplay lesson check' starts it.

        A race lesson (lab: race) opens the race screen with the same pane and keys: \
        the lesson's variants race, v selects one, and the controls change the \
        selected variant where the step allows it (a and x are the lesson's there, \
        L is the log-scale loss).
        """
    )

    @Argument(help: ArgumentHelp("A shipped lesson's id or file name, or the path of a lesson file.",
                                 valueName: "ID-or-FILE"))
    var lesson: String?

    @OptionGroup(title: "Screen")
    var screen: ScreenOptions

    func run() throws {
        let launcher = try screen.launcher()
        let locator = ResourceLocator.current()
        let store = LessonProgressStore.standard()
        guard let (file, lesson, loaded) = try LessonCommand.lessonOrList(lesson, locator: locator, store: store) else {
            return
        }
        if let lab = lesson.curves {
            let mode = CurvesLessonMode(session: LessonSession(lesson: lesson, progress: loaded.progress), lab: lab,
                                        settings: try lab.resolvedSettings(lesson))
            try PlaygroundLauncher.requireTerminal()
            return try CurvesLauncher(settings: mode.setup, stepsPerSecond: CurveLab(settings: mode.setup).stepsPerSecond,
                                      startPlaying: false, fps: launcher.fps, record: launcher.record, lesson: mode,
                                      lessonStore: store).run()
        }
        if lesson.lab == .race {
            let (mode, csv) = try RaceLessonMode.open(lesson, progress: loaded.progress,
                                                      data: LessonData(locator: locator, lessonPath: file))
            try PlaygroundLauncher.requireTerminal()
            return try launcher.runRace(try mode.startState(csv: csv), startPlaying: false,
                                        note: loaded.warning ?? mode.pane.openingNote, lesson: mode, lessonStore: store)
        }
        if let lab = lesson.landscape {
            let mode = try LandscapeLessonMode(session: LessonSession(lesson: lesson, progress: loaded.progress),
                                               lab: lab, setups: lab.resolvedSetups())
            try PlaygroundLauncher.requireTerminal()
            return try LandscapeLabLauncher.run(setup: mode.setup, record: launcher.record, startPlaying: false,
                                                lesson: mode, lessonStore: store)
        }
        try PlaygroundLauncher.requireTerminal()
        let opened = try LessonOpenCommand.prepare(lesson, progress: loaded.progress,
                                                   data: LessonData(locator: locator, lessonPath: file))
        var state = opened.state
        if let warning = loaded.warning { state.message = warning }
        if lesson.lab == .digits {
            return try DigitsLauncher(pace: launcher.pace, fps: launcher.fps, record: launcher.record)
                .run(lab: DigitsLabState(playground: opened.playground),
                     state: DigitsAppState(config: state.config, lesson: state.lesson, message: state.message),
                     initialCommands: opened.initialCommands, lessonStore: store)
        }
        try launcher.run(playground: opened.playground, state: state, initialCommands: opened.initialCommands,
                 lessonStore: store)
    }

    /// The playground and the interface for `lesson` at the student's step: the
    /// step's setup exactly as `nnplay lesson check` starts from it.
    static func prepare(_ lesson: Lesson, progress: LessonProgress, data: LessonData) throws
        -> (playground: PlaygroundState, state: AppState, initialCommands: [Command]) {
        let session = LessonSession(lesson: lesson, progress: progress)
        let setups = try lesson.steps.indices.map { index throws(InputError) in
            try lesson.resolvedSetup(ofStep: index, data: data)
        }
        // The engine holds every CSV file the lesson's steps use, by name.
        var files: [String: Dataset] = [:]
        for setup in setups {
            if let csv = setup.csv, let path = setup.config.dataset.csvPath { files[path] = csv }
        }
        let current = setups[session.stepIndex]
        let initial = current.csv.map { ($0, current.config.dataset.csvPath) }
            ?? setups.lazy.compactMap { setup in setup.csv.map { ($0, setup.config.dataset.csvPath) } }.first
        let playground = try PlaygroundState(config: current.config, csv: initial?.0, otherCSV: files)
        var state = AppState(config: current.config, csv: initial.map { CSVChoice(path: $0.1, problem: $0.0.problem) })
        let mode = LessonMode(session: session, setups: setups.map(LessonMode.StepSetup.init))
        state.lesson = mode
        state.message = "\(session.positionText): \(session.step.title)   (? lists every key)"
        let run = current.autoRunEpochs
        state.isPlaying = run > 0
        return (playground, state, mode.paceCommands + mode.startCommands)
    }
}
