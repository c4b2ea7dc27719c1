import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay digits`: the handwritten-digits lab, training live on the engine.
struct DigitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digits",
        abstract: "The handwritten-digits lab: train on the 8x8 digits and see what the network learns.",
        discussion: """
        Trains a network on the 1,797 8x8 digits (64 pixel inputs, ten classes; \
        datasets/digits.csv) while you watch: a gallery of test digits with the class \
        the network predicts (wrong ones marked x with the true digit), the 10x10 \
        confusion matrix, the first layer's weights drawn as 8x8 images, loss and \
        accuracy curves, and the pairs of digits it confuses most (Enter opens their \
        images). Draw your own digit on the 8x8 pad (click or drag with the mouse, or \
        arrows and space) and watch the network's probabilities for it.

        It starts from the digits' own settings (\(DigitsDataset.defaultsText)); every \
        training flag changes them, and the settings panel changes them live (Tab moves \
        between the pad, the gallery, the list of pairs and the settings).

        Keys: space play/pause (on the pad: pen down/up), . step, r new weights, +/- pace, \
        Tab next part, arrows move, Enter open a pair or type a setting, c clear the \
        pad, v switch the main pane on a small screen, Esc all images, ? help, q quit.

        Examples:
          nnplay digits
          nnplay digits --hidden 16 --activation tanh --start
          nnplay digits --record digits.session     # then: nnplay replay digits.session
        """
    )

    @OptionGroup(title: "Training settings")
    var settings: TrainingOptions

    @Flag(help: "Start training at once (by default the lab opens paused: press space).")
    var start = false

    @OptionGroup(title: "Screen")
    var screen: ScreenOptions

    func run() throws {
        var settings = self.settings
        if settings.data != nil || (settings.dataset.map { $0.lowercased() != DigitsDataset.name } ?? false) {
            throw InputError("nnplay digits trains on the digits: leave out --dataset and --data")
        }
        settings.dataset = DigitsDataset.name
        guard (1...240).contains(screen.fps) else { throw InputError("--fps must be 1 to 240") }
        let pace = try screen.pace()
        if let record = screen.record { try TrainCommand.checkWritable(record) }
        let prepared = try settings.prepare(locator: .current())
        try PlaygroundLauncher.requireTerminal()
        let lab = try DigitsLabState(config: prepared.config, digits: prepared.dataset)
        try DigitsLauncher(pace: pace, fps: screen.fps, record: screen.record)
            .run(lab: lab, state: DigitsAppState(config: prepared.config), startPlaying: start)
    }
}
