import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The signals the playground cares about, recorded by handlers that only set a flag
/// (all a signal handler may safely do); the main loop reads and acts on them.
public enum TerminalSignals {
    /// SIGINT or SIGTERM: quit, restoring the terminal.
    static let quitRequested = Atomic<Int32>(0)
    /// SIGTSTP (Ctrl-Z): restore the terminal, then stop the process.
    static let suspendRequested = Atomic<Bool>(false)

    /// Installs the handlers (idempotent).
    public static func install() {
        signal(SIGINT) { number in TerminalSignals.quitRequested.store(number, ordering: .relaxed) }
        signal(SIGTERM) { number in TerminalSignals.quitRequested.store(number, ordering: .relaxed) }
        signal(SIGTSTP) { _ in TerminalSignals.suspendRequested.store(true, ordering: .relaxed) }
    }

    /// The quit signal received, if any (SIGINT or SIGTERM), clearing it.
    public static func takeQuit() -> Int32? {
        let n = quitRequested.exchange(0, ordering: .relaxed)
        return n == 0 ? nil : n
    }

    /// Whether Ctrl-Z was pressed since the last call.
    public static func takeSuspend() -> Bool {
        suspendRequested.exchange(false, ordering: .relaxed)
    }

    /// Stops the process as the default SIGTSTP would, and returns once it is
    /// continued (`fg`); the caller restores the terminal before and redraws after.
    public static func suspendNow() {
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        install()
    }
}
