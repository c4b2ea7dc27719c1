import NNCore

/// Inspector figures computed where there is no engine: the headless replay and tests
/// inspect a snapshot synchronously with the function the engine's thread uses.
extension Snapshot {
    /// The points of every set the snapshot carries: training, validation and test.
    package var split: DataSplit {
        DataSplit(train: trainSamples, validation: validationSamples, test: testSamples)
    }

    /// This snapshot with the inspection `spec` asks for (none when nil), from `painter`
    /// (which keeps the histories and its last inspection for the next call).
    package func inspected(_ spec: InspectorSpec?, by painter: inout InspectorPainter) -> Snapshot {
        var copy = self
        copy.inspection = spec.map {
            painter.inspection(of: network, features: config.features, loss: config.loss, problem: problem,
                               threshold: config.threshold, split: split, step: step, epoch: epoch, spec: $0, version: version)
        }
        return copy
    }
}
