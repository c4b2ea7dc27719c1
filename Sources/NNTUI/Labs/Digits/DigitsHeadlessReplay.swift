import NNCore
import NNSession

/// Replays a digits-lab session with no terminal (`nnplay replay FILE --headless
/// --frames F`), verifying every checkpoint as any replay does, and writes the lab's
/// screen after every event and at the end, drawn from the replayed state (the
/// readout computed on the spot, the pad blank: the pad is never recorded).
package struct DigitsHeadlessReplay {
    package var session: Session
    package var path: String
    package var frames: TextFileAppender?
    package var tier: ColourTier

    package init(session: Session, path: String, frames: TextFileAppender?, tier: ColourTier) {
        self.session = session
        self.path = path
        self.frames = frames
        self.tier = tier
    }

    /// Replays every event; `frames` is put in place only after a verified replay.
    package func run() throws(SessionReplayError) -> SessionReplay {
        var playback = try SessionPlayback(session: session, path: path)
        var size = session.header.terminal.map { Size(width: $0.width, height: $0.height) } ?? ReplayScreen.defaultSize
        let palette = Palette(tier: tier)
        do {
            while let entry = playback.next {
                try playback.takeNext()
                if case .resize(_, let width, let height) = entry.event {
                    size = Size(width: max(1, width), height: max(1, height))
                }
                guard let frames else { continue }
                let canvas = Self.frame(playback.state, size: size, palette: palette)
                try output { () throws(InputError) in try frames.append(FrameLog.frame(canvas, after: entry)) }
            }
            if let frames {
                let canvas = Self.frame(playback.state, size: size, palette: palette)
                try output { () throws(InputError) in
                    try frames.append(FrameLog.finalFrame(canvas, step: playback.state.sessionStep))
                }
            }
        } catch {
            frames?.discard()
            throw error
        }
        try output { () throws(InputError) in try frames?.commit() }
        return SessionReplay(playback)
    }

    /// The lab's screen for `state` at `size`.
    static func frame(_ state: PlaygroundState, size: Size, palette: Palette) -> Canvas {
        let lab = DigitsLabState(playground: state)
        let snapshot = DigitsSnapshot(playground: state.snapshot(), readout: lab.readout(pad: nil), pad: nil)
        var screen = DigitsAppState(config: state.config)
        screen.adopt(snapshot)
        var canvas = Canvas(size: size)
        _ = DigitsScreen.draw(snapshot, state: screen, palette: palette, canvas: &canvas)
        return canvas
    }

    private func output(_ write: () throws(InputError) -> Void) throws(SessionReplayError) {
        do {
            try write()
        } catch {
            throw .invalid(error)
        }
    }
}
