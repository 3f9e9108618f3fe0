/* planner.c — looks ahead with the engine itself.
 *
 * For each candidate move (what cooperation, holding and competition
 * would each be now), the planner plays a few short futures on a copy of
 * the game as its side sees it (game_copy_public: no hidden numbers, no
 * future luck), against a model of the other side: a reciprocator with
 * probability equal to its trust, otherwise a hawk. Its own later moves
 * mirror what the model did. It keeps the candidate whose futures score
 * best on average, counting the scenario's score and the weight of the
 * ending reached, or of the progress made towards the endings when the
 * horizon comes first. Depth (turns looked ahead) is the difficulty. */
#include "ai/ai_int.h"

#include <string.h>

#define PLAN_ROLLOUTS 8
#define PLAN_CANDIDATES 4

void ai_set_depth(struct ai *ai, int depth)
{
	ai->depth = depth < 1 ? 1 : depth > 4 ? 4 : depth;
}

/* How far a game that goes on has come towards agreement and towards
 * conflict, each from 0 to 1 — so that a short look ahead still sees the
 * endings the scenario weighs beyond its horizon. Only public numbers
 * and this side's own trust are used (the copy holds no others). */
static double plan_progress_agree(const struct game *g)
{
	const struct rules *r = &g->sc->rules;
	int need = r->agreement_signed ? r->agreement_signed :
		   g->sc->nproposals;
	double trust = g->st.side[0].trust < g->st.side[1].trust ?
		       g->st.side[0].trust : g->st.side[1].trust;
	double t = r->agreement_trust > 0 ? trust / r->agreement_trust : 1;

	if (need <= 0)
		return 0;
	return (double)game_signed_count(g) / need * (t > 1 ? 1 : t);
}

static double plan_progress_conflict(const struct game *g)
{
	const struct scenario *sc = g->sc;
	double top = sc->nrungs > 1 ? sc->rung[sc->nrungs - 1].from : 0;
	double x = top > 0 ? g->st.tension / top : 0;

	return x > 1 ? 1 : x * x;
}

/* What the game is worth to side now: its score, plus what its ending
 * means for it (the scenario's ending weights) — or, while it goes on,
 * half of each ending's weight times the progress made towards it. */
static double plan_value(const struct game *g, int side)
{
	const double *w = g->sc->w.ending;
	double v = g->st.side[side].score;

	if (g->st.ending != END_NONE)
		return v + w[g->st.ending];
	return v + 0.5 * (w[END_AGREEMENT] * plan_progress_agree(g) +
			  w[END_CONFLICT] * plan_progress_conflict(g));
}

/* One imagined future after candidate c; returns its gain for ai. */
static double plan_rollout(const struct ai *ai, const struct game *g,
			   const struct move *c, int reciprocator,
			   uint64_t seed)
{
	struct game f;
	struct ai me = *ai, them = *ai;
	struct move mv[SIDES];
	int s = ai->side, o = side_other(s), t, mine = INTENT_COOP;
	int theirs = ai->mem.last_own;
	double v0 = plan_value(g, s), gain;

	them.side = o;
	ai_cache_plain(&them);	/* its own side's picks */
	game_copy_public(&f, g, s, ai->mem.their_trust, seed);
	for (t = 0; t < ai->depth && !game_over(&f); t++) {
		if (t == 0)
			mv[s] = *c;
		else
			ai_move_for(&me, &f, mine == INTENT_HOSTILE ?
				    INTENT_RETALIATE : mine, &mv[s]);
		/* The model answers what it saw of us last turn, in
		 * measure; a hostile model escalates. */
		ai_move_for(&them, &f, !reciprocator ? INTENT_HOSTILE :
			    theirs == INTENT_HOSTILE ? INTENT_RETALIATE :
			    theirs, &mv[o]);
		theirs = ai_move_intent(f.sc, &mv[s]);
		mine = ai_move_intent(f.sc, &mv[o]);
		if (game_play(&f, mv) < 0)
			break;
	}
	gain = plan_value(&f, s) - v0;
	game_release(&f);
	return gain;
}

void choose_planner(struct ai *ai, const struct game *g, struct move *out)
{
	static const int intents[PLAN_CANDIDATES] = { INTENT_COOP,
		INTENT_HOLD, INTENT_RETALIATE, INTENT_HOSTILE };
	struct move cand[PLAN_CANDIDATES];
	double best = 0, sum, trust = g->st.side[ai->side].trust;
	int i, r, n = 0, pick = 0;

	for (i = 0; i < PLAN_CANDIDATES; i++) {
		ai_move_for(ai, g, intents[i], &cand[n]);
		if (n && !memcmp(&cand[n], &cand[n - 1], sizeof cand[n]))
			continue;
		n++;
	}
	for (i = 0; i < n; i++) {
		/* Common random numbers: every candidate meets the same
		 * imagined luck and the same imagined opponents. */
		struct rng r0 = ai->rng;

		sum = 0;
		for (r = 0; r < PLAN_ROLLOUTS; r++) {
			int recip = rng_unit(&r0) * 100.0 < trust;
			uint64_t seed = ((uint64_t)rng_next(&r0) << 32) |
					rng_next(&r0);

			sum += plan_rollout(ai, g, &cand[i], recip, seed);
		}
		if (i == 0 || sum > best) {
			best = sum;
			pick = i;
		}
	}
	/* Advance our own stream once per move so later moves differ. */
	rng_next(&ai->rng);
	*out = cand[pick];
	ai->mem.intent = ai_move_intent(ai->sc, out);
}
