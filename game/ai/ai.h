/* ai.h — computer opponents ("doctrines").
 *
 * A doctrine plays one side from what that side can observe: its own
 * moves, the other side's acts that it saw (overt ones, and covert ones
 * that were detected), incidents it blamed on the other side, public
 * proposal statuses, tension and its own trust. It never reads hidden
 * moves, the other side's numbers, or the game's random stream: a
 * doctrine that needs chance has its own PCG32 stream.
 *
 * Use: ai_new(); then each turn ai_choose() before the turn is played
 * and ai_observe() after it (game_play has filled g->last). */
#ifndef AI_AI_H
#define AI_AI_H

#include <stdint.h>

#include "engine/game.h"

struct ai;

/* The doctrines, in the order the UI lists them. */
int ai_count(void);
const char *ai_name(int i);		/* "dove", "hawk", "tft", ... */
/* One line in English, for --help; the UI has translations keyed by
 * "doctrine.NAME". */
const char *ai_summary(int i);
int ai_find(const char *name);		/* index or -1 */

/* A doctrine for side of a game on sc; seed feeds its own stream.
 * Returns NULL for an unknown name. */
struct ai *ai_new(const char *name, const struct scenario *sc, int side,
		  uint64_t seed);
void ai_free(struct ai *ai);
const char *ai_doctrine(const struct ai *ai);

/* The planner's difficulty: how many turns it looks ahead (1..4; the
 * default is 2). Other doctrines ignore it. */
void ai_set_depth(struct ai *ai, int depth);

/* Choose this turn's move; always legal. */
void ai_choose(struct ai *ai, const struct game *g, struct move *out);
/* Take in what this side saw of the turn just played (g->last). */
void ai_observe(struct ai *ai, const struct game *g);

#endif
