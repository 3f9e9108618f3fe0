/* ui.h — the terminal game: the only module that includes curses.
 *
 * Saving hooks in through game/ui/session.h: ui_set_hooks() before
 * ui_main() (an autosave after every turn, "continue", the Load screen),
 * and a saved game comes back as a struct session (session_new() and
 * session_replay()), which the game plays on from where it was. */
#ifndef UI_UI_H
#define UI_UI_H

#include <stdint.h>

struct ui_opts {
	const char *scenario;	/* folder, or NULL: the default scenario */
	int side;		/* 0 a, 1 b, -1 ask */
	const char *vs;		/* "human", a doctrine name, or NULL: ask */
	uint64_t seed;
	int have_seed;
	const char *lang;	/* "en", "bg", or NULL: from LANG */
	const char *load;	/* a save to resume, or NULL */
	const char *saves_dir;	/* NULL: the default */
	int direct;		/* 1: skip the title screen (play/load) */
};

/* Run the game until the player quits. Returns the exit status; prints
 * its own error (file and place) on bad input. */
int ui_main(const struct ui_opts *o);

#endif
