/* ai.h — computer opponents ("doctrines") and the difficulty levels.
 *
 * A doctrine plays one side from what that side can observe: its own
 * moves, the other side's acts that it saw (overt ones, and covert ones
 * that were detected), incidents it blamed on the other side, public
 * proposal statuses, tension and its own trust. It never reads hidden
 * moves, the other side's numbers, or the game's random stream: a
 * doctrine that needs chance has its own PCG32 stream.
 *
 * Names: a doctrine ("tft"), a level ("expert": a doctrine with its
 * knobs, one table here for the UI and the commands alike), or
 * "script:FILE" (script.h describes the file).
 *
 * Use: ai_new(); then each turn ai_choose() before the turn is played
 * and ai_observe() after it (game_play has filled g->last). */
#ifndef AI_AI_H
#define AI_AI_H

#include <stdint.h>

#include "engine/game.h"
#include "util/strbuf.h"

struct ai;

/* The doctrines, in the order the UI lists them. */
int ai_count(void);
const char *ai_name(int i);		/* "dove", "hawk", "tft", ... */
/* One line in English, for --help; the UI has translations keyed by
 * "doctrine.NAME". */
const char *ai_summary(int i);
int ai_find(const char *name);		/* a doctrine's index, or -1 */

/* The levels, easiest first: easy, normal, hard, expert. The UI names
 * them by "level.NAME". */
int ai_level_count(void);
const char *ai_level_name(int i);
const char *ai_level_doctrine(int i);	/* the doctrine a level plays */
const char *ai_level_summary(int i);	/* one line in English */
int ai_level_find(const char *name);	/* index, or -1 */

#define AI_SCRIPT_PREFIX "script:"

/* Can ai_new make a player of this name on sc? 0 yes; 2 an unknown
 * name (err: "unknown doctrine 'x'"); 1 a script that cannot be read or
 * is wrong (err: "FILE:LINE:COL: message", one line each). */
int ai_check(const char *name, const struct scenario *sc, struct strbuf *err);

/* A player for side of a game on sc; seed feeds its own stream.
 * Returns NULL for a name ai_check refuses. */
struct ai *ai_new(const char *name, const struct scenario *sc, int side,
		  uint64_t seed);
void ai_free(struct ai *ai);
/* The doctrine it plays ("planner" for "expert"). */
const char *ai_doctrine(const struct ai *ai);

/* Saves written before the levels name the planner with a look-ahead
 * (1..4): 1 and 2 play as hard, 3 and 4 as expert. Others ignore it. */
void ai_set_depth(struct ai *ai, int depth);

/* Choose this turn's move; always legal. */
void ai_choose(struct ai *ai, const struct game *g, struct move *out);
/* Take in what this side saw of the turn just played (g->last). */
void ai_observe(struct ai *ai, const struct game *g);

/* A script's moves that were not legal when due and became the side's
 * neutral move (0 for other doctrines). */
long ai_fallbacks(const struct ai *ai);
/* Rollouts the planner played for its last move (0 for others). */
long ai_rollouts(const struct ai *ai);

#endif
