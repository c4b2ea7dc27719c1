import Foundation
import Testing
@testable import NNTUI

/// The grid-search screen: its key handling (a pure function), its layout, golden
/// frames at three sizes and in every colour tier, and its run loop on a scripted
/// terminal.
@MainActor @Suite struct SearchScreenTests {
    /// A 7×7 η × λ grid: validation accuracy falls off away from column 5, row 1 (the
    /// best cell); the last row is not finished; cell (6, 0) diverged.
    static func grid(finishedRows: Int = 6, classifies: Bool = true) -> SearchGrid {
        let xs = ["0.0001", "0.000464", "0.00215", "0.01", "0.0464", "0.215", "1"]
        let ys = ["1e-05", "4.64e-05", "0.000215", "0.001", "0.00464", "0.0215", "0.1"]
        var cells: [SearchGrid.Figures?] = []
        for row in 0..<7 {
            for column in 0..<7 {
                guard row < finishedRows else { cells.append(nil); continue }
                if column == 6 && row == 0 {
                    cells.append(.init(trainLoss: .nan, trainAccuracy: 0.5, validationLoss: .nan, validationAccuracy: 0.5,
                                       runs: 1, divergedRuns: 1))
                    continue
                }
                let distance = Double(abs(column - 5) + abs(row - 1))
                let accuracy = 1 - 0.05 * distance
                cells.append(.init(trainLoss: 0.02 * (1 + distance), trainAccuracy: min(1, accuracy + 0.01),
                                   validationLoss: 0.03 * (1 + distance), validationAccuracy: classifies ? accuracy : nil,
                                   runs: 1, divergedRuns: 0))
            }
        }
        return SearchGrid(title: "circle · 200 epochs · 1 seed per cell · 7×7 cells · 2 threads", xName: "lr", yName: "l2",
                          xLabels: xs, yLabels: ys, cells: cells, best: 1 * 7 + 5, classifies: classifies,
                          runsDone: finishedRows * 7, runsTotal: 49, seconds: 6.0, finished: false)
    }

