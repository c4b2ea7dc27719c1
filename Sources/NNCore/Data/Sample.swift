/// One labelled point of the playground's plane.
///
/// `label` is a class index 0, 1, … K−1 stored as a `Double` for classification
/// (TensorFlow Playground's +1 is class 1, its −1 is class 0), or the target value
/// itself for regression; one type lets every layer handle both kinds of data alike.
package struct Sample: Codable, Equatable, Sendable {
    /// The first coordinate (horizontal axis).
    package var x1: Double
    /// The second coordinate (vertical axis).
    package var x2: Double
    /// A class index as a `Double`, or a real-valued regression target.
    package var label: Double

    package init(x1: Double, x2: Double, label: Double) {
        self.x1 = x1
        self.x2 = x2
        self.label = label
    }
}
