/* session.h — one game being played at this keyboard: the scenario, the
 * game, who plays each side (a person or a doctrine), and the hooks that
 * let saving come in without touching the screens.
 *
 * No curses here. A saves module restores a game by session_new() with
 * the saved settings and seed, then session_replay() of the saved moves
 * (which also lets the doctrines observe every past turn, so that they
 * pick up where they were), and hands it to ui_play_session(). */
#ifndef UI_SESSION_H
#define UI_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "ai/ai.h"
#include "engine/game.h"
#include "util/strbuf.h"

struct session {
	const struct scenario *sc;	/* borrowed */
	struct game g;			/* keeps every turn's log */
	int human[SIDES];		/* 1: a person at this keyboard */
	struct ai *ai[SIDES];		/* the doctrine of a computer side */
	char vs[16];			/* "human" or the doctrine's name */
	uint64_t seed;
	int briefed[SIDES];		/* the side has seen its briefing */
};

/* Start a game at turn 0: side is the person's side; vs is "human"
 * (both sides at this keyboard) or a doctrine name. Returns -1 for an
 * unknown doctrine. The doctrines' own streams derive from seed, so the
 * same seed and moves replay the same game. */
int session_new(struct session *s, const struct scenario *sc,
		uint64_t seed, int side, const char *vs);
void session_release(struct session *s);

/* Play n saved turns (moves[t][side]) as if they had been chosen here.
 * Returns the number of turns replayed; stops early at an illegal move
 * (a save that does not fit its scenario). */
size_t session_replay(struct session *s, const struct move (*moves)[SIDES],
		      size_t n);

/* Fill the computer sides' moves for this turn. */
void session_ai_moves(struct session *s, struct move mv[SIDES]);
/* Resolve a turn and let the doctrines observe it. 0 or -1 (illegal). */
int session_play(struct session *s, const struct move mv[SIDES]);

/* The one side a single player plays, or -1 in a hotseat game. */
int session_player(const struct session *s);

/* Hooks for saving and continuing, filled by whoever provides saves
 * (NULL members mean "not available": the title screen says so). */
struct ui_hooks {
	void *ctx;
	/* After every resolved turn: an autosave. */
	void (*after_turn)(void *ctx, const struct session *s);
	/* Is there a game to continue? Fill desc with one line about it. */
	int (*can_continue)(void *ctx, struct strbuf *desc);
	/* Restore the latest autosave (path NULL) or a save file into s,
	 * loading its scenario into *sc (owned by the caller). 0, or -1
	 * with a message in err. */
	int (*load)(void *ctx, const char *path, struct scenario *sc,
		    struct session *s, struct strbuf *err);
	/* The save files to offer on the Load screen, one a line. */
	int (*list)(void *ctx, struct strbuf *names);
};

/* Install the hooks the terminal game uses (call before ui_main). */
void ui_set_hooks(const struct ui_hooks *h);
/* The hooks in force (all NULL until someone sets them). */
const struct ui_hooks *ui_hooks_get(void);

#endif
