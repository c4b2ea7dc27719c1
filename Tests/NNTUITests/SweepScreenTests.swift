import Foundation
import Testing
@testable import NNTUI

/// The seed-sweep screen: small multiples of the runs' heatmaps and the spread table,
/// golden frames at three sizes, and its keys.
@MainActor @Suite struct SweepScreenTests {
    /// Eight runs of a two-class problem: run k's boundary is a vertical line that moves
    /// right with k; run 5 is not finished, run 6 diverged, runs 0-3 are solved.
    static func board() -> SweepBoard {
        let runs: [SweepBoard.Run?] = (0..<8).map { k in
            guard k != 5 else { return nil }
            var values: [Double] = []
            for _ in 0..<16 { for x in 0..<16 { values.append(x < 4 + k ? -0.8 : 0.8) } }
            let field = HeatmapField(width: 16, height: 16, signedValues: k == 6 ? Array(repeating: 0, count: 256) : values)
            return SweepBoard.Run(label: "seed \(k + 1)", figure: k == 6 ? "diverged" : String(format: "%.1f%%", 99.0 - Double(k) * 3),
                                  solved: k == 6 ? false : k < 4, diverged: k == 6, field: field)
        }
        return SweepBoard(title: "xor · 8 runs varying both · 300 epochs · 2 threads", runs: runs,
                          spread: [.init(name: "train loss", min: "0.0120", median: "0.0410", max: "0.6931"),
                                   .init(name: "test accuracy", min: "78.0%", median: "92.0%", max: "99.0%")],
                          notes: ["solved (accuracy ≥ 0.95): 57% of 7 runs", "diverged: 1 of 7 runs"], runsDone: 7, seconds: 2.0)
    }

    @Test(arguments: [(Size(width: 80, height: 24), ColourTier.ansi256), (Size(width: 120, height: 40), .ansi16),
                      (Size(width: 120, height: 40), .monochrome), (Size(width: 200, height: 60), .direct)])
    func goldenFrames(size: Size, tier: ColourTier) {
        var backend = MemoryBackend(size: size, tier: tier)
        var state = SweepScreenState()
        state.selected = 2
        backend.present(SweepScreen.render(board: Self.board(), state: state, size: size, palette: backend.palette))
        GoldenFile.check(backend.dump, named: "sweep-\(size.width)x\(size.height)-\(tier)")
    }

    @Test func keysSelectAndOpenARun() throws {
        let board = Self.board(), size = Size(width: 120, height: 40)
        var state = SweepScreenState()
        let columns = SweepLayout(size: size, runs: 8, selected: 0).columns
        #expect(state.handle(.down, model: board, size: size) == .none)
        #expect(state.selected == columns)
        _ = state.handle(.end, model: board, size: size)
        #expect(state.selected == 7)
        _ = state.handle(.right, model: board, size: size)
        #expect(state.selected == 7)
        #expect(state.handle(.enter, model: board, size: size) == .open(7))
        let box = try #require(SweepLayout(size: size, runs: 8, selected: 7).box(1))
        let click = InputEvent.click(column: box.x + 2, row: box.y + 2, secondary: false)
        #expect(state.handle(click, model: board, size: size) == .none)
        #expect(state.selected == 1)
        #expect(state.handle(click, model: board, size: size) == .open(1))
        #expect(state.handle(.character("q"), model: board, size: size) == .quit)
    }

    /// Forty runs do not fit at 80×24: the view scrolls to keep the selected run drawn.
    @Test func manyRunsScrollToTheSelection() throws {
        for selected in [0, 17, 39] {
            let layout = SweepLayout(size: Size(width: 80, height: 24), runs: 40, selected: selected)
            let box = try #require(layout.box(selected))
            #expect(box.maxY <= layout.table.y && box.maxX <= 80)
            #expect(layout.run(atColumn: box.x + 1, row: box.y + 1, runs: 40) == selected)
        }
    }
}
