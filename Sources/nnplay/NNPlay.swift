import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// The `nnplay` command: a neural-network playground for the terminal.
@main
struct NNPlay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnplay",
        abstract: "A neural-network playground for the terminal.",
        discussion: """
        Pick a dataset, the input features, the network's shape, activation, loss, \
        optimizer, regularization and learning rate, and see how training goes. \
        'nnplay' alone opens the live playground in the terminal; every setting is \
        also a flag of 'nnplay play' and 'nnplay train'; 'nnplay datasets' lists the data.

        Examples:
          nnplay                  (the live playground; see 'nnplay help play')
          nnplay datasets
          nnplay train --dataset circle --hidden 4,2 --epochs 100
          nnplay train --dataset spiral --features x1,x2,sin1,sin2 --hidden 8,8 \\
              --optimizer adam --lr 0.01 --epochs 500 --json
          nnplay train --dataset iris --hidden 8 --save iris-model.json
          nnplay help train
        """,
        version: NNPlayRelease.version,
        subcommands: [PlayCommand.self, TrainCommand.self, DatasetsCommand.self, LessonCommand.self,
                      ReplayCommand.self, GradeCommand.self, DoctorCommand.self, BenchCommand.self,
                      LandscapeCommand.self, CurvesCommand.self, SearchCommand.self, SweepCommand.self,
                      RaceCommand.self, DigitsCommand.self],
        defaultSubcommand: PlayCommand.self
    )

    /// Runs the command like argument parser does, but reports every error as one line
    /// `nnplay: error: ...` on stderr (no usage dump, no stack trace) with nnplay's exit
    /// statuses. Help and `--version` still print in full and exit 0.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            // The playground quit on SIGTERM or SIGHUP (terminal restored): say so to scripts.
            Foundation.exit(TerminalSignals.signalExitStatus ?? 0)
        } catch let error as InputError {
            fail(error.description, status: ExitStatus.of(error))
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .success { exit(withError: error) }
            fail(message(for: error), status: status.rawValue)
        }
    }

    /// Prints `message` as one error line and exits with `status`. Argument parser's
    /// multi-line messages are folded: a list of `- value` lines becomes `value, value`.
    static func fail(_ message: String, status: Int32) -> Never {
        var text = ""
        var inList = false
        for raw in message.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("- ") {
                text += (inList ? ", " : " ") + line.dropFirst(2)
                inList = true
            } else {
                text += (text.isEmpty ? "" : " ") + line
                inList = false
            }
        }
        StandardError.line("error: \(text.isEmpty ? "failed" : text)")
        Foundation.exit(status)
    }
}
