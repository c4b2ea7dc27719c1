import Foundation
import NNCore
import NNSession
import NNTUI
@testable import nnplay
import Testing

/// The playground's `m` and `e` with the real comparisons (`PlaygroundCompare`) on a
/// `ScriptedBackend`: the grid search of the setup (lr × L2 on the default ladders,
/// 20 % validation) and the seed sweep (the default seeds) run on every core on the
/// playground's terminal, `q` comes back, and the note names what a plain serial run
/// of the same jobs finds.
@MainActor
@Suite struct PlaygroundCompareTests {
    static func config() -> TrainingConfig {
        var config = TrainingConfig()
        config.dataset.kind = .circle
        config.dataset.count = 200
        config.hiddenLayers = [3]
        return config
    }

    @Test func theSearchIsTheCommandsGridOfTheSetup() throws {
        let config = Self.config()
        let search = try PlaygroundCompare.grid(config, problem: try DatasetFactory.make(config).problem)
        #expect(search.base.dataset.validationRatio == SearchCommand.defaultValidationRatio)
        #expect(search.x.setting.key == "lr" && search.y.setting.key == "l2")
        #expect(search.xValues == (try SearchAxis(parsing: "lr=1e-4..1", flag: "--x")).values(count: 7))
        #expect(search.yValues == (try SearchAxis(parsing: "l2=1e-5..1e-1", flag: "--y")).values(count: 7))
        #expect(search.seeds == 1 && search.epochs == 200)
        var base = search.base
        base.dataset.validationRatio = 0
        #expect(base == config, "otherwise the playground's setup")
    }

    @Test func mAndEShowTheRealComparisonsAndComeBackWithTheirResult() throws {
        let config = Self.config()
        let problem = try DatasetFactory.make(config).problem
        let engine = Engine(state: try PlaygroundState(config: config))
        // A paused playground: each q plays once the screen has had nothing to do for a
        // moment (the runs all finished), as a wait without a deadline plays the next cue.
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .milliseconds(50), .input(.character("m"))),
            .init(at: .seconds(1_000), .input(.character("q"))),
            .init(at: .seconds(2_000), .input(.character("e"))),
            .init(at: .seconds(3_000), .input(.character("q"))),
            .init(at: .seconds(4_000), .input(.character("q"))),
        ])
        backend.realWakeTimeout = .seconds(3)
        let app = PlaygroundApp(engine: engine, state: AppState(config: config))
        app.openCompare = { PlaygroundCompare.open($0, config: $1, csv: nil, backend: $2) }
        _ = app.run(on: backend)
        engine.stop()
        let frames = backend.frames.map(\.text)

        let search = try PlaygroundCompare.grid(config, problem: problem)
        let cells = search.results(search.jobs.map { search.run($0) })
        let best = try #require(CellResult.best(of: cells))
        #expect(frames.contains { $0.contains("nnplay search") && $0.contains("done: 49 of 49 runs") })
        let searchNote = "search: best lr \(TextReport.number(cells[best].x)), l2 \(TextReport.number(cells[best].y))"
        #expect(frames.contains { $0.contains(searchNote) }, "\(searchNote)")

        let sweep = try SeedSweep(base: config, csv: nil, problem: problem, vary: .both, seeds: 8, epochs: 200)
        let runs = (0..<8).map { sweep.run($0) }
        let report = SweepReport(sweep: sweep, runs: runs, solvedThreshold: 0.95, threads: 1, seconds: 0)
        let solved = runs.compactMap { $0 }.filter { report.solved($0) == true }.count
        #expect(frames.contains { $0.contains("nnplay sweep") && $0.contains("done: 8 of 8 runs") })
        #expect(frames.contains { $0.contains("sweep: \(solved) of 8 runs solved") })
        #expect(frames.last?.contains("controls") == true && engine.commandLog().isEmpty, "the playground, untouched")
    }

    /// On a CSV file the comparison trains on the very points the playground loaded.
    @Test func aComparisonOnCSVDataRunsOnThePlaygroundsPoints() throws {
        var config = Self.config()
        config.dataset.kind = nil
        config.dataset.csvPath = "ring.csv"
        let samples = (0..<120).map { i -> Sample in
            let angle = Double(i) * 0.37, radius = i % 2 == 0 ? 1.5 : 4.5
            return Sample(x1: radius * cos(angle), x2: radius * sin(angle), label: Double(i % 2))
        }
        let data = Dataset(samples: samples, problem: .classification(classes: 2))
        let search = try PlaygroundCompare.grid(config, csv: data, problem: data.problem)
        #expect(search.csv == data)
        let figures = try #require(search.run(search.jobs[0]))
        #expect(figures == RunFigures(try HeadlessTraining.run(search.config(for: search.jobs[0]), csv: data,
                                                                 epochs: search.epochs)))
        // Without the points, the playground's note says what is missing instead of crashing.
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [])
        guard case .returned(let note) = PlaygroundCompare.open(.sweep, config: config, csv: nil, backend: backend) else {
            Issue.record("a missing CSV ends the playground")
            return
        }
        #expect(note != nil)
    }
}
