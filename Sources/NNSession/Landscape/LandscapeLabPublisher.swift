import NNCore

/// The raster size a screen asks the engine for: the surface pane's pixels.
package struct LandscapeRasterRequest: Equatable, Sendable {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The engine thread's publishing for the landscape lab: a snapshot every `interval`
/// while playing (and whenever forced), with the surface's raster, computed here on
/// the engine's thread only when the requested size or the surface changes.
package struct LandscapeLabPublisher: Sendable {
    /// The raster size the screen asked for last (nil: none yet).
    package var request: LandscapeRasterRequest?
    private let interval: UInt64
    private var lastPublished: UInt64?
    private var version = 0
    private var raster: LandscapeRaster?
    /// What `raster` was computed for.
    private var rasterKey: RasterKey?

    private struct RasterKey: Equatable, Sendable {
        var function: LandscapeFunction.Kind
        var condition: Double
        var request: LandscapeRasterRequest
    }

    /// The most pixels a raster may have (a 1,000×600-cell terminal).
    package static let maxPixels = 1_200_000

    package init(interval: UInt64) {
        self.interval = interval
    }

    /// Whether a snapshot is due at `now` while playing.
    package func isDue(_ now: UInt64) -> Bool {
        guard let lastPublished else { return true }
        return now &- lastPublished >= interval
    }

    /// The snapshot of `state` at `now` (the raster recomputed if the size or the
    /// surface changed since the last one).
    package mutating func snapshot(of state: LandscapeLabState, now: UInt64, forced: Bool) -> LandscapeLabSnapshot {
        version += 1
        lastPublished = now
        if let request, request.width > 0, request.height > 0, request.width * request.height <= Self.maxPixels {
            let key = RasterKey(function: state.setup.function, condition: state.setup.condition, request: request)
            if key != rasterKey {
                raster = LandscapeRaster(function: state.function, box: state.function.viewBox,
                                         width: request.width, height: request.height)
                rasterKey = key
            }
        }
        return LandscapeLabSnapshot(state, version: version, raster: raster)
    }
}
