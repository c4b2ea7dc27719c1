import NNCore
import NNSession

/// One variant as the race screen shows it: plain values read from its snapshot.
package struct RaceVariantModel: Sendable {
    package var id: Int
    /// Its place in the race, from 1: the number on its heatmap, table row and legend.
    package var number: Int
    /// What sets it apart from the others (`RaceDifferences`).
    package var label: RaceDifferences.Label
    package var heatmap: HeatmapModel
    package var epoch: Int
    package var trainLoss: Double
    package var testLoss: Double?
    package var trainAccuracy: Double?
    package var testAccuracy: Double?
    package var divergedAtStep: Int?
    package var stoppedEarlyAt: Int?
    /// Train loss against epochs (the variant's bounded history).
    package var history: [LossPoint]
    /// What this variant's round of training is called (an epoch, or a generation under GA and CMA-ES).
    package var epochName: EpochName
}

/// What the race screen draws in one frame: the race's status, the variants, the
/// selected variant's controls and the toggles, as plain values.
package struct RaceScreenModel: Sendable {
    package var isPlaying: Bool
    package var sessionStep: Int
    package var pace: String
    package var framesPerSecond: Double
    package var variants: [RaceVariantModel]
    /// The id of the variant whose settings the controls show.
    package var selected: Int
    package var controls: ControlsModel
    package var logScale: Bool
    package var keys: [KeyBinding]
    package var showHelp: Bool
    /// The lesson pane (nil without a lesson).
    package var lesson: LessonPaneModel?

    /// The model for `state` (the interface) and `snapshot` (the race), with each
    /// variant's heatmap from `fields`.
    package init(state: RaceUIState, snapshot: RaceSnapshot, fields: RaceFields, framesPerSecond: Double) {
        isPlaying = snapshot.isPlaying
        sessionStep = snapshot.sessionStep
        pace = snapshot.pace.shortText
        self.framesPerSecond = framesPerSecond
        let labels = RaceDifferences.labels(snapshot.variants.map(\.snapshot.config))
        variants = snapshot.variants.enumerated().map { index, variant in
            let s = variant.snapshot
            var heatmap = HeatmapModel(field: fields.field(variant.id), problem: s.problem, train: s.trainSamples,
                                       test: s.testSamples, showTest: state.panel.showTest,
                                       discretize: state.panel.discretize, valueRange: fields.valueRange,
                                       title: "━ \(index + 1) " + labels[index].long)
            heatmap.threshold = s.config.twoClassThreshold(for: s.problem)
            return RaceVariantModel(
                id: variant.id, number: index + 1, label: labels[index], heatmap: heatmap, epoch: s.epoch,
                trainLoss: s.metrics.train.loss, testLoss: s.metrics.test?.loss,
                trainAccuracy: s.metrics.train.accuracy, testAccuracy: s.metrics.test?.accuracy,
                divergedAtStep: s.divergedAtStep, stoppedEarlyAt: s.stoppedEarlyAt,
                history: s.lossHistory.points.map { LossPoint(epoch: Double($0.epoch), train: $0.trainLoss) },
                epochName: s.config.optimizer.kind.epochName)
        }
        selected = state.selected
        controls = state.panel.controlsModel
        logScale = state.panel.logScale
        keys = state.lesson == nil ? RaceKeys.bindings : RaceKeys.lessonBindings
        showHelp = state.showHelp
        lesson = state.lesson?.paneModel
    }
}
