/// Each variant's colour on the race screen (its loss line, its mark in the table and
/// on its heatmap's title), kept by the variant's id so that it does not change when
/// another variant is removed. In monochrome the loss lines differ by their dashes.
package enum RaceColours {
    /// Four hues apart from each other and from the heatmap's orange and blue.
    static let hues: [SemanticColour] = [.trainLoss, .testLoss, .validationLoss, .good]

    /// The colour of the variant with `id`.
    package static func colour(_ id: Int) -> Colour {
        .semantic(hues[((id % hues.count) + hues.count) % hues.count])
    }

    /// The dash pattern of its loss line without colour (0: solid).
    package static func dash(_ id: Int) -> Int {
        ((id % 4) + 4) % 4
    }
}
