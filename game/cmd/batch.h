/* batch.h — many computer-vs-computer games, in parallel, with results
 * that do not depend on the number of threads.
 *
 * Game i of a batch has seed base+i, and doctrines seeded from that seed,
 * so any game can be played again alone (`sim --seed S --games 1`). The
 * results reach the sink in game order, a chunk at a time, so memory
 * stays flat however many games run. */
#ifndef CMD_BATCH_H
#define CMD_BATCH_H

#include <signal.h>
#include <stdint.h>

#include "engine/game.h"

#define BATCH_PATH_MAX 16	/* rungs remembered in an escalation path */

struct batch_result {
	long index;		/* game number in the batch, from 0 */
	uint64_t seed;
	int turns;
	uint8_t ending, band, rung;
	uint8_t npath;		/* rungs in path; BATCH_PATH_MAX+1: cut */
	uint8_t path[BATCH_PATH_MAX];	/* rungs passed, repeats merged */
	int signed_n;		/* agreements in force at the end */
	int breaches;		/* breaches, detected or not */
	int hidden;		/* covert acts never detected */
	/* Reciprocity: hostile acts of the other side that side s saw,
	 * and how many of them s answered with a hostile act of its own
	 * within two turns. */
	int provoked[SIDES], answered[SIDES];
	long fallbacks[SIDES];	/* script moves played as neutral */
	uint64_t played;	/* bit a: action a was played by a side */
	double trust[SIDES], tension, score[SIDES];
};

struct batch_cfg {
	const struct scenario *sc;
	const char *doctrine[SIDES];
	int depth[SIDES];	/* planner depth, 0: default */
	uint64_t seed;		/* seed of game 0 */
	long first, count;	/* games [first, first+count) */
	int turns;		/* games this long (a class's length), 0:
				   the scenario's full length */
	int threads;		/* 0: all cores */
	/* When not NULL and *stop becomes non-zero (a signal handler sets
	 * it), the run stops after the games under way. */
	const volatile sig_atomic_t *stop;
};

typedef void (*batch_sink)(void *ctx, const struct batch_result *r);

/* Play one game (seed) to its end; g (initialised by the caller with
 * game_init, keep_logs as wished) is left at the end for inspection.
 * Returns -1 if a doctrine is unknown. */
int batch_play(struct game *g, const struct batch_cfg *cfg,
	       struct batch_result *r);

/* Run cfg's games, handing each result to sink in game order. 0 when
 * all were played, 1 when cfg->stop stopped the run (the sink has had
 * every game before the first one left unplayed), -1 on failure. */
int batch_run(const struct batch_cfg *cfg, batch_sink sink, void *ctx);

/* Number of online processors, at least 1. */
int batch_cores(void);

#endif
