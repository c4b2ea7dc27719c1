import Foundation

/// A detached tmux session running one command, on a tmux server of its own (a
/// private socket), so tests never touch the user's sessions. `kill()` ends it by name.
final class TmuxSession: Sendable {
    let name: String
    let socket: String

    /// Whether tmux can be run here.
    static let isAvailable: Bool = {
        (try? TmuxSession.run(["-V"]))?.status == 0
    }()

    /// Starts `command` (a shell command line) in a `width`×`height` window.
    init(_ command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        let id = UUID().uuidString.prefix(8)
        name = "nnplay-e2e-\(id)"
        socket = "nnplay-e2e-\(id)"
        var arguments = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command)
        let result = try tmux(arguments)
        guard result.status == 0 else { throw TmuxError("tmux new-session failed: \(result.output)") }
    }

    deinit {
        kill()
    }

    /// Ends the session (and with it this private server). Safe to call twice.
    func kill() {
        _ = try? tmux(["kill-session", "-t", name])
    }

    /// `tmux send-keys` (key names such as `Space`, `C-c`, `Enter`, or literal text).
    func send(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", name] + keys)
    }

    /// The visible screen as text, or with `escapes` as SGR-coloured text.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-t", name, "-p"] + (escapes ? ["-e"] : [])).output
    }

    /// A tmux format such as `#{alternate_on}` evaluated for the pane.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Changes the window's size (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen every 20 ms until `condition` holds (returns that screen) or
    /// `seconds` pass (returns nil).
    func wait(seconds: Double = 5, until condition: (String) -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    private func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try TmuxSession.run(["-L", socket] + arguments)
    }

    /// Runs tmux with `arguments`, returning its status and stdout (stderr appended).
    ///
    /// Spawned with `posix_spawn` and reaped with `waitpid`, output through a
    /// temporary file: Foundation's `Process` notices a child's exit through a socket
    /// the child inherits, and the tmux server that `new-session` forks keeps that
    /// socket (and any pipe) open for ever, so `Process` would wait for ever.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("nnplay-tmux-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxError("cannot run tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
