/// Builds the points a configuration asks for: a built-in generator drawn from the
/// seed's data stream (a new draw for each `generation`), or CSV points the caller read.
package enum DatasetFactory {
    /// The dataset for `config`. `loaded` must be given when the config names a CSV file
    /// (`config.dataset.kind == nil`); built-in datasets ignore it.
    package static func make(_ config: TrainingConfig, loaded: Dataset? = nil) throws(InputError) -> Dataset {
        let d = config.dataset
        guard let kind = d.kind else {
            guard let loaded else { throw InputError("no data: give a dataset name or a CSV file") }
            return loaded
        }
        var random = RandomSource(seed: config.seed &+ UInt64(d.generation) &* 0x9E37_79B9, stream: .data)
        return DatasetGenerator.generate(kind, count: d.count ?? kind.defaultCount, noise: d.noise,
                                         classes: d.classes, random: &random)
    }
}
