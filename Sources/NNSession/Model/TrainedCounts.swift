/// How long a saved network had been trained: updates ("steps") and complete
/// passes over the training set ("epochs"). Stored in a model file as
/// `"trained": {"epochs": 20, "steps": 1000}` so that a reloaded model can resume
/// its counters (and its learning-rate schedule) where it stopped.
package struct TrainedCounts: Codable, Equatable, Sendable {
    /// The largest count a model file may hold: 2⁵² (a million steps a second for over
    /// a century), so that adding any run's counts to a loaded model's cannot overflow.
    package static let maxCount = 1 << 52

    package var steps: Int
    package var epochs: Int

    package init(steps: Int, epochs: Int) {
        self.steps = steps
        self.epochs = epochs
    }
}
