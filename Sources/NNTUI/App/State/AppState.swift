import NNCore
import NNSession

/// Everything the playground's interface knows, as one plain value: the settings as
/// the student last chose them, which control has the focus, the text being typed,
/// the view toggles, an open dialog, and the note to show.
///
/// It changes only through `AppState.handle(_:state:context:)` (a key or a click in,
/// commands for the engine out: see `AppState+Handle.swift`) and `adopt(_:)` (what
/// the engine reports back). No terminal, no engine, no clock: every key can be tested
/// as a pure function.
package struct AppState: Equatable, Sendable {
    /// The settings as the interface knows them: the last configuration sent to the
    /// engine (or adopted from it). Every change is sent as `Command.configure`.
    package var config: TrainingConfig
    /// The CSV points the session started with, if any (the dataset control can return to them).
    package var csv: CSVChoice?
    /// The focused control.
    package var focus: ControlID = .learningRate
    /// The value being typed into the focused control (Enter applies, Esc cancels).
    package var editing: TextEdit?
    /// Draw the test points on the heatmap (`t`).
    package var showTest = false
    /// Hard class regions instead of shades (`d`).
    package var discretize = false
    /// Logarithmic loss axis (`l`).
    package var logScale = false
    /// The loss chart shows the recent part of the run instead of all of it (`z`).
    package var recentLoss = false
    /// The early stop last reported (epoch of the network), so that each is told once.
    package var seenEarlyStop: Int?
    /// The key list on top of everything (`?`).
    package var showHelp = false
    /// A yes/no question waiting for an answer (dropping points the student added).
    package var confirmation: Confirmation?
    /// Whether training runs, as last sent or reported.
    package var isPlaying = false
    /// The step at which training diverged, as last reported (nil after a reset was sent).
    package var divergedAtStep: Int?
    /// How fast training goes while playing (`+`/`-`), as last sent or reported. The
    /// terminal playground starts at `Pace.watchable` unless `--speed` says otherwise.
    package var pace: Pace = .watchable
    /// The class a plain click on the heatmap adds (Shift or right click adds another).
    package var clickClass = 1
    /// Training points added by clicking since the data were last drawn.
    package var addedPoints = 0
    /// A short note on the last action or the reason it was refused.
    package var message: String?
    /// The last refusal reported by the engine, so that each is shown once.
    package var seenRejection: CommandRejection?
    /// The inspector beside the heatmap: which view is open (none at first) and its choices.
    package var inspector = InspectorState()
    /// The lesson open beside the playground, if any (`nnplay lesson ID`).
    package var lesson: LessonMode?
    /// Set by `q` or Ctrl-C: the loop restores the terminal and ends.
    package var shouldQuit = false
    /// A comparison of this setup asked for (`m` search, `e` sweep), for the loop to open.
    package var compareRequest: CompareScreen?

    /// The interface for a session that starts with `config` (on CSV points `csv`).
    package init(config: TrainingConfig, csv: CSVChoice? = nil) {
        self.config = config
        self.csv = csv
    }

    /// The problem the current data pose.
    package var problem: Problem {
        CSVChoice.problem(of: config.dataset, csv: csv)
    }

    /// The rows of the controls panel.
    package var rows: [ControlID.Row] { ControlID.rows(for: config, more: moreControls) }

    /// The focusable controls of the panel, in order.
    package var focusable: [ControlID] { ControlID.focusable(for: config, more: moreControls) }

    /// The `extraControls` the panel shows. In free play, all of them, so that every
    /// setting of `nnplay train` can be reached: they are the panel's optional tail, left
    /// out of a panel too short for them until the focus moves down to them
    /// (`ControlsModel.optionalTail`). In a lesson, those the step does not lock (so that
    /// a step on input scaling or clipping can be played), and those set away from their
    /// defaults (so the student sees what is in force), except `points`, which setups
    /// often set and the panel showed no row for before.
    package var moreControls: [ControlID] {
        guard let locked = lesson?.setup.locked else { return ControlID.extraControls }
        let defaults = TrainingConfig()
        return ControlID.extraControls.filter { id in
            guard let setting = id.setting else { return false }
            if !locked.contains(id.lessonControl) { return true }
            return id != .points && setting.read(config) != setting.read(defaults)
        }
    }

    /// Takes on what the engine reports, once it has applied every command sent: the
    /// configuration in force (which differs only if the engine refused a change),
    /// play/pause, divergence, the pace, and a new refusal as the note.
    package mutating func adopt(_ report: EngineReport) {
        config = report.config
        isPlaying = report.isPlaying
        divergedAtStep = report.divergedAtStep
        pace = report.pace
        if report.lastRejection != seenRejection {
            seenRejection = report.lastRejection
            if let rejection = report.lastRejection { message = AppState.friendly(rejection.message) }
        }
        if report.stoppedEarlyAt != seenEarlyStop {
            seenEarlyStop = report.stoppedEarlyAt
            if let epoch = report.stoppedEarlyAt { message = AppState.earlyStopNote(epoch, report: report) }
        }
        keepFocusVisible()
        inspector.clamp(to: config.layerSizes(for: problem))
    }

    /// Moves the focus to the dataset row if its row has gone (e.g. `classes` after
    /// leaving blobs, `beta1` after leaving Adam).
    mutating func keepFocusVisible() {
        let visible = focusable
        if !visible.contains(focus) {
            focus = visible.contains(.optimizer) && focus.isOptimizerParameter ? .optimizer : .dataset
        }
    }

    /// The note when early stopping pauses: `early stop at epoch 80: validation loss
    /// lowest at epoch 60, its weights restored (space trains on)`.
    static func earlyStopNote(_ epoch: Int, report: EngineReport) -> String {
        let name = report.config.optimizer.kind.epochName.singular
        var note = "early stop at \(name) \(epoch)"
        if let best = report.bestEpoch {
            note += ": validation loss lowest at \(name) \(best)"
            if report.config.restoreBestWeights { note += ", its weights restored" }
        }
        return note + " (space trains on)"
    }

    /// A message from `TrainingConfig.validate` (written for the command line) as the
    /// panel says it: `--lr must be a positive number` → `lr must be a positive number`.
    static func friendly(_ message: String) -> String {
        message.split(separator: "--", omittingEmptySubsequences: false).joined()
    }
}

