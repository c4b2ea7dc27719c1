import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay play` (and `nnplay` alone): the live playground in the terminal.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Open the live playground in the terminal (what 'nnplay' alone does).",
        discussion: """
        The network trains on its own thread while the screen shows the decision \
        boundary, the network with each neuron's output, and the loss curves. Every \
        training setting can be given as a flag (as for 'nnplay train') and changed \
        on screen.

        Training goes at a pace you can watch: 60 epochs per second by default \
        (TensorFlow Playground's pace, about one epoch per frame), so the circle's \
        boundary forms over a few seconds. + and - move the pace from single steps \
        (1 step/s) to max; --speed sets where it starts (--speed max trains as fast \
        as possible, as nnplay did before).

        Keys:
        \(PlayCommand.keyList)

        A race: with two to four --variant flags ('optimizer=adam,lr=0.01': setting=value \
        pairs separated by commas, as for 'nnplay race') the screen shows the variants \
        of the setup the other flags give, training side by side in lockstep on the same \
        data from the same initial weights: one heatmap each, labelled with what differs, \
        their losses on one chart and their figures in a table. Its keys:
        \(PlayCommand.raceKeyList)

        Examples:
          nnplay
          nnplay play --dataset spiral --features x1,x2,sin1,sin2 --hidden 8,8 --lr 0.01
          nnplay play --dataset xor --hidden none --start
          nnplay play --speed 1step          # one update a second
          nnplay play --speed max --start    # as fast as possible
          NO_COLOR=1 nnplay play --dataset blobs --classes 4
          nnplay play --dataset spiral --hidden 8,8 --variant 'optimizer=sgd' --variant 'optimizer=adam,lr=0.01'

        Needs a terminal (80x24 or larger). Without one it exits with status \
        \(PlayCommand.noTerminalStatus) and points to the headless commands. \
        Other exit statuses: 0 quit, 1 a file could not be read, 64 a bad flag or value.
        """
    )

    /// The exit status when there is no terminal to draw on (EX_UNAVAILABLE).
    static let noTerminalStatus: Int32 = 69

    /// The commands that work without a terminal, for the "no terminal" message.
    static let headlessCommands = "'nnplay train' trains and reports without one (see 'nnplay help train')"

    /// The help overlay's key list as indented text for `--help`.
    static let keyList = keyText(AppKeys.bindings)

    /// The race screen's key list, likewise.
    static let raceKeyList = keyText(RaceKeys.bindings)

    private static func keyText(_ bindings: [KeyBinding]) -> String {
        let width = bindings.map(\.keys.count).max() ?? 0
        return bindings.map { binding in
            "  " + binding.keys + String(repeating: " ", count: width - binding.keys.count + 2) + binding.action
        }.joined(separator: "\n")
    }

    @OptionGroup(title: "Training settings")
    var settings: TrainingOptions

    @Flag(help: "Start training at once (by default the playground opens paused: press space).")
    var start = false

    @Option(name: .customLong("variant"), help: ArgumentHelp("A variant of a race: setting=value pairs separated by commas (2 to 4 of them; see above).",
                                                             valueName: "settings"))
    var variants: [String] = []

    @OptionGroup(title: "Screen")
    var screen: ScreenOptions

    func run() throws {
        let launcher = try screen.launcher()
        if !variants.isEmpty {
            let setup = try RaceSetup.prepare(settings, variants: variants)
            let race = try setup.race()
            try PlaygroundLauncher.requireTerminal()
            try launcher.runRace(race, startPlaying: start, note: setup.notes.first)
            return
        }
        let prepared = try settings.prepare(locator: .current())
        if prepared.dataset.inputWidth != 2 {
            throw InputError("the plane shows two inputs; the digits have \(prepared.dataset.inputWidth): "
                             + "they have a lab of their own, 'nnplay digits'")
        }
        try PlaygroundLauncher.requireTerminal()
        let csv = prepared.config.dataset.kind == nil ? prepared.dataset : nil
        let playground = try PlaygroundState(config: prepared.config, csv: csv)
        var state = AppState(config: prepared.config,
                             csv: csv.map { CSVChoice(path: prepared.config.dataset.csvPath, problem: $0.problem) })
        var notes = prepared.notes
        if prepared.model != nil {
            notes.append("the model's settings are loaded; its weights are not yet: training starts afresh")
        }
        state.message = notes.first
        try launcher.run(playground: playground, state: state, startPlaying: start)
    }

    /// Prints the one-line "no terminal" error and returns the exit to throw.
    static func noTerminal(_ reason: String) -> ExitCode {
        StandardError.line("error: the playground needs a terminal (\(reason)); \(headlessCommands)")
        return ExitCode(noTerminalStatus)
    }
}
