import NNCore
import Testing
@testable import NNTUI

/// The whole screen, drawn by every view from hand-made models, compared with the
/// committed golden frames (characters plus colour runs) at each size and tier.
@Suite struct ScreenGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    static func dump(_ model: ScreenModel, size: Size, tier: ColourTier) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(Screen.render(model, size: size, palette: backend.palette).canvas)
        return backend.dump
    }

    /// Every tier at every size, except 8 colours (nearly the same as 16) only at 80×24.
    static let sizesAndTiers: [(Size, ColourTier)] = sizes.flatMap { size in
        ColourTier.allCases.filter { $0 != .ansi8 || size.width == 80 }.map { (size, $0) }
    }

    @Test(arguments: sizesAndTiers)
    func circle(size: Size, tier: ColourTier) {
        let model = Fixture.screen(Fixture.circle, size: size)
        GoldenFile.check(Self.dump(model, size: size, tier: tier), named: "circle-\(size.width)x\(size.height)-\(tier)")
    }

    @Test(arguments: [ColourTier.ansi256, .ansi16, .monochrome])
    func blobsWithSoftmax(tier: ColourTier) {
        let size = Size(width: 120, height: 40)
        let model = Fixture.screen(Fixture.blobs, size: size, showTest: false)
        GoldenFile.check(Self.dump(model, size: size, tier: tier), named: "blobs-120x40-\(tier)")
    }

    @Test(arguments: [ColourTier.direct, .ansi8])
    func regression(tier: ColourTier) {
        let size = Size(width: 120, height: 40)
        let model = Fixture.screen(Fixture.regression, size: size)
        GoldenFile.check(Self.dump(model, size: size, tier: tier), named: "regression-120x40-\(tier)")
    }

    @Test func divergedWhileEditingOnALogScale() {
        let size = Size(width: 120, height: 40)
        var model = Fixture.screen(Fixture.circle, size: size, diverged: 3_001,
                                   editing: TextEdit(text: "10", cursor: 1, problem: "too high"))
        model.loss.logScale = true
        model.loss.history.append(LossPoint(epoch: 121, train: .infinity, test: .nan))
        GoldenFile.check(Self.dump(model, size: size, tier: .ansi256), named: "diverged-editing-120x40-256")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func helpOverlay(size: Size) {
        let model = Fixture.screen(Fixture.circle, size: size, showHelp: true)
        GoldenFile.check(Self.dump(model, size: size, tier: .ansi256), named: "help-\(size.width)x\(size.height)-256")
    }

    @Test func discretizedWithoutTestPoints() {
        let size = Size(width: 80, height: 24)
        let model = Fixture.screen(Fixture.circle, size: size, showTest: false, discretize: true, focused: 5)
        GoldenFile.check(Self.dump(model, size: size, tier: .ansi256), named: "discretized-80x24-256")
    }

    @Test func tooSmall() {
        let size = Size(width: 79, height: 24)
        let model = Fixture.screen(Fixture.circle, size: Size(width: 80, height: 24))
        GoldenFile.check(Self.dump(model, size: size, tier: .ansi256), named: "too-small-79x24-256")
    }
}
