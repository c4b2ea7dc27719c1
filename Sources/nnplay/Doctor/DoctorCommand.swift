import ArgumentParser
import Foundation
import NNSession
import NNTUI

/// `nnplay doctor`: what a teacher needs to debug nnplay on a lab machine.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Print what nnplay found on this machine: files, terminal, locale, state folder, CPU path.",
        discussion: """
        One line per fact, for a teacher debugging a lab machine (paste it into a bug \
        report): the nnplay version and executable; where the lessons and datasets \
        were found and by which rule (NNPLAY_HOME, the repository in the working \
        directory, the install prefix's share/nnplay, a folder above the executable, \
        or the copy compiled into the binary, unpacked into the user's cache); the \
        terminal's size, TERM and the colour tier the playground will use (NO_COLOR \
        included); the locale and whether it is UTF-8 (nnplay switches a non-UTF-8 \
        locale's character type to C.UTF-8 for its drawing); the per-user state folder \
        (lesson progress) and whether it can be written; and the CPU code path the \
        training kernels use.

        Exit status: 0 (doctor only reports).
        """
    )

    func run() {
        let environment = ProcessInfo.processInfo.environment
        let term = environment["TERM"]
        let report = DoctorReport(
            locator: .current(),
            environment: environment,
            terminalSize: Platform.windowSize(of: Platform.standardOutput),
            terminfoColours: term.flatMap { $0.isEmpty ? nil : CursesScreen.terminfoColours(term: $0) },
            localeCodeset: Platform.localeCodeset()
        )
        print(report.lines().joined(separator: "\n"))
    }
}
