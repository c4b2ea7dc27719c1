import Foundation
import NNCore
import NNSession
@testable import NNTUI

/// A digits lab trained a little on the shipped images, with a one drawn on its pad:
/// the snapshot the golden frames and key tests draw.
enum DigitsFixture {
    static func digits() throws -> Dataset {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("datasets/digits.csv")
        return try DigitsDataset(text: try String(contentsOf: url, encoding: .utf8), path: url.path).dataset
    }

    /// A vertical stroke down the middle of the pad.
    static var onePad: DrawPad {
        var pad = DrawPad()
        for r in 0..<8 { pad.apply(.stroke(row: r, column: 4)) }
        return pad
    }

    /// The lab after `epochs` epochs (the loss history has a point every 4: 0 and 4) on the default digits settings (and a smaller
    /// hidden layer, so its weight images fit), snapshotted as the engine would.
    static func snapshot(epochs: Int = 4, pad: DrawPad = onePad) throws -> (DigitsSnapshot, DigitsAppState) {
        var config = DigitsDataset.defaultConfig
        config.hiddenLayers = [16]
        var lab = try DigitsLabState(config: config, digits: try digits())
        var accuracy = AccuracyHistory()
        accuracy.record(epoch: 0, accuracy: lab.readout(pad: nil).confusion.accuracy)
        let target = lab.playground.trainer.stepsPerEpoch * epochs
        while lab.playground.trainer.steps < target {
            lab.step()
            if lab.playground.trainer.steps % lab.playground.trainer.stepsPerEpoch == 0 {
                accuracy.record(epoch: lab.playground.trainer.epochs, accuracy: lab.readout(pad: nil).confusion.accuracy)
            }
        }
        let snapshot = DigitsSnapshot(playground: lab.playground.snapshot(), readout: lab.readout(pad: pad.pixels),
                                      pad: pad.pixels, accuracy: accuracy)
        var state = DigitsAppState(config: config)
        state.pad = pad
        state.adopt(snapshot)
        return (snapshot, state)
    }

    static func dump(_ snapshot: DigitsSnapshot, _ state: DigitsAppState, size: Size, tier: ColourTier) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        var canvas = Canvas(size: size)
        _ = DigitsScreen.draw(snapshot, state: state, palette: backend.palette, canvas: &canvas)
        backend.present(canvas)
        return backend.dump
    }
}
