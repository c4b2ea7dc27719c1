import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The phase map widget: momentum on the ravine (condition 50) over learning rate ×
/// momentum, drawn at 80×24, 120×40 and 200×60 (256 colours and monochrome), compared
/// with the committed golden frames.
@Suite struct PhaseMapViewTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]
    static let picture = PhaseMapPicture(PhaseMap.computed(.ravine(condition: 50), threads: 2))

    static func frame(_ size: Size, tier: ColourTier) -> String {
        var canvas = Canvas(size: size)
        PhaseMapView.draw(picture, in: canvas.bounds, palette: Palette(tier: tier), canvas: &canvas)
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(canvas)
        return backend.dump
    }

    @Test(arguments: sizes)
    func goldenFrames(size: Size) {
        GoldenFile.check(Self.frame(size, tier: .ansi256), named: "phase-map-\(size.width)x\(size.height)")
    }

    @Test func monochromeGoldenFrame() {
        GoldenFile.check(Self.frame(Size(width: 80, height: 24), tier: .monochrome), named: "phase-map-mono-80x24")
    }

    @Test func axesTitleAndDivergenceAreOnScreen() {
        var canvas = Canvas(size: Size(width: 120, height: 40))
        PhaseMapView.draw(Self.picture, in: canvas.bounds, palette: Palette(tier: .ansi256), canvas: &canvas)
        let rows = (0..<40).map { canvas.text(row: $0) }
        #expect(rows[0].hasPrefix("momentum on the ravine, condition 50"))
        // The plot fills rows 1 … 37, the learning-rate axis row 38, the note row 39.
        #expect(rows[1].hasPrefix("0.98┤") && rows[37].hasPrefix("0.00┤"))
        #expect(rows[38].contains("learning rate (log)") && rows[38].hasPrefix("     0.0002 ") && rows[38].hasSuffix(" 0.08"))
        // Learning rates past 2(1 + β)/κ diverge: the right edge of the bottom row (β = 0,
        // edge 0.04) is marked, its left edge is not.
        #expect(rows[37].hasSuffix("x") && !rows[37].dropFirst(5).hasPrefix("x"))
        #expect(rows.contains { $0.contains("*") } && rows[39].hasPrefix("* fastest: 29 iterations"))
    }

    /// In a narrow pane (the lab's, beside the lesson) the axis keeps both ends whole and
    /// names the axis only as long as fits between them.
    @Test func aNarrowAxisKeepsItsEndsWhole() {
        for width in [20, 26, 34] {
            var canvas = Canvas(size: Size(width: width, height: 12))
            PhaseMapView.draw(Self.picture, in: canvas.bounds, palette: Palette(tier: .ansi256), canvas: &canvas)
            let axis = (0..<12).map { canvas.text(row: $0) }.first { $0.contains("0.08") } ?? ""
            #expect(axis.contains(" 0.0002 ") && axis.hasSuffix(" 0.08"), "\(width): '\(axis)'")
        }
    }

    @Test func tooSmallARectDrawsNothing() {
        var canvas = Canvas(size: Size(width: 10, height: 3))
        PhaseMapView.draw(Self.picture, in: canvas.bounds, palette: Palette(tier: .ansi256), canvas: &canvas)
        #expect((0..<3).allSatisfy { canvas.text(row: $0).allSatisfy { $0 == " " } })
    }
}
