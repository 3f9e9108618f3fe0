/* ai_int.h — inside the doctrines: shared by the files of game/ai/.
 * Not for other modules. */
#ifndef AI_AI_INT_H
#define AI_AI_INT_H

#include "ai/ai.h"
#include "engine/rng.h"

/* What a side means to do this turn, before it is a concrete move.
 * HOSTILE is a hawk's escalation (the act that hurts most for what it
 * costs); RETALIATE a measured reply (the hostile act closest in size to
 * what was suffered); COVERT is public cooperation with a covert hostile
 * act beneath it (the cheater's and the exploiter's defection). */
enum intent { INTENT_COOP, INTENT_HOLD, INTENT_HOSTILE, INTENT_RETALIATE,
	      INTENT_COVERT, INTENT_N };

/* How the other side's last turn looked from here. */
enum obs { OBS_NONE, OBS_COOP, OBS_NEUTRAL, OBS_HOSTILE };

/* The opponent types the planner weighs (its belief is over these). */
enum ai_type { TYPE_DOVE, TYPE_RECIP, TYPE_EXPLOIT, TYPE_HAWK, TYPES };

#define AI_MAX_DEBT 1	/* answers one turn's hostility calls for */
#define AI_GENEROUS 3	/* the strong levels let one in this many go */
#define AI_GENEROUS_EXPLOIT 4	/* ... of exploitation caught */
#define AI_RECENT 4	/* turns a gesture counts as recently made */

/* What this side remembers; filled by ai_observe() only from records
 * this side saw. */
struct ai_mem {
	int turns;		/* turns observed */
	int last_other;		/* enum obs */
	int last_own;		/* enum intent, read from our own move */
	int intent;		/* the intent behind this turn's choice */
	int hostile_seen;	/* any hostility seen, ever */
	int hostile_count, coop_count;
	int quiet;		/* turns in a row without hostility seen */
	double suffered;	/* size of the hostility seen last turn */
	int covert_seen;	/* it was a covert act, detected, under
				   public cooperation: exploitation */
	double suffered_max;	/* the largest seen, for reciprocators
				   answering without fresh news */
	int signed_before;	/* agreements in force when it chose */
	int they_saw_hostile;	/* the other side saw hostility from us
				   (or blamed us) last turn */
	int owed;		/* answers owed to hostility seen */
	int owed_new;		/* owed from the turn just seen */
	int was_answer;		/* our last move answered hostility */
	int wronged;		/* turns of hostility seen that answered
				   nothing of ours */
	int contrite;		/* answers to our own hostility we will
				   take without reply */
	double their_trust;	/* the other side's trust in this one, as
				   reckoned from the trust changes it saw */
	uint32_t breached_by_other;	/* proposals seen breached by them */
	uint8_t used[SC_MAX_ACTIONS];	/* bit t: played t+1 turns ago */
};

/* Per action and side, what it is worth (move.c): all in score points a
 * turn, with the trust signal as the log of the likelihood ratio, and a
 * covert act's "if seen" parts weighed by its chance of being seen. */
struct ai_val {
	double reassure;	/* ln(lr), expected */
	double relief;		/* -tension change x w.tension/100, expected */
	double self;		/* actor's gain: security, support */
	double other;		/* the other side's gain (negative: harm) */
	double size;		/* how hostile it is: harm + tension + distrust */
};

struct ai;
struct doctrine {
	const char *name, *summary;
	int (*intent)(struct ai *ai, const struct game *g);
	/* Doctrines that pick moves directly rather than by intent. */
	void (*choose)(struct ai *ai, const struct game *g, struct move *out);
};

struct script;

/* Knobs that make a level (ai.c's level table). */
struct ai_params {
	int rollouts;		/* planner: rollouts a policy a move */
	int interests;		/* follow per-side proposal values */
	int deter;		/* answer a covert act caught for the
				   uses of it that were not caught too */
};

struct ai {
	const struct doctrine *d;
	const struct scenario *sc;
	int side;
	struct rng rng;		/* the doctrine's own stream */
	struct ai_mem mem;
	struct ai_params p;
	double type[TYPES];	/* planner: P(other is of each type) */
	const struct script *script;	/* script:FILE, owned */
	long fallbacks;		/* script moves not legal when due */
	struct ai *model;	/* planner: the other side's player, for
				   its rollouts (owned) */
	long rollouts;		/* planner: rollouts for the last move */
	/* The plain (op none) action of each kind, stance and rank this
	 * side would pick: [kind][stance][by highest lr], or -1. It never
	 * changes during a game, so it is found once (move.c). */
	int16_t plain[KINDS][3][2];
	struct ai_val val[SC_MAX_ACTIONS];	/* for this side (move.c) */
};

/* Fill ai->plain and ai->val (move.c); ai_new calls it. */
void ai_cache_plain(struct ai *ai);
/* Turn an intent into a legal move for ai->side now (move.c). */
void ai_move_for(const struct ai *ai, const struct game *g, int intent,
		 struct move *out);
/* The stance class of a side's move (move.c): enum intent. */
int ai_move_intent(const struct scenario *sc, const struct move *m);
/* How hostile an act of the other side was, seen in full (move.c). */
double ai_act_size(const struct ai *ai, int act);
/* Would this side sign p now, by its interests (move.c)? */
int ai_wants(const struct ai *ai, const struct game *g, int p);

/* A doctrine by name (ai.c), for the planner's imagined players. */
const struct doctrine *ai_doctrine_find(const char *name);
/* dst plays side with doctrine d, knowing what src's side knows of the
 * scenario, with a fresh memory (ai.c). */
void ai_as(struct ai *dst, const struct ai *src, const struct doctrine *d,
	   int side);

/* Has an exploiter what it waits for, with signed_n agreements in
 * force (ai.c)? A patient one waits for nearly all of them. */
int ai_exploit_ready(const struct ai *ai, int signed_n, int patient);

int intent_bayes(struct ai *ai, const struct game *g);
int intent_recip(struct ai *ai, const struct game *g);
void choose_planner(struct ai *ai, const struct game *g, struct move *out);
void planner_init(struct ai *ai);
void planner_observe(struct ai *ai, int seen, int they_saw_before);
void choose_script(struct ai *ai, const struct game *g, struct move *out);

#endif
