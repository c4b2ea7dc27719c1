import NNCore
import NNSession

/// The pictures of the network a frame shows: the decision boundary over the heatmap's
/// pixels and the diagram with each neuron's thumbnail, computed on the UI thread from
/// a snapshot's network.
///
/// The grids (the features at every pixel) are kept while the heatmap's size, the
/// thumbnails' size and the features stay the same; the network is evaluated on them
/// again only when the snapshot's version or the screen size changed, so a frame
/// redrawn for a key press costs no evaluation.
public struct NetworkFields: Sendable {
    private var heatGrid: DecisionGrid?
    private var thumbnailGrid: DecisionGrid?
    private var drawn: (version: Int, size: Size)?
    private var rangeDataVersion = -1
    /// The decision boundary (empty before the first update or when too small to show).
    public private(set) var heatmap = HeatmapField(width: 0, height: 0)
    /// The diagram, with thumbnails when the layout leaves room for them.
    public private(set) var network = NetworkViewModel(inputs: [], layers: [])
    /// For regression: the label values drawn as full orange and full blue.
    public private(set) var valueRange: ClosedRange<Double> = -1...1

    public init() {}

    /// Brings the pictures up to date with `snapshot` on a screen laid out as `layout`;
    /// returns false when nothing had to be computed.
    @discardableResult
    public mutating func update(_ snapshot: Snapshot, layout: Layout) -> Bool {
        guard case .regular(let rects) = layout else { return false }
        if let drawn, drawn.version == snapshot.version, drawn.size == rects.size { return false }
        drawn = (snapshot.version, rects.size)
        let network = snapshot.network, features = snapshot.config.features, problem = snapshot.problem
        if rangeDataVersion != snapshot.dataVersion {
            rangeDataVersion = snapshot.dataVersion
            valueRange = NetworkFields.labelRange(snapshot.trainSamples + snapshot.testSamples)
        }
        let pixels = HeatmapView.fieldSize(in: rects.heatmap)
        if pixels.width > 0 && pixels.height > 0 {
            let grid = NetworkFields.grid(heatGrid, size: pixels, features: features)
            heatGrid = grid
            heatmap = grid.field(grid.evaluate(network), head: network.output, problem: problem, valueRange: valueRange)
        } else {
            heatmap = HeatmapField(width: 0, height: 0)
        }
        let plain = NetworkViewModel(network: network, activeFeatures: features, problem: problem)
        if let size = NetworkView.thumbnailPixelSize(for: plain, in: rects.network) {
            let grid = NetworkFields.grid(thumbnailGrid, size: size, features: features)
            thumbnailGrid = grid
            self.network = NetworkViewModel(network: network, activeFeatures: features, problem: problem,
                                            thumbnails: (grid, grid.evaluate(network, includeNeurons: true)))
        } else {
            self.network = plain
        }
        return true
    }

    /// Forgets the evaluated pictures (not the grids): the next update recomputes them.
    public mutating func invalidate() {
        drawn = nil
    }

    /// `existing` if it fits, otherwise a new grid.
    static func grid(_ existing: DecisionGrid?, size: Size, features: [Feature]) -> DecisionGrid {
        if let existing, existing.matches(width: size.width, height: size.height, features: features) {
            return existing
        }
        return DecisionGrid(width: size.width, height: size.height, features: features)
    }

    /// The smallest to the largest finite label (−1…1 if there is no spread).
    static func labelRange(_ samples: [Sample]) -> ClosedRange<Double> {
        let labels = samples.map(\.label).filter(\.isFinite)
        guard let low = labels.min(), let high = labels.max(), high > low else { return -1...1 }
        return low...high
    }
}
