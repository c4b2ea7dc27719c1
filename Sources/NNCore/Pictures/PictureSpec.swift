/// Which pictures of a network a screen draws, and at what size: the decision
/// boundary over the heatmap's pixels and one thumbnail per neuron and input feature.
///
/// The screen's layout decides the sizes (a bigger terminal, a bigger heatmap); the
/// network's shape and parameters decide the values (`NetworkPictures`). A size that is
/// nil or empty is not drawn, so nothing is computed for it.
package struct PictureSpec: Hashable, Sendable, CustomStringConvertible {
    /// The decision boundary's pixels; nil when the heatmap is not shown.
    package var heatmap: GridSize?
    /// Each neuron's (and feature's) thumbnail pixels; nil when the diagram draws plain dots.
    package var thumbnails: GridSize?

    package init(heatmap: GridSize?, thumbnails: GridSize?) {
        self.heatmap = heatmap.flatMap { $0.isEmpty ? nil : $0 }
        self.thumbnails = thumbnails.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Nothing to draw.
    package static let none = PictureSpec(heatmap: nil, thumbnails: nil)

    package var description: String {
        "heatmap \(heatmap?.description ?? "none"), thumbnails \(thumbnails?.description ?? "none")"
    }
}
