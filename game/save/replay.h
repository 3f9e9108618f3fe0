/* replay.h — a save played again through the engine, and checked.
 *
 * A save holds moves, not states: loading plays every move again, from
 * the seed, and compares the engine's state after each turn with the
 * turn's check line. The first difference is an error at that line
 * ("x.sav:41:10: the game diverges from the save at turn 7; ..."), so
 * that a save never turns silently into a different game.
 *
 * Doctrines are played again too. For each side a doctrine plays on the
 * branch being rebuilt, a fresh one is made from the save's ai_seed and
 * then, turn by turn, it chooses (advancing its own stream, as it did)
 * on the turns its doctrine played, and observes every turn. On turns
 * played by someone else (a person, before a take-over) it only
 * observes. So a doctrine picks up exactly where it was. When it would
 * now choose another move than the saved one (its code changed since),
 * that is a warning, not an error: the saved move is what happened, and
 * the game's state is checked all the same. */
#ifndef SAVE_REPLAY_H
#define SAVE_REPLAY_H

#include "ai/ai.h"
#include "save/save.h"

/* Does sc fit sv? The scenario id and the turn limit must match (an
 * error each); a different digest of its files is a warning appended
 * to warn (every turn is checked anyway). 0 or -1. */
int save_fits(const struct save *sv, const struct scenario *sc,
	      struct strbuf *warn, struct save_err *err);

/* The scenario's files with their digests, as a save keeps them
 * ("scenario.ini:HEX actions.csv:HEX"), a fresh string or NULL. */
char *save_files_of(const struct scenario *sc);
/* The files of sc that differ from those sv was played with, quoted and
 * separated by commas, appended to out (nothing for an older save that
 * does not list them). */
void save_files_changed(const struct save *sv, const struct scenario *sc,
			struct strbuf *out);

/* Rebuild branch id's line on sc up to turn upto (-1: its end) into g
 * (initialised here, keeping every turn's log) and, when ai is not NULL,
 * the doctrines of the branch's players into ai[] (NULL for a person;
 * the caller frees them). Warnings go to warn (may be NULL). On -1, err
 * holds the first problem and g and ai[] are released.
 * save_replay_differs: the same, and differs[s] is set to 1 when side s's
 * doctrine would now choose otherwise than the saved moves (the save's
 * player edited, or the doctrine changed since). */
int save_replay(const struct save *sv, const struct scenario *sc, int id,
		int upto, struct game *g, struct ai *ai[SIDES],
		struct strbuf *warn, struct save_err *err);
int save_replay_differs(const struct save *sv, const struct scenario *sc,
			int id, struct game *g, struct ai *ai[SIDES],
			struct strbuf *warn, int differs[SIDES],
			struct save_err *err);

/* Check every branch's turns against sc (the engine only, no
 * doctrines). 0, or -1 with the first problem. */
int save_verify(const struct save *sv, const struct scenario *sc,
		struct save_err *err);

/* What a branch's line went through, for a timeline. */
#define SAVE_PATH_MAX 32

struct save_binfo {
	int id, parent, fork;
	int turns;		/* on the whole line, from turn 1 */
	struct save_player player[SIDES];
	int ending, band, rung;	/* at its last turn; END_NONE: goes on */
	/* Rungs from the fork on (the rung there first), repeats merged;
	 * cut: more than SAVE_PATH_MAX, the last ones left out. */
	int npath, cut;
	int path[SAVE_PATH_MAX];
	double trust[SIDES], tension, score[SIDES];
};

/* Replay branch id (engine only) and describe it. 0 or -1. */
int save_branch_info(const struct save *sv, const struct scenario *sc,
		     int id, struct save_binfo *out, struct save_err *err);

/* Two moves are the same choice. */
int save_moves_equal(const struct move *a, const struct move *b);

#endif
