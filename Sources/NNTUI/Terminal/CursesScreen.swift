@preconcurrency import CNcursesw
import NNSession

/// The one type that calls curses: the `TerminalBackend` of a real terminal. It owns
/// the terminal from `open()` to `close()`: wide characters, colours (pairs above 255
/// passed through the `opts` pointer, as `COLOR_PAIR` would truncate them), mouse,
/// drawing only the cells that changed since the last frame (so an unchanged frame
/// writes nothing), and input read with a deadline.
///
/// Waiting is `poll` on the terminal and `TerminalSignals`' wake pipe, never curses'
/// own timed reads: a key, a signal or `wakeUp` ends the wait at once, and with no
/// deadline the process sleeps until one of them comes. Curses reads only input that
/// is already there. Resizes arrive as SIGWINCH (curses leaves it to us: the handler is
/// installed first) and are applied with `resizeterm`.
@MainActor
package final class CursesScreen: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// COLORS: 0 when the terminal has no colour (or colour is switched off).
    package let colourCount: Int
    private let pairLimit: Int
    private var pairs: [PairKey: Int32] = [:]
    private var previous: [ScreenCell] = []
    private var previousWidth = 0
    private var isOpen = true
    /// The size last reported as a resize event.
    private var reportedSize: Size?
    /// Whether the left button is down (pressed, not yet released): motion then is a drag.
    private var leftButtonHeld = false
    static let buttonMotionOn = "\u{1B}[?1002h"
    static let buttonMotionOff = "\u{1B}[?1002l"

    private struct PairKey: Hashable {
        let foreground: Int
        let background: Int
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, colourCount: Int, pairLimit: Int) {
        self.screen = screen
        self.window = window
        self.colourCount = colourCount
        self.pairLimit = pairLimit
    }

    /// Takes over the terminal (alternate screen, no echo, hidden cursor, keypad and
    /// mouse). `useColour` false (e.g. `NO_COLOR`) keeps the terminal monochrome.
    /// Fails, leaving the terminal untouched, when stdin/stdout is not a terminal or
    /// TERM is unknown.
    package static func open(useColour: Bool = true) throws(TerminalError) -> CursesScreen {
        guard Platform.isTerminal(Platform.standardOutput), Platform.isTerminal(Platform.standardInput) else {
            throw TerminalError("the playground needs a terminal (stdin and stdout are not a TTY)")
        }
        Platform.useUTF8Locale()
        guard let streams = Platform.terminalStreams() else {
            throw TerminalError("cannot open the terminal's streams")
        }
        guard let screen = newterm(nil, streams.output, streams.input) else {
            let term = Platform.environment("TERM") ?? "(unset)"
            throw TerminalError("unknown terminal type TERM=\(term)")
        }
        set_term(screen)
        guard let window = stdscr else { throw TerminalError("curses gave no screen") }
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        wtimeout(window, 0)  // curses never waits: `readEvent` polls
        curs_set(0)
        set_escdelay(25)
        mouseinterval(0)
        _ = mousemask(nnplay_BUTTON1_PRESSED | nnplay_BUTTON3_PRESSED | nnplay_BUTTON4_PRESSED
                      | nnplay_BUTTON5_PRESSED | nnplay_BUTTON_SHIFT
                      // Motion and the left button's release, to report drags (`.drag`).
                      | nnplay_REPORT_MOUSE_POSITION | nnplay_BUTTON1_RELEASED, nil)
        // Motion while a button is held (xterm's button-event tracking), which curses
        // does not ask for on every terminal; switched off again in `close()`.
        _ = putp(CursesScreen.buttonMotionOn)
        var colours = 0, pairLimit = 0
        if useColour && has_colors() {
            start_color()
            use_default_colors()
            colours = Int(COLORS)
            pairLimit = Int(COLOR_PAIRS)
        }
        return CursesScreen(screen: screen, window: window, colourCount: colours, pairLimit: pairLimit)
    }

    /// The colours terminfo gives terminal type `term` (curses `COLORS`, 0 or less
    /// for none), read without taking over the terminal; nil when the type is unknown.
    package nonisolated static func terminfoColours(term: String) -> Int? {
        let colours = Int(nnplay_terminfo_colours(term))
        return colours == -2 ? nil : colours
    }

    /// Columns and rows of the terminal now.
    package var size: Size {
        Size(width: Int(nnplay_columns(window)), height: Int(nnplay_lines(window)))
    }

    package var now: UInt64 { MonotonicClock.now() }

    package var wakeUp: @Sendable () -> Void { { TerminalSignals.wake() } }

    /// Draws a frame of `width` × rows cells, writing only what changed.
    package func present(_ cells: [ScreenCell], width: Int) {
        guard isOpen, width > 0 else { return }
        let screenWidth = size.width, screenHeight = size.height
        let full = width != previousWidth || cells.count != previous.count
        let height = cells.count / width
        var wrote = false
        for row in 0..<min(height, screenHeight) {
            for column in 0..<min(width, screenWidth) {
                let k = row * width + column
                let cell = cells[k]
                if !full && previous[k] == cell { continue }
                // The bottom-right cell would scroll the screen: write it with insert semantics.
                put(cell, row: row, column: column, last: row == screenHeight - 1 && column == screenWidth - 1)
                wrote = true
            }
        }
        previous = cells
        previousWidth = width
        if wrote {
            wnoutrefresh(window)
            doupdate()
        }
    }

    private func put(_ cell: ScreenCell, row: Int, column: Int, last: Bool) {
        var attributes = nnplay_A_NORMAL
        if cell.attributes & 1 != 0 { attributes |= nnplay_A_BOLD }
        if cell.attributes & 2 != 0 { attributes |= nnplay_A_DIM }
        if cell.attributes & 4 != 0 { attributes |= nnplay_A_REVERSE }
        if cell.attributes & 8 != 0 { attributes |= nnplay_A_UNDERLINE }
        var pair = pairNumber(foreground: cell.foreground, background: cell.background)
        var wide: [wchar_t] = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var cc = cchar_t()
        setcchar(&cc, &wide, attributes, 0, &pair)
        if last {
            wmove(window, Int32(row), Int32(column))
            wins_wch(window, &cc)
        } else {
            wmove(window, Int32(row), Int32(column))
            wadd_wch(window, &cc)
        }
    }

    /// The colour pair for (fg, bg), made on first use; when the terminal's pairs run
    /// out, all are released and the next frame is drawn in full.
    private func pairNumber(foreground: Int, background: Int) -> Int32 {
        guard colourCount > 0 else { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        if pairs.count + 1 >= pairLimit {
            pairs.removeAll()
            previous = []
        }
        let pair = Int32(pairs.count + 1)
        init_extended_pair(pair, Int32(foreground), Int32(background))
        pairs[key] = pair
        return pair
    }

    /// Forgets what is on screen so the next `present` redraws every cell.
    package func invalidate() {
        previous = []
        clearok(window, true)
    }

    package func readEvent(until deadline: UInt64?) -> BackendEvent? {
        guard isOpen else { return nil }
        var waited = false
        while true {
            if TerminalSignals.takeQuit() != nil { return .quit }
            if TerminalSignals.takeSuspend() { return .suspend }
            if TerminalSignals.takeResize(), let event = resized() { return .input(event) }
            if let event = nextInput() { return .input(event) }
            // Wait once; then report nothing (the deadline passed, or a wake-up).
            guard !waited else { return nil }
            waited = true
            var timeout: Int32 = -1
            if let deadline {
                let now = MonotonicClock.now()
                guard deadline > now else { return nil }
                // Rounded up, so that the loop does not wake just before its deadline.
                timeout = Int32(min(UInt64(Int32.max), (deadline - now + 999_999) / 1_000_000))
            }
            let wake = TerminalSignals.wakeDescriptor
            let ready = Platform.waitForInput(on: [Platform.standardInput, wake], timeoutMilliseconds: timeout)
            if ready[1] != .idle { Platform.drain(wake) }
            // A closed terminal would wake every wait at once: leave, as for SIGHUP, once
            // what it sent before closing has been read.
            if ready[0] == .closed { return nextInput().map(BackendEvent.input) ?? .quit }
        }
    }

    /// The input curses has or can read without waiting, or nil.
    private func nextInput() -> InputEvent? {
        while true {
            var ch: wint_t = 0
            let status = wget_wch(window, &ch)
            if status == ERR { return nil }
            if let event = status == KEY_CODE_YES ? special(Int32(ch)) : character(ch) { return event }
        }
    }

    private func character(_ ch: wint_t) -> InputEvent? {
        switch ch {
        case 3: return .interrupt
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)), ch >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    /// After SIGWINCH: curses takes the new size and the next frame is drawn in full.
    private func resized() -> InputEvent? {
        guard let (width, height) = Platform.windowSize(of: Platform.standardOutput) else { return nil }
        resizeterm(Int32(height), Int32(width))
        reportedSize = Size(width: width, height: height)
        invalidate()
        return .resize(width: width, height: height)
    }

    private func special(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_RESIZE:
            // `resizeterm` queues one too: report each new size once.
            guard size != reportedSize else { return nil }
            reportedSize = size
            invalidate()
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let column = Int(event.x), row = Int(event.y), state = event.bstate
            if state & nnplay_BUTTON1_RELEASED != 0 {
                leftButtonHeld = false
                return nil
            }
            // Some terminals report every motion; only motion with the left button held
            // means something: a drag.
            if state & nnplay_REPORT_MOUSE_POSITION != 0 {
                return leftButtonHeld ? .drag(column: column, row: row) : nil
            }
            if state & nnplay_BUTTON1_PRESSED != 0 { leftButtonHeld = true }
            if state & nnplay_BUTTON4_PRESSED != 0 { return .scrollUp(column: column, row: row) }
            if state & nnplay_BUTTON5_PRESSED != 0 { return .scrollDown(column: column, row: row) }
            if state & (nnplay_BUTTON1_PRESSED | nnplay_BUTTON3_PRESSED) != 0 {
                let secondary = state & nnplay_BUTTON3_PRESSED != 0 || state & nnplay_BUTTON_SHIFT != 0
                return .click(column: column, row: row, secondary: secondary)
            }
            return nil
        default:
            if code >= KEY_F0 + 1 && code <= KEY_F0 + 12 { return .function(Int(code - KEY_F0)) }
            return nil
        }
    }

    /// Gives the terminal back and stops the process (Ctrl-Z); returns after `fg`,
    /// when `resume()` takes the terminal again.
    package func suspend() {
        guard isOpen else { return }
        endwin()
        TerminalSignals.suspendNow()
    }

    /// Takes the terminal back after `fg` and schedules a full redraw.
    package func resume() {
        guard isOpen else { return }
        wrefresh(window)
        invalidate()
    }

    /// Restores the terminal (cursor, echo, modes, main screen). Safe to call twice.
    package func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        _ = putp(CursesScreen.buttonMotionOff)
        endwin()
        delscreen(screen)
    }
}
