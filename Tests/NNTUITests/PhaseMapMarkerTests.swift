import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The phase map's marker: a (learning rate, momentum) pair lands on the character
/// showing its grid cell, and the footnote tells that cell's fate as `PhaseMap.cell` computes it.
@Suite struct PhaseMapMarkerTests {
    @Test(arguments: [(0, 0), (7, 3), (29, 11), (15, 6)])
    func aGridPairIsMarkedOnItsCellWithItsFate(column: Int, row: Int) {
        let rect = Rect(x: 0, y: 0, width: 35, height: 9)  // labels 4 + 1: a 30 × 6 plot, 12 pixel rows
        let grid = PhaseMapView.grid(for: rect)!
        #expect(grid.columns == 30 && grid.rows == 12)
        let spec = PhaseMap.Spec.ravine(condition: 20, columns: grid.columns, rows: grid.rows)
        let picture = PhaseMapPicture(PhaseMap(spec: spec))
        let marker = PhaseMapView.Marker(learningRate: spec.learningRates[column], momentum: spec.momenta[row])
        var canvas = Canvas(size: Size(width: rect.width, height: rect.height))
        PhaseMapView.draw(picture, in: rect, marker: marker, palette: Palette(tier: .ansi256), canvas: &canvas)
        // Row 0 (β = 0) is the bottom pixel row; two pixel rows a character.
        let characterRow = 1 + (grid.rows - 1 - row) / 2
        #expect(canvas[5 + column, characterRow].character == "●")
        let fate: String
        switch PhaseMap.cell(spec, index: row * grid.columns + column) {
        case .converged(let k): fate = "\(k) it"
        case .diverged: fate = "diverges"
        case .slow: fate = "> 1000 it"
        }
        #expect(canvas.text(row: rect.height - 1).contains(": \(fate)"))
    }

    @Test func aPairOffTheMapIsNotMarked() {
        let rect = Rect(x: 0, y: 0, width: 35, height: 9)
        let picture = PhaseMapPicture(PhaseMap(spec: .ravine(condition: 20, columns: 30, rows: 12)))
        var canvas = Canvas(size: Size(width: rect.width, height: rect.height))
        PhaseMapView.draw(picture, in: rect, marker: PhaseMapView.Marker(learningRate: 5, momentum: 0.9),
                          palette: Palette(tier: .ansi256), canvas: &canvas)
        #expect(!(0..<rect.height - 1).contains { canvas.text(row: $0).contains("●") })
        #expect(canvas.text(row: rect.height - 1).contains("off the map"))
    }
}
