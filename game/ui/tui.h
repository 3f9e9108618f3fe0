/* tui.h — curses for the game's screens. Include this, never <curses.h>
 * directly: the function-like macros of curses (move(), clear()...) would
 * otherwise rewrite our own names, such as the engine's `struct move`. */
#ifndef UI_TUI_H
#define UI_TUI_H

#define NCURSES_NOMACROS 1
#include <curses.h>

#endif
