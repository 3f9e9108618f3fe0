/* save.h — save files: a game's scenario, seed, settings and every move,
 * on every branch of its timeline.
 *
 * A save is a small INI file, written by us and read by our own strict
 * reader (iniparser keeps no line numbers and caps lines, and a save must
 * never be misread in silence). An example, with two branches:
 *
 *	# Détente save: the game's scenario, seed and every move.
 *	[save]
 *	format = 1
 *	scenario = info-security-2020
 *	scenario_dir = scenarios/info-security-2020
 *	scenario_digest = 8c2f0a1b3d4e5f60
 *	seed = 42
 *	ai_seed.a = 11400714819323198507
 *	ai_seed.b = 11400714819323198507
 *	turn_limit = 24
 *	lang = en
 *	created = 2020-09-25T12:00:00Z
 *	updated = 2020-09-25T12:40:00Z
 *	name = Class of Tuesday
 *	player.a = Ana
 *	scenario_files = scenario.ini:1c2d... actions.csv:9e8f...
 *	branch = 2
 *
 *	[branch.1]
 *	a = human
 *	b = planner:3
 *	turn.1 = table:expert_dialogue harden / stall restraint
 *	check.1 = 5d0e35c2a3a4d1f7
 *	...
 *
 *	[branch.2]
 *	parent = 1
 *	fork = 3
 *	a = human
 *	b = planner:3
 *	turn.4 = accept:channels share_intel / stall espionage
 *	check.4 = 0b7c1e9f62d04a33
 *
 *	[end]
 *
 * [save]: the scenario's id, its folder as given and the digest of its
 * files (scenario.h) with each file's own (so that a warning can name
 * the file that changed; a save travels without its scenario and is
 * matched to one by id and digest, save_scenario_dir), the people's
 * names (optional), the game's seed and the doctrines' seeds, the turn
 * limit played with, the language, UTC times, an optional name, and the
 * current branch. [branch.N]: its parent and the turns it shares with it
 * (the first branch has neither), who played each side ("human" or a
 * doctrine, "planner:3" with a look-ahead), then one line a turn, with
 * action and proposal ids: each side's diplomatic then cyber action, '-'
 * for a kind the side has none of, and "id:proposal" for an action that
 * works on a proposal; and one check a turn, a digest of the engine's
 * state after it (save_state_check), so that a save which no longer fits
 * its scenario is caught at the exact turn and line. Turn numbers are
 * the game's: a branch forked at turn 3 starts at turn.4. [end] closes
 * the file, so that a truncated save is never taken for a shorter game.
 * Keys are lowercase; '#' and ';' start comments; blanks around '=' and
 * at the ends of a line are ignored.
 *
 * Reading reports the first problem as "file:line:col: message" (a save
 * cut anywhere cannot be trusted after that point), writing is atomic
 * (save_write_file), and replaying lives in savegame.h. */
#ifndef SAVE_SAVE_H
#define SAVE_SAVE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "engine/game.h"
#include "save/err.h"
#include "save/file.h"
#include "util/strbuf.h"

#define SAVE_FORMAT 1
#define SAVE_EXT ".sav"
#define SAVE_MAX_BRANCHES 1000	/* more is a file made to hurt */
#define SAVE_MAX_LINE 8192	/* bytes a line: room for a long path */

/* ---- the file in memory ------------------------------------------------- */

/* Who plays a side: a person, or a doctrine (ai.h) with the planner's
 * look-ahead (0: the doctrine's default). */
struct save_player {
	char name[16];		/* "human" or a doctrine's name */
	int depth;
};

/* One side's move as the save spells it: an action id a kind ("" for
 * '-'), and the proposal named by the action of kind pkind (-1: none).
 * Columns say where each was written, for messages (0 when the move was
 * made in memory). */
struct save_move {
	char act[KINDS][SC_ID_MAX];
	char prop[SC_ID_MAX];
	int8_t pkind;
	int col[KINDS], pcol;
};

struct save_turn {
	struct save_move mv[SIDES];
	uint64_t check;		/* save_state_check() after the turn */
	int line;		/* of "turn.T"; 0 when made in memory */
	int cline, ccol;	/* of the check's value */
};

/* A line of play: the first branch starts at turn 0; any other shares
 * its parent's first `fork` turns and then goes its own way. */
struct save_branch {
	int id;			/* from 1, unique, never reused */
	int parent;		/* id, or 0 for the first branch */
	int fork;		/* turns shared with the parent */
	struct save_player player[SIDES];
	struct save_turn *turn;	/* turns fork+1 .. fork+n; owned */
	size_t n, cap;
	int line;		/* of "[branch.N]", 0 when made in memory */
	int pline[SIDES], pcol[SIDES];	/* of the players' values */
};

