/// What a run loop needs of a terminal (ARCHITECTURE.md, "A `Backend` protocol"): its
/// size and colours, a way to show a frame, input read with a deadline, suspending,
/// and the clock the deadlines are in. `CursesScreen` is the real terminal;
/// `ScriptedBackend` plays a scripted list of timed events against a fake clock and
/// records every frame, so `PlaygroundApp` and `ReplayApp` are tested without tmux
/// and without sleeping, as ratatui's `TestBackend` allows.
///
/// A loop built on it sleeps in `readEvent(until:)` until the next frame is due, input
/// arrives, or `wakeUp` is called (nil deadline: for as long as nothing happens), so an
/// idle screen costs no CPU.
@MainActor
package protocol TerminalBackend: AnyObject {
    /// Columns and rows now.
    var size: Size { get }
    /// The colours the terminal has (0 for none or colour switched off).
    var colourCount: Int { get }
    /// Monotonic nanoseconds: the clock that `readEvent(until:)`'s deadline is in and
    /// that the loop schedules frames and notes by.
    var now: UInt64 { get }
    /// Ends a `readEvent(until:)` that is waiting; may be called from any thread (the
    /// engine's, when it publishes a snapshot the loop is waiting for).
    var wakeUp: @Sendable () -> Void { get }

    /// Shows a frame of `width` × rows cells. Writing only the cells that changed, a
    /// frame equal to the last one writes nothing.
    func present(_ cells: [ScreenCell], width: Int)
    /// The next event, waiting at most until `deadline` (a time of `now`; nil waits
    /// until something happens, a deadline already past does not wait); nil when the
    /// deadline passed or `wakeUp` was called first.
    func readEvent(until deadline: UInt64?) -> BackendEvent?
    /// Gives the terminal back and stops until the process is continued (Ctrl-Z, then
    /// `fg`); returns once it is.
    func suspend()
    /// Takes the terminal back after `suspend()`: the next frame is drawn in full.
    func resume()
}
