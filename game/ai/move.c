/* move.c — from an intent to a concrete, legal move.
 *
 * Every action of the scenario is weighed by what it does, for this side
 * (struct ai_val): the trust it signals, the tension it adds or relieves,
 * what it gains this side and what it costs the other, a covert act's
 * "if seen" parts weighed by its chance of being seen. Each intent then
 * takes the action that suits it:
 *   cooperate  sign what the other side offers and this side wants (the
 *              offer it values most), else table one, else the gesture
 *              that reassures and calms most, a gesture made lately
 *              counting for less (a repeated gesture says less);
 *   hold       the neutral act that gains this side most;
 *   compete    the act that gains most over the other (a hawk);
 *   retaliate  the pair of acts closest in size to what was suffered,
 *              with at least one hostile (a measured reply);
 *   covert     public cooperation, and the covert act that gains most
 *              over the other for its risk of being seen and of breaking
 *              an agreement in force.
 * Ties go to the earlier row, so doctrines stay deterministic. */
#include "ai/ai_int.h"

#include <math.h>

#define MOVE_RECENT_COST 0.1	/* a gesture made lately, each time */
#define MOVE_BREACH_COST 2.0	/* a breach's exposure, in turns of the
				   agreement's value to this side */

/* ---- what an action is worth ------------------------------------------ */

/* The score a turn that effects fx bring to side `whom`, when `actor`
 * acts, each effect weighted by p; tension goes to *dt. */
static double val_fx(const struct scenario *sc, const struct effects *fx,
		     int actor, int whom, double p, double *dt)
{
	double v = 0;
	int i;

	for (i = 0; i < fx->n; i++) {
		const struct effect *e = &fx->e[i];
		int on = e->who == WHO_BOTH ||
			 (e->who == WHO_SELF && whom == actor) ||
			 (e->who == WHO_OTHER && whom != actor) ||
			 (e->who == WHO_A && whom == SIDE_A) ||
			 (e->who == WHO_B && whom == SIDE_B);

		if (e->set)
			continue;	/* "= v" has no size of its own */
		if (e->stat == STAT_TENSION) {
			if (whom == actor)
				*dt += p * e->value;
			continue;
		}
		if (!on)
			continue;
		if (e->stat == STAT_SECURITY)
			v += p * e->value * sc->w.security / 100.0;
		else if (e->stat == STAT_SUPPORT)
			v += p * e->value * sc->w.support / 100.0;
		else if (e->stat == STAT_SCORE)
			v += p * e->value;
	}
	return v;
}

/* Action a played by actor, seen with probability p. */
static void val_of(const struct scenario *sc, int a, int actor, double p,
		   struct ai_val *v)
{
	const struct action *ac = &sc->action[a];
	double dt = 0;

	v->reassure = ac->lr > 0 ? p * log(ac->lr) : -10;
	/* Tension is shared: counted once, with the actor's own view. */
	v->self = val_fx(sc, &ac->effects, actor, actor, 1, &dt) +
		  val_fx(sc, &ac->seen, actor, actor, p, &dt);
	v->other = val_fx(sc, &ac->effects, actor, side_other(actor), 1,
			  &dt) +
		   val_fx(sc, &ac->seen, actor, side_other(actor), p, &dt);
	v->relief = -dt * sc->w.tension / 100.0;
	v->size = (v->other < 0 ? -v->other : 0) +
		  (v->relief < 0 ? -v->relief : 0) +
		  (v->reassure < 0 ? -v->reassure : 0);
}

double ai_act_size(const struct ai *ai, int act)
{
	struct ai_val v;

	val_of(ai->sc, act, side_other(ai->side), 1, &v);
	return v.size;
}

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
	const struct scenario *sc = ai->sc;
	int k, st, high, a;

	for (k = 0; k < KINDS; k++)
		for (st = 0; st < 3; st++)
			for (high = 0; high < 2; high++)
				ai->plain[k][st][high] = (int16_t)pick_plain(
					sc, ai->side, k, st, high);
	for (a = 0; a < sc->nactions; a++)
		val_of(sc, a, ai->side, sc->action[a].covert ?
		       sc->action[a].detect / 100.0 : 1, &ai->val[a]);
}

/* ---- proposals ---------------------------------------------------------- */

