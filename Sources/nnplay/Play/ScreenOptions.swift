import ArgumentParser
import NNCore
import NNSession

/// The flags of every command that opens the playground on a terminal (`play`,
/// `lesson ID`): the training pace, frame rate, recording and the measurements on exit.
struct ScreenOptions: ParsableArguments {
    /// The pace setting of the table (`Settings.speed`), read by its rule in `pace()`.
    @Option(name: .customLong(Settings.speed.key), help: Settings.speed.argumentHelp)
    var speed: String?

    @Option(help: ArgumentHelp("The most frames drawn per second while training, 1 to 240.", valueName: "n"))
    var fps: Int = 40

    @Option(help: ArgumentHelp("Record the session into this file, to replay it with 'nnplay replay FILE' (a lesson's replay with --headless --json says which goals were met when).",
                               valueName: "file"))
    var record: String?

    @Flag(help: "On exit, print what the playground measured (frames/s and epochs/s while training, the longest input-to-screen delay) as one JSON line on stderr.")
    var statsOnExit = false

    /// The launcher these flags describe; fails for an --fps out of range or a --speed
    /// that is not a pace.
    func launcher() throws(InputError) -> PlaygroundLauncher {
        guard (1...240).contains(fps) else { throw InputError("--fps must be 1 to 240") }
        return PlaygroundLauncher(pace: try pace(), fps: fps, statsOnExit: statsOnExit, record: record)
    }

    /// The pace --speed names (`Pace.watchable` when not given).
    func pace() throws(InputError) -> Pace {
        guard let speed else { return .watchable }
        do throws(SettingValueError) {
            return try [Settings.speed.change(parsing: speed)].pace ?? .watchable
        } catch {
            throw InputError("\(Settings.speed.flag): \(error.reason)")
        }
    }
}
