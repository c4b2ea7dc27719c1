import Foundation
import Testing

/// The real `nnplay` binary in a real terminal (tmux): keys in, screen out. Skipped,
/// not failed, where tmux is not installed (CI installs it).
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PlaygroundTmuxTests {
    /// The built `nnplay`: `$NNPLAY_BINARY`, or the one next to this test executable.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["NNPLAY_BINARY"], !path.isEmpty { return path }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("nnplay").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return "nnplay"
    }()

    /// A shell line that runs the playground, then reports how it ended and what the
    /// terminal's modes are, then waits (so the pane can still be read).
    static func command(_ flags: String = "") -> String {
        launch(flags) + "; " + report + "; sleep 60"
    }

    /// The shell command that starts the playground.
    static func launch(_ flags: String = "") -> String {
        "'\(binary)' play --dataset circle --seed 3 \(flags)"
    }

    /// A shell command that prints the last exit status and the terminal's modes.
    static let report = "echo \"nnplay exited $?\"; "
        + "echo \"tty: $(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' ')\""

    /// The epoch counter of the status line (row 0).
    static func epoch(_ screen: String) -> Int? {
        guard let status = screen.split(separator: "\n").first,
              let range = status.range(of: #"epoch [0-9,]+"#, options: .regularExpression) else { return nil }
        return Int(status[range].dropFirst(6).replacingOccurrences(of: ",", with: ""))
    }

    /// The terminal after the program ended: main screen, cursor shown, mouse off,
    /// echo and canonical input back on, and the marker printed after it visible.
    static func expectRestored(_ session: TmuxSession, status: Int = 0) throws {
        let screen = try session.wait { $0.split(separator: "\n").contains { $0.hasPrefix("tty:") } }
        #expect(screen?.contains("nnplay exited \(status)") == true, "\(screen ?? "")")
        let modes = screen?.split(separator: "\n").first { $0.hasPrefix("tty:") }?.split(separator: " ") ?? []
        #expect(modes.contains("echo") && modes.contains("icanon"), "\(screen ?? "")")
        #expect(screen?.contains("╭ controls") == false)
        #expect(try session.display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}") == "0 1 0")
    }

    @Test func spaceTrainsTheHeatmapChangesAndQRestoresTheTerminal() throws {
        let session = try TmuxSession(PlaygroundTmuxTests.command())
        defer { session.kill() }
        let paused = try #require(try session.wait { $0.contains("■ paused") && $0.contains("╭ output") },
                                  "the playground did not appear")
        #expect(PlaygroundTmuxTests.epoch(paused) == 0)
        #expect(try session.display("#{alternate_on}") == "1")
        let before = StyledScreen(try session.capture(escapes: true))
        let box = try #require(BoxLocation(title: "output", on: paused))

        try session.send("Space")
        let running = try #require(try session.wait { (PlaygroundTmuxTests.epoch($0) ?? 0) > 20 && $0.contains("running") },
                                   "the epoch counter did not move")
        #expect(running.contains("fps"))
        Thread.sleep(forTimeInterval: 0.3)
        let after = StyledScreen(try session.capture(escapes: true))
        var changed = 0, cells = 0
        for row in (box.row + 1)..<(box.row + box.height - 2) {
            for column in (box.column + 3)..<(box.column + box.width - 1) {
                cells += 1
                if before[column, row] != after[column, row] { changed += 1 }
            }
        }
        #expect(changed > cells / 20, "only \(changed) of \(cells) heatmap cells changed")

        try session.send("q")
        try PlaygroundTmuxTests.expectRestored(session)
    }

    @Test func ctrlCQuitsAndRestores() throws {
        let session = try TmuxSession(PlaygroundTmuxTests.command("--start"))
        defer { session.kill() }
        #expect(try session.wait { $0.contains("running") } != nil)
        try session.send("C-c")
        try PlaygroundTmuxTests.expectRestored(session)
    }

    /// SIGTERM and SIGHUP restore the terminal and exit 128 + signal, as a shell
    /// reports a process ended by that signal, so that scripts see the interruption.
    @Test(arguments: [("TERM", 143), ("HUP", 129)])
    func endingSignalsRestoreAndExitWith128PlusSignal(_ signal: String, _ status: Int) throws {
        let session = try TmuxSession(PlaygroundTmuxTests.command())
        defer { session.kill() }
        #expect(try session.wait { $0.contains("paused") } != nil)
        let shell = try session.display("#{pane_pid}")
        let result = try TmuxSession.run(["-V"])  // tmux is there; now find the child of the pane's shell
        #expect(result.status == 0)
        let pkill = Process()
        pkill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pkill.arguments = ["pkill", "-\(signal)", "-P", shell, "-x", "nnplay"]
        try pkill.run()
        pkill.waitUntilExit()
        try PlaygroundTmuxTests.expectRestored(session, status: status)
    }

    @Test func resizingRelaysOutAndTooSmallSaysSo() throws {
        let session = try TmuxSession(PlaygroundTmuxTests.command())
        defer { session.kill() }
        #expect(try session.wait { $0.contains("paused") } != nil)
        try session.resize(width: 70, height: 20)
        #expect(try session.wait { $0.contains("terminal too small: need 80×24") } != nil)
        try session.resize(width: 90, height: 30)
        let relaid = try session.wait { $0.contains("╭ controls") && !$0.contains("too small") }
        let width = relaid?.split(separator: "\n").map(\.count).max()
        #expect(width == 90)
        try session.send("q")
        try PlaygroundTmuxTests.expectRestored(session)
    }

    @Test func ctrlZSuspendsAndFgResumes() throws {
        let session = try TmuxSession("env PS1='$ ' bash --norc --noprofile -i")
        defer { session.kill() }
        #expect(try session.wait { $0.contains("$") } != nil)
        // Only the playground on this command line: with a list, bash would go on to
        // the next command as soon as the playground stops.
        try session.send("-l", PlaygroundTmuxTests.launch())
        try session.send("Enter")
        #expect(try session.wait { $0.contains("■ paused") } != nil)
        try session.send("C-z")
        let suspended = try session.wait { $0.contains("Stopped") }
        #expect(suspended != nil, "no job-control message")
        #expect(try session.display("#{alternate_on} #{cursor_flag}") == "0 1")
        try session.send("fg", "Enter")
        #expect(try session.wait { $0.contains("■ paused") && $0.contains("╭ controls") } != nil, "not redrawn after fg")
        #expect(try session.display("#{alternate_on}") == "1")
        try session.send("q")
        #expect(try session.wait { $0.contains("$") && !$0.contains("╭ controls") } != nil)
        try session.send("-l", PlaygroundTmuxTests.report)
        try session.send("Enter")
        try PlaygroundTmuxTests.expectRestored(session)
    }

    @Test func aLessonStepsOnOnceItsGoalIsMetAndRemembersWhere() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let open = "XDG_STATE_HOME='\(state.path)' '\(PlaygroundTmuxTests.binary)' lesson learning-rate"
        let session = try TmuxSession(open + "; " + PlaygroundTmuxTests.report + "; sleep 60")
        defer { session.kill() }
        #expect(try session.wait { $0.contains("step 1/5") && $0.contains("◎ Goal") } != nil, "the lesson pane did not appear")
        try session.send("n")
        #expect(try session.wait { $0.contains("not met yet") } != nil)
        try session.send("Space")
        let met = try session.wait { $0.contains("✔ goal met at epoch") }
        #expect(met?.contains("■ paused") == true, "meeting the goal pauses training")
        try session.send("n")
        #expect(try session.wait { $0.contains("step 2/5") } != nil)
        try session.send("q")
        try PlaygroundTmuxTests.expectRestored(session)
        let progress = try String(contentsOf: state.appendingPathComponent("nnplay/lessons/learning-rate.json"), encoding: .utf8)
        #expect(progress.contains(#""currentStep":1"#))
    }

    @Test func withoutATerminalItPointsToTheHeadlessCommands() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PlaygroundTmuxTests.binary)
        process.arguments = []
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 69)
        #expect(message.split(separator: "\n").count == 1)
        #expect(message.hasPrefix("nnplay: error: the playground needs a terminal"))
        #expect(message.contains("nnplay train"))
    }
}
