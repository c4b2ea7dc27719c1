#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything NNTUI, and the `nnplay` command for its terminal checks, asks of the C
/// library, in one place (as swift-argument-parser's `Platform.swift` does): the
/// terminal's streams and size, the locale, signals, the
/// pipe that wakes a sleeping run loop, waiting for input, a thread's CPU time, and
/// the one maths function the views need. The other files call these and never import
/// the C library themselves (curses, in `CursesScreen`, is the one other C module).
package enum Platform {
    // MARK: The terminal

    package static let standardInput: Int32 = STDIN_FILENO
    package static let standardOutput: Int32 = STDOUT_FILENO
    package static let standardError: Int32 = STDERR_FILENO

    /// Whether `descriptor` is a terminal.
    package static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Takes the locale from the environment, as curses needs for wide characters;
    /// falls back to C.UTF-8 when the environment's codeset is not UTF-8 (without it
    /// half blocks, braille and box lines print blank).
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// The character set of the environment's locale (`LC_ALL`, `LC_CTYPE`, `LANG`),
    /// e.g. `UTF-8` or `ANSI_X3.4-1968`, as the C library reads it (for `nnplay doctor`).
    package static func localeCodeset() -> String {
        setlocale(LC_CTYPE, "")
        return nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? "unknown"
    }

    /// Standard output and input as C streams, for `newterm`.
    static func terminalStreams() -> (output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)? {
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else { return nil }
        return (output, input)
    }

    /// The environment variable `name`, if set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Columns and rows of the terminal on `descriptor`, asked of the terminal driver.
    package static func windowSize(of descriptor: Int32) -> (width: Int, height: Int)? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    // MARK: Signals

    /// A signal handler: it may only do async-signal-safe things (set an atomic flag,
    /// write to a pipe).
    typealias SignalHandler = @convention(c) (Int32) -> Void

    /// The signals the run loops handle.
    enum Signal {
        static let interrupt = SIGINT
        static let terminate = SIGTERM
        static let hangUp = SIGHUP
        static let terminalStop = SIGTSTP
        static let resumed = SIGCONT
        static let windowChanged = SIGWINCH
    }

    /// Calls `handler` when `signal` arrives.
    static func handle(_ signal: Int32, with handler: SignalHandler) {
        setHandler(signal, handler)
    }

    /// Gives `signal` its default action back (SIGTSTP: stop the process).
    static func restoreDefault(_ signal: Int32) {
        setHandler(signal, SIG_DFL)
    }

    /// Sends `signal` to this process.
    static func sendToSelf(_ signal: Int32) {
        _ = raise(signal)
    }

    /// Unblocks `signals` in the calling thread (a launcher may have blocked them).
    static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    private static func setHandler(_ number: Int32, _ handler: SignalHandler?) {
        #if canImport(Glibc)
        _ = Glibc.signal(number, handler)
        #else
        _ = Darwin.signal(number, handler)
        #endif
    }

    // MARK: Waking and waiting

    /// A pipe whose two ends do not block and are not inherited by child processes:
    /// writing a byte to it wakes whoever waits on its read end.
    static func makeWakePipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        return (ends[0], ends[1])
    }

    /// Writes one byte to `descriptor` (async-signal-safe; a full pipe is already awake).
    static func poke(_ descriptor: Int32) {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }

    /// Reads everything waiting on the (non-blocking) `descriptor`.
    static func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }

    /// What a wait found on one descriptor.
    enum Readiness: Equatable {
        case idle, readable
        /// Hung up or broken (a closed terminal): reading will never block again.
        case closed
    }

    /// Blocks until one of `descriptors` can be read, a signal arrives, or
    /// `timeoutMilliseconds` pass (−1: no limit); what each descriptor has.
    static func waitForInput(on descriptors: [Int32], timeoutMilliseconds: Int32) -> [Readiness] {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&polled, nfds_t(polled.count), timeoutMilliseconds) > 0 else {
            return Array(repeating: .idle, count: descriptors.count)
        }
        return polled.map { entry in
            if entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .closed }
            return entry.revents & Int16(POLLIN) != 0 ? .readable : .idle
        }
    }

    // MARK: Measuring

    /// The CPU time the calling thread has used, in nanoseconds.
    static func threadCPUTime() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    // MARK: Maths

    /// The base-10 logarithm (libm's `log10`).
    static func decimalLogarithm(_ x: Double) -> Double {
        log10(x)
    }
}
