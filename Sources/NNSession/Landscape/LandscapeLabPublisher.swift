import Foundation
import NNCore

/// What a screen asks the engine to picture: the surface's raster at the surface
/// pane's pixels and, while the phase map is shown, the phase map.
package struct LandscapeRasterRequest: Equatable, Sendable {
    package var width: Int
    package var height: Int
    /// The phase map to compute on the ravine (nil: none wanted).
    package var phaseMap: LandscapePhaseMapRequest?

    package init(width: Int, height: Int, phaseMap: LandscapePhaseMapRequest? = nil) {
        self.width = width
        self.height = height
        self.phaseMap = phaseMap
    }
}

/// The engine thread's publishing for the landscape lab: a snapshot every `interval`
/// while playing (and whenever forced), with the surface's raster, computed here on
/// the engine's thread only when the requested size or the surface changes, and the
/// phase map the screen asked for, computed on every core once per (condition, rule,
/// grid size) while the surface is the ravine.
package struct LandscapeLabPublisher: Sendable {
    /// The raster size the screen asked for last (nil: none yet).
    package var request: LandscapeRasterRequest?
    private let interval: UInt64
    private var lastPublished: UInt64?
    private var version = 0
    private var raster: LandscapeRaster?
    /// What `raster` was computed for.
    private var rasterKey: RasterKey?
    private var phaseMap: LandscapePhaseMap?
    /// Threads computing the phase map (every core by default; the map is the same bits on any number).
    private let phaseMapThreads: Int

    private struct RasterKey: Equatable, Sendable {
        var function: LandscapeFunction.Kind
        var condition: Double
        var request: LandscapeRasterRequest
    }

    /// The most pixels a raster may have (a 1,000×600-cell terminal).
    package static let maxPixels = 1_200_000

    package init(interval: UInt64) {
        self.init(interval: interval, phaseMapThreads: ProcessInfo.processInfo.activeProcessorCount)
    }

    package init(interval: UInt64, phaseMapThreads: Int) {
        self.interval = interval
        self.phaseMapThreads = max(1, phaseMapThreads)
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
        if state.setup.function == .ravine, let wanted = request?.phaseMap, wanted.isValid,
           phaseMap?.condition != state.setup.condition || phaseMap?.request != wanted {
            let map = PhaseMap.computed(wanted.spec(condition: state.setup.condition), threads: phaseMapThreads)
            phaseMap = LandscapePhaseMap(condition: state.setup.condition, request: wanted, picture: PhaseMapPicture(map))
        }
        var snapshot = LandscapeLabSnapshot(state, version: version, raster: raster)
        snapshot.phaseMap = phaseMap
        return snapshot
    }
}
