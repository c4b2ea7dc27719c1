import Foundation
import Synchronization

/// Ctrl-C (or SIGTERM) during a long headless comparison: the first signal only sets a
/// flag, so the runs under way finish, no new one starts and the finished results are
/// reported and kept for `--resume`; a second one ends the program at once (the
/// default action, put back).
enum Interruption {
    /// The signal received (0: none yet).
    private static let received = Atomic<Int32>(0)

    /// True once Ctrl-C or SIGTERM arrived after `watch()`.
    static var wasRequested: Bool { received.load(ordering: .relaxed) != 0 }

    /// Starts watching for SIGINT and SIGTERM (unblocked on this thread, which the
    /// workers started after this inherit: a parent may have blocked them).
    static func watch() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number) { number in
                Interruption.received.store(number, ordering: .relaxed)
                signal(number, SIG_DFL)
            }
        }
    }

    /// The exit status of a run ended this way: 128 + the signal, as shells report it
    /// (130 for Ctrl-C, 143 for SIGTERM).
    static var exitStatus: Int32 {
        let number = received.load(ordering: .relaxed)
        return 128 + (number == 0 ? SIGINT : number)
    }
}
