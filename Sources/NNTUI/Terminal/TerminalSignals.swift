import Synchronization

/// The signals the terminal run loops care about, recorded by handlers that only set a
/// flag and poke a pipe (all a signal handler may safely do). The pipe is what makes an
/// idle loop cost nothing: `CursesScreen` sleeps in `poll` on the terminal and this
/// pipe together, so a key, a signal (whichever thread the kernel delivers it to) or a
/// `wake()` from the engine's thread ends the sleep at once, and nothing needs polling.
package enum TerminalSignals {
    /// SIGINT, SIGTERM or SIGHUP: quit, restoring the terminal.
    static let quitRequested = Atomic<Int32>(0)
    /// The last SIGTERM or SIGHUP received (0 if none), kept after the loop took the
    /// quit, so that the process can exit with 128 + signal once the terminal is restored.
    static let endingSignal = Atomic<Int32>(0)
    /// SIGTSTP (Ctrl-Z): restore the terminal, then stop the process.
    static let suspendRequested = Atomic<Bool>(false)
    /// SIGWINCH: the terminal changed size.
    static let resized = Atomic<Bool>(false)
    /// The wake pipe's ends (−1 until `install` made it).
    static let wakeRead = Atomic<Int32>(-1)
    static let wakeWrite = Atomic<Int32>(-1)

    /// Installs the handlers (idempotent) and unblocks their signals in the calling
    /// thread: a process may inherit a mask that blocks them (some launchers block
    /// everything), and then Ctrl-C, `kill` or a closed terminal would never reach it.
    /// Call it before curses starts, so that curses leaves Ctrl-Z and resizes to us.
    package static func install() {
        if wakeRead.load(ordering: .acquiring) < 0, let ends = Platform.makeWakePipe() {
            wakeWrite.store(ends.write, ordering: .releasing)
            wakeRead.store(ends.read, ordering: .releasing)
        }
        Platform.handle(Platform.Signal.interrupt) { number in TerminalSignals.quit(number) }
        Platform.handle(Platform.Signal.terminate) { number in TerminalSignals.quit(number) }
        Platform.handle(Platform.Signal.hangUp) { number in TerminalSignals.quit(number) }
        Platform.handle(Platform.Signal.terminalStop) { _ in
            TerminalSignals.suspendRequested.store(true, ordering: .relaxed)
            TerminalSignals.wake()
        }
        Platform.handle(Platform.Signal.windowChanged) { _ in
            TerminalSignals.resized.store(true, ordering: .relaxed)
            TerminalSignals.wake()
        }
        Platform.unblock([Platform.Signal.interrupt, Platform.Signal.terminate, Platform.Signal.hangUp,
                          Platform.Signal.terminalStop, Platform.Signal.resumed, Platform.Signal.windowChanged])
    }

    private static func quit(_ number: Int32) {
        quitRequested.store(number, ordering: .relaxed)
        if number == Platform.Signal.terminate || number == Platform.Signal.hangUp {
            endingSignal.store(number, ordering: .relaxed)
        }
        wake()
    }

    /// Ends a wait on the wake pipe, from any thread or a signal handler.
    static func wake() {
        let descriptor = wakeWrite.load(ordering: .relaxed)
        if descriptor >= 0 { Platform.poke(descriptor) }
    }

    /// The descriptor a waiting loop polls besides the terminal (−1 before `install`).
    static var wakeDescriptor: Int32 { wakeRead.load(ordering: .acquiring) }

    /// The quit signal received, if any (SIGINT, SIGTERM or SIGHUP), clearing it.
    package static func takeQuit() -> Int32? {
        let n = quitRequested.exchange(0, ordering: .relaxed)
        return n == 0 ? nil : n
    }

    /// The exit status a process ended by SIGTERM or SIGHUP should have (128 +
    /// signal, as a shell reports it), or nil if neither arrived. Ctrl-C is the
    /// playground's own quit key and exits 0.
    package static var signalExitStatus: Int32? {
        let n = endingSignal.load(ordering: .relaxed)
        return n == 0 ? nil : 128 + n
    }

    /// Whether Ctrl-Z was pressed since the last call.
    package static func takeSuspend() -> Bool {
        suspendRequested.exchange(false, ordering: .relaxed)
    }

    /// Whether the terminal changed size since the last call.
    static func takeResize() -> Bool {
        resized.exchange(false, ordering: .relaxed)
    }

    /// Stops the process as the default SIGTSTP would, and returns once it is
    /// continued (`fg`); the caller restores the terminal before and redraws after.
    package static func suspendNow() {
        Platform.restoreDefault(Platform.Signal.terminalStop)
        Platform.sendToSelf(Platform.Signal.terminalStop)
        install()
    }
}
