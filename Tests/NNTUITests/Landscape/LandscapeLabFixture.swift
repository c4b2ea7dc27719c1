import NNCore
import NNSession
@testable import NNTUI

/// Lab states and frames for the landscape lab's tests.
enum LandscapeLabFixture {
    /// The default race (gd, momentum, Adam on Rosenbrock) after `steps` iterations, plus
    /// CMA-ES when `withCMA`, snapshotted with the raster for `size`.
    static func snapshot(_ setup: LandscapeLabSetup = LandscapeLabSetup(), steps: Int, size: Size) -> LandscapeLabSnapshot {
        var state = LandscapeLabState(setup)
        for _ in 0..<steps { state.step() }
        var publisher = LandscapeLabPublisher(interval: 1)
        if let raster = LandscapeLabScreen.rasterSize(for: size) {
            publisher.request = LandscapeRasterRequest(width: raster.width, height: raster.height)
        }
        return publisher.snapshot(of: state, now: 0, forced: true)
    }

    static let himmelblau = LandscapeLabSetup(function: .himmelblau, start: [0.5, -0.5],
                                              methods: [.labDefault(.nesterov), .labDefault(.adam), .labDefault(.ga),
                                                        .labDefault(.cmaes)])

    static func dump(ui: LandscapeLabUI, snapshot: LandscapeLabSnapshot, size: Size, tier: ColourTier) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(LandscapeLabScreen.render(ui: ui, snapshot: snapshot, size: size, palette: backend.palette).canvas)
        return backend.dump
    }
}
