import NNCore
import NNSession

/// One frame of the live playground: the `ScreenModel` made from the interface's state
/// and the engine's latest snapshot, drawn by `Screen`, with the app's own overlays on
/// top (the note or question on the bottom row). Pure: the loop and the tests call it
/// the same way.
package enum PlaygroundScreen {
    /// What `Screen` draws for `state` and `snapshot`; `fields` must be up to date
    /// with the snapshot (`NetworkFields.update`). `showPace` puts the pace on the
    /// status line (a replay leaves it out: it goes at the replay's own speed).
    package static func model(state: AppState, snapshot: Snapshot, fields: NetworkFields,
                             framesPerSecond: Double, showPace: Bool = true) -> ScreenModel {
        let metrics = snapshot.metrics
        let epochName = snapshot.config.optimizer.kind.epochName
        let status = StatusModel(isRunning: snapshot.isPlaying, epoch: snapshot.epoch, step: snapshot.step,
                                 trainLoss: metrics.train.loss, testLoss: metrics.test?.loss ?? .nan,
                                 trainAccuracy: metrics.train.accuracy, testAccuracy: metrics.test?.accuracy,
                                 epochsPerSecond: snapshot.epochsPerSecond, framesPerSecond: framesPerSecond,
                                 divergedAtStep: snapshot.divergedAtStep,
                                 pace: showPace ? (state.pace.text(epochName), state.pace.shortText(epochName)) : nil,
                                 evolution: snapshot.evolution, epochName: epochName)
        var heatmap = HeatmapModel(field: fields.heatmap, problem: snapshot.problem, train: snapshot.trainSamples,
                                   test: snapshot.testSamples, showTest: state.showTest,
                                   discretize: state.discretize, valueRange: fields.valueRange)
        heatmap.threshold = snapshot.config.twoClassThreshold(for: snapshot.problem)
        var inspector: InspectorModel?
        if let view = state.inspector.view {
            inspector = InspectorModel(view: view, inspection: snapshot.inspection, problem: snapshot.problem,
                                       network: snapshot.network, inputNames: snapshot.config.features.map(\.label),
                                       state: state.inspector)
        }
        let history = snapshot.lossHistory.points.map {
            LossPoint(epoch: Double($0.epoch), train: $0.trainLoss, test: $0.testLoss ?? .nan,
                      validation: $0.validationLoss ?? .nan)
        }
        let loss = LossChartModel(history: history, logScale: state.logScale, recentWindow: state.recentLoss,
                                  currentEpoch: snapshot.epoch, bestEpoch: snapshot.bestEpoch, epochName: epochName)
        return ScreenModel(status: status, controls: state.controlsModel, network: fields.network,
                           heatmap: heatmap, loss: loss,
                           keys: AppKeys.bindings(inLesson: state.lesson != nil)
                               + (state.inspector.view == nil ? [] : AppKeys.inspectorBindings),
                           showHelp: state.showHelp, lesson: state.lesson?.paneModel, inspector: inspector)
    }

    /// The whole frame at `size`: the model drawn, then the note or the question on the
    /// bottom row. While a question is open nothing else can be clicked.
    package static func render(state: AppState, snapshot: Snapshot, fields: NetworkFields, framesPerSecond: Double,
                              size: Size, palette: Palette, showPace: Bool = true) -> Frame {
        let model = model(state: state, snapshot: snapshot, fields: fields, framesPerSecond: framesPerSecond,
                          showPace: showPace)
        var frame = Screen.render(model, size: size, palette: palette)
        guard case .regular(let rects) = frame.layout else { return frame }
        if let confirmation = state.confirmation {
            NoteBar.drawQuestion(confirmation.question, in: rects.hintBar, canvas: &frame.canvas)
            frame.hits = []
        } else if let message = state.message, !state.showHelp {
            NoteBar.drawNote(message, in: rects.hintBar, canvas: &frame.canvas)
        }
        return frame
    }
}
