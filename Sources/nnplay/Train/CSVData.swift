import NNCore
import NNSession

/// A CSV dataset read from disk and fitted into the playground's square.
struct CSVData {
    /// The points, rescaled if they had to be.
    var dataset: Dataset
    /// A sentence for stderr when the points were rescaled; nil when they were kept as they are.
    var note: String?

    /// Reads and parses `file`. When some point lies outside [−6, 6]² and `rescale`
    /// is on, each axis is mapped onto [−5, 5] (`DomainFit`), and `note` says so.
    static func load(_ file: String, name: String, forceRegression: Bool, rescale: Bool) throws(InputError) -> CSVData {
        let text = try TextFile.read(file)
        var dataset = try CSVDatasetParser.parse(text, path: file, forceRegression: forceRegression)
        guard rescale, !DomainFit.fitsDomain(dataset.samples) else { return CSVData(dataset: dataset, note: nil) }
        dataset.samples = DomainFit.rescale(dataset.samples)
        let note = "\(name): some points lie outside [-6, 6]², so each axis was rescaled to [-5, 5] (--no-rescale keeps the raw coordinates)"
        return CSVData(dataset: dataset, note: note)
    }
}