    static func dump(_ grid: SearchGrid, _ state: SearchScreenState, size: Size, tier: ColourTier) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(SearchScreen.render(grid: grid, state: state, size: size, palette: backend.palette))
        return backend.dump
    }

    nonisolated static let framings: [(Size, ColourTier)] = [
        (Size(width: 80, height: 24), .ansi256), (Size(width: 80, height: 24), .monochrome),
        (Size(width: 120, height: 40), .ansi256), (Size(width: 120, height: 40), .ansi16),
        (Size(width: 200, height: 60), .direct),
    ]

    @Test(arguments: framings)
    func goldenFrames(size: Size, tier: ColourTier) {
        var state = SearchScreenState()
        state.follow(Self.grid())
        GoldenFile.check(Self.dump(Self.grid(), state, size: size, tier: tier),
                         named: "search-\(size.width)x\(size.height)-\(tier)")
    }

    @Test func trainLossOfARegressionWhenDone() {
        var grid = Self.grid(finishedRows: 7, classifies: false)
        grid.finished = true
        grid.runsDone = 49
        var state = SearchScreenState()
        _ = state.handle(.character("v"), model: grid, size: Size(width: 120, height: 40))
        _ = state.handle(.down, model: grid, size: Size(width: 120, height: 40))
        GoldenFile.check(Self.dump(grid, state, size: Size(width: 120, height: 40), tier: .ansi256),
                         named: "search-regression-train-120x40-256")
    }

    @Test func theBestCellIsStarredAndTheUnfinishedAreDots() {
        var state = SearchScreenState()
        state.follow(Self.grid())
        var backend = MemoryBackend(size: Size(width: 120, height: 40), tier: .ansi256)
        backend.present(SearchScreen.render(grid: Self.grid(), state: state, size: backend.size, palette: backend.palette))
        let text = backend.text
        #expect(text.contains("[*100.0 ]"))  // the best cell, under the cursor
        #expect(text.contains("  div  "))  // its accuracy (50%) is not shown
        #expect(text.components(separatedBy: "·").count - 1 >= 7)  // the unfinished row
        #expect(text.contains("cell  lr 0.215 · l2 4.64e-05"))
    }

    @Test func qSaysBackWhenThePlaygroundOpenedTheSearch() {
        var state = SearchScreenState()
        state.follow(Self.grid())
        func bottomRow(_ state: SearchScreenState) -> String {
            var backend = MemoryBackend(size: Size(width: 120, height: 40), tier: .ansi256)
            backend.present(SearchScreen.render(grid: Self.grid(), state: state, size: backend.size, palette: backend.palette))
            return backend.text.split(separator: "\n", omittingEmptySubsequences: false).last(where: { !$0.isEmpty }).map(String.init) ?? ""
        }
        #expect(bottomRow(state).contains("q quit") && !bottomRow(state).contains("q back"))
        state.returnsToPlayground = true
        #expect(bottomRow(state).contains("q back") && !bottomRow(state).contains("q quit"))
    }

    @Test func arrowsMoveWithinTheGridAndEnterOpensTheCell() {
        let grid = Self.grid(), size = Size(width: 120, height: 40)
        var state = SearchScreenState()
        #expect(state.handle(.up, model: grid, size: size) == .none)
        #expect(state.column == 0 && state.row == 0)
        for _ in 0..<10 { _ = state.handle(.right, model: grid, size: size) }
        _ = state.handle(.character("j"), model: grid, size: size)
        #expect(state.column == 6 && state.row == 1)
        #expect(state.handle(.enter, model: grid, size: size) == .open(13))
        // An unfinished cell opens too: its setup does not need its results.
        for _ in 0..<10 { _ = state.handle(.down, model: grid, size: size) }
        #expect(state.handle(.enter, model: grid, size: size) == .open(48))
        #expect(state.handle(.character("q"), model: grid, size: size) == .quit)
        #expect(state.handle(.interrupt, model: grid, size: size) == .quit)
    }

    @Test func theCursorFollowsTheBestCellUntilMoved() {
        var grid = Self.grid()
        var state = SearchScreenState()
        state.follow(grid)
        #expect(state.column == 5 && state.row == 1)
        grid.best = 0
        state.follow(grid)
        #expect(state.column == 0 && state.row == 0)
        _ = state.handle(.right, model: grid, size: Size(width: 80, height: 24))
        grid.best = 48
        state.follow(grid)
        #expect(state.column == 1 && state.row == 0)
        _ = state.handle(.character("b"), model: grid, size: Size(width: 80, height: 24))
        #expect(state.column == 6 && state.row == 6)
    }

    @Test func togglesAndTheirLimits() {
        let size = Size(width: 80, height: 24)
        var state = SearchScreenState()
        _ = state.handle(.character("v"), model: Self.grid(), size: size)
        _ = state.handle(.character("m"), model: Self.grid(), size: size)
        #expect(state.split == .train && state.measure == .loss)
        let regression = Self.grid(classifies: false)
        var other = SearchScreenState()
        _ = other.handle(.character("m"), model: regression, size: size)
        #expect(other.shownMeasure(regression) == .loss)
        #expect(other.note == "a regression has no accuracy: loss it is")
        _ = other.handle(.down, model: regression, size: size)
        #expect(other.note == nil)
        var empty = Self.grid(finishedRows: 0)
        empty.best = nil
        _ = other.handle(.character("b"), model: empty, size: size)
        #expect(other.note == "no cell has finished yet")
    }

    @Test func aClickSelectsACellAndASecondClickOpensIt() throws {
        let grid = Self.grid(), size = Size(width: 120, height: 40)
        var state = SearchScreenState()
        let layout = SearchLayout(size: size, grid: grid, cursor: (0, 0))
        let rect = try #require(layout.cellRect(column: 3, row: 4))
        let click = InputEvent.click(column: rect.x + 1, row: rect.y, secondary: false)
        #expect(state.handle(click, model: grid, size: size) == .none)
        #expect(state.column == 3 && state.row == 4)
        #expect(state.handle(click, model: grid, size: size) == .open(4 * 7 + 3))
        #expect(state.handle(.click(column: 0, row: 0, secondary: false), model: grid, size: size) == .none)
    }

    /// A 50×50 grid does not fit: the view scrolls to keep the cursor's cell drawn.
    @Test func aLargeGridScrollsToTheCursor() throws {
        let labels = (0..<50).map { "\($0)" }
        let grid = SearchGrid(title: "big", xName: "lr", yName: "l2", xLabels: labels, yLabels: labels,
                              cells: Array(repeating: nil, count: 2500), best: nil, classifies: true, runsDone: 0, runsTotal: 2500)
        for (column, row) in [(0, 0), (49, 49), (25, 3), (40, 20)] {
            let layout = SearchLayout(size: Size(width: 80, height: 24), grid: grid, cursor: (column, row))
            #expect(layout.visibleColumns < 50 && layout.visibleRows < 50)
            let rect = try #require(layout.cellRect(column: column, row: row))
            let back = try #require(layout.cell(atColumn: rect.x, row: rect.y))
            #expect(back.column == column && back.row == row)
            #expect(rect.maxX <= 80 && rect.maxY <= layout.xLabelsRow)
        }
    }

    @Test func theLoopOpensACellAndLeavesOnQOrASignal() {
        let feed = SearchFeed(Self.grid())
        let app = SearchApp(feed: feed)
        let opening = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .milliseconds(10), .input(.left)),
            .init(at: .milliseconds(20), .input(.enter)),
        ])
        #expect(app.run(on: opening) == .open(1 * 7 + 4))
        // Back from the playground: the cursor is where it was.
        let leaving = ScriptedBackend(size: Size(width: 80, height: 24), script: [.init(at: .milliseconds(10), .input(.character("q")))])
        #expect(app.run(on: leaving) == .quit)
        #expect(app.state.column == 4)
        let signalled = ScriptedBackend(size: Size(width: 80, height: 24), script: [.init(at: .milliseconds(10), .quit)])
        #expect(app.run(on: signalled) == .signal)
    }

    /// A grid published from another thread while the loop sleeps wakes it and is
    /// drawn, with no key pressed.
    @Test func aPublishedGridIsDrawnWithoutAKey() {
        let feed = SearchFeed(Self.grid(finishedRows: 0))
        let app = SearchApp(feed: feed)
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .seconds(60), .input(.character("q"))),
        ])
        backend.realWakeTimeout = .seconds(3)
        let full = Self.grid()
        // A thread of its own (the shared queues may be busy with other tests): once the
        // loop watches the feed and has drawn its first frame, publish.
        Thread.detachNewThread {
            while !feed.isObserved { Thread.sleep(forTimeInterval: 0.001) }
            Thread.sleep(forTimeInterval: 0.3)
            feed.publish { $0 = full }
        }
        #expect(app.run(on: backend) == .quit)
        #expect(backend.frames.first?.text.contains("*100.0") == false)
        #expect(backend.frames.last?.text.contains("*100.0") == true)
    }
}
