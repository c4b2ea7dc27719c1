/// What the grid-search screen draws, as plain values: the axes with their ladder
/// values as text, each cell's mean figures once all its seeds finished, the best cell
/// so far and the progress. The command line computes it on the worker threads and
/// publishes it through a `SearchFeed`; views only read it.
package struct SearchGrid: Equatable, Sendable {
    /// One finished cell: means over its seeds (nil when a figure does not apply,
    /// non-finite when the runs diverged).
    package struct Figures: Equatable, Sendable {
        package var trainLoss: Double?
        package var trainAccuracy: Double?
        package var validationLoss: Double?
        package var validationAccuracy: Double?
        package var runs: Int
        package var divergedRuns: Int

        package init(trainLoss: Double?, trainAccuracy: Double?, validationLoss: Double?, validationAccuracy: Double?,
                     runs: Int, divergedRuns: Int) {
            self.trainLoss = trainLoss
            self.trainAccuracy = trainAccuracy
            self.validationLoss = validationLoss
            self.validationAccuracy = validationAccuracy
            self.runs = runs
            self.divergedRuns = divergedRuns
        }
    }

    /// One line about the search: dataset, epochs, seeds per cell.
    package var title: String
    /// The settings on the axes (`lr`, `l2`).
    package var xName: String
    package var yName: String
    /// The ladder values as short text, left to right and top to bottom.
    package var xLabels: [String]
    package var yLabels: [String]
    /// Row by row (y outer, x inner); nil while the cell is not finished.
    package var cells: [Figures?]
    /// The best finished cell on the validation set, if any.
    package var best: Int?
    /// Whether the problem has classes (accuracy is shown), or is a regression (loss only).
    package var classifies: Bool
    package var runsDone: Int
    package var runsTotal: Int
    /// Seconds since the search started (nil before it did).
    package var seconds: Double?
    /// True once no more runs will finish (all done, or stopped).
    package var finished: Bool

    package init(title: String, xName: String, yName: String, xLabels: [String], yLabels: [String],
                 cells: [Figures?], best: Int?, classifies: Bool, runsDone: Int, runsTotal: Int,
                 seconds: Double? = nil, finished: Bool = false) {
        self.title = title
        self.xName = xName
        self.yName = yName
        self.xLabels = xLabels
        self.yLabels = yLabels
        self.cells = cells
        self.best = best
        self.classifies = classifies
        self.runsDone = runsDone
        self.runsTotal = runsTotal
        self.seconds = seconds
        self.finished = finished
    }

    package var columns: Int { xLabels.count }
    package var rows: Int { yLabels.count }

    /// The index of the cell at (column, row).
    package func index(column: Int, row: Int) -> Int { row * columns + column }

    /// The cell's figure shown for `split` and `measure` (accuracy as a fraction).
    package func value(_ cell: Int, split: SearchScreenState.Split, measure: SearchScreenState.Measure) -> Double? {
        guard cells.indices.contains(cell), let f = cells[cell] else { return nil }
        switch (split, measure) {
        case (.validation, .accuracy): return f.validationAccuracy
        case (.validation, .loss): return f.validationLoss
        case (.train, .accuracy): return f.trainAccuracy
        case (.train, .loss): return f.trainLoss
        }
    }
}
