/* ai_int.h — inside the doctrines: shared by ai.c, observe.c, move.c,
 * bayes.c and planner.c. Not for other modules. */
#ifndef AI_AI_INT_H
#define AI_AI_INT_H

#include "ai/ai.h"
#include "engine/rng.h"

/* HOSTILE takes the least reassuring act there is (a hawk's
 * escalation); RETALIATE the mildest hostile one (a measured reply). */
enum intent { INTENT_COOP, INTENT_HOLD, INTENT_HOSTILE, INTENT_RETALIATE };

/* How the other side's last turn looked from here. */
enum obs { OBS_NONE, OBS_COOP, OBS_NEUTRAL, OBS_HOSTILE };

/* What this side remembers; filled by ai_observe() only from records
 * this side saw. */
struct ai_mem {
	int turns;		/* turns observed */
	int last_other;		/* enum obs */
	int last_own;		/* enum intent, read from our own move */
	int intent;		/* the intent behind this turn's choice */
	int hostile_seen;	/* any hostility seen, ever */
	int hostile_count, coop_count;
	double their_trust;	/* the other side's trust in this one, as
				   reckoned from the trust changes it saw */
};

struct doctrine {
	const char *name, *summary;
	int (*intent)(struct ai *ai, const struct game *g);
	/* Doctrines that pick moves directly rather than by intent. */
	void (*choose)(struct ai *ai, const struct game *g, struct move *out);
};

struct ai {
	const struct doctrine *d;
	const struct scenario *sc;
	int side;
	struct rng rng;		/* the doctrine's own stream */
	struct ai_mem mem;
	double belief;		/* bayes: P(other is cooperative), 0..1 */
	/* The plain (op none) action of each kind, stance and rank this
	 * side would pick: [kind][stance][by highest lr], or -1. It never
	 * changes during a game, so it is found once (move.c). */
	int16_t plain[KINDS][3][2];
	int depth;		/* planner: turns looked ahead */
};

/* Fill ai->plain (move.c); ai_new calls it. */
void ai_cache_plain(struct ai *ai);
/* Turn an intent into a legal move for ai->side now (move.c). */
void ai_move_for(const struct ai *ai, const struct game *g, int intent,
		 struct move *out);
/* The stance class of a side's move (move.c): enum intent. */
int ai_move_intent(const struct scenario *sc, const struct move *m);

int intent_bayes(struct ai *ai, const struct game *g);
void choose_planner(struct ai *ai, const struct game *g, struct move *out);

#endif
