import NNCore

/// Everything the landscape lab's screen draws, published by the engine's thread:
/// plain values, so views never evaluate the surface or step a method.
package struct LandscapeLabSnapshot: Sendable {
    /// Increases with every snapshot published.
    package var version: Int
    package var sessionStep: Int
    /// Iterations of the current race.
    package var iteration: Int
    package var isPlaying: Bool
    /// The settings now (surface, start, methods, seed, pace).
    package var setup: LandscapeLabSetup
    package var function: LandscapeFunction
    /// Where the methods start.
    package var start: [Double]
    /// The box the surface is drawn in.
    package var box: LandscapeFunction.Box
    /// How many of the surface's global minima have been reached since it was chosen.
    package var foundMinima: Set<Int>
    package var tracks: [LandscapeTrackSnapshot]
    /// The surface on the pixel grid the screen asked for (nil until it asks).
    package var raster: LandscapeRaster?
    /// The phase map last asked for (nil until asked; possibly for an earlier condition or rule).
    package var phaseMap: LandscapePhaseMap?
    /// Bumped whenever the race restarts.
    package var generation: Int
    /// The state's fingerprint (what a recording's end line holds).
    package var fingerprint: ParameterHash
    /// The lesson goal the engine judges, and when it first held (`LandscapeLabState.watchedGoal`).
    package var watchedGoal: [LandscapeGoal]?
    package var goalMetAt: LandscapeGoalMoment?

    /// The snapshot of `state`, with `raster` (already computed) attached.
    package init(_ state: LandscapeLabState, version: Int, raster: LandscapeRaster?) {
        self.version = version
        sessionStep = state.sessionStep
        iteration = state.iteration
        isPlaying = state.isPlaying
        setup = state.setup
        function = state.function
        start = state.start
        box = state.function.viewBox
        foundMinima = state.foundMinima
        tracks = state.tracks.map(LandscapeTrackSnapshot.init)
        self.raster = raster
        generation = state.generation
        fingerprint = state.fingerprint
        watchedGoal = state.watchedGoal
        goalMetAt = state.goalMetAt
    }
}

/// One method of the race as drawn: its path, losses, cloud and (CMA-ES) ellipse.
package struct LandscapeTrackSnapshot: Sendable, Equatable {
    package var method: LandscapeMethod
    /// (x, y) of the points the path showed, the start first, the current point last.
    package var path: [[Double]]
    /// The loss at iterations `lossIterations` (same length).
    package var losses: [Double]
    package var lossIterations: [Int]
    package var point: [Double]
    package var loss: Double
    package var iterations: Int
    package var evaluations: Int
    /// The first iteration at which it reached a minimum, and which (index into `minima`).
    package var reachedAt: Int?
    package var reachedMinimum: Int?
    package var ending: LandscapeRun.Ending?
    /// GA's population, or the points CMA-ES sampled in its last generation.
    package var cloud: [[Double]]
    /// CMA-ES: the one-standard-deviation ellipse of N(m, σ²C) as a closed polygon.
    package var ellipse: [[Double]]?
    /// CMA-ES: the step size σ.
    package var sigma: Double?

    /// Points on the ellipse outline.
    package static let ellipsePoints = 48

    init(_ track: LandscapeTrack) {
        let walker = track.walker
        method = walker.method
        path = track.path.entries.map(\.value)
        if path.last != walker.point { path.append(walker.point) }
        losses = track.losses.entries.map(\.value)
        lossIterations = track.losses.entries.map(\.at)
        point = walker.point
        loss = walker.loss
        iterations = walker.iterations
        evaluations = walker.evaluations
        reachedAt = track.reached?.iteration
        reachedMinimum = track.reached?.minimum
        ending = walker.ending
        cloud = walker.cloud
        if let d = walker.distribution {
            ellipse = Self.ellipse(mean: d.mean, sigma: d.sigma, covariance: d.covariance)
            sigma = d.sigma
        }
    }

    /// m + σ·B·D·(cos θ, sin θ) for θ around the circle, with C = B·D²·Bᵀ: the points one
    /// standard deviation from the mean along every direction.
    static func ellipse(mean: [Double], sigma: Double, covariance: [[Double]]) -> [[Double]] {
        let (values, vectors) = SymmetricEigen.decompose(covariance)
        let d = values.map { max($0, 0).squareRoot() }
        return (0...ellipsePoints).map { k in
            let theta = 2 * Double.pi * Double(k) / Double(ellipsePoints)
            let u = [PlatformMath.cos(theta) * d[0], PlatformMath.sin(theta) * d[1]]
            return [mean[0] + sigma * (vectors[0][0] * u[0] + vectors[0][1] * u[1]),
                    mean[1] + sigma * (vectors[1][0] * u[0] + vectors[1][1] * u[1])]
        }
    }
}