struct save {
	char *file;		/* the file's name, for messages; owned */
	char scenario[SC_ID_MAX];
	char *scenario_dir;	/* the folder as given, or NULL; owned */
	uint64_t digest;	/* the scenario's, when the game began */
	uint64_t seed;
	uint64_t ai_seed[SIDES];	/* passed to ai_new() for each side */
	int turn_limit;		/* sc->rules.turns the game was played with */
	char lang[SC_LANG_MAX];	/* the player's language, or "" */
	char *name;		/* a name the player gave it, or NULL */
	char *player[SIDES];	/* the names of the people who played
				   each side, or NULL; owned */
	char *files;		/* "scenario.ini:HEX actions.csv:HEX ...":
				   each file's digest, to name the ones
				   that changed; NULL in older saves */
	int64_t created, updated;	/* seconds since 1970, UTC */
	int current;		/* id of the branch being played */
	struct save_branch *br;	/* in file order: parents first; owned */
	size_t nbr, capbr;
	/* Places of [save] keys, for messages at load time (0: none). */
	int scenario_line, scenario_col, digest_line, digest_col;
	int limit_line, limit_col;
};

void save_init(struct save *sv);
void save_release(struct save *sv);
/* Make dst an independent copy of src. */
void save_copy(struct save *dst, const struct save *src);

/* ---- reading and writing ------------------------------------------------ */

/* Parse a save from memory (len bytes, any content: this is the fuzzing
 * entry point), naming it file in messages. sv must be initialised;
 * it is filled on success and left empty on failure. Needs no scenario:
 * ids are checked against one by save_move_get and the replay. Returns
 * 0, or -1 with the first problem in err. */
int save_parse(struct save *sv, const char *file, const char *buf,
	       size_t len, struct save_err *err);
/* Read and parse the file at path. 0, or -1 with err. */
int save_read(struct save *sv, const char *path, struct save_err *err);

/* The save as text, appended to out. */
void save_format(const struct save *sv, struct strbuf *out);

/* save_format() then save_write_file() (file.h): atomic. */
int save_write(const struct save *sv, const char *path,
	       struct save_err *err);

/* ---- branches ----------------------------------------------------------- */

struct save_branch *save_branch_find(const struct save *sv, int id);
/* Turns on branch b's line, from turn 1: fork + its own. */
int save_branch_turns(const struct save_branch *b);
/* Add a branch with the next free id; returns it (pointers into sv->br
 * move when it grows: use the id to find it again). */
struct save_branch *save_branch_add(struct save *sv, int parent, int fork,
				    const struct save_player pl[SIDES]);
/* Drop branch id, which must have no branches of its own. */
void save_branch_remove(struct save *sv, int id);
/* Does any branch have id as its parent? */
int save_branch_has_children(const struct save *sv, int id);
/* Append a turn to branch b. */
struct save_turn *save_branch_push(struct save_branch *b);

/* The turns of branch id's line, 1..n: line[t-1] is turn t and owner[t-1]
 * (when not NULL) the branch it was played on. Returns n; arrays are
 * fresh (free them), NULL when n is 0. -1 for an unknown id. */
int save_line(const struct save *sv, int id, const struct save_turn ***line,
	      const struct save_branch ***owner);

/* ---- moves, players, checks --------------------------------------------- */

/* Spell move m of side in sc's ids. */
void save_move_set(const struct scenario *sc, const struct move *m,
		   struct save_move *out);
/* Look a saved move's ids up in sc. 0, or -1 with err placed at line
 * (the turn's) and the token's column. */
int save_move_get(const struct scenario *sc, int side,
		  const struct save_move *sm, struct move *out,
		  const char *file, int line, struct save_err *err);
/* "table:channels share_intel" (no newline), appended to sb. */
void save_move_str(const struct save_move *sm, struct strbuf *sb);

/* "human", "tft" or "planner:3", appended. */
void save_player_str(const struct save_player *p, struct strbuf *sb);
/* Parse one; 0 or -1 (err's code and text set, place left to the
 * caller: err->line is 0). */
int save_player_parse(const char *s, struct save_player *p,
		      struct save_err *err);
int save_player_is_human(const struct save_player *p);
int save_player_eq(const struct save_player *a, const struct save_player *b);

/* A digest of the engine's state after a turn: FNV-1a 64 over the turn,
 * tension, rung, each side's stats printed with %.6f, the proposals'
 * status and sponsor, the collapse count, ending, band and the random
 * stream's position. Equal states give equal digests on every run. */
uint64_t save_state_check(const struct game *g);

/* Times: "2020-09-25T12:00:00Z". 0 or -1. */
int save_time_parse(const char *s, int64_t *out);
void save_time_str(int64_t t, struct strbuf *sb);
/* Now, in seconds since 1970 (SOURCE_DATE_EPOCH when set, so that tests
 * and reproducible builds get fixed times). */
int64_t save_now(void);

#endif
