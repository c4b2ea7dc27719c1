import NNCore
import NNSession

/// Replays a recorded landscape lab session with no terminal and no threads: the lab
/// rebuilt from the header, every command applied at its step through the same code
/// the live engine runs, and the final fingerprint compared with the recording's.
/// With `frames`, the screen (at the recorded terminal size) is written after every
/// command and at the end, each frame after `=== step K, line L: command ===`.
package struct LandscapeLabHeadlessReplay {
    /// What the replay computed.
    package struct Result {
        package var state: LandscapeLabState
        /// Whether the recording had an end line (and so a fingerprint to compare).
        package var complete: Bool
        /// The mismatch with the recording, if the replay computed something else.
        package var desync: InputError?
        package var framesWritten: Int
    }

    /// The terminal size frames are drawn at when the recording names none.
    package static let defaultSize = Size(width: 120, height: 40)

    package let session: LandscapeLabSession
    package let path: String
    package let frames: TextFileAppender?
    package let tier: ColourTier

    package init(session: LandscapeLabSession, path: String, frames: TextFileAppender? = nil, tier: ColourTier = .ansi256) {
        self.session = session
        self.path = path
        self.frames = frames
        self.tier = tier
    }

    package func run() throws(InputError) -> Result {
        let steps = session.end?.steps ?? session.commands.last?.step ?? 0
        var written = 0
        var failure: InputError?
        let state = LandscapeLabState.replay(session.setup, log: session.commands, steps: steps) { state, index in
            guard failure == nil, frames != nil else { return }
            let entry = session.commands[index]
            do throws(InputError) {
                try write(state, heading: "step \(entry.step), line \(session.commandLines[index]): \(entry.command.kind)")
                written += 1
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        if frames != nil {
            try write(state, heading: "step \(state.sessionStep): end")
            written += 1
        }
        var desync: InputError?
        if let end = session.end, state.fingerprint != end.hash {
            desync = InputError("desync at step \(end.steps): the replay's fingerprint is \(state.fingerprint), "
                                + "the recording's \(end.hash)", path: path, line: end.line)
        }
        return Result(state: state, complete: session.end != nil, desync: desync, framesWritten: written)
    }

    /// One frame of the lab as the student saw it at the recorded size.
    private func write(_ state: LandscapeLabState, heading: String) throws(InputError) {
        guard let frames else { return }
        let size = session.terminal.map { Size(width: $0.width, height: $0.height) } ?? Self.defaultSize
        var publisher = LandscapeLabPublisher(interval: 1)
        if let pixels = LandscapeLabScreen.rasterSize(for: size) {
            publisher.request = LandscapeRasterRequest(width: pixels.width, height: pixels.height)
        }
        let snapshot = publisher.snapshot(of: state, now: 0, forced: true)
        var ui = LandscapeLabUI(setup: snapshot.setup)
        ui.adopt(snapshot)
        let frame = LandscapeLabScreen.render(ui: ui, snapshot: snapshot, size: size, palette: Palette(tier: tier))
        try frames.append("=== \(heading) ===\n" + FrameDump.text(frame.canvas) + "\n")
    }
}
