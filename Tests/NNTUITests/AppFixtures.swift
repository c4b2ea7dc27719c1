import NNCore
import NNSession
@testable import NNTUI

/// Helpers for the app's tests: a state, key presses, and real frames to click on.
enum AppFixture {
    /// The playground's start (circle, x1 x2, 4-2 tanh, sgd 0.03), paused.
    static func state(_ config: TrainingConfig = TrainingConfig()) -> AppState {
        AppState(config: config)
    }

    /// `state` after `events`, with every command sent along the way.
    static func press(_ events: [InputEvent], on state: AppState,
                      context: AppContext = AppContext()) -> (AppState, [Command]) {
        var s = state
        var all: [Command] = []
        for event in events {
            let (next, commands) = AppState.handle(event, state: s, context: context)
            s = next
            all += commands
        }
        return (s, all)
    }

    /// The keys of `text`, one character event each.
    static func typing(_ text: String) -> [InputEvent] {
        text.map { .character($0) }
    }

    /// A synchronous snapshot of a fresh playground for `config` (no engine thread).
    static func snapshot(_ config: TrainingConfig = TrainingConfig(), steps: Int = 0) throws -> Snapshot {
        var playground = try PlaygroundState(config: config)
        playground.advance(to: steps)
        return playground.snapshot()
    }

    /// The frame the app draws for `state` and `snapshot` at `size`, once the engine
    /// has published the pictures it asked for (painted here, synchronously).
    static func frame(_ state: AppState, snapshot: Snapshot, size: Size = Size(width: 120, height: 40),
                      tier: ColourTier = .ansi256) -> Frame {
        var fields = NetworkFields()
        let layout = state.layout(for: size)
        var painter = PicturePainter()
        var inspector = InspectorPainter()
        let snapshot = snapshot.painted(NetworkFields.pictureSpec(for: snapshot, layout: layout), by: &painter)
            .inspected(state.inspector.spec, by: &inspector)
        fields.update(snapshot, layout: layout)
        return PlaygroundScreen.render(state: state, snapshot: snapshot, fields: fields, framesPerSecond: 30,
                                       size: size, palette: Palette(tier: tier))
    }

    /// The centre cell of the first hit region with `target`.
    static func cell(of target: HitTarget, in frame: Frame) -> (column: Int, row: Int)? {
        guard let region = frame.hits.first(where: { $0.target == target }) else { return nil }
        return (region.rect.x + region.rect.width / 2, region.rect.y + region.rect.height / 2)
    }

    /// `config` changed by `change`.
    static func config(_ change: (inout TrainingConfig) -> Void) -> TrainingConfig {
        var c = TrainingConfig()
        change(&c)
        return c
    }
}
