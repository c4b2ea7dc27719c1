import NNCore

/// What the run loop measured, for `nnplay play --stats-on-exit` and the benchmark
/// script: frames per second and training speed while training ran, and how quickly
/// key presses reached the screen.
package struct PlaygroundStats: Equatable, Sendable {
    /// Every frame presented.
    package var frames = 0
    /// Frames presented while the engine was training.
    package var playingFrames = 0
    /// Seconds during which the engine was training (as the loop saw it).
    package var playingSeconds = 0.0
    /// Epochs trained during those seconds.
    package var playingEpochs = 0.0
    /// The longest time between two frames while training, in milliseconds.
    package var longestFrameGapMilliseconds = 0.0
    /// The longest time from reading a key or click to presenting the frame that shows
    /// it, in milliseconds.
    package var longestInputLatencyMilliseconds = 0.0
    /// Time spent on all frames: evaluating the network over the heatmap and thumbnail
    /// grids, drawing the cells, and handing them to curses (which writes the changes).
    package var evaluateSeconds = 0.0
    package var renderSeconds = 0.0
    package var presentSeconds = 0.0
    /// Events read.
    package var events = 0
    /// The CPU time of the last `recentFrameLimit` frames (drawing thread, nanoseconds),
    /// oldest overwritten first.
    private var recentFrameCPU: [UInt64] = []
    private var nextFrameSlot = 0
    static let recentFrameLimit = 4096

    package init() {}

    /// Frames per second while training.
    package var playingFramesPerSecond: Double {
        playingSeconds > 0 ? Double(playingFrames) / playingSeconds : 0
    }

    /// Epochs per second while training.
    package var playingEpochsPerSecond: Double {
        playingSeconds > 0 ? playingEpochs / playingSeconds : 0
    }

    /// Notes the CPU time one frame took (evaluating, drawing and presenting it).
    package mutating func recordFrameCPU(nanoseconds: UInt64) {
        if recentFrameCPU.count < PlaygroundStats.recentFrameLimit {
            recentFrameCPU.append(nanoseconds)
        } else {
            recentFrameCPU[nextFrameSlot] = nanoseconds
            nextFrameSlot = (nextFrameSlot + 1) % PlaygroundStats.recentFrameLimit
        }
    }

    /// The median CPU time of one frame over the last 4,096, in milliseconds (0 before
    /// the first): the figure `scripts/bench_playground.py` reports.
    package var medianFrameCPUMilliseconds: Double {
        guard !recentFrameCPU.isEmpty else { return 0 }
        let sorted = recentFrameCPU.sorted()
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
        return median / 1e6
    }

    /// Milliseconds per frame of `seconds` spent over all frames.
    func perFrame(_ seconds: Double) -> Double {
        frames > 0 ? seconds * 1000 / Double(frames) : 0
    }

    /// One line of JSON.
    package var json: String {
        func number(_ x: Double) -> String { NumberText.fixed(x, digits: 2) }
        let fields = [
            ("frames", String(frames)), ("playing_frames", String(playingFrames)),
            ("playing_seconds", number(playingSeconds)), ("playing_epochs", number(playingEpochs)),
            ("frames_per_second", number(playingFramesPerSecond)),
            ("epochs_per_second", number(playingEpochsPerSecond)),
            ("longest_frame_gap_ms", number(longestFrameGapMilliseconds)),
            ("longest_input_latency_ms", number(longestInputLatencyMilliseconds)),
            ("evaluate_ms_per_frame", number(perFrame(evaluateSeconds))),
            ("render_ms_per_frame", number(perFrame(renderSeconds))),
            ("present_ms_per_frame", number(perFrame(presentSeconds))),
            ("frame_cpu_ms_median", number(medianFrameCPUMilliseconds)),
            ("events", String(events)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}
