import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The landscape lab's whole screen against committed golden frames.
@Suite struct LandscapeLabGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    @Test(arguments: sizes)
    func rosenbrockRace(size: Size) {
        let snapshot = LandscapeLabFixture.snapshot(steps: 60, size: size)
        var ui = LandscapeLabUI(setup: snapshot.setup)
        ui.adopt(snapshot)
        GoldenFile.check(LandscapeLabFixture.dump(ui: ui, snapshot: snapshot, size: size, tier: .ansi256),
                         named: "landscape-rosenbrock-\(size.width)x\(size.height)-256")
    }

    @Test(arguments: ColourTier.allCases)
    func himmelblauWithPopulationsInEveryTier(tier: ColourTier) {
        let size = Size(width: 120, height: 40)
        let snapshot = LandscapeLabFixture.snapshot(LandscapeLabFixture.himmelblau, steps: 25, size: size)
        var ui = LandscapeLabUI(setup: snapshot.setup)
        ui.adopt(snapshot)
        GoldenFile.check(LandscapeLabFixture.dump(ui: ui, snapshot: snapshot, size: size, tier: tier),
                         named: "landscape-himmelblau-120x40-\(tier)")
    }

    @Test func cursorOnTheSurfaceAndHelp() {
        let size = Size(width: 80, height: 24)
        let snapshot = LandscapeLabFixture.snapshot(LandscapeLabSetup(function: .ravine, condition: 20), steps: 10, size: size)
        var ui = LandscapeLabUI(setup: snapshot.setup)
        ui.adopt(snapshot)
        _ = ui.handle(.tab, context: LandscapeLabContext())
        GoldenFile.check(LandscapeLabFixture.dump(ui: ui, snapshot: snapshot, size: size, tier: .direct),
                         named: "landscape-ravine-cursor-80x24-direct")
        ui.showHelp = true
        GoldenFile.check(LandscapeLabFixture.dump(ui: ui, snapshot: snapshot, size: size, tier: .ansi256),
                         named: "landscape-help-80x24-256")
    }
}
