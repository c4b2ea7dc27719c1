// The wide-character ncurses API. SwiftPM drops pkg-config's -D flags, so the
// define that exposes cchar_t, setcchar, wget_wch etc. must live here.
#ifndef NNPLAY_CNCURSESW_SHIM_H
#define NNPLAY_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
