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

        It starts from the digits' own settings (60/20/20 split, one hidden layer of 32 \
        relu units, Adam at 0.01, batch 32); every training flag changes them, and the \
        settings panel changes them live (Tab moves between the pad, the gallery, the \
        list of pairs and the settings).

        Keys: space play/pause (on the pad: pen down/up), . step, r new weights, +/- pace, \
        Tab next part, arrows move, Enter open a pair or type a setting, c clear the \
        pad, v switch the main pane on a small screen, Esc all images, ? help, q quit.

        Examples:
          nnplay digits
          nnplay digits --hidden 16 --activation tanh --start
          nnplay digits --record digits.session     # then: nnplay replay digits.session --headless
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
        var lab = try DigitsLabState(config: prepared.config, digits: prepared.dataset)
        // Before the engine starts, so not a recorded command: a pace never changes what is computed.
        lab.pace = pace
        let header = SessionHeader(digitsLab: lab, terminal: TerminalSize.current())
        let engine = LabEngine(state: lab)
        defer { engine.stop() }
        let state = DigitsAppState(config: prepared.config)
        let fps = screen.fps, start = self.start, recordPath = screen.record
        // The recording is made, used and finished on the main actor (it is not Sendable).
        let outcome: Result<Void, Failure> = MainActor.assumeIsolated {
            var recording: DigitsRecording?
            if let recordPath {
                do throws(InputError) {
                    recording = DigitsRecording(recorder: try SessionRecorder(path: recordPath, header: header))
                } catch {
                    return .failure(.file(error))
                }
            }
            let app = DigitsApp(link: Self.link(engine, recording: recording), state: state, maxFramesPerSecond: fps,
                                noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
            let result = Result { () throws(TerminalError) in try app.run(startPlaying: start) }
            if let recording {
                if case .failure = result, recording.recorder.eventCount == 0 {
                    recording.abandon()  // the lab never ran (no usable terminal): keep any file at the path
                } else {
                    engine.stop()  // every command sent is applied and logged before the end line
                    do throws(InputError) {
                        try recording.finish(engine: engine)
                    } catch {
                        return .failure(.file(error))
                    }
                }
            }
            return result.mapError(Failure.terminal)
        }
        switch outcome {
        case .success: break
        case .failure(.terminal(let error)): throw PlayCommand.noTerminal(error.message)
        case .failure(.file(let error)): throw error
        }
    }

    /// Why the lab stopped with an error.
    private enum Failure: Error {
        case terminal(TerminalError)
        case file(InputError)
    }

    /// How the app reaches the engine; with a recording, every read of the latest
    /// snapshot also writes what the engine logged before it.
    @MainActor
    static func link(_ engine: LabEngine<DigitsLabState>, recording: DigitsRecording?) -> DigitsApp.Link {
        DigitsApp.Link.engine(engine, latest: {
            if let recording, !recording.isAbandoned {
                do throws(InputError) {
                    return try recording.sync(with: engine)
                } catch {
                    StandardError.line("recording stopped: \(error.description)")
                    recording.abandon()
                }
            }
            return engine.latestSnapshot()
        })
    }
}
