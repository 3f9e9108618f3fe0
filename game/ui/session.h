/* session.h — one game being played at this keyboard: a savegame (the
 * scenario, the game, the doctrines, the tree of branches and the file
 * it autosaves to) and what the screens keep about it.
 *
 * Every turn played here goes through savegame_play, which resolves the
 * turn, records it and rewrites the file atomically, with the doctrines
 * seeded as `detente sim` seeds them: a game played here is the game its
 * save replays. A write that fails never stops the game: the session
 * remembers why (the screens say it once) and every later change tries
 * again. No curses here. */
#ifndef UI_SESSION_H
#define UI_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "save/savegame.h"
#include "util/strbuf.h"

struct session {
	const struct scenario *sc;	/* the game's (sg.sc) */
	struct savegame sg;
	int briefed[SIDES];		/* the side has seen its briefing */
	char *dir;			/* the saves folder; owned */
	char *want;	/* the file a new game is meant to have, while it
			   cannot be written (NULL once it is); owned */
	int unsaved;	/* the last write failed: the file is behind */
	int told;	/* ... and the player has been told */
	struct strbuf why;	/* the last failure, "file: message" */
	const char *cause;	/* its save_err_cause(), for the advice */
};

/* How a new game is set up beyond its players. */
struct session_opts {
	uint64_t seed;
	int turns;	/* its length: 0 the scenario's full one, or its
			   class length (rules.class_turns) */
	const char *name[SIDES];	/* the people's names, or NULL: the
					   save keeps them for the report */
};

/* A new game at turn 0 on sc (borrowed; it must outlive s), played by
 * pl, with a fresh file in dir (save_path_new) written at once. 0 (a
 * file that cannot be written leaves s->unsaved set), or -1 with why
 * (an unknown doctrine, a length the scenario lacks: s holds nothing;
 * release it anyway). */
int session_new(struct session *s, const struct scenario *sc,
		const struct session_opts *o, const struct save_player pl[SIDES],
		const char *lang, const char *dir);
/* Resume the save at path (savegame_load); dir is the saves folder for
 * a later "save as". 0, or -1 with every message in why. */
int session_load(struct session *s, const char *path, const char *dir);
void session_release(struct session *s);

/* 1 when a person at this keyboard plays side. */
int session_human(const struct session *s, int side);
/* Who plays side on the current branch. */
const struct save_player *session_who(const struct session *s, int side);
/* The one side a single person plays; -1 when people play both sides
 * (hotseat), -2 when nobody does (a game between two doctrines). */
int session_player(const struct session *s);

/* Play a turn: mv[side] for the sides people play, the doctrines choose
 * their own. 0 played and saved; 1 played but not saved (why); -1 not
 * played (why). */
int session_play(struct session *s, const struct move mv[SIDES]);

/* Play on from the end of turn `turn` of the current line in a new
 * branch (savegame_branch); take is a side a person takes over from
 * here (it becomes "human"), or -1. Returns as session_play (-1:
 * nothing changed). */
int session_branch(struct session *s, int turn, int take);
/* Make branch id current. Returns as session_play. */
int session_switch(struct session *s, int id);

/* The file a save named name goes to: dir/FILE.sav, FILE made of the
 * name's letters and digits (any script; ASCII lowercased) with single
 * dashes for the rest, or "save" when nothing is left. Fresh. */
char *session_save_path(const struct session *s, const char *name);
/* Name the game and keep it in path (session_save_path(name), or a file
 * of the player's choosing) from now on. An unnamed autosave in dir
 * that it replaces is removed: the new file holds all of it. 0, or -1
 * (why; the old file stays as it was). */
int session_save_as(struct session *s, const char *name, const char *path);

#endif
