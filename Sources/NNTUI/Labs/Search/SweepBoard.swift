/// What the seed-sweep screen draws, as plain values: each finished run's decision
/// heatmap (computed on the worker thread that trained it) with its label and final
/// figure, and the spread of the final figures over the finished runs. Published by
/// the command line through a `LabFeed`; views only read it.
package struct SweepBoard: Equatable, Sendable {
    package struct Run: Equatable, Sendable {
        /// What varied: `seed 4`, `draw 4`.
        package var label: String
        /// The final figure in a few characters: `97.5%`, `0.021`, `diverged`.
        package var figure: String
        /// Whether the run counts as solved (nil for regression).
        package var solved: Bool?
        package var diverged: Bool
        /// The decision heatmap at the end of training.
        package var field: HeatmapField

        package init(label: String, figure: String, solved: Bool?, diverged: Bool, field: HeatmapField) {
            self.label = label
            self.figure = figure
            self.solved = solved
            self.diverged = diverged
            self.field = field
        }
    }

    /// One row of the spread table, figures already as text.
    package struct SpreadRow: Equatable, Sendable {
        package var name: String
        package var min: String
        package var median: String
        package var max: String

        package init(name: String, min: String, median: String, max: String) {
            self.name = name
            self.min = min
            self.median = median
            self.max = max
        }
    }

    package var title: String
    /// Run by run; nil while a run is not finished.
    package var runs: [Run?]
    package var spread: [SpreadRow]
    /// Lines under the table: the share solved, the runs that diverged.
    package var notes: [String]
    package var runsDone: Int
    package var seconds: Double?
    package var finished: Bool

    package init(title: String, runs: [Run?], spread: [SpreadRow], notes: [String], runsDone: Int,
                 seconds: Double? = nil, finished: Bool = false) {
        self.title = title
        self.runs = runs
        self.spread = spread
        self.notes = notes
        self.runsDone = runsDone
        self.seconds = seconds
        self.finished = finished
    }
}

package typealias SweepFeed = LabFeed<SweepBoard>
package typealias SweepApp = FeedApp<SweepScreenState>
