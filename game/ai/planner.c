/* planner.c — the strong levels: a rule it keeps, a belief, a search.
 *
 * What it wants comes first. It answers hostility it saw last turn, in
 * measure (move.c) — letting a third go, as generous tit for tat does,
 * and taking without reply the answers to its own (observe.c) — and
 * leaves an agreement the other side was seen to breach: a reputation
 * for answering is what protects it from being exploited, so the search
 * may not trade it away.
 *
 * What it believes: the other side is one of four types — a dove, a
 * reciprocator (tit for tat), an exploiter (cooperates until agreements
 * are in force, then defects covertly) or a hawk — with a probability
 * each, updated by Bayes' rule from what this side saw of the other's
 * acts, and only that (a covert act it did not detect is no evidence).
 * A little of the prior is mixed back in each turn, so that a side that
 * returns to cooperation can be believed again.
 *
 * How it gets there: for each of a few policies of its own (reciprocate,
 * exploit once agreements are in force, cheat covertly every turn) it
 * plays whole games to their end, against opponents drawn from
 * its belief, on a copy of the game as its side sees it
 * (game_copy_public: the other side's trust replaced by this side's
 * reckoning of it, its security and support by their starting values, a
 * random stream of the planner's own). Each policy meets the same drawn
 * opponents and the same imagined luck (common random numbers). It
 * keeps to reciprocity unless another policy's games end with its
 * side's score higher by more than twice the standard error of the
 * difference, and plays that policy's move now. The number of games is
 * the level. */
#include "ai/ai_int.h"

#include <string.h>

#include "util/xmalloc.h"

/* What the belief starts from: most states reciprocate. */
static const double plan_prior[TYPES] = { 0.05, 0.55, 0.2, 0.2 };
#define PLAN_MIX 0.05		/* the prior mixed back in each turn */
#define PLAN_FLOOR 0.01		/* no type is ever ruled out */
#define PLAN_MAX_ROLLOUTS 64	/* games a policy, at most */

/* The doctrines that stand for the types in rollouts. */
static const char *const plan_type_doctrine[TYPES] = {
	"dove", NULL, "exploiter", "hawk"	/* NULL: as its own rule */
};

/* The policies it weighs, the measured reciprocator first (the pick on
 * a tie). */
enum { POL_RECIP, POL_EXPLOIT, POL_CHEAT, POLICIES };
static int intent_cheat(struct ai *ai, const struct game *g)
{
	(void)g;
	return ai->mem.owed ? INTENT_RETALIATE : INTENT_COVERT;
}

static int intent_exploit(struct ai *ai, const struct game *g)
{
	if (ai->mem.owed)
		return INTENT_RETALIATE;
	return ai_exploit_ready(ai, game_signed_count(g), 1) ?
	       INTENT_COVERT : INTENT_COOP;
}

/* The reciprocator it imagines is one like itself: it answers by the
 * rule, and a side caught at unprovoked hostility twice it takes for an
 * exploiter and repays in kind, covertly, from then on — which is what
 * the planner's own search comes to against an exploiter. */
static int intent_mirror(struct ai *ai, const struct game *g)
{
	if (ai->mem.owed)
		return INTENT_RETALIATE;
	return ai->mem.wronged >= 2 ? intent_exploit(ai, g) : INTENT_COOP;
}

static const struct doctrine plan_mirror = { "mirror", "", intent_mirror,
					     NULL };

static const struct doctrine plan_policy[POLICIES] = {
	{ "recip", "", intent_recip, NULL },
	{ "exploit", "", intent_exploit, NULL },
	{ "cheat", "", intent_cheat, NULL },
};

void planner_init(struct ai *ai)
{
	memcpy(ai->type, plan_prior, sizeof plan_prior);
	ai->model = xmalloc(sizeof *ai->model);
	ai_as(ai->model, ai, ai_doctrine_find("dove"),
	      side_other(ai->side));
}

/* P(what was seen | type), given whether the other side saw hostility
 * from us the turn before (a reciprocator answers it) and whether
 * agreements were in force (an exploiter hides behind them; its covert
 * act is seen only when detected). */
static double plan_likelihood(int type, int seen, int provoked,
			      int shelter)
{
	double hostile;

	switch (type) {
	case TYPE_DOVE: hostile = 0.05; break;
	case TYPE_RECIP: hostile = provoked ? 0.8 : 0.05; break;
	case TYPE_EXPLOIT: hostile = shelter ? 0.4 : 0.05; break;
	default: hostile = 0.85; break;
	}
	if (seen == OBS_HOSTILE)
		return hostile;
	/* Neither hostile: cooperation and holding back, near alike. */
	return (1 - hostile) * (seen == OBS_COOP ? 0.9 : 0.1) + 0.01;
}