/* Is a proposal this side values above zero not in force yet? */
static int ai_wants_more(const struct ai *ai, const struct game *g)
{
	int p;

	for (p = 0; p < ai->sc->nproposals; p++)
		if (ai->sc->proposal[p].value[ai->side] > 0 &&
		    !game_in_force(g, p))
			return 1;
	return 0;
}

int ai_wants(const struct ai *ai, const struct game *g, int p)
{
	const struct rules *r = &ai->sc->rules;
	int need = r->agreement_signed ? r->agreement_signed :
		   ai->sc->nproposals;

	if (!ai->p.interests || ai->sc->proposal[p].value[ai->side] > 0)
		return 1;
	/* A pledge this side values at nothing or less is signed late —
	 * when it completes the agreement and every pledge this side values
	 * is in force already, so that it takes no better one's place —
	 * and only with verification in force: an unverifiable promise is
	 * worth what the other side's hidden conduct makes it worth. */
	return game_modifier(g, STAT_DETECTION) > 0 &&
	       game_signed_count(g) + 1 >= need && !ai_wants_more(ai, g);
}

/* An open action with operation op, and the target side values most
 * (among those it wants, for an acceptance or a tabling). */
static int pick_op(const struct ai *ai, const struct game *g, int op,
		   int16_t *prop)
{
	const struct scenario *sc = g->sc;
	int a, p, best = -1, bestp = -1, side = ai->side;

	for (a = 0; a < sc->nactions; a++) {
		uint32_t t;

		if (sc->action[a].op != op || sc->action[a].kind != KIND_DIPLO)
			continue;
		if (!game_action_open(g, side, a))
			continue;
		t = game_targets(g, side, a);
		for (p = 0; p < sc->nproposals; p++) {
			if (!(t & (1u << p)) || !ai_wants(ai, g, p))
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

/* ---- choosing by value --------------------------------------------------- */

static int recent_uses(const struct ai *ai, int a)
{
	unsigned u = ai->mem.used[a] & ((1u << AI_RECENT) - 1);
	int n = 0;

	for (; u; u &= u - 1)
		n++;
	return n;
}

/* A covert act for its gain over the other side, less what being seen
 * costs: the distrust, the tension, and a breach of an agreement in
 * force, at the chance of being seen now (the other side's attention
 * grows with each use of an act, so a cheater varies its acts). */
static double suit_covert(const struct ai *ai, const struct game *g, int a)
{
	const struct scenario *sc = ai->sc;
	double p = game_detect_chance(g, ai->side, a) / 100.0, x;
	struct ai_val v;
	int q;

	val_of(sc, a, ai->side, p, &v);
	x = v.self - v.other + v.reassure + 0.2 * v.relief;
	for (q = 0; q < sc->nproposals; q++)
		if ((sc->action[a].breaches & (1u << q)) && game_in_force(g, q))
			x -= p * MOVE_BREACH_COST *
			     (1 + fabs(sc->proposal[q].value[ai->side]));
	return x;
}

/* What act a's effects on this side's own security and support are
 * still worth now: a stat at its ceiling gains nothing more, so a side
 * whose defences are complete holds with the act that does nothing. */
static double hold_gain(const struct ai *ai, const struct game *g, int a)
{
	const struct effects *fx = &ai->sc->action[a].effects;
	const struct side_state *me = &g->st.side[ai->side];
	double v = 0, room, w;
	int i;

	for (i = 0; i < fx->n; i++) {
		const struct effect *e = &fx->e[i];

		if (e->set || (e->who != WHO_SELF && e->who != WHO_BOTH))
			continue;
		if (e->stat == STAT_SECURITY) {
			room = 100 - me->security;
			w = ai->sc->w.security;
		} else if (e->stat == STAT_SUPPORT) {
			room = 100 - me->support;
			w = ai->sc->w.support;
		} else {
			continue;
		}
		v += (e->value < room ? e->value : room) * w / 100.0;
	}
	/* Of two that gain alike, the one that does less. */
	return v - 0.001 * fx->n;
}

/* How well act a suits intent (higher is better). */
static double suit(const struct ai *ai, const struct game *g, int a,
		   int intent)
{
	const struct ai_val *v = &ai->val[a];

	switch (intent) {
	case INTENT_COOP:
		/* Reassurance counts thrice while the other side's trust,
		 * as reckoned here, is short of what agreement needs. */
		return (ai->mem.their_trust < ai->sc->rules.agreement_trust ?
			3 : 1) * v->reassure + v->relief + v->self +
		       0.3 * v->other - MOVE_RECENT_COST * recent_uses(ai, a);
	case INTENT_HOLD:
		return hold_gain(ai, g, a) + 0.5 * v->relief;
	case INTENT_HOSTILE:
		return v->self - v->other + 0.2 * v->relief -
		       0.01 * v->reassure;
	default:	/* INTENT_COVERT */
		return suit_covert(ai, g, a);
	}
}
/* The open op-none act of kind k and one of the stances in mask (bit
 * per stance) that suits intent best; covert_only for the covert. */
static int pick_best(const struct ai *ai, const struct game *g, int k,
		     unsigned mask, int intent, int covert_only)
{
	const struct scenario *sc = ai->sc;
	double best = 0, x;
	int a, pick = -1;

	for (a = 0; a < sc->nactions; a++) {
		const struct action *ac = &sc->action[a];

		if (ac->kind != k || ac->op != POP_NONE ||
		    !(mask & (1u << ac->stance)) ||
		    !(ac->sides & (1u << ai->side)) ||
		    (covert_only && !ac->covert))
			continue;
		x = suit(ai, g, a, intent);
		if (pick < 0 || x > best + 1e-12) {
			best = x;
			pick = a;
		}
	}
	return pick;
}

#define M_COOP (1u << STANCE_COOP)
#define M_NEUT (1u << STANCE_NEUTRAL)
#define M_HOST (1u << STANCE_HOSTILE)

static int pick_first(const struct ai *ai, const struct game *g, int k,
		      int intent, const unsigned *masks, int covert_only)
{
	int i, a;

	for (i = 0; i < 3; i++) {
		a = pick_best(ai, g, k, masks[i], intent, covert_only);
		if (a >= 0)
			return a;
	}
	return -1;
}

/* A cooperative diplomatic move on the table, or -1. */
static int pick_table(const struct ai *ai, const struct game *g,
		      struct move *out)
{
	int a = pick_op(ai, g, POP_ACCEPT, &out->prop);

	if (a < 0)
		a = pick_op(ai, g, POP_TABLE, &out->prop);
	return a;
}

static int pick_kind(const struct ai *ai, const struct game *g, int k,
		     int intent, struct move *out)
{
	static const unsigned coop[] = { M_COOP, M_NEUT, M_HOST };
	static const unsigned hold[] = { M_NEUT, M_COOP, M_HOST };
	static const unsigned host[] = { M_HOST, M_NEUT, M_COOP };
	int a;

	if (intent == INTENT_COVERT) {
		if (k == KIND_DIPLO && game_kind_count(g, ai->side,
						       KIND_CYBER) > 0)
			intent = INTENT_COOP;
		else if ((a = pick_best(ai, g, k, M_HOST, intent, 1)) >= 0)
			return a;
		else	/* nothing covert: plain hostility */
			intent = INTENT_HOSTILE;
	}
	if (k == KIND_DIPLO && intent == INTENT_COOP &&
	    (a = pick_table(ai, g, out)) >= 0)
		return a;
	return pick_first(ai, g, k, intent, intent == INTENT_COOP ? coop :
			  intent == INTENT_HOLD ? hold : host, 0);
}

/* ---- a measured reply ---------------------------------------------------- */

struct cand {
	int a;
	double size;
	int hostile;
};

/* Candidates of kind k for a reply: hostile acts, and the act this
 * side would hold with (a neutral one, else the mildest it has). */
static int reply_cands(const struct ai *ai, const struct game *g, int k,
		       struct cand *c)
{
	static const unsigned hold[] = { M_NEUT, M_COOP, M_NEUT };
	const struct scenario *sc = ai->sc;
	int a, n = 0, neutral = pick_first(ai, g, k, INTENT_HOLD, hold, 0);

	if (neutral >= 0)
		c[n++] = (struct cand){ neutral, 0, 0 };
	for (a = 0; a < sc->nactions; a++) {
		const struct action *ac = &sc->action[a];

		if (ac->kind != k || ac->op != POP_NONE ||
		    ac->stance != STANCE_HOSTILE ||
		    !(ac->sides & (1u << ai->side)))
			continue;
		c[n++] = (struct cand){ a, ai->val[a].size, 1 };
	}
	return n;
}

/* The hostile pair closest in size to what was suffered (the mildest
 * when nothing was measured); fills out->act. */
static void pick_reply(const struct ai *ai, const struct game *g,
		       struct move *out)
{
	struct cand c[KINDS][SC_MAX_ACTIONS + 1];
	struct cand none = { -1, 0, 0 };
	int n[KINDS], i, j, k, bi = -1, bj = -1;
	double want = ai->mem.suffered > 0 ? ai->mem.suffered :
		      ai->mem.suffered_max, best = 0;

	for (k = 0; k < KINDS; k++) {
		n[k] = game_kind_count(g, ai->side, k) ?
		       reply_cands(ai, g, k, c[k]) : 0;
		if (!n[k]) {
			c[k][0] = none;
			n[k] = 1;
		}
	}
	for (i = 0; i < n[0]; i++)
		for (j = 0; j < n[1]; j++) {
			double s = c[0][i].size + c[1][j].size;
			double d = want > 0 ? fabs(s - want) : s;

			if (!c[0][i].hostile && !c[1][j].hostile)
				continue;
			if (bi < 0 || d < best - 1e-12) {
				best = d;
				bi = i;
				bj = j;
			}
		}
	if (bi < 0)
		return;
	out->act[0] = (int16_t)c[0][bi].a;
	out->act[1] = (int16_t)c[1][bj].a;
}

/* The proposal to leave as part of an answer (the strong levels only),
 * or -1: one the other side was seen to breach, still breached; else,
 * when the hostility answered was a covert act under public cooperation
 * — exploitation caught — the
 * agreement in force the other side values most above this side, a
 * sanction that costs the exploiter more than it costs the answerer. */
static int leave_target(const struct ai *ai, const struct game *g,
			uint32_t t)
{
	const struct proposal *pr = ai->sc->proposal;
	int p, best = -1, me = ai->side, o = side_other(me);
	double gap = 0;

	for (p = 0; p < ai->sc->nproposals; p++)
		if ((t & (1u << p)) && g->st.prop[p] == PS_BREACHED &&
		    (ai->mem.breached_by_other & (1u << p)))
			return p;
	if (!ai->mem.covert_seen)
		return -1;
	for (p = 0; p < ai->sc->nproposals; p++)
		if ((t & (1u << p)) && g->st.prop[p] == PS_SIGNED &&
		    pr[p].value[o] - pr[p].value[me] > gap + 1e-9) {
			gap = pr[p].value[o] - pr[p].value[me];
			best = p;
		}
	return best;
}

static int pick_leave(const struct ai *ai, const struct game *g,
		      struct move *out)
{
	const struct scenario *sc = ai->sc;
	int a, p;

	if (!ai->p.interests)
		return -1;
	for (a = 0; a < sc->nactions; a++) {
		if (sc->action[a].op != POP_WITHDRAW ||
		    sc->action[a].kind != KIND_DIPLO ||
		    !game_action_open(g, ai->side, a))
			continue;
		p = leave_target(ai, g, game_targets(g, ai->side, a));
		if (p >= 0) {
			out->prop = (int16_t)p;
			return a;
		}
	}
	return -1;
}

void ai_move_for(const struct ai *ai, const struct game *g, int intent,
		 struct move *out)
{
	const char *why;
	int k, leave;

	out->prop = -1;
	for (k = 0; k < KINDS; k++) {
		out->act[k] = -1;
		if (game_kind_count(g, ai->side, k) == 0 ||
		    intent == INTENT_RETALIATE)
			continue;
		out->act[k] = (int16_t)pick_kind(ai, g, k, intent, out);
	}
	if (intent == INTENT_RETALIATE) {
		pick_reply(ai, g, out);
		leave = game_kind_count(g, ai->side, KIND_DIPLO) ?
			pick_leave(ai, g, out) : -1;
		if (leave >= 0)
			out->act[KIND_DIPLO] = (int16_t)leave;
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
