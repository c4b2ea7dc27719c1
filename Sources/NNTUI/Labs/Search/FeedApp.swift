import Foundation

/// The run loop of a feed-driven screen (the grid search's, the sweep's), on the main
/// actor (the one thread that owns the terminal), on any `TerminalBackend`. It draws
/// the feed's latest model when a new one arrives (at most `framesPerSecond` times a
/// second) or a key changed the state, and sleeps in `readEvent` otherwise: the feed
/// wakes it. It returns when the user opens an item (the caller shows the playground,
/// then calls `run` again: the state is kept) or leaves.
@MainActor
package final class FeedApp<State: FeedScreenState> {
    /// Why `run` returned.
    package enum Outcome: Equatable, Sendable {
        /// Open item `index` in the playground.
        case open(Int)
        /// `q`, Esc or Ctrl-C as a key.
        case quit
        /// SIGINT, SIGTERM or SIGHUP.
        case signal
    }

    private let feed: LabFeed<State.Model>
    package private(set) var state = State()
    private let framesPerSecond: Int
    private let noColor: String?

    /// A screen drawing `feed`; `returnsToPlayground` when the playground opened it (`q` goes back).
    package init(feed: LabFeed<State.Model>, framesPerSecond: Int = 20, noColor: String? = nil,
                 returnsToPlayground: Bool = false) {
        self.feed = feed
        state.returnsToPlayground = returnsToPlayground
        self.framesPerSecond = max(1, framesPerSecond)
        self.noColor = noColor
    }

    /// Takes over the terminal until an item is opened or the user leaves; the terminal
    /// is restored whatever happens. Throws if the terminal cannot be used.
    package func run() throws(TerminalError) -> Outcome {
        TerminalSignals.install()
        let screen = try CursesScreen.open(useColour: noColor.map(\.isEmpty) ?? true)
        defer { screen.close() }
        return run(on: screen)
    }

    /// Runs the loop on `backend` until an item is opened or the user leaves.
    package func run(on backend: some TerminalBackend) -> Outcome {
        feed.onPublish(backend.wakeUp)
        defer { feed.onPublish(nil) }
        let palette = Palette(tier: ColourTier.detect(colours: backend.colourCount, noColor: noColor))
        let interval = 1_000_000_000 / UInt64(framesPerSecond)
        var drawn: (version: Int, size: Size, state: State)?
        var lastDraw: UInt64 = 0
        while true {
            let (model, version) = feed.latest
            state.follow(model)
            let size = backend.size
            let now = backend.now
            var deadline: UInt64?
            if let last = drawn, last.size == size, last.state == state, last.version == version {
                deadline = nil
            } else if let last = drawn, last.size == size, last.state == state, now &- lastDraw < interval {
                deadline = lastDraw &+ interval  // a new model, drawn at the frame rate
            } else {
                backend.present(State.render(model, state: state, size: size, palette: palette).screenCells(palette: palette),
                                width: size.width)
                drawn = (version, size, state)
                lastDraw = now
            }
            var event = backend.readEvent(until: deadline)
            while let current = event {
                switch current {
                case .quit:
                    return .signal
                case .suspend:
                    backend.suspend()
                    backend.resume()
                    drawn = nil
                case .input(let input):
                    switch state.handle(input, model: feed.latest.model, size: backend.size) {
                    case .none: break
                    case .open(let item): return .open(item)
                    case .quit: return .quit
                    }
                }
                event = backend.readEvent(until: backend.now)
            }
        }
    }
}

package typealias SearchApp = FeedApp<SearchScreenState>
