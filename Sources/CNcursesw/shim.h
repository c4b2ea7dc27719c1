// The wide-character ncurses API. SwiftPM drops pkg-config's -D flags, so the
// define that exposes cchar_t, setcchar, wget_wch etc. must live here. Macros the
// Swift importer cannot see (A_*, mouse masks) are re-exported as constants.
#ifndef NNPLAY_CNCURSESW_SHIM_H
#define NNPLAY_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <unistd.h>
#include <ncursesw/curses.h>

static const attr_t nnplay_A_NORMAL = A_NORMAL;
static const attr_t nnplay_A_BOLD = A_BOLD;
static const attr_t nnplay_A_DIM = A_DIM;
static const attr_t nnplay_A_REVERSE = A_REVERSE;
static const attr_t nnplay_A_UNDERLINE = A_UNDERLINE;

static const mmask_t nnplay_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t nnplay_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t nnplay_BUTTON3_PRESSED = BUTTON3_PRESSED;
static const mmask_t nnplay_BUTTON3_CLICKED = BUTTON3_CLICKED;
static const mmask_t nnplay_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t nnplay_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t nnplay_BUTTON_SHIFT = BUTTON_SHIFT;
static const mmask_t nnplay_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;
static const mmask_t nnplay_BUTTON1_RELEASED = BUTTON1_RELEASED;

/// The terminal's size (getmaxyx is a macro).
static inline int nnplay_lines(WINDOW *w) { return getmaxy(w); }
static inline int nnplay_columns(WINDOW *w) { return getmaxx(w); }

/// The number of colours terminfo gives terminal type `term`, read without taking
/// over the terminal (for `nnplay doctor`); -2 when `term` is unknown. setupterm is
/// declared in term.h, whose macros clash with Swift names, so it is declared here.
extern int setupterm(const char *, int, int *);
static inline int nnplay_terminfo_colours(const char *term) {
    int error = 0;
    if (setupterm(term, STDOUT_FILENO, &error) != 0) return -2;
    return tigetnum("colors");
}
#endif
