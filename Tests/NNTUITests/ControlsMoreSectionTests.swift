import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The panel's `more` section: settings beyond TensorFlow Playground's panel (input
/// scaling, schedule, clipping, shuffling) show where a lesson step lets the student
/// change them or where they are away from their defaults, so a step on clipping can
/// be played and a clip in force is seen.
@Suite struct ControlsMoreSectionTests {
    static func lessonState(lock: String) throws -> AppState {
        let text = """
        ---
        id: more-rows
        title: More rows
        ---

        ```setup
        dataset: circle
        lock: \(lock)
        ```

        ## One

        Text.
        """
        let lesson = try LessonParser.parse(text, path: "more-rows.md")
        let data = LessonData(datasets: nil, lessonFolder: nil)
        let setup = LessonMode.StepSetup(try lesson.resolvedSetup(ofStep: 0, data: data))
        var state = AppState(config: setup.config)
        state.lesson = LessonMode(session: LessonSession(lesson: lesson), setups: [setup])
        return state
    }

    /// Free play shows every extra setting, at its default or not, so that each flag of
    /// `nnplay train` has a row; values in force show on them.
    @Test func thePlaygroundShowsEveryExtraSetting() {
        let plain = AppState(config: TrainingConfig())
        #expect(plain.moreControls == ControlID.extraControls)
        #expect(plain.rows.suffix(8) == [.section("more")] + ControlID.extraControls.map { .control($0) })
        var config = TrainingConfig()
        config.clipNorm = 1
        config.dataset.scale = .standard
        let state = AppState(config: config)
        let values = Dictionary(uniqueKeysWithValues: state.controlsModel.items.map { ($0.label, $0.value) })
        #expect(values["clip"] == "1")
        #expect(values["scale inputs"] == "standard")
        #expect(Dictionary(uniqueKeysWithValues: plain.controlsModel.items.map { ($0.label, $0.value) })["clip"] == "–")
    }

    @Test func aLessonStepShowsTheExtraSettingsItUnlocks() throws {
        let clip = try Self.lessonState(lock: "all except clip, scale")
        #expect(clip.moreControls == [.scale, .clip])
        #expect(clip.focusable.suffix(2) == [.scale, .clip])
        let model = clip.controlsModel
        #expect(model.items.suffix(2).map(\.isLocked) == [false, false])
        // The schedule's three rows follow one lock.
        #expect(try Self.lessonState(lock: "all except lr-schedule").moreControls == [.schedule, .scheduleGamma, .scheduleStep])
        #expect(try Self.lessonState(lock: "all").moreControls.isEmpty)
    }

    @Test func theSectionIsAnOptionalTailOfTheValidationRows() throws {
        let state = try Self.lessonState(lock: "all except clip")
        let model = state.controlsModel
        #expect(model.optionalTail == ControlID.validationRows.count + 2)
        #expect(model.shownCount(rows: model.items.count - 1) == model.items.count - model.optionalTail)
    }

    /// `points` (a lesson on more data needs it): the row shows the dataset's default
    /// count until one is set, steps along its ladder from there, and is off for CSV data.
    @Test func thePointsRowStepsFromTheDefaultCount() throws {
        let state = try Self.lessonState(lock: "all except points")
        #expect(state.moreControls == [.points])
        let config = TrainingConfig()
        #expect(ControlID.points.valueText(config, csv: nil) == "500")
        #expect(ControlID.points.editText(config, csv: nil) == "500")
        #expect(try #require(ControlID.points.stepped(config, by: 1, csv: nil)).dataset.count == 1000)
        #expect(try #require(ControlID.points.stepped(config, by: -1, csv: nil)).dataset.count == 300)
        var csv = TrainingConfig()
        csv.dataset.kind = nil
        csv.dataset.csvPath = "iris"
        #expect(!ControlID.points.isEnabled(csv))
        #expect(ControlID.points.changesData)
    }

    @Test func steppingTheScaleRowChangesTheData() throws {
        #expect(ControlID.scale.changesData)
        let next = try #require(ControlID.scale.stepped(TrainingConfig(), by: 1, csv: nil))
        #expect(next.dataset.scale == .minmax)
    }
}
