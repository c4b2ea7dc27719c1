import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The signals the playground cares about, recorded by handlers that only set a flag
/// (all a signal handler may safely do); the main loop reads and acts on them.
public enum TerminalSignals {
    /// SIGINT, SIGTERM or SIGHUP: quit, restoring the terminal.
    static let quitRequested = Atomic<Int32>(0)
    /// SIGTSTP (Ctrl-Z): restore the terminal, then stop the process.
    static let suspendRequested = Atomic<Bool>(false)

    /// Installs the handlers (idempotent) and unblocks their signals in the calling
    /// thread: a process may inherit a mask that blocks them (some launchers block
    /// everything), and then Ctrl-C, `kill` or a closed terminal would never reach it.
    public static func install() {
        signal(SIGINT) { number in TerminalSignals.quitRequested.store(number, ordering: .relaxed) }
        signal(SIGTERM) { number in TerminalSignals.quitRequested.store(number, ordering: .relaxed) }
        signal(SIGHUP) { number in TerminalSignals.quitRequested.store(number, ordering: .relaxed) }
        signal(SIGTSTP) { _ in TerminalSignals.suspendRequested.store(true, ordering: .relaxed) }
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&handled, number) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
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
