import NNCore
import NNSession

/// The digits lab's screen state, as a pure value: which part has the keys, the pad,
/// the controls panel's focus and editor, the gallery's page and the pair of digits it
/// is narrowed to. `handle(_:)` turns one event into the commands for the engine (see
/// `DigitsAppState+Keys.swift` for the keys); the engine's snapshots bring back the
/// settings in force (`adopt`).
package struct DigitsAppState: Equatable, Sendable {
    /// The parts of the screen that take keys, in Tab order.
    package enum Focus: String, CaseIterable, Equatable, Sendable {
        case pad, gallery, confused, controls
    }

    /// What the main pane shows on a screen too small to show everything at once (`v`).
    package enum PaneView: String, CaseIterable, Equatable, Sendable {
        /// The lesson's pane (only while a lesson is open and the screen has no column for it).
        case lesson
        case gallery, weights, curves, confused
    }

    package var focus: Focus = .pad
    package var pad = DrawPad()
    package var paneView: PaneView = .gallery
    /// The focused row of the controls panel.
    package var control: ControlID = .hidden
    /// The value being typed into `control`, if any.
    package var editing: TextEdit?
    /// The gallery's first shown image is `galleryPage` × the images per page.
    package var galleryPage = 0
    /// The selected row of the most-confused list.
    package var confusedIndex = 0
    /// The pair the gallery shows only (opened from the most-confused list); nil: every test image.
    package var openedPair: ConfusedPair?
    package var showHelp = false
    package var shouldQuit = false
    /// A note for the bottom row (a refused value, what a key did).
    package var message: String?
    /// The settings in force, as the engine last reported them.
    package var config: TrainingConfig
    package var isPlaying = false
    /// How fast the engine trains while playing, as it last reported.
    package var pace: Pace = .watchable
    /// The lesson open beside the lab, if any (`DigitsAppState+Lesson.swift`).
    package var lesson: LessonMode?

    package init(config: TrainingConfig, lesson: LessonMode? = nil, message: String? = nil) {
        self.config = config
        self.lesson = lesson
        self.message = message
        if lesson != nil { paneView = .lesson }
    }

    /// Takes on what the engine reports: its settings and whether it trains, and the
    /// reason it refused the last command, if it did.
    package mutating func adopt(_ snapshot: DigitsSnapshot) {
        config = snapshot.playground.config
        isPlaying = snapshot.playground.isPlaying
        pace = snapshot.playground.pace
        if let rejection = snapshot.playground.lastRejection { message = rejection.message }
        observeLesson(snapshot.playground)
    }

    /// The problem every digits network solves.
    static let problem = Problem.classification(classes: DigitsDataset.classes)

    /// The controls panel's rows: every playground setting of the network and its
    /// training (the data are the digits, fixed).
    package var controlRows: [ControlID.Row] {
        func shown(_ ids: [ControlID]) -> [ControlID.Row] {
            ids.filter { $0.setting?.isOnPanel(for: config) ?? true }.map { .control($0) }
        }
        return [.section("network"), .control(.hidden), .control(.activation), .control(.initializer),
                .section("training"), .control(.optimizer), .control(.learningRate)]
            + shown([.momentum, .beta1, .beta2, .weightDecay, .alpha])
            + [.control(.batchSize), .control(.regularization), .control(.regularizationRate), .control(.seed)]
    }

    /// The focusable controls in panel order.
    package var focusableControls: [ControlID] { controlRows.compactMap(\.control) }

    /// The panel as the controls view draws it.
    package var controlsModel: ControlsModel {
        let rows = controlRows
        let items = rows.map { row -> ControlItem in
            switch row {
            case .section(let title): return .section(title)
            case .control(let id):
                return ControlItem(label: id.label, value: id.valueText(config, csv: nil), isEnabled: id.isEnabled(config))
            }
        }
        let focused = focus == .controls ? rows.firstIndex(of: .control(control)) : nil
        return ControlsModel(title: "settings", items: items, focused: focused, editing: focused == nil ? nil : editing)
    }

    /// `new` as a `configure` command if the digits can train with it; otherwise no
    /// command, and the reason as the note.
    mutating func configure(_ new: TrainingConfig) -> [Command] {
        guard new != config else { return [] }
        if let problem = lessonLockProblem(new) {
            message = problem
            return []
        }
        do throws(InputError) {
            try new.validate(for: Self.problem, inputWidth: DigitsDataset.pixels)
        } catch {
            message = error.message
            return []
        }
        config = new
        message = nil
        return [.configure(new)]
    }

    /// The test images the gallery shows, as indices into the test set: every one, or
    /// those of the opened pair (true digit taken for the predicted one).
    package func galleryIndices(_ predictions: [DigitPrediction]) -> [Int] {
        guard let pair = openedPair else { return Array(predictions.indices) }
        return predictions.indices.filter { predictions[$0].truth == pair.truth && predictions[$0].predicted == pair.predicted }
    }
}
