import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The digits lab's screen at the three sizes, from a lab trained four epochs with a one
/// drawn on the pad; and the same screen with the settings panel focused on a small
/// terminal and the gallery narrowed to one confused pair.
@Suite struct DigitsGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    @Test(arguments: sizes)
    func trainedFourEpochs(size: Size) throws {
        let (snapshot, state) = try DigitsFixture.snapshot()
        GoldenFile.check(DigitsFixture.dump(snapshot, state, size: size, tier: .ansi256),
                         named: "digits-\(size.width)x\(size.height)-256")
    }

    @Test func settingsOnASmallScreenAndAnOpenedPair() throws {
        var (snapshot, state) = try DigitsFixture.snapshot()
        state.focus = .controls
        state.control = .learningRate
        GoldenFile.check(DigitsFixture.dump(snapshot, state, size: Size(width: 80, height: 24), tier: .ansi16),
                         named: "digits-settings-80x24-16")
        let pair = try #require(snapshot.readout?.mostConfused.first)
        state.focus = .confused
        _ = state.handle(.enter, pairs: snapshot.readout?.mostConfused ?? [])
        #expect(state.openedPair == pair && state.paneView == .gallery)
        state.message = nil
        (snapshot, _) = try DigitsFixture.snapshot()
        GoldenFile.check(DigitsFixture.dump(snapshot, state, size: Size(width: 120, height: 40), tier: .monochrome),
                         named: "digits-pair-120x40-mono")
    }
}
