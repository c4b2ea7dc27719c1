import Testing
@testable import NNTUI

@Suite struct LayoutTests {
    @Test func theMinimumIsExactlyEightyByTwentyFour() {
        guard case .regular = Layout.make(for: Size(width: 80, height: 24)) else {
            Issue.record("80×24 should fit")
            return
        }
        for size in [Size(width: 79, height: 24), Size(width: 80, height: 23), Size(width: 0, height: 0)] {
            #expect(Layout.make(for: size) == .tooSmall(need: Size(width: 80, height: 24), have: size))
        }
    }

    @Test(arguments: [80, 81, 100, 119, 120, 159, 160, 200, 320], [24, 25, 30, 40, 60, 100])
    func viewsTileTheScreenWithoutOverlap(width: Int, height: Int) throws {
        guard case .regular(let l) = Layout.make(for: Size(width: width, height: height)) else {
            Issue.record("\(width)×\(height) should fit")
            return
        }
        let rects = [l.statusBar, l.hintBar, l.controls, l.network, l.heatmap, l.lossChart]
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        #expect(rects.reduce(0) { $0 + $1.width * $1.height } == width * height)
        for (i, a) in rects.enumerated() {
            #expect(a.intersection(screen) == a)
            for b in rects[(i + 1)...] { #expect(a.intersection(b).isEmpty, "\(a) overlaps \(b)") }
        }
        let plot = HeatmapView.plotRect(in: l.heatmap)
        #expect(plot.width == 2 * plot.height && plot.height >= 10)
        #expect(l.lossChart.height >= 7 && l.network.width >= 26 && l.controls.width >= 26)
    }

    @Test func theHeatmapGrowsWithTheTerminal() {
        func plotRows(_ w: Int, _ h: Int) -> Int {
            guard case .regular(let l) = Layout.make(for: Size(width: w, height: h)) else { return 0 }
            return HeatmapView.plotRect(in: l.heatmap).height
        }
        #expect(plotRows(80, 24) == 11)
        #expect(plotRows(120, 40) == 21)
        #expect(plotRows(200, 60) == 39)
        #expect(HeatmapView.fieldSize(in: HeatmapView.boxSize(plotRows: 20).rect) == Size(width: 40, height: 40))
    }
}

extension Size {
    var rect: Rect { Rect(size: self) }
}
