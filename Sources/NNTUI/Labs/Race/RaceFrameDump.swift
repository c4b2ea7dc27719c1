import NNCore
import NNSession

/// The race screen drawn with no terminal, as text and style runs (`FrameDump`): what
/// `nnplay replay --headless --frames` writes for a race session and what the golden
/// tests compare. The pictures are painted synchronously at the sizes the layout asks
/// for, with the same painter the engine's thread uses.
package struct RaceFrameDump {
    package let size: Size
    package let tier: ColourTier
    private var painters: [Int: PicturePainter] = [:]
    private var fields = RaceFields()

    package init(size: Size, tier: ColourTier) {
        self.size = size
        self.tier = tier
    }

    /// The frame of `race` with the interface `state` (a fresh one, the first variant
    /// selected, if nil).
    package mutating func frame(_ race: RaceState, state: RaceUIState? = nil) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(canvas(race, state: state, size: size, palette: backend.palette))
        return backend.dump
    }

    /// The race screen of `race` at `size` (the frame's own size for the dump, the
    /// terminal's for the interactive replay).
    package mutating func canvas(_ race: RaceState, state: RaceUIState? = nil, size: Size, palette: Palette) -> Canvas {
        let layout = RaceLayout.make(for: size, variants: race.entrants.count, lesson: state?.lesson != nil)
        fields.update(RaceSnapshot.headless(race, painters: &painters), layout: layout)
        let snapshot = RaceSnapshot.headless(race, pictures: fields.wanted, painters: &painters)
        fields.update(snapshot, layout: layout)
        var ui = state ?? RaceUIState(ids: race.entrants.map(\.id), config: race.entrants[0].config, pace: race.pace)
        if state == nil { ui.seenRejection = race.lastRejection }
        ui.adopt(snapshot)
        let model = RaceScreenModel(state: ui, snapshot: snapshot, fields: fields, framesPerSecond: 0)
        return RaceScreen.render(model, note: ui.message, size: size, palette: palette).canvas
    }
}
