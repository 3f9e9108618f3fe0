/* ui.h — the terminal game: the only module that includes curses.
 *
 * Every game played here is a savegame (game/ui/session.h): autosaved
 * after every turn in the saves folder, resumed by "continue" or the
 * Load screen, rewound and branched from its history. */
#ifndef UI_UI_H
#define UI_UI_H

#include <stdint.h>

struct ui_opts {
	const char *scenario;	/* folder, or NULL: the default scenario */
	int side;		/* 0 a, 1 b, -1 ask */
	const char *vs;		/* "human", a doctrine name, or NULL: ask */
	uint64_t seed;
	int have_seed;
	int turns;		/* the game's length: 0 the scenario's full
				   one, else its full or class length */
	const char *lang;	/* "en", "bg", or NULL: from LANG */
	const char *load;	/* a save to resume, or NULL */
	const char *saves_dir;	/* NULL: the default */
	int direct;		/* 1: skip the title screen (play/load) */
};

/* Run the game until the player quits. Returns the exit status; prints
 * its own error (file and place) on bad input. */
int ui_main(const struct ui_opts *o);

#endif
