import NNCore
import NNSession
@testable import NNTUI

/// Playgrounds trained through `PlaygroundState` (as the engine would) and inspected
/// along the way by one `InspectorPainter`, so that the histories (gradient flow, a
/// weight's values) hold several epochs; and the frames the app draws for them.
enum InspectorFixture {
    /// A state of `config` trained `epochs` epochs, inspected after each epoch for `app`'s
    /// spec; the final snapshot carries the inspection.
    static func trained(_ config: TrainingConfig, epochs: Int, app: AppState) throws -> Snapshot {
        var state = try PlaygroundState(config: config)
        var painter = InspectorPainter()
        var snapshot = state.snapshot().inspected(app.inspector.spec, by: &painter)
        for _ in 0..<epochs {
            state.advance(to: state.sessionStep + state.trainer.stepsPerEpoch)
            snapshot = state.snapshot().inspected(app.inspector.spec, by: &painter)
        }
        return snapshot
    }

    /// The frame for `app` and an already inspected `snapshot` at `size`, pictures painted here.
    static func frame(_ app: AppState, snapshot: Snapshot, size: Size, tier: ColourTier = .ansi256) -> Frame {
        var fields = NetworkFields()
        let layout = app.layout(for: size)
        var painter = PicturePainter()
        fields.update(snapshot.painted(NetworkFields.pictureSpec(for: snapshot, layout: layout), by: &painter),
                      layout: layout)
        return PlaygroundScreen.render(state: app, snapshot: snapshot, fields: fields, framesPerSecond: 30,
                                       size: size, palette: Palette(tier: tier))
    }

    /// The text and styles of `frame`, as the golden files hold them.
    static func dump(_ frame: Frame, size: Size, tier: ColourTier = .ansi256) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(frame.canvas)
        return backend.dump
    }

    /// Circle as the playground starts it, on four features.
    static let circle = TrainingConfig(dataset: DatasetConfig(kind: .circle, noise: 0.1),
                                       features: [.x1, .x2, .x1Squared, .x2Squared], hiddenLayers: [4, 2], seed: 7)
    /// Five sigmoid layers: the textbook vanishing gradient.
    static let deepSigmoid = TrainingConfig(dataset: DatasetConfig(kind: .circle, noise: 0.1), features: [.x1, .x2],
                                            hiddenLayers: [4, 4, 4, 4, 4], activation: .sigmoid, seed: 7)
    /// Regression on the gaussian bumps.
    static let regression = TrainingConfig(dataset: DatasetConfig(kind: .regGauss, noise: 0, count: 300),
                                           features: [.x1, .x2, .sinX1, .sinX2], hiddenLayers: [8, 8],
                                           output: .linear, loss: .meanSquaredError,
                                           optimizer: OptimizerConfig(kind: .adam, learningRate: 0.01), seed: 5)
    /// XOR on a 6-4 tanh network (the first hidden layer folds the plane so the classes part).
    static let xor = TrainingConfig(dataset: DatasetConfig(kind: .xor, noise: 0.1), features: [.x1, .x2],
                                       hiddenLayers: [6, 4], seed: 3)

    /// `app` after `keys` (each a character event).
    static func pressing(_ keys: String, on app: AppState) -> AppState {
        AppFixture.press(AppFixture.typing(keys), on: app).0
    }
}
