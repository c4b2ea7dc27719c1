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
public struct AppState: Equatable, Sendable {
    /// The settings as the interface knows them: the last configuration sent to the
    /// engine (or adopted from it). Every change is sent as `Command.configure`.
    public var config: TrainingConfig
    /// The CSV points the session started with, if any (the dataset control can return to them).
    public var csv: CSVChoice?
    /// The focused control.
    public var focus: ControlID = .learningRate
    /// The value being typed into the focused control (Enter applies, Esc cancels).
    public var editing: TextEdit?
    /// Draw the test points on the heatmap (`t`).
    public var showTest = false
    /// Hard class regions instead of shades (`d`).
    public var discretize = false
    /// Logarithmic loss axis (`l`).
    public var logScale = false
    /// The loss chart shows the recent part of the run instead of all of it (`z`).
    public var recentLoss = false
    /// The early stop last reported (epoch of the network), so that each is told once.
    public var seenEarlyStop: Int?
    /// The key list on top of everything (`?`).
    public var showHelp = false
    /// A yes/no question waiting for an answer (dropping points the student added).
    public var confirmation: Confirmation?
    /// Whether training runs, as last sent or reported.
    public var isPlaying = false
    /// The step at which training diverged, as last reported (nil after a reset was sent).
    public var divergedAtStep: Int?
    /// How fast training goes while playing (`+`/`-`), as last sent or reported. The
    /// terminal playground starts at `Pace.watchable` unless `--speed` says otherwise.
    public var pace: Pace = .watchable
    /// The class a plain click on the heatmap adds (Shift or right click adds another).
    public var clickClass = 1
    /// Training points added by clicking since the data were last drawn.
    public var addedPoints = 0
    /// A short note on the last action or the reason it was refused.
    public var message: String?
    /// The last refusal reported by the engine, so that each is shown once.
    public var seenRejection: CommandRejection?
    /// The inspector beside the heatmap: which view is open (none at first) and its choices.
    public var inspector = InspectorState()
    /// The lesson open beside the playground, if any (`nnplay lesson ID`).
    public var lesson: LessonMode?
    /// Set by `q` or Ctrl-C: the loop restores the terminal and ends.
    public var shouldQuit = false

    /// The interface for a session that starts with `config` (on CSV points `csv`).
    public init(config: TrainingConfig, csv: CSVChoice? = nil) {
        self.config = config
        self.csv = csv
    }

    /// The problem the current data pose.
    public var problem: Problem {
        CSVChoice.problem(of: config.dataset, csv: csv)
    }

    /// The rows of the controls panel.
    public var rows: [ControlID.Row] { ControlID.rows(for: config) }

    /// Takes on what the engine reports, once it has applied every command sent: the
    /// configuration in force (which differs only if the engine refused a change),
    /// play/pause, divergence, the pace, and a new refusal as the note.
    public mutating func adopt(_ report: EngineReport) {
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
        let visible = ControlID.focusable(for: config)
        if !visible.contains(focus) {
            focus = visible.contains(.optimizer) && focus.isOptimizerParameter ? .optimizer : .dataset
        }
    }

    /// The note when early stopping pauses: `early stop at epoch 80: validation loss
    /// lowest at epoch 60, its weights restored (space trains on)`.
    static func earlyStopNote(_ epoch: Int, report: EngineReport) -> String {
        var note = "early stop at epoch \(epoch)"
        if let best = report.bestEpoch {
            note += ": validation loss lowest at epoch \(best)"
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
public struct EngineReport: Equatable, Sendable {
    public var config: TrainingConfig
    public var isPlaying: Bool
    public var divergedAtStep: Int?
    public var pace: Pace
    public var lastRejection: CommandRejection?
    /// The epoch at which early stopping paused training, and the best epoch it kept.
    public var stoppedEarlyAt: Int?
    public var bestEpoch: Int?

    public init(config: TrainingConfig, isPlaying: Bool, divergedAtStep: Int? = nil, pace: Pace = .max,
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
    public init(_ snapshot: Snapshot) {
        self.init(config: snapshot.config, isPlaying: snapshot.isPlaying, divergedAtStep: snapshot.divergedAtStep,
                  pace: snapshot.pace, lastRejection: snapshot.lastRejection,
                  stoppedEarlyAt: snapshot.stoppedEarlyAt, bestEpoch: snapshot.bestEpoch)
    }
}

/// What is on screen now, for mapping clicks: the click targets of the last frame
/// drawn and where the heatmap is.
public struct AppContext: Sendable {
    public var hits: [HitRegion]
    /// The decision-boundary view's box (for `HeatmapView.domainPoint`); nil if not shown.
    public var heatmap: Rect?

    public init(hits: [HitRegion] = [], heatmap: Rect? = nil) {
        self.hits = hits
        self.heatmap = heatmap
    }

    /// The context of a drawn frame.
    public init(_ frame: Frame) {
        hits = frame.hits
        if case .regular(let rects) = frame.layout { heatmap = rects.heatmap } else { heatmap = nil }
    }
}

/// A yes/no question and the change it guards.
public struct Confirmation: Equatable, Sendable {
    /// The question, e.g. "New data drops the 3 points you added. Go on?"
    public var question: String
    /// The configuration to take on when the answer is yes.
    public var config: TrainingConfig
    /// The commands to send when the answer is yes.
    public var commands: [Command]

    public init(question: String, config: TrainingConfig, commands: [Command]) {
        self.question = question
        self.config = config
        self.commands = commands
    }
}

extension ControlID {
    /// The optimizer's own parameters (their rows come and go with the optimizer).
    var isOptimizerParameter: Bool {
        [.momentum, .beta1, .beta2, .alpha, .weightDecay].contains(self)
    }
}
