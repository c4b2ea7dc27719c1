import NNCore
import NNSession

/// Writes a replay's frames into an asciicast v2 file as it goes: the header, then
/// each frame as an output event holding only the rows that changed since the last
/// one (`ANSIFrame`), a clear after a resize, and times that never go backwards.
struct CastWriter {
    let file: TextFileAppender
    let palette: Palette
    /// The time of the last event written.
    private(set) var time = 0.0
    /// The session step of the last frame written (-1 before the first).
    private(set) var step = -1
    private var previous: Canvas?

    /// Writes the header for a terminal of `size` and clears the player's screen.
    init(file: TextFileAppender, palette: Palette, size: Size, timestamp: Int?, title: String) throws(InputError) {
        self.file = file
        self.palette = palette
        try file.append(Asciicast.header(width: size.width, height: size.height, timestamp: timestamp, title: title))
        try file.append(Asciicast.output(ANSIFrame.clear, at: 0))
    }

    /// Shows `canvas` (the playground at `step`) from `time` on.
    mutating func frame(_ canvas: Canvas, step: Int, at time: Double) throws(InputError) {
        self.time = max(self.time, time)
        try file.append(Asciicast.output(ANSIFrame.text(canvas, palette: palette, previous: previous), at: self.time))
        previous = canvas
        self.step = step
    }

    /// The terminal becomes `width` × `height` at `time`: the next frame is drawn whole.
    mutating func resize(width: Int, height: Int, at time: Double) throws(InputError) {
        self.time = max(self.time, time)
        try file.append(Asciicast.resize(width: width, height: height, at: self.time))
        try file.append(Asciicast.output(ANSIFrame.clear, at: self.time))
        previous = nil
    }
}
