import NNCore
import NNSession

/// What the surface view draws: the engine's raster of the surface, the minima, the
/// start, every method's path, population cloud and CMA-ES ellipse, and the cursor.
package struct SurfaceModel: Sendable {
    package var raster: LandscapeRaster?
    /// The global minima, (x, y), and which of them have been reached.
    package var minima: [[Double]]
    package var found: Set<Int>
    package var start: [Double]
    package var tracks: [LandscapeTrackSnapshot]
    /// The cursor that sets the start, while the surface has the keyboard (nil otherwise).
    package var cursor: [Double]?
    package var title: String

    package init(raster: LandscapeRaster?, minima: [[Double]], found: Set<Int> = [], start: [Double],
                tracks: [LandscapeTrackSnapshot], cursor: [Double]? = nil, title: String) {
        self.raster = raster
        self.minima = minima
        self.found = found
        self.start = start
        self.tracks = tracks
        self.cursor = cursor
        self.title = title
    }
}
