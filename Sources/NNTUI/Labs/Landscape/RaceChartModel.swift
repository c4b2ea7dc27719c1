import NNCore
import NNSession

/// What the race chart shows: per method, how far its loss is above the minimum's,
/// f − f*, against iteration, and a legend line with its loss and where it got to.
package struct RaceChartModel: Sendable, Equatable {
    package struct Series: Sendable, Equatable {
        package var slot: Int
        package var name: String
        package var iterations: [Int]
        /// f − f* at those iterations (≤ 0 is not drawn on the log scale).
        package var gaps: [Double]
        package var loss: Double
        /// "✓ 143" once it reached the minimum, "✖ diverged", "converged", or "".
        package var status: String
    }

    package var series: [Series]
    /// The race's current iteration (the axis's right end).
    package var iteration: Int

    /// The chart of `tracks` racing on a surface whose lowest loss is `floor` (f*).
    package init(tracks: [LandscapeTrackSnapshot], iteration: Int, floor: Double) {
        self.iteration = iteration
        series = tracks.enumerated().map { slot, track in
            let status: String
            if let at = track.reachedAt {
                status = "✓ it \(NumberText.grouped(at))"
            } else if let ending = track.ending {
                status = ending == .diverged ? "✖ diverged" : ending == .singular ? "✖ singular H" : "converged"
            } else {
                status = ""
            }
            return Series(slot: slot, name: track.method.kind.rawValue, iterations: track.lossIterations,
                          gaps: track.losses.map { $0 - floor }, loss: track.loss, status: status)
        }
    }
}
