/// One labelled point: a point of the playground's plane, or an example with more
/// inputs (the digits' 64 pixels).
///
/// `label` is a class index 0, 1, … K−1 stored as a `Double` for classification
/// (TensorFlow Playground's +1 is class 1, its −1 is class 0), or the target value
/// itself for regression; one type lets every layer handle both kinds of data alike.
package struct Sample: Codable, Equatable, Sendable {
    /// The first coordinate (horizontal axis); the first input of a wider sample.
    package var x1: Double
    /// The second coordinate (vertical axis); the second input of a wider sample.
    package var x2: Double
    /// A class index as a `Double`, or a real-valued regression target.
    package var label: Double
    /// Every input of a sample with more than two (nil for a point of the plane, whose
    /// inputs are `x1` and `x2`). Such a sample's network reads these as they are: the
    /// plane's features (x1², sin x1, …) have no meaning for them.
    package var inputs: [Double]?

    package init(x1: Double, x2: Double, label: Double) {
        self.x1 = x1
        self.x2 = x2
        self.label = label
        inputs = nil
    }

    /// A sample with the inputs `inputs` (more than two); `x1` and `x2` repeat the first two.
    package init(inputs: [Double], label: Double) {
        precondition(inputs.count > 2, "a sample of the plane has x1 and x2")
        x1 = inputs[0]
        x2 = inputs[1]
        self.label = label
        self.inputs = inputs
    }

    /// How many inputs the sample has: 2 for a point of the plane.
    package var inputWidth: Int { inputs?.count ?? 2 }
}
