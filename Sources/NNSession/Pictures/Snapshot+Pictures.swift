import NNCore

/// Pictures computed where there is no engine: the headless replay and tests paint a
/// snapshot synchronously with the same function the engine's thread uses.
extension Snapshot {
    /// This snapshot with `pictures` instead of its own.
    package func with(_ pictures: NetworkPictures?) -> Snapshot {
        var copy = self
        copy.pictures = pictures
        return copy
    }

    /// This snapshot with pictures of its network at `spec`'s sizes, from `painter`
    /// (which keeps its grids and last pictures for the next call).
    package func painted(_ spec: PictureSpec, by painter: inout PicturePainter) -> Snapshot {
        with(painter.pictures(of: network, features: config.features, spec: spec, version: version))
    }
}
