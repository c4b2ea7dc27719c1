/// Computes `NetworkPictures`: the one function behind every picture of a network,
/// used by the engine's thread while training and by the headless replay.
///
/// Pure and deterministic (the same network, features and sizes give the same
/// numbers, bit for bit, as `DecisionGrid.evaluate`), but not free: a 200×120 heatmap
/// is 24,000 forward passes. So the painter keeps what can be kept: the grids (the
/// features at every pixel) while the sizes and features stay, the feature thumbnails
/// while the thumbnail size stays, and the last pictures while the network, features
/// and sizes stay (`pictures` then returns them without evaluating anything).
package struct PicturePainter: Sendable {
    private var heatGrid: DecisionGrid?
    private var thumbnailGrid: DecisionGrid?
    private var featureThumbnails: (size: GridSize, values: [Feature: [Double]])?
    /// The pictures returned last.
    package private(set) var latest: NetworkPictures?
    /// How many times the painter has evaluated a network (reusing pictures does not count).
    package private(set) var paintings = 0

    package init() {}

    /// The pictures of `network` (whose inputs are `features`) at the sizes of `spec`,
    /// tagged with the state `version` they are computed at; the previous pictures
    /// (with their own version) if they already show exactly this.
    package mutating func pictures(of network: Network, features: [Feature], spec: PictureSpec,
                                  version: Int) -> NetworkPictures {
        if let latest, latest.spec == spec, latest.shows(network, features: features) { return latest }
        var heatmap: NetworkOutputs?
        if let size = spec.heatmap {
            let grid = PicturePainter.grid(heatGrid, size: size, features: features)
            heatGrid = grid
            heatmap = grid.evaluate(network)
        }
        var neurons: NetworkOutputs?
        var thumbnails: [Feature: [Double]] = [:]
        if let size = spec.thumbnails {
            let grid = PicturePainter.grid(thumbnailGrid, size: size, features: features)
            thumbnailGrid = grid
            neurons = grid.evaluate(network, includeNeurons: true)
            thumbnails = featureThumbnails(size)
        }
        paintings += 1
        let pictures = NetworkPictures(spec: spec, version: version, network: network, features: features,
                                       heatmap: heatmap, neurons: neurons, featureThumbnails: thumbnails)
        latest = pictures
        return pictures
    }

    /// Every feature's thumbnail at `size`, computed once per size.
    private mutating func featureThumbnails(_ size: GridSize) -> [Feature: [Double]] {
        if let kept = featureThumbnails, kept.size == size { return kept.values }
        var values: [Feature: [Double]] = [:]
        for feature in Feature.allCases { values[feature] = DecisionGrid.featureValues(feature, size: size) }
        featureThumbnails = (size, values)
        return values
    }

    /// `existing` if it has this size and these features, otherwise a new grid.
    private static func grid(_ existing: DecisionGrid?, size: GridSize, features: [Feature]) -> DecisionGrid {
        if let existing, existing.width == size.width, existing.height == size.height,
           existing.features == features {
            return existing
        }
        return DecisionGrid(width: size.width, height: size.height, features: features)
    }
}
