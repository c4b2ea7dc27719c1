import Dispatch
import NNSession

/// A `TerminalBackend` for tests: a script of timed events played against a fake
/// clock, a size that the script can change, and a record of every frame presented.
/// Nothing sleeps: a wait jumps the clock to the next scripted event or to the
/// deadline, whichever is first, so a test of a run loop runs in microseconds and
/// always the same way.
///
///     let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
///         .init(at: .milliseconds(100), .input(.down)),
///         .init(at: .milliseconds(200), .resize(Size(width: 80, height: 24))),
///         .init(at: .seconds(1), .quit),
///     ])
///     _ = app.run(on: backend)
///     backend.frames.last?.text   // what the screen showed last
///
/// A loop driven by a real engine thread (training) learns of new snapshots through
/// `wakeUp`: with `realWakeTimeout` set, a wait without a deadline first waits, in real
/// time, for such a wake-up and returns nil when it comes, leaving the fake clock where
/// it is; the frames' times stay those of the fake clock.
///
/// When the script is spent and the loop would wait without a deadline (a real
/// terminal would sleep until a key), the backend answers `.quit`; `waits` records
/// every deadline asked for, so a test can check that an idle loop waits for ever.
@MainActor
package final class ScriptedBackend: TerminalBackend {
    /// One scripted event and when it happens (time since the backend was made).
    package struct Cue: Sendable {
        package var time: UInt64
        package var action: Action

        package init(at time: Duration, _ action: Action) {
            self.time = MonotonicClock.nanoseconds(time)
            self.action = action
        }
    }

    /// What a cue does.
    package enum Action: Equatable, Sendable {
        /// A key, a click, ...
        case input(InputEvent)
        /// The terminal takes this size (and the loop reads a `.resize`).
        case resize(Size)
        /// SIGINT or SIGTERM.
        case quit
        /// Ctrl-Z (the loop suspends and resumes at once).
        case suspend
    }

    /// A frame as presented: when, at what size, and what it showed.
    package struct PresentedFrame: Sendable {
        package let time: UInt64
        package let width: Int
        package let cells: [ScreenCell]

        /// The characters, one line per row, trailing spaces removed.
        package var text: String {
            guard width > 0 else { return "" }
            return stride(from: 0, to: cells.count, by: width).map { start in
                var line = String(cells[start..<min(cells.count, start + width)].map(\.character))
                while line.last == " " { line.removeLast() }
                return line
            }.joined(separator: "\n")
        }
    }

    package private(set) var size: Size
    package let colourCount: Int
    package private(set) var now: UInt64 = 0
    package var wakeUp: @Sendable () -> Void {
        let wakes = self.wakes
        return { wakes.signal() }
    }
    /// How long a wait without a deadline waits in real time for `wakeUp` (nil: not at all).
    package var realWakeTimeout: Duration?
    private let wakes = DispatchSemaphore(value: 0)
    /// Every frame presented that differed from the one before, or followed a resume
    /// (an equal frame writes nothing on a terminal, so it is not a frame here either).
    package private(set) var frames: [PresentedFrame] = []
    /// Calls to `present`, including those that changed nothing.
    package private(set) var presentCalls = 0
    /// The deadline of every wait (nil: wait for ever), in order.
    package private(set) var waits: [UInt64?] = []
    /// How often the loop suspended and resumed.
    package private(set) var suspensions = 0
    package private(set) var resumptions = 0
    private var script: [Cue]
    /// A guard against a loop that never waits: after this many reads, `.quit`.
    private let readLimit: Int
    private var reads = 0
    /// After a resume the terminal shows something else: the next frame is drawn whole.
    private var screenLost = false

    package init(size: Size, colourCount: Int = 256, script: [Cue], readLimit: Int = 100_000) {
        self.size = size
        self.colourCount = colourCount
        self.script = script.sorted { $0.time < $1.time }
        self.readLimit = readLimit
    }

    /// The events not yet played.
    package var remainingCues: Int { script.count }

    package func present(_ cells: [ScreenCell], width: Int) {
        presentCalls += 1
        if !screenLost, let last = frames.last, last.width == width, last.cells == cells { return }
        screenLost = false
        frames.append(PresentedFrame(time: now, width: width, cells: cells))
    }

    package func readEvent(until deadline: UInt64?) -> BackendEvent? {
        reads += 1
        if reads > readLimit { return .quit }
        let waiting = deadline.map { $0 > now } ?? true
        if waiting { waits.append(deadline) }
        if waiting, deadline == nil, let timeout = realWakeTimeout,
           wakes.wait(timeout: .now() + .nanoseconds(Int(MonotonicClock.nanoseconds(timeout)))) == .success {
            return nil
        }
        if let cue = script.first, cue.time <= now || (waiting && deadline.map { cue.time <= $0 } ?? true) {
            script.removeFirst()
            now = max(now, cue.time)
            switch cue.action {
            case .input(let event): return .input(event)
            case .resize(let newSize):
                size = newSize
                return .input(.resize(width: newSize.width, height: newSize.height))
            case .quit: return .quit
            case .suspend: return .suspend
            }
        }
        guard let deadline else { return .quit }  // nothing left to happen: a real loop would sleep for ever
        now = max(now, deadline)
        return nil
    }

    package func suspend() {
        suspensions += 1
    }

    package func resume() {
        resumptions += 1
        screenLost = true
    }
}
