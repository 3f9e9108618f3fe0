/* savegame.h — a game being played, with its save: the scenario, the
 * engine's game, the doctrines, and the tree of branches it is recorded
 * in, autosaved after every turn.
 *
 * This is what a front end drives (the terminal game, `sim --save`, the
 * tests). No curses, no printing: problems come back in a save_err.
 *
 *	struct savegame sg;
 *	struct save_err err;
 *
 *	New game:     savegame_new(&sg, sc, seed, players, "en", &err);
 *	              path = save_path_new(dir, sc->id);   (list.h)
 *	              savegame_save_as(&sg, path, &err);   then free(path)
 *	Continue:     save_latest(dir, &path, &err);        (list.h)
 *	              savegame_load(&sg, path, &err);
 *	Load screen:  save_list(dir, &v, &n, &err);         (list.h)
 *	              savegame_load(&sg, v[i].path, &err);
 *	Each turn:    fill the moves of the sides people play, then
 *	              savegame_play(&sg, mv, &err): the doctrines choose,
 *	              the turn is resolved and recorded, and the file is
 *	              rewritten atomically. sg.g.last has the turn's
 *	              records; sg.g.logs every turn's.
 *	History:      savegame_branch(&sg, turn, NULL, &err): play on from
 *	              an earlier turn; the old line stays as a branch.
 *	Take over:    savegame_branch(&sg, turn, players, &err) with
 *	              "human" for the side taken.
 *	Timeline:     savegame_timeline(&sg, &info, &n, &err), then
 *	              savegame_switch(&sg, info[i].id, &err).
 *	Named save:   savegame_set_name(&sg, "Tuesday");
 *	              savegame_save_as(&sg, "saves/tuesday.sav", &err).
 *	Done:         savegame_release(&sg).
 *
 * Everything that changes the save (a turn, a branch, a switch, a name)
 * autosaves when the game has a file. A failed autosave never damages
 * the file already there and never loses the game in memory: the call
 * reports it (returns 1) and the next successful write catches up. */
#ifndef SAVE_SAVEGAME_H
#define SAVE_SAVEGAME_H

#include "ai/ai.h"
#include "save/replay.h"
#include "save/save.h"

struct savegame {
	const struct scenario *sc;	/* borrowed, or own */
	struct scenario *own;	/* the scenario savegame_load loaded */
	struct save sv;		/* every branch, as in the file */
	struct game g;		/* the current branch at its last turn;
				   keeps every turn's log */
	struct ai *ai[SIDES];	/* a side's doctrine, NULL for a person */
	char *path;		/* the file it autosaves to, or NULL */
	struct strbuf warn;	/* warnings from loading, a line each:
				   "x.sav:3:19: warning: ..." */
	/* 1: side s's doctrine would now choose otherwise than its saved
	 * moves (the player's name edited, or the doctrine changed) */
	int differs[SIDES];
};

/* The doctrines' seed for a game's seed: the one `detente sim` uses, so
 * that `sim --games 1 --seed S --save F` is game S of a sim run. */
uint64_t savegame_ai_seed(uint64_t seed);

/* A new game at turn 0 on sc (borrowed: it must outlive sg), with one
 * branch played by pl. lang is the player's language (may be NULL). It
 * has no file until savegame_save_as. 0, or -1 for an unknown doctrine
 * (err). */
int savegame_new(struct savegame *sg, const struct scenario *sc,
		 uint64_t seed, const struct save_player pl[SIDES],
		 const char *lang, struct save_err *err);

/* Play a new game (at turn 0) for turns instead of the scenario's full
 * length: its class length (rules.class_turns). The save keeps it as
 * turn_limit. 0, or -1 when the game has begun or turns is neither. */
int savegame_set_turns(struct savegame *sg, int turns);

/* Resume the save at path: its scenario is loaded (from the folder the
 * save names, else the data folder's scenarios/ID), every branch is
 * checked against it, and the current branch is played again up to its
 * last turn. Autosaves go back to path. Warnings land in sg->warn;
 * err->file and err->line say where a problem is (the save or, for a
 * scenario that does not load, the scenario's own messages are in
 * sg->warn). 0 or -1 (sg then holds only warn; release it anyway). */
int savegame_load(struct savegame *sg, const char *path,
		  struct save_err *err);

/* The same from a save already read and a scenario at hand (borrowed),
 * whose turn limit must be the save's. sv is copied. No file is set. */
int savegame_open(struct savegame *sg, const struct save *sv,
		  const struct scenario *sc, struct save_err *err);

void savegame_release(struct savegame *sg);

/* Stop autosaving (the file stays as it is): for reading a save, as
 * `detente replay` does, while switching branches. */
void savegame_detach(struct savegame *sg);

/* The scenario a save names, loaded. It is looked for, in order, in
 * the folder save_scenario_dir gave (--scenario DIR), the save's own
 * folder (and ID inside it), the folder the game was played from,
 * ./scenarios/ID and the data folder's scenarios/ID; it must have the
 * save's id, and the first with the save's digest too is taken (else
 * the first of its id, and save_fits warns, naming the files that
 * changed). The loader's messages about a folder that is there but
 * broken are added to msgs. 0 (*out is fresh: scenario_release and free
 * it) or -1. */
int save_load_scenario(const struct save *sv, struct scenario **out,
		       struct strbuf *msgs, struct save_err *err);

/* Look first in dir (NULL: no such folder) for the scenarios of the
 * saves loaded from now on in this process: `--scenario DIR` of
 * `load`, `replay` and `report`. */
void save_scenario_dir(const char *dir);

/* The branch being played. */
const struct save_branch *savegame_current(const struct savegame *sg);
/* 1 when a person plays side. */
int savegame_human(const struct savegame *sg, int side);

/* Play a turn. mv[s] is used for the sides people play; a doctrine
 * chooses for its side (its choice is in sg->g.last.mv). Returns 0 when
 * the turn was played and saved; 1 when it was played but the autosave
 * failed (err says why; the game goes on); -1 when nothing happened (an
 * illegal move or a finished game; err says which). */
int savegame_play(struct savegame *sg, const struct move mv[SIDES],
		  struct save_err *err);

/* Go back to the end of turn `turn` (0: the start) of the current line
 * and play on from there in a new branch, which becomes current; the
 * line left behind stays in the save. pl: who plays each side from now
 * (NULL: as now); a person taking over a doctrine's side is this. A
 * branch with no turns of its own and no branches is replaced rather
 * than left behind. Returns as savegame_play (-1: turn is not on the
 * line). */
int savegame_branch(struct savegame *sg, int turn,
		    const struct save_player *pl, struct save_err *err);

/* Make branch id current, at its last turn. Returns as savegame_play. */
int savegame_switch(struct savegame *sg, int id, struct save_err *err);

/* Every branch in brief (in file order), for the timeline screen: its
 * players, the rungs it passed through and its ending. *out is fresh
 * (free it). 0 or -1. */
int savegame_timeline(const struct savegame *sg, struct save_binfo **out,
		      size_t *n, struct save_err *err);

/* Name the game (NULL: no name). Autosaves; returns as savegame_play. */
int savegame_set_name(struct savegame *sg, const char *name,
		      struct save_err *err);

/* Write the game to path and autosave there from now on. 0 or -1 (the
 * file set before stays). */
int savegame_save_as(struct savegame *sg, const char *path,
		     struct save_err *err);

/* Write the game to its file now (nothing to do without one). 0 or -1;
 * the updated time is now. */
int savegame_write(struct savegame *sg, struct save_err *err);

#endif
