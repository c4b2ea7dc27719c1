import Dispatch
import Foundation
import NNCore
import NNSession
import NNTUI
import Synchronization

/// A search or a sweep on a terminal: the runs train on every core on a background
/// queue while the main thread shows a feed-driven screen (`FeedApp`), updated after
/// each run through `finishedRun` (which publishes to the feed: plain values, computed
/// on the worker thread). Enter on an item closes the screen, `open`s it (the
/// playground) and comes back to the screen after; the runs go on meanwhile. Leaving
/// the screen before the end stops the runs as Ctrl-C does (those under way finish).
///
/// On a `backend` already showing the playground (its `m` and `e`), the screen and the
/// playground an item opens are drawn on that backend, one above the other, and nothing
/// is written to stderr (the terminal is the playground's).
enum LiveRuns {
    /// Every run's figures in job order (nil: not finished), once the runs ended or the
    /// screen was left, and the exit status of a SIGTERM or SIGHUP that ended the screen.
    @MainActor
    static func run<State: FeedScreenState>(
        _ runs: ResumableRuns, before: [Int: RunFigures], threads: Int, feed: LabFeed<State.Model>, screen: State.Type,
        job: @escaping @Sendable (Int) -> RunFigures?,
        finishedRun: @escaping @Sendable (_ all: [RunFigures?], _ seconds: Double, _ ended: Bool) -> Void,
        open: (Int) throws -> Void, on backend: (any TerminalBackend)? = nil
    ) throws -> (figures: [RunFigures?], signal: Int32?) {
        let shared = Shared((0..<runs.count).map { before[$0] })
        let started = MonotonicClock.now()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let figures = runs.run(before: before, threads: threads, stop: { shared.stop.load(ordering: .relaxed) },
                                   finished: { _ in }) { index in
                let figures = job(index)
                let all = shared.results.withLock { all in
                    all[index] = figures
                    return all
                }
                finishedRun(all, MonotonicClock.seconds(since: started), false)
                return figures
            }
            shared.results.withLock { $0 = figures }
            finishedRun(figures, MonotonicClock.seconds(since: started), true)
            shared.ended.store(true, ordering: .releasing)
            done.signal()
        }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"]
        let app = FeedApp<State>(feed: feed, noColor: noColor, returnsToPlayground: backend != nil)
        var outcome: FeedApp<State>.Outcome
        while true {
            let result: Result<FeedApp<State>.Outcome, TerminalError> = backend.map { .success(app.run(on: $0)) }
                ?? Result { () throws(TerminalError) in try app.run() }
            switch result {
            case .failure(let error): throw PlayCommand.noTerminal(error.message)
            case .success(let next): outcome = next
            }
            guard case .open(let item) = outcome else { break }
            try open(item)
        }
        if !shared.ended.load(ordering: .acquiring) {
            shared.stop.store(true, ordering: .relaxed)
            if backend == nil {
                Interruption.watch()  // a second Ctrl-C while the runs under way finish ends at once
                StandardError.line("stopping: the runs under way finish first")
            }
        }
        done.wait()
        return (shared.results.withLock { $0 }, outcome == .signal ? TerminalSignals.signalExitStatus ?? 130 : nil)
    }

    /// What the worker threads and the main thread share.
    private final class Shared: Sendable {
        let results: Mutex<[RunFigures?]>
        let stop = Atomic<Bool>(false)
        let ended = Atomic<Bool>(false)

        init(_ results: [RunFigures?]) {
            self.results = Mutex(results)
        }
    }

    /// Shows `config` (from `csv`'s points, for CSV data) in the playground, training,
    /// with `message` on its note line, until `q`: on `backend` if given, else on a
    /// curses screen of its own. That playground opens no search or sweep itself.
    @MainActor
    static func openPlayground(_ config: TrainingConfig, csv: Dataset?, message: String,
                               on backend: (any TerminalBackend)? = nil) throws {
        var playground = try PlaygroundState(config: config, csv: csv)
        var state = AppState(config: config, csv: csv.map { CSVChoice(path: config.dataset.csvPath, problem: $0.problem) })
        state.message = message
        let launcher = PlaygroundLauncher(pace: .watchable, fps: 40, statsOnExit: false, record: nil,
                                          opensComparisons: false)
        guard let backend else {
            return try launcher.run(playground: playground, state: state, startPlaying: true)
        }
        playground.pace = launcher.pace
        state.pace = launcher.pace
        let engine = Engine(state: playground)
        defer { engine.stop() }
        let app = PlaygroundApp(engine: engine, state: state,
                                options: PlaygroundApp.Options(maxFramesPerSecond: launcher.fps,
                                                               noColor: ProcessInfo.processInfo.environment["NO_COLOR"]))
        _ = app.run(on: backend, startPlaying: true)
    }
}
