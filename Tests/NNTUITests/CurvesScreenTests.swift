import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The curve lab's frames, from a lab trained headlessly, compared with committed goldens.
@Suite struct CurvesScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// A degree-9 fit of the noisy sine after 300 steps of descent and of the network.
    static func snapshot(size: Size, degree: Int = 9, l2: Double = 0, steps: Int = 300) -> CurveLabSnapshot {
        var lab = CurveLab(settings: CurveLabSettings(target: .sin, points: 50, seed: 1, degree: degree, l2: l2,
                                                      optimizer: OptimizerConfig(kind: .adam, learningRate: 0.03)))
        for _ in 0..<steps { lab.step() }
        var publisher = CurveLabPublisher(interval: 1)
        publisher.request = CurveLabRequest(columns: CurvesScreen.Layout(size: size).curveColumns)
        return publisher.snapshot(of: lab, now: 0, forced: true)
    }

    static func dump(_ state: CurvesAppState, _ snapshot: CurveLabSnapshot, size: Size, tier: ColourTier) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(CurvesScreen.render(state: state, snapshot: snapshot, size: size))
        return backend.dump
    }

    @Test(arguments: sizes)
    func fits(size: Size) {
        let snapshot = Self.snapshot(size: size)
        let state = CurvesAppState(settings: snapshot.settings)
        GoldenFile.check(Self.dump(state, snapshot, size: size, tier: .ansi256),
                         named: "curves-fits-\(size.width)x\(size.height)-256")
    }

    @Test(arguments: [(CurvesPlot.byDegree, "degree"), (.byRidge, "ridge"), (.biasVariance, "bias-variance")])
    func views(plot: CurvesPlot, name: String) {
        let size = Size(width: 120, height: 40)
        let snapshot = Self.snapshot(size: size, l2: plot == .byRidge ? 1e-4 : 0)
        var state = CurvesAppState(settings: snapshot.settings)
        state.plot = plot
        GoldenFile.check(Self.dump(state, snapshot, size: size, tier: .ansi256), named: "curves-\(name)-120x40-256")
    }

    @Test(arguments: [ColourTier.ansi16, .monochrome])
    func lowColour(tier: ColourTier) {
        let size = Size(width: 80, height: 24)
        let snapshot = Self.snapshot(size: size)
        let state = CurvesAppState(settings: snapshot.settings)
        GoldenFile.check(Self.dump(state, snapshot, size: size, tier: tier), named: "curves-fits-80x24-\(tier)")
    }

    @Test func helpOverlay() {
        let size = Size(width: 80, height: 24)
        let snapshot = Self.snapshot(size: size)
        var state = CurvesAppState(settings: snapshot.settings)
        _ = state.handle(.character("?"))
        GoldenFile.check(Self.dump(state, snapshot, size: size, tier: .ansi256), named: "curves-help-80x24-256")
    }

    /// The fits view marks every training point (below the legend row).
    @Test func pointsSitAtTheirValues() throws {
        let size = Size(width: 120, height: 40)
        let snapshot = Self.snapshot(size: size)
        let canvas = CurvesScreen.render(state: CurvesAppState(settings: snapshot.settings), snapshot: snapshot, size: size)
        let plot = CurvesScreen.Layout(size: size).plot
        let marks = ((plot.y + 2)..<plot.maxY).reduce(0) { count, row in
            count + canvas.text(row: row).filter { $0 == CurvesStyle.trainMark }.count
        }
        // 30 training points; two may share a cell.
        #expect(marks >= 27 && marks <= 30)
    }
}
