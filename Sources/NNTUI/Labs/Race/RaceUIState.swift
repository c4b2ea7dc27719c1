import NNCore
import NNSession

/// Everything the race screen's interface knows, as one plain value: which variant is
/// selected, the playground's own interface state for its controls (so editing a
/// variant is editing in the playground's panel, with the same keys and rules), help,
/// quitting, and the note to show.
///
/// Keys and clicks go through `handle`, which returns race commands for the engine:
/// the panel's commands are addressed to the selected variant (its settings) or to
/// every variant (play and pause, the pace, new weights, new data), as `RaceLabCommand`
/// allows. Pure: every key can be tested without a terminal or an engine.
package struct RaceUIState: Equatable, Sendable {
    /// The id of the selected variant.
    package var selected: Int
    /// The controls of the selected variant (the playground's interface state).
    package var panel: AppState
    /// The ids of the variants, in order, as last reported.
    package var ids: [Int]
    /// The names of the variants by id, as last reported (for naming copies).
    package var names: [Int: String] = [:]
    /// What each variant reported last, by id: the panel takes on the selected one's at
    /// once when the selection moves, so that the next key edits the right settings.
    package var reports: [Int: EngineReport] = [:]
    package var showHelp = false
    package var shouldQuit = false
    /// The last refusal reported by the race, so that each is shown once.
    package var seenRejection: CommandRejection?
    /// The lesson open in the race (`nnplay lesson ID` of a `lab: race` lesson), if any.
    package var lesson: RaceLessonMode?

    /// The interface of a race of the variants `ids` (the first selected), whose first
    /// variant has `config`, starting at `pace`.
    package init(ids: [Int], config: TrainingConfig, pace: Pace) {
        selected = ids.first ?? 0
        self.ids = ids
        panel = AppState(config: config)
        panel.pace = pace
    }

    /// The note on the bottom row (the panel's: refusals, early stops, …).
    package var message: String? {
        get { panel.message }
        set { panel.message = newValue }
    }

    /// Takes on what the race reports: the variants, the selected variant's settings
    /// (into the panel), play/pause and pace, and a new refusal as the note.
    package mutating func adopt(_ snapshot: RaceSnapshot) {
        ids = snapshot.variants.map(\.id)
        names = Dictionary(uniqueKeysWithValues: snapshot.variants.map { ($0.id, $0.name) })
        reports = Dictionary(uniqueKeysWithValues: snapshot.variants.map { variant in
            var report = EngineReport(variant.snapshot)
            report.isPlaying = snapshot.isPlaying
            report.pace = snapshot.pace
            return (variant.id, report)
        })
        if snapshot.variant(selected) == nil, let first = ids.first { selected = first }
        if let report = reports[selected] { panel.adopt(report) }
        if snapshot.lastRejection != seenRejection {
            seenRejection = snapshot.lastRejection
            if let rejection = snapshot.lastRejection { panel.message = rejection.message }
        }
        if let note = lesson?.observe(snapshot) { panel.message = note }
    }

    /// Handles `event` in place; returns the commands for the race's engine. `context`
    /// holds the panel's click targets; `heatmaps` the variants' boxes, in order.
    package mutating func handle(_ event: InputEvent, context: AppContext, heatmaps: [Rect]) -> [RaceLabCommand] {
        if case .interrupt = event {
            shouldQuit = true
            return []
        }
        let editing = panel.editing != nil || panel.confirmation != nil
        if showHelp && !editing {
            if case .resize = event { return [] }
            showHelp = false
            return []
        }
        if !editing, let commands = handleLesson(event) { return commands }
        if !editing {
            switch event {
            case .character("?"), .function(1):
                showHelp = true
                return []
            case .character("q"):
                shouldQuit = true
                return []
            case .character("v"):
                select(by: 1)
                return []
            case .character("V"):
                select(by: -1)
                return []
            case .character("a"):
                let name = "copy of " + (names[selected] ?? "variant")
                return [.add(copyOf: selected, name: name)]
            case .character("x"):
                return [.remove(id: selected)]
            case .character("i"), .character("c"), .character("z"):
                return []  // the playground's inspector, click class and recent window: not on this screen
            case .character("m"), .character("e"):
                message = "a grid search (m) or a seed sweep (e) opens from the playground"
                return []
            case .click(let column, let row, _):
                if let index = heatmaps.firstIndex(where: { $0.contains(column: column, row: row) }), ids.indices.contains(index) {
                    select(ids[index])
                    return []
                }
            default:
                break
            }
        }
        let commands = panel.handle(event, context: AppContext(hits: context.hits, heatmap: nil))
        if panel.shouldQuit { shouldQuit = true }
        return lessonAllowed(commands).compactMap(route)
    }

    /// The race command for a playground command from the panel.
    private func route(_ command: Command) -> RaceLabCommand? {
        switch command {
        case .configure, .setWeight:
            return .variant(id: selected, command)
        case .play, .pause, .step, .run, .resetWeights, .regenerateData, .addPoint, .setPace, .setSpeed:
            return .all(command)
        case .restart, .watchGoal, .unknown:
            return nil
        }
    }

    /// Selects the variant `offset` places on (wrapping).
    private mutating func select(by offset: Int) {
        guard let index = ids.firstIndex(of: selected), !ids.isEmpty else { return }
        select(ids[((index + offset) % ids.count + ids.count) % ids.count])
    }

    /// Selects the variant `id`; the panel shows its settings from now on.
    mutating func select(_ id: Int) {
        selected = id
        if let report = reports[id] { panel.adopt(report) }
    }
}
