import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The race screen's keys: what goes to every variant, what to the selected one, and
/// selecting, adding and removing variants.
@Suite struct RaceKeysTests {
    static func state() throws -> (RaceState, RaceUIState) {
        let race = try RaceScreenGoldenTests.race()
        var painters: [Int: PicturePainter] = [:]
        var state = RaceScreenGoldenTests.interface(race)
        state.adopt(RaceSnapshot.headless(race, painters: &painters))
        return (race, state)
    }

    @Test func spaceAndPaceGoToEveryVariant() throws {
        var (_, state) = try Self.state()
        #expect(state.handle(.character(" "), context: AppContext(), heatmaps: []) == [.all(.play)])
        let slower = state.handle(.character("-"), context: AppContext(), heatmaps: [])  // from max
        #expect(slower.count == 1)
        if case .all(.setPace) = slower.first {} else { Issue.record("\(slower)") }
    }

    @Test func aSettingGoesToTheSelectedVariant() throws {
        var (race, state) = try Self.state()
        _ = state.handle(.character("v"), context: AppContext(), heatmaps: [])
        #expect(state.selected == race.entrants[1].id)
        state.panel.focus = .learningRate
        let commands = state.handle(.right, context: AppContext(), heatmaps: [])
        guard case .variant(let id, .configure(let config)) = commands.first else {
            Issue.record("\(commands)")
            return
        }
        #expect(id == race.entrants[1].id)
        #expect(config.optimizer.learningRate > race.entrants[1].config.optimizer.learningRate)
        #expect(config.optimizer.kind == .sgd)  // the selected variant's settings, not the first's
        race.apply(commands[0])
        #expect(race.lastRejection == nil)
        #expect(race.entrants[1].config.optimizer.learningRate == config.optimizer.learningRate)
        #expect(race.entrants[0].config.optimizer.learningRate == 0.03)
    }

    @Test func addRemoveAndSelectByClick() throws {
        var (race, state) = try Self.state()
        #expect(state.handle(.character("a"), context: AppContext(), heatmaps: []) == [.add(copyOf: 0, name: "copy of adam")])
        #expect(state.handle(.character("x"), context: AppContext(), heatmaps: []) == [.remove(id: 0)])
        let boxes = [Rect(x: 30, y: 1, width: 30, height: 10), Rect(x: 60, y: 1, width: 30, height: 10),
                     Rect(x: 90, y: 1, width: 30, height: 10)]
        #expect(state.handle(.click(column: 95, row: 4, secondary: false), context: AppContext(), heatmaps: boxes).isEmpty)
        #expect(state.selected == race.entrants[2].id)
        #expect(state.handle(.character("q"), context: AppContext(), heatmaps: []).isEmpty && state.shouldQuit)
        _ = race
    }
}
