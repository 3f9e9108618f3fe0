/* bayes.c — Kydd's reassurance logic.
 *
 * The side's trust is already its Bayesian belief that the other side is
 * a cooperative type (the engine updates it from what this side saw).
 * Cooperating pays when the other side is cooperative (mutual reward R
 * for the rest of the horizon H) and costs when it is not (the sucker's
 * payoff S, then mutual punishment P); competing earns the temptation T
 * once against a cooperator. Cooperate when
 *   b (R H) + (1-b)(S + P (H-1))  >=  b (T + P (H-1)) + (1-b) P H,
 * i.e. when the belief b clears a threshold set by the stakes. With a
 * payoff table, R, S, T and P are read from it; without one, the game is
 * treated as an assurance game whose sucker's payoff worsens as tension
 * rises — the higher the danger, the more reassurance it takes. */
#include "ai/ai_int.h"

#define BAYES_HORIZON 10

/* The side's payoff for its action a against the other's b. */
static double bayes_pay(const struct scenario *sc, int side, int mine,
			int theirs)
{
	int a = side == SIDE_A ? mine : theirs;
	int b = side == SIDE_A ? theirs : mine;

	return sc->payoff[((size_t)a * (size_t)sc->nactions + (size_t)b) * 2 +
			  (size_t)side];
}

/* R, S, T, P for side, using the actions its doctrine would pick. */
static void bayes_stakes(const struct ai *ai, const struct game *g,
			 double st[4])
{
	const struct scenario *sc = ai->sc;
	struct ai them = *ai;
	struct move c, d, oc, od;
	int k = sc->payoff_kind;

	if (!sc->payoff) {
		st[0] = 3; st[2] = 4; st[3] = 1;
		st[1] = -g->st.tension / 10.0;
		return;
	}
	them.side = side_other(ai->side);
	ai_cache_plain(&them);	/* its own side's picks */
	ai_move_for(ai, g, INTENT_COOP, &c);
	ai_move_for(ai, g, INTENT_RETALIATE, &d);
	ai_move_for(&them, g, INTENT_COOP, &oc);
	ai_move_for(&them, g, INTENT_RETALIATE, &od);
	st[0] = bayes_pay(sc, ai->side, c.act[k], oc.act[k]);	/* R */
	st[1] = bayes_pay(sc, ai->side, c.act[k], od.act[k]);	/* S */
	st[2] = bayes_pay(sc, ai->side, d.act[k], oc.act[k]);	/* T */
	st[3] = bayes_pay(sc, ai->side, d.act[k], od.act[k]);	/* P */
}

int intent_bayes(struct ai *ai, const struct game *g)
{
	double st[4], b, h, coop, comp;
	int left = g->turns - g->st.turn;

	b = g->st.side[ai->side].trust / 100.0;
	h = left < BAYES_HORIZON ? left : BAYES_HORIZON;
	if (h < 1)
		h = 1;
	bayes_stakes(ai, g, st);
	coop = b * st[0] * h + (1 - b) * (st[1] + st[3] * (h - 1));
	comp = b * (st[2] + st[3] * (h - 1)) + (1 - b) * st[3] * h;
	return coop >= comp ? INTENT_COOP : INTENT_RETALIATE;
}
