import Foundation
import NNCore
import NNSession

/// The variants of a race as the flags give them: the training flags are the base
/// setup, each `--variant` text changes some of its settings. What `nnplay race` and
/// `nnplay play --variant` share, so that both race the same configurations.
struct RaceSetup {
    var variants: [(name: String, config: TrainingConfig)]
    /// The CSV points, when the data come from a CSV file.
    var csv: Dataset?
    /// How many points the data have.
    var points: Int
    /// Notes on the data for stderr (the first variant's: they share their data).
    var notes: [String]

    /// Reads `texts` (2 to 4 of them) over the base `settings`.
    static func prepare(_ settings: TrainingOptions, variants texts: [String]) throws -> RaceSetup {
        guard RaceState.variantCounts.contains(texts.count) else { throw InputError("give 2 to 4 --variant flags") }
        guard settings.load == nil else { throw InputError("--load is not supported by a race") }
        let parsed = try texts.map { (text: String) throws(InputError) -> RaceVariant in try RaceVariant(parsing: text) }
        var setup = RaceSetup(variants: [], csv: nil, points: 0, notes: [])
        for variant in parsed {
            let prepared: PreparedTraining
            do { prepared = try settings.prepare(locator: .current(), extra: variant.changes) } catch {
                throw InputError("variant '\(variant.label)': \(error.message)", path: error.path, line: error.line)
            }
            if setup.variants.isEmpty { setup.notes = prepared.notes }
            if prepared.config.dataset.kind == nil { setup.csv = prepared.dataset }
            setup.points = prepared.dataset.samples.count
            setup.variants.append((variant.label, prepared.config))
        }
        return setup
    }

    /// The race of these variants, paused at step 0. `historyCapacity` bounds each
    /// variant's loss history (a screen's chart); headless, a small one saves measuring.
    func race(historyCapacity: Int = 256) throws(InputError) -> RaceState {
        try RaceState(variants: variants, csv: csv, historyCapacity: historyCapacity)
    }
}
