import NNCore
import NNSession

/// The pictures of the network a frame shows: the decision boundary over the heatmap's
/// pixels and the diagram with each neuron's thumbnail, mapped to heat pixels from the
/// values the engine published with the snapshot (`Snapshot.pictures`). Nothing is
/// evaluated here: the UI thread only draws (ARCHITECTURE.md).
///
/// Each frame the app calls `update`, then asks the engine for `wanted` (the sizes this
/// layout draws; `Engine.requestPictures`). Until pictures of those sizes arrive the
/// ones in the snapshot are drawn stretched to fit (blank before the first), and
/// `isCurrent` is false so that the app draws again once they are there. The heat
/// pixels are mapped again only when the pictures, the screen size or the snapshot's
/// version changed, so a frame redrawn for a key press costs nothing.
package struct NetworkFields: Sendable {
    /// What the fields were last made from.
    private struct Key: Equatable {
        var version: Int
        var size: Size
        var pictures: Pictures?
    }

    /// Which pictures (and colour scale) the heatmap was mapped from.
    private struct Pictures: Equatable {
        var version: Int
        var spec: PictureSpec
    }

    private var drawn: Key?
    private var heatmapSource: (pictures: Pictures, range: ClosedRange<Double>, problem: Problem)?
    private var rangeDataVersion = -1
    /// The decision boundary (empty before the first pictures or when too small to show).
    package private(set) var heatmap = HeatmapField(width: 0, height: 0)
    /// The diagram, with thumbnails when the layout leaves room for them.
    package private(set) var network = NetworkViewModel(inputs: [], layers: [])
    /// For regression: the label values drawn as full orange and full blue.
    package private(set) var valueRange: ClosedRange<Double> = -1...1
    /// The pictures the last layout draws: what to ask the engine for.
    package private(set) var wanted = PictureSpec.none
    /// Whether the snapshot's pictures have the sizes `wanted` (false while waiting).
    package private(set) var isCurrent = true

    package init() {}

    /// The pictures a frame of `layout` draws for `snapshot`'s network: the heatmap's
    /// pixels, and the thumbnails' if the diagram has room for them.
    package static func pictureSpec(for snapshot: Snapshot, layout: Layout) -> PictureSpec {
        guard case .regular(let rects) = layout else { return .none }
        let pixels = HeatmapView.fieldSize(in: rects.heatmap)
        let thumbnails = NetworkView.thumbnailPixelSize(layerSizes: snapshot.network.layout.sizes,
                                                        activeFeatures: snapshot.config.features, in: rects.network)
        return PictureSpec(heatmap: GridSize(width: pixels.width, height: pixels.height),
                           thumbnails: thumbnails.map { GridSize(width: $0.width, height: $0.height) })
    }

    /// Brings the fields up to date with `snapshot` (and its pictures) on a screen laid
    /// out as `layout`; returns false when nothing had to be mapped. `spec` is
    /// `pictureSpec(for: snapshot, layout: layout)`, passed by a caller that already
    /// worked it out this frame.
    @discardableResult
    package mutating func update(_ snapshot: Snapshot, layout: Layout, spec: PictureSpec? = nil) -> Bool {
        wanted = spec ?? NetworkFields.pictureSpec(for: snapshot, layout: layout)
        isCurrent = wanted == .none || snapshot.pictures?.spec == wanted
        guard case .regular(let rects) = layout else { return false }
        let pictures = snapshot.pictures
        let key = Key(version: snapshot.version, size: rects.size,
                      pictures: pictures.map { Pictures(version: $0.version, spec: $0.spec) })
        if key == drawn { return false }
        drawn = key
        if rangeDataVersion != snapshot.dataVersion {
            rangeDataVersion = snapshot.dataVersion
            valueRange = NetworkFields.labelRange(snapshot.trainSamples + snapshot.testSamples)
        }
        mapHeatmap(pictures, problem: snapshot.problem, shown: wanted.heatmap != nil)
        network = NetworkViewModel(network: snapshot.network, activeFeatures: snapshot.config.features,
                                   problem: snapshot.problem, pictures: wanted.thumbnails == nil ? nil : pictures)
        return true
    }

    /// The heatmap from `pictures`' boundary values, mapped again only when they or the
    /// colour scale changed; empty when not `shown` or there are none.
    private mutating func mapHeatmap(_ pictures: NetworkPictures?, problem: Problem, shown: Bool) {
        guard shown, let pictures, let outputs = pictures.heatmap, let size = pictures.spec.heatmap else {
            heatmap = HeatmapField(width: 0, height: 0)
            heatmapSource = nil
            return
        }
        let source = (Pictures(version: pictures.version, spec: pictures.spec), valueRange, problem)
        if let kept = heatmapSource, kept.pictures == source.0, kept.range == source.1, kept.problem == source.2 {
            return
        }
        heatmapSource = source
        heatmap = HeatmapField(boundary: outputs, size: size, head: pictures.network.output, problem: problem,
                               valueRange: valueRange)
    }

    /// The smallest to the largest finite label (−1…1 if there is no spread).
    static func labelRange(_ samples: [Sample]) -> ClosedRange<Double> {
        let labels = samples.map(\.label).filter(\.isFinite)
        guard let low = labels.min(), let high = labels.max(), high > low else { return -1...1 }
        return low...high
    }
}