void planner_observe(struct ai *ai, int seen, int they_saw_before)
{
	double sum = 0;
	int t, shelter = ai_exploit_ready(ai, ai->mem.signed_before, 0);

	for (t = 0; t < TYPES; t++) {
		ai->type[t] *= plan_likelihood(t, seen, they_saw_before,
					       shelter);
		sum += ai->type[t];
	}
	for (t = 0; t < TYPES; t++) {
		ai->type[t] = (1 - PLAN_MIX) * ai->type[t] / sum +
			      PLAN_MIX * plan_prior[t];
		if (ai->type[t] < PLAN_FLOOR)
			ai->type[t] = PLAN_FLOOR;
	}
}

static int plan_draw_type(const struct ai *ai, struct rng *r)
{
	double u = rng_unit(r), sum = 0;
	int t;

	for (t = 0; t < TYPES; t++)
		sum += ai->type[t];
	u *= sum;
	for (t = 0; t < TYPES - 1; t++) {
		if (u < ai->type[t])
			return t;
		u -= ai->type[t];
	}
	return TYPES - 1;
}

/* One whole game from here: this side plays policy pol, the other side
 * plays type; returns this side's final score. */
static double plan_rollout(const struct ai *ai, const struct game *g,
			   int pol, int type, uint64_t seed)
{
	struct game f;
	struct ai me = *ai, them = *ai->model;
	struct move mv[SIDES];
	int s = ai->side, o = side_other(s);
	double v;

	me.d = &plan_policy[pol];
	them.d = type == TYPE_RECIP ? &plan_mirror :
		 ai_doctrine_find(plan_type_doctrine[type]);
	/* What the other side saw of us last turn is all it reacts to. */
	them.mem.last_other = ai->mem.they_saw_hostile ? OBS_HOSTILE :
			      OBS_COOP;
	them.mem.hostile_seen = ai->mem.they_saw_hostile;
	them.mem.owed = ai->mem.they_saw_hostile;
	rng_seed(&them.rng, seed, 1);
	game_copy_public(&f, g, s, ai->mem.their_trust, seed);
	f.lean = 1;
	while (!game_over(&f)) {
		ai_choose(&me, &f, &mv[s]);
		ai_choose(&them, &f, &mv[o]);
		if (game_play(&f, mv) < 0)
			break;
		ai_observe(&me, &f);
		ai_observe(&them, &f);
	}
	v = f.st.side[s].score;
	game_release(&f);
	return v;
}

/* The move policy pol makes now, from this side's real memory. */
static void plan_policy_move(const struct ai *ai, const struct game *g,
			     int pol, struct move *out)
{
	struct ai me = *ai;

	me.d = &plan_policy[pol];
	ai_move_for(&me, g, me.d->intent(&me, g), out);
}

/* How much better policy pol did than reciprocity, over the n paired
 * games in d (its score less reciprocity's, game by game), or 0 when
 * the games do not show it: the mean difference must clear twice its
 * standard error. A side does not leave reciprocity on a hunch — with
 * few games, chance alone would often favour exploiting. */
static double plan_gain(const double *d, int n)
{
	double mean = 0, var = 0;
	int r;

	if (n < 2)
		return 0;
	for (r = 0; r < n; r++)
		mean += d[r];
	mean /= n;
	for (r = 0; r < n; r++)
		var += (d[r] - mean) * (d[r] - mean);
	var /= (double)(n - 1);
	return mean > 0 && mean * mean * n > 4 * var ? mean : 0;
}

void choose_planner(struct ai *ai, const struct game *g, struct move *out)
{
	double d[POLICIES][PLAN_MAX_ROLLOUTS], v0, gain, best = 0;
	struct rng r0;
	int r, pol, n = ai->p.rollouts, pick = POL_RECIP;

	ai->rollouts = 0;
	if (ai->mem.owed) {
		/* Its rule: hostility seen is answered, in measure. */
		ai_move_for(ai, g, INTENT_RETALIATE, out);
		ai->mem.intent = INTENT_RETALIATE;
		return;
	}
	if (n > PLAN_MAX_ROLLOUTS)
		n = PLAN_MAX_ROLLOUTS;
	r0 = ai->rng;
	for (r = 0; r < n; r++) {
		int type = plan_draw_type(ai, &r0);
		uint64_t seed = ((uint64_t)rng_next(&r0) << 32) |
				rng_next(&r0);

		v0 = plan_rollout(ai, g, POL_RECIP, type, seed);
		for (pol = 1; pol < POLICIES; pol++)
			d[pol][r] = plan_rollout(ai, g, pol, type, seed) - v0;
		ai->rollouts += POLICIES;
	}
	for (pol = 1; pol < POLICIES; pol++) {
		gain = plan_gain(d[pol], n);
		if (gain > best + 1e-9) {
			best = gain;
			pick = pol;
		}
	}
	/* Advance our own stream once per move so later moves differ. */
	rng_next(&ai->rng);
	plan_policy_move(ai, g, pick, out);
	ai->mem.intent = ai_move_intent(ai->sc, out);
}
