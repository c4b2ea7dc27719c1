import Foundation
import Synchronization

/// Ctrl-C during a long headless comparison: the first SIGINT only sets a flag, so the
/// runs under way finish, no new one starts and the finished results are reported;
/// a second Ctrl-C ends the program at once (the default action, put back).
enum Interruption {
    private static let requested = Atomic<Bool>(false)

    /// True once Ctrl-C was pressed after `watch()`.
    static var wasRequested: Bool { requested.load(ordering: .relaxed) }

    /// Starts watching for SIGINT (unblocked on this thread, which the workers started
    /// after this inherit: a parent may have blocked it).
    static func watch() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { _ in
            Interruption.requested.store(true, ordering: .relaxed)
            signal(SIGINT, SIG_DFL)
        }
    }

    /// The exit status of a run ended by Ctrl-C (128 + SIGINT, as shells report it).
    static let exitStatus: Int32 = 130
}