/// What the engine reported in its latest snapshot, as the interface adopts it.
package struct EngineReport: Equatable, Sendable {
    package var config: TrainingConfig
    package var isPlaying: Bool
    package var divergedAtStep: Int?
    package var pace: Pace
    package var lastRejection: CommandRejection?
    /// The epoch at which early stopping paused training, and the best epoch it kept.
    package var stoppedEarlyAt: Int?
    package var bestEpoch: Int?

    package init(config: TrainingConfig, isPlaying: Bool, divergedAtStep: Int? = nil, pace: Pace = .max,
                lastRejection: CommandRejection? = nil, stoppedEarlyAt: Int? = nil, bestEpoch: Int? = nil) {
        self.config = config
        self.isPlaying = isPlaying
        self.divergedAtStep = divergedAtStep
        self.pace = pace
        self.lastRejection = lastRejection
        self.stoppedEarlyAt = stoppedEarlyAt
        self.bestEpoch = bestEpoch
    }

    /// The report of `snapshot`.
    package init(_ snapshot: Snapshot) {
        self.init(config: snapshot.config, isPlaying: snapshot.isPlaying, divergedAtStep: snapshot.divergedAtStep,
                  pace: snapshot.pace, lastRejection: snapshot.lastRejection,
                  stoppedEarlyAt: snapshot.stoppedEarlyAt, bestEpoch: snapshot.bestEpoch)
    }
}

/// What is on screen now, for mapping clicks: the click targets of the last frame
/// drawn and where the heatmap is.
package struct AppContext: Sendable {
    package var hits: [HitRegion]
    /// The decision-boundary view's box (for `HeatmapView.domainPoint`); nil if not shown.
    package var heatmap: Rect?

    package init(hits: [HitRegion] = [], heatmap: Rect? = nil) {
        self.hits = hits
        self.heatmap = heatmap
    }

    /// The context of a drawn frame.
    package init(_ frame: Frame) {
        hits = frame.hits
        if case .regular(let rects) = frame.layout { heatmap = rects.heatmap } else { heatmap = nil }
    }
}

/// A yes/no question and the change it guards.
package struct Confirmation: Equatable, Sendable {
    /// The question, e.g. "New data drops the 3 points you added. Go on?"
    package var question: String
    /// The configuration to take on when the answer is yes.
    package var config: TrainingConfig
    /// The commands to send when the answer is yes.
    package var commands: [Command]

    package init(question: String, config: TrainingConfig, commands: [Command]) {
        self.question = question
        self.config = config
        self.commands = commands
    }
}

extension ControlID {
    /// The optimizer's own parameters (their rows come and go with the optimizer).
    var isOptimizerParameter: Bool {
        [.learningRate, .momentum, .beta1, .beta2, .alpha, .weightDecay, .population, .sigma, .mutationRate].contains(self)
    }
}
