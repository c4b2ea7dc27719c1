import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Clicks in the curve lab: a control row takes the focus, a click on the focused row
/// (or its ‹) changes it, a click on a degree or λ of the error views sets it, and the
/// fits view takes none; checked against the frame as drawn.
@MainActor
@Suite struct CurvesMouseTests {
    static let size = Size(width: 120, height: 40)

    static func frame(_ state: CurvesAppState, _ snapshot: CurveLabSnapshot) -> [String] {
        var backend = MemoryBackend(size: size, tier: .ansi256)
        backend.present(CurvesScreen.render(state: state, snapshot: snapshot, size: size))
        return backend.text.components(separatedBy: "\n")
    }

    static func click(_ state: inout CurvesAppState, _ snapshot: CurveLabSnapshot, column: Int, row: Int,
                      secondary: Bool = false) -> [CurveLabCommand] {
        state.handle(.click(column: column, row: row, secondary: secondary),
                     hits: CurvesScreen.hits(state: state, snapshot: snapshot, size: size))
    }

    /// The screen column and row where `text` is drawn in the frame, by its middle character.
    static func locate(_ text: String, in lines: [String], row: Int? = nil) -> (column: Int, row: Int)? {
        for (index, line) in lines.enumerated() where row == nil || row == index {
            guard let range = line.range(of: text) else { continue }
            return (line.distance(from: line.startIndex, to: range.lowerBound) + text.count / 2, index)
        }
        return nil
    }

    @Test func aControlRowTakesTheFocusThenItsValueChanges() throws {
        let snapshot = CurvesScreenTests.snapshot(size: Self.size)
        var state = CurvesAppState(settings: snapshot.settings)
        let lines = Self.frame(state, snapshot)
        let ridge = try #require(Self.locate("ridge λ", in: lines))
        #expect(Self.click(&state, snapshot, column: ridge.column, row: ridge.row) == [])
        #expect(state.focus == .l2)
        #expect(Self.click(&state, snapshot, column: ridge.column, row: ridge.row) == [.setL2(1e-8)])
        #expect(Self.click(&state, snapshot, column: ridge.column, row: ridge.row) == [.setL2(1e-7)])
        #expect(Self.click(&state, snapshot, column: ridge.column, row: ridge.row, secondary: true) == [.setL2(1e-8)])
        // The ‹ before the focused value, where the frame draws it.
        let lower = try #require(Self.locate("‹", in: Self.frame(state, snapshot), row: ridge.row))
        #expect(Self.click(&state, snapshot, column: lower.column, row: lower.row) == [.setL2(0)])
        let shape = try #require(Self.locate("shape", in: lines))
        #expect(Self.click(&state, snapshot, column: shape.column, row: shape.row) == [])
        #expect(state.focus == .hidden)
    }

    /// Every degree label under the error-by-degree view, clicked, sets that degree.
    @Test func aDegreeOnTheErrorViewSetsIt() throws {
        let snapshot = CurvesScreenTests.snapshot(size: Self.size)
        var state = CurvesAppState(settings: snapshot.settings)
        state.plot = .byDegree
        let lines = Self.frame(state, snapshot)
        let axis = try #require(lines.firstIndex { $0.contains("└0") })
        var clicked = 0
        for degree in 0...CurveLabSettings.maxDegree where degree != snapshot.settings.degree {
            guard let label = Self.locate(" \(degree) ", in: lines, row: axis)
                    ?? Self.locate("└\(degree) ", in: lines, row: axis) ?? Self.locate(" \(degree)│", in: lines, row: axis)
            else { continue }  // dropped where labels would collide
            var copy = state
            #expect(Self.click(&copy, snapshot, column: label.column, row: label.row) == [.setDegree(degree)],
                    "degree \(degree)")
            #expect(copy.focus == .degree)
            clicked += 1
        }
        #expect(clicked >= 12)
        // Up the plot, above a label, is the same degree.
        let eight = try #require(Self.locate(" 8 ", in: lines, row: axis))
        #expect(Self.click(&state, snapshot, column: eight.column, row: axis - 10) == [.setDegree(8)])
        #expect(Self.click(&state, snapshot, column: eight.column, row: axis - 10) == [], "already degree 8")
    }

    @Test func aLambdaOnTheErrorViewSetsItAndTheFitsViewTakesNoClick() throws {
        let snapshot = CurvesScreenTests.snapshot(size: Self.size)
        var state = CurvesAppState(settings: snapshot.settings)
        state.plot = .byRidge
        let lines = Self.frame(state, snapshot)
        let axis = try #require(lines.firstIndex { $0.contains("└1e-8") })
        let label = NumberText.scientific(1e-2, digits: 1)
        let at = try #require(Self.locate(label, in: lines, row: axis))
        #expect(Self.click(&state, snapshot, column: at.column, row: at.row) == [.setL2(1e-2)])
        #expect(state.focus == .l2 && state.settings.l2 == 1e-2)
        state.plot = .fits
        for row in 2..<30 { #expect(Self.click(&state, snapshot, column: 60, row: row) == []) }
    }

    /// On a real engine: keys and clicks from a script, the engine ends at the clicked degree.
    @Test func clicksDriveTheEngine() throws {
        let settings = CurveLabSettings(target: .sin, degree: 3)
        let engine = LabEngine<CurveLab>(state: CurveLab(settings: settings))
        var probe = CurvesAppState(settings: settings)
        probe.plot = .byDegree
        var publisher = CurveLabPublisher(interval: 1)
        publisher.request = CurveLabRequest(columns: CurvesScreen.Layout(size: Self.size).curveColumns)
        let snapshot = publisher.snapshot(of: CurveLab(settings: settings), now: 0, forced: true)
        let target = try #require(CurvesScreen.hits(state: probe, snapshot: snapshot, size: Self.size)
            .first { $0.target == .degree(11) })
        let backend = ScriptedBackend(size: Self.size, script: [
            .init(at: .milliseconds(100), .input(.character("2"))),
            .init(at: .milliseconds(500), .input(.click(column: target.rect.x, row: target.rect.y + 3, secondary: false))),
            .init(at: .milliseconds(900), .input(.character("q"))),
        ])
        backend.realWakeTimeout = .milliseconds(50)
        let app = CurvesApp(engine: engine, state: CurvesAppState(settings: settings))
        app.run(on: backend, startPlaying: false)
        engine.stop()
        #expect(engine.commandLog().map(\.command) == [.setDegree(11)])
        #expect(backend.frames.last?.text.contains("degree 11") == true)
    }
}
