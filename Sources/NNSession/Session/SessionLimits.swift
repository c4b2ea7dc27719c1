import NNCore

/// What a session file may ask for, so that replaying a file from someone else cannot
/// exhaust the machine. The network's size and the dataset's are checked by
/// `TrainingConfig.validate(for:)` (its `Limits`); these bound the rest.
package struct SessionLimits: Equatable, Sendable {
    /// The most training steps a session may reach. A replay recomputes every step, so
    /// it takes about as long as the live training did: a small network trains some
    /// 200,000 steps a second, so the default allows over an hour of live training at
    /// full speed while bounding the work a file can ask for.
    package var maxSteps: Int
    /// The most points: the dataset (generated or CSV) plus every added point.
    package var maxPoints: Int
    /// The most event lines after the header.
    package var maxEvents: Int
    /// The longest event line, in bytes.
    package var maxLineBytes: Int
    /// The longest header line, in bytes (it may hold 100,000 CSV points).
    package var maxHeaderBytes: Int
    /// The largest file, in bytes, checked before it is read into memory.
    package var maxFileBytes: Int
    /// The widest and tallest terminal a header or a resize may name, in cells (a
    /// headless replay draws frames that size: 1000 × 1000 cells is some 40 MB).
    package var maxTerminalSide = 1000

    package init(maxSteps: Int = 1_000_000_000, maxPoints: Int = TrainingConfig.Limits.maxPoints,
                maxEvents: Int = 1_000_000, maxLineBytes: Int = 65_536, maxHeaderBytes: Int = 16 << 20,
                maxFileBytes: Int = 256 << 20) {
        self.maxSteps = maxSteps
        self.maxPoints = maxPoints
        self.maxEvents = maxEvents
        self.maxLineBytes = maxLineBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxFileBytes = maxFileBytes
    }

    /// The limits nnplay reads files with.
    package static let standard = SessionLimits()
}
