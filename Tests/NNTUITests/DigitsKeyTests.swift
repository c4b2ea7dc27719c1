import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The digits lab's keys and clicks: what they send to the engine and what they change on screen.
@Suite struct DigitsKeyTests {
    @Test func spacePlaysExceptOnThePadWhereItMovesThePen() {
        var state = DigitsAppState(config: DigitsDataset.defaultConfig)
        #expect(state.focus == .pad)
        #expect(state.handle(.character(" ")).isEmpty && state.pad.penDown)
        state.handle(.tab)
        #expect(state.focus == .gallery)
        #expect(state.handle(.character(" ")) == [.play])
        state.isPlaying = true
        #expect(state.handle(.character(" ")) == [.pause])
        #expect(state.handle(.character(".")) == [.step] && state.handle(.character("r")) == [.resetWeights])
        state.handle(.character("c"))
        #expect(state.pad.isBlank)
    }

    @Test func settingsChangeThroughTheEngineAndBadValuesAreRefusedHere() throws {
        var state = DigitsAppState(config: DigitsDataset.defaultConfig)
        state.focus = .controls
        state.control = .learningRate
        let faster = state.handle(.right)
        guard case .configure(let new)? = faster.first else {
            Issue.record("no configure command: \(faster)")
            return
        }
        let rate = DigitsDataset.defaultConfig.optimizer.learningRate
        #expect(new.optimizer.learningRate > rate && new.dataset == state.config.dataset)
        state.handle(.down)
        #expect(state.control == .beta1)  // Adam's own parameters come after the rate
        state.control = .hidden
        state.handle(.enter)
        for c in "80" { state.handle(.character(c)) }
        #expect(state.handle(.enter).isEmpty)
        #expect(state.editing?.problem?.contains("1 to 64") == true)
        state.handle(.escape)
        state.handle(.enter)
        for c in "16,8" { state.handle(.character(c)) }
        let deeper = state.handle(.enter)
        #expect(deeper.count == 1 && state.config.hiddenLayers == [16, 8] && state.editing == nil)
    }

    @Test func clicksInkThePadAndOpenAPair() throws {
        let (snapshot, base) = try DigitsFixture.snapshot(pad: DrawPad())
        var state = base
        var canvas = Canvas(size: Size(width: 120, height: 40))
        let hits = DigitsScreen.draw(snapshot, state: state, palette: Palette(tier: .ansi256), canvas: &canvas)
        let cell = try #require(hits.first { $0.target == .padCell(row: 2, column: 6) })
        state.handle(.click(column: cell.rect.x + 1, row: cell.rect.y, secondary: false), hits: hits)
        #expect(state.pad.ink(row: 2, column: 6) == 16 && state.focus == .pad)
        // A drag inks every cell it passes; outside the pad it does nothing.
        for column in [5, 4, 3] {
            let next = try #require(hits.first { $0.target == .padCell(row: 3, column: column) })
            state.handle(.drag(column: next.rect.x, row: next.rect.y), hits: hits)
        }
        #expect((3...5).allSatisfy { state.pad.ink(row: 3, column: $0) == 16 })
        let before = state
        state.handle(.drag(column: 0, row: 0), hits: hits)
        #expect(state == before)
        let pairs = snapshot.readout?.mostConfused ?? []
        let first = try #require(hits.first { $0.target == .pair(0) })
        state.handle(.click(column: first.rect.x, row: first.rect.y, secondary: false), pairs: pairs, hits: hits)
        #expect(state.openedPair == pairs.first && state.focus == .confused)
        let predictions = snapshot.readout?.predictions ?? []
        let shown = state.galleryIndices(predictions)
        #expect(!shown.isEmpty && shown.allSatisfy { predictions[$0].truth == pairs[0].truth && !predictions[$0].isCorrect })
        state.handle(.escape)
        #expect(state.openedPair == nil && state.galleryIndices(predictions).count == predictions.count)
    }
}
