/// How an interactive replay runs (`nnplay replay FILE`, any lab).
package struct ReplayOptions: Sendable {
    /// The speeds a replay can go at (1 is the original pace).
    package static let speeds: ClosedRange<Double> = 0.125...256

    /// Replay speed: 1 is the original pace (kept within `speeds`).
    package var speed: Double
    /// The value of `NO_COLOR` (set and non-empty: monochrome).
    package var noColor: String?
    /// The most training steps per frame, so that keys stay responsive when a
    /// recording trained faster than this machine can replay.
    package var maxStepsPerFrame: Int
    /// The most frames drawn per second while the replay moves.
    package var maxFramesPerSecond: Int

    package init(speed: Double = 1, noColor: String? = nil, maxStepsPerFrame: Int = 20_000,
                maxFramesPerSecond: Int = 30) {
        self.speed = min(ReplayOptions.speeds.upperBound, max(ReplayOptions.speeds.lowerBound, speed))
        self.noColor = noColor
        self.maxStepsPerFrame = max(1, maxStepsPerFrame)
        self.maxFramesPerSecond = max(1, maxFramesPerSecond)
    }
}
