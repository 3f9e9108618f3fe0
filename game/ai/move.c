/* move.c — from an intent to a concrete, legal move.
 *
 * Cooperation prefers deeds to words: sign what the other side offers
 * (the offer this side values most), else table an offer, else the most
 * reassuring gesture. A hawk's competition takes the least reassuring act;
 * a reciprocator's retaliation the mildest hostile one, a measured reply.
 * Ties go to the earlier row, so doctrines stay deterministic. */
#include "ai/ai_int.h"

/* The op-none action of kind k and the given stance open to side that
 * ranks first: by highest lr when high is set (the most reassuring, or
 * the mildest hostility), else by lowest lr. -1 when there is none. */
static int pick_plain(const struct scenario *sc, int side, int k,
		      int stance, int high)
{
	int a, best = -1;

	for (a = 0; a < sc->nactions; a++) {
		const struct action *ac = &sc->action[a];

		if (ac->kind != k || ac->op != POP_NONE ||
		    ac->stance != stance || !(ac->sides & (1u << side)))
			continue;
		if (best < 0 || (high && ac->lr > sc->action[best].lr) ||
		    (!high && ac->lr < sc->action[best].lr))
			best = a;
	}
	return best;
}

void ai_cache_plain(struct ai *ai)
{
	int k, st, high;

	for (k = 0; k < KINDS; k++)
		for (st = 0; st < 3; st++)
			for (high = 0; high < 2; high++)
				ai->plain[k][st][high] = (int16_t)pick_plain(
					ai->sc, ai->side, k, st, high);
}

static int pick_any(const struct ai *ai, int k, const int *order,
		    int high_hostile)
{
	int i, a, st;

	for (i = 0; i < 3; i++) {
		st = order[i];
		a = ai->plain[k][st][st == STANCE_HOSTILE ? high_hostile :
				     st == STANCE_COOP];
		if (a >= 0)
			return a;
	}
	return -1;
}

/* An open action with operation op, and the target side values most. */
static int pick_op(const struct game *g, int side, int op, int16_t *prop)
{
	const struct scenario *sc = g->sc;
	int a, p, best = -1, bestp = -1;

	for (a = 0; a < sc->nactions; a++) {
		uint32_t t;

		if (sc->action[a].op != op || sc->action[a].kind != KIND_DIPLO)
			continue;
		if (!game_action_open(g, side, a))
			continue;
		t = game_targets(g, side, a);
		for (p = 0; p < sc->nproposals; p++) {
			if (!(t & (1u << p)))
				continue;
			if (bestp < 0 || sc->proposal[p].value[side] >
			    sc->proposal[bestp].value[side]) {
				best = a;
				bestp = p;
			}
		}
		if (best >= 0)
			break;
	}
	if (best >= 0)
		*prop = (int16_t)bestp;
	return best;
}

static int pick_kind(const struct ai *ai, const struct game *g, int k,
		     int intent, struct move *out)
{
	static const int coop[] = { STANCE_COOP, STANCE_NEUTRAL,
				    STANCE_HOSTILE };
	static const int hold[] = { STANCE_NEUTRAL, STANCE_COOP,
				    STANCE_HOSTILE };
	static const int hostile[] = { STANCE_HOSTILE, STANCE_NEUTRAL,
				       STANCE_COOP };
	int a = -1;

	if (k == KIND_DIPLO && intent == INTENT_COOP) {
		a = pick_op(g, ai->side, POP_ACCEPT, &out->prop);
		if (a < 0)
			a = pick_op(g, ai->side, POP_TABLE, &out->prop);
		if (a >= 0)
			return a;
	}
	if (intent == INTENT_COOP)
		a = pick_any(ai, k, coop, 0);
	else if (intent == INTENT_HOLD)
		a = pick_any(ai, k, hold, 0);
	else
		a = pick_any(ai, k, hostile, intent == INTENT_RETALIATE);
	return a;
}

void ai_move_for(const struct ai *ai, const struct game *g, int intent,
		 struct move *out)
{
	const char *why;
	int k;

	out->prop = -1;
	for (k = 0; k < KINDS; k++) {
		out->act[k] = -1;
		if (game_kind_count(g, ai->side, k) == 0)
			continue;
		out->act[k] = (int16_t)pick_kind(ai, g, k, intent, out);
	}
	/* The loader guarantees an op-none action of each kind a side
	 * uses, so this holds; keep the game going if it ever did not. */
	if (game_check_move(g, ai->side, out, &why) < 0)
		game_default_move(g, ai->side, out);
}

/* Hostility of either kind reads as hostile, whichever rung of it. */
int ai_move_intent(const struct scenario *sc, const struct move *m)
{
	int k, coop = 0;

	for (k = 0; k < KINDS; k++) {
		if (m->act[k] < 0)
			continue;
		if (sc->action[m->act[k]].stance == STANCE_HOSTILE)
			return INTENT_HOSTILE;
		if (sc->action[m->act[k]].stance == STANCE_COOP)
			coop = 1;
	}
	return coop ? INTENT_COOP : INTENT_HOLD;
}
