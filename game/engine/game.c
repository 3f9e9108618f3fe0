/* game.c — turn resolution.
 *
 * A turn runs in fixed phases so that simultaneous moves never depend on
 * which side the code looks at first:
 *   1. acts are revealed (covert ones only when detected),
 *   2. proposal operations: withdrawals and rejections, then tablings,
 *      then acceptances,
 *   3. each act's effects, the observer's belief update, breaches,
 *   4. the payoff table,
 *   5. scripted, random and accidental events, with misattribution,
 *   6. agreements in force, tension drift, the per-turn score,
 *   7. the ladder rung and the ending.
 * game/MODEL.md gives the formulas. */
#include "engine/game.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

/* The game's one PCG32 stream id; the seed picks the start in it. */
#define GAME_STREAM 0x64657465ULL	/* "dete" */

static const struct scenario *gsc(const struct game *g)
{
	return g->sc;
}

/* ---- setup ----------------------------------------------------------- */

void game_init(struct game *g, const struct scenario *sc, uint64_t seed)
{
	int s, p;

	memset(g, 0, sizeof *g);
	g->sc = sc;
	g->seed = seed;
	g->turns = sc->rules.turns;
	rng_seed(&g->rng, seed, GAME_STREAM);
	g->st.tension = sc->rules.tension;
	for (s = 0; s < SIDES; s++) {
		g->st.side[s].trust = sc->side[s].trust;
		g->st.side[s].security = sc->side[s].security;
		g->st.side[s].support = sc->side[s].support;
	}
	for (s = 0; s < SIDES; s++) {
		g->kinds[s][KIND_DIPLO] =
			(uint8_t)scenario_kind_count(sc, s, KIND_DIPLO);
		g->kinds[s][KIND_CYBER] =
			(uint8_t)scenario_kind_count(sc, s, KIND_CYBER);
	}
	for (p = 0; p < SC_MAX_PROPOSALS; p++)
		g->st.tabled_by[p] = -1;
	for (p = 0; p < sc->nproposals; p++) {
		g->st.tabled_by[p] = sc->proposal[p].tabled_by;
		g->st.prop[p] = sc->proposal[p].in_force ? PS_SIGNED :
				sc->proposal[p].tabled_by >= 0 ?
				PS_TABLED : PS_NOT_TABLED;
	}
	g->st.rung = scenario_rung_of(sc, g->st.tension);
	g->st.band = (uint8_t)scenario_band_of(sc,
		fmin(g->st.side[0].trust, g->st.side[1].trust));
}

static void log_release(struct turn_log *l)
{
	free(l->ev);
	memset(l, 0, sizeof *l);
}

void game_release(struct game *g)
{
	size_t i;

	for (i = 0; i < g->nlogs; i++)
		log_release(&g->logs[i]);
	free(g->logs);
	free(g->moves);
	log_release(&g->last);
	memset(g, 0, sizeof *g);
}

void game_copy_public(struct game *dst, const struct game *src, int side,
		      double their_trust, uint64_t seed)
{
	const struct side_def *od = &src->sc->side[side_other(side)];
	struct side_state *o, mine;
	int other = side_other(side);

	*dst = *src;
	dst->keep_logs = 0;
	dst->logs = NULL;
	dst->nlogs = dst->caplogs = 0;
	memset(&dst->last, 0, sizeof dst->last);
	dst->moves = NULL;
	dst->nmoves = dst->capmoves = 0;
	/* Its own numbers as it sees them; of the other side's, only
	 * estimates. What the other side did unseen is unknown here. */
	game_view(src, side, side, &mine);
	dst->st.side[side] = mine;
	o = &dst->st.side[other];
	o->trust = their_trust;
	o->security = od->security;
	o->support = od->support;
	memset(dst->st.veil, 0, sizeof dst->st.veil);
	memset(dst->st.used[other], 0, sizeof dst->st.used[other]);
	memset(dst->st.hollow[other], 0, sizeof dst->st.hollow[other]);
	rng_seed(&dst->rng, seed, GAME_STREAM);
}

int game_over(const struct game *g)
{
	return g->st.ending != END_NONE;
}

int game_move_hostile(const struct scenario *sc, const struct move *m)
{
	int k;

	for (k = 0; k < KINDS; k++)
		if (m->act[k] >= 0 &&
		    sc->action[m->act[k]].stance == STANCE_HOSTILE)
			return 1;
	return 0;
}

void game_view(const struct game *g, int viewer, int side,
	       struct side_state *out)
{
	const struct veil *v = &g->st.veil[viewer][side];

	*out = g->st.side[side];
	if (game_over(g))
		return;
	out->security -= v->security;
	out->support -= v->support;
	out->score -= v->score;
}

/* ---- what is legal ------------------------------------------------------ */

static int prop_open_to(const struct game *g, int side, int op, int p)
{
	int st = g->st.prop[p], by = g->st.tabled_by[p];

	switch (op) {
	case POP_TABLE:
		return st == PS_NOT_TABLED || st == PS_WITHDRAWN ||
		       st == PS_BREACHED;
	case POP_ACCEPT:
		/* A commitment is signed only with enough trust in the one
		 * who offers it: costly promises wait for reassurance. */
		return st == PS_TABLED && by == side_other(side) &&
		       g->st.side[side].trust >= gsc(g)->proposal[p].min_trust;
	case POP_REJECT:
		return st == PS_TABLED && by == side_other(side);
	case POP_WITHDRAW:
		return (st == PS_TABLED && by == side) || st == PS_SIGNED ||
		       st == PS_BREACHED;
	}
	return 0;
}

uint32_t game_targets(const struct game *g, int side, int act)
{
	const struct action *a = &gsc(g)->action[act];
	uint32_t mask = 0;
	int p;

	if (a->op == POP_NONE)
		return 0;
	for (p = 0; p < gsc(g)->nproposals; p++)
		if (prop_open_to(g, side, a->op, p))
			mask |= 1u << p;
	return mask;
}

int game_action_open(const struct game *g, int side, int act)
{
	const struct action *a;

	if (act < 0 || act >= gsc(g)->nactions)
		return 0;
	a = &gsc(g)->action[act];
	if (!(a->sides & (1u << side)))
		return 0;
	return a->op == POP_NONE || game_targets(g, side, act) != 0;
}

int game_check_move(const struct game *g, int side, const struct move *m,
		    const char **why)
{
	const struct scenario *sc = gsc(g);
	int k, a, has_prop = 0;

	*why = NULL;
	for (k = 0; k < KINDS; k++) {
		a = m->act[k];
		if (game_kind_count(g, side, k) == 0) {
			if (a != -1) {
				*why = "the scenario has no action of this kind";
				return -1;
			}
			continue;
		}
		if (a < 0 || a >= sc->nactions || sc->action[a].kind != k) {
			*why = "no action of this kind chosen";
			return -1;
		}
		if (!game_action_open(g, side, a)) {
			*why = "action not open to this side now";
			return -1;
		}
		if (sc->action[a].op != POP_NONE) {
			has_prop = 1;
			if (m->prop < 0 || m->prop >= sc->nproposals ||
			    !(game_targets(g, side, a) & (1u << m->prop))) {
				*why = "proposal not open to this operation";
				return -1;
			}
		}
	}
	if (!has_prop && m->prop != -1) {
		*why = "a proposal named with no operation on proposals";
		return -1;
	}
	return 0;
}

void game_default_move(const struct game *g, int side, struct move *m)
{
	const struct scenario *sc = gsc(g);
	int k, a, pick;

	m->prop = -1;
	for (k = 0; k < KINDS; k++) {
		m->act[k] = -1;
		if (game_kind_count(g, side, k) == 0)
			continue;
		pick = -1;
		for (a = 0; a < sc->nactions; a++) {
			const struct action *ac = &sc->action[a];

			if (ac->kind != k || ac->op != POP_NONE ||
			    !(ac->sides & (1u << side)))
				continue;
			if (pick < 0 || (ac->stance != STANCE_HOSTILE &&
			    sc->action[pick].stance == STANCE_HOSTILE))
				pick = a;
			if (ac->stance == STANCE_NEUTRAL)
				break;
		}
		m->act[k] = (int16_t)pick;
	}
}

/* ---- the record of a turn -------------------------------------------- */

static struct gev *ev_add(struct game *g, int type, int side, int actor,
			  int ref, int ref2, unsigned seen)
{
	struct turn_log *l = &g->last;
	struct gev *e;

	if (l->n == l->cap)
		l->ev = xgrow(l->ev, &l->cap, l->n + 1, sizeof *l->ev);
	e = &l->ev[l->n++];
	memset(e, 0, sizeof *e);
	e->type = (uint8_t)type;
	e->side = (int8_t)side;
	e->actor = (int8_t)actor;
	e->ref = (int16_t)ref;
	e->ref2 = (int16_t)ref2;
	e->seen = (uint8_t)seen;
	return e;
}

/* Everything a stat change needs to say why it happened. */
struct why {
	int cause, actor, ref, ref2;
	unsigned seen;		/* sides that know the cause */
};

static double clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static double *stat_ptr(struct game *g, int stat, int side)
{
	switch (stat) {
	case STAT_TRUST: return &g->st.side[side].trust;
	case STAT_SECURITY: return &g->st.side[side].security;
	case STAT_SUPPORT: return &g->st.side[side].support;
	case STAT_SCORE: return &g->st.side[side].score;
	}
	return &g->st.tension;
}

/* A hidden act changed side's stat by d: keep it from the viewers who
 * did not see it (and from the screen both players share). */
static void veil_add(struct game *g, int stat, int side, unsigned seen,
		     double d)
{
	int v;

	if (stat != STAT_SECURITY && stat != STAT_SUPPORT &&
	    stat != STAT_SCORE)
		return;
	for (v = 0; v < VIEWS; v++) {
		struct veil *vl = &g->st.veil[v][side];

		if (v < SIDES && (seen & (1u << v)))
			continue;
		if (stat == STAT_SECURITY)
			vl->security += d;
		else if (stat == STAT_SUPPORT)
			vl->support += d;
		else
			vl->score += d;
	}
}

/* Set a stat to v (clamped to its range) and record the change. */
static void stat_set(struct game *g, int stat, int side, double v,
		     const struct why *w)
{
	const struct rules *r = &gsc(g)->rules;
	double *p = stat_ptr(g, stat, side), before = *p;
	struct gev *e;
	unsigned seen = w->seen;

	if (stat == STAT_TRUST)
		v = clamp(v, r->trust_min, r->trust_max);
	else if (stat != STAT_SCORE)
		v = clamp(v, 0, 100);
	if (v == before)
		return;
	*p = v;
	if (w->cause == CAUSE_ACT_FX && seen != SEEN_BOTH)
		veil_add(g, stat, side, seen, v - before);
	if (g->lean && stat != STAT_TRUST)
		return;
	if (stat == STAT_TENSION) {
		side = -1;
		seen = SEEN_BOTH;	/* everyone feels the temperature */
	}
	e = ev_add(g, GEV_STAT, side, w->actor, w->ref, w->ref2, seen);
	e->stat = (uint8_t)stat;
	e->cause = (uint8_t)w->cause;
	e->before = before;
	e->after = v;
}

double trust_update(double trust, double lr, double lo, double hi)
{
	/* Kydd: trust is P(cooperative type). Bayes in odds form: the
	 * posterior odds are the prior odds times the likelihood ratio. */
	double p = clamp(trust, lo, hi) / 100.0, odds;

	if (lr <= 0)
		return lo;
	odds = p / (1.0 - p) * lr;
	return clamp(100.0 * odds / (1.0 + odds), lo, hi);
}

static void trust_observe(struct game *g, int observer, double lr,
			  const struct why *w)
{
	const struct rules *r = &gsc(g)->rules;
	double t = g->st.side[observer].trust;

	if (lr == 1.0)
		return;
	stat_set(g, STAT_TRUST, observer,
		 trust_update(t, lr, r->trust_min, r->trust_max), w);
}

static void fx_one(struct game *g, const struct effect *e, int side,
		   const struct why *w)
{
	double *p = stat_ptr(g, e->stat, side < 0 ? 0 : side);

	stat_set(g, e->stat, side, e->set ? e->value : *p + e->value, w);
}

/* Apply an effects list; self is the actor (action), the victim (event),
 * or -1 (proposal: only a, b and both are allowed there). */
static void fx_apply(struct game *g, const struct effects *fx, int self,
		     const struct why *w)
{
	int i;

	for (i = 0; i < fx->n; i++) {
		const struct effect *e = &fx->e[i];

		if (e->stat >= STAT_MISATTRIBUTION)
			continue;	/* modifiers: read by game_modifier */
		switch (e->stat == STAT_TENSION ? WHO_NONE : e->who) {
		case WHO_NONE: fx_one(g, e, -1, w); break;
		case WHO_SELF: fx_one(g, e, self, w); break;
		case WHO_OTHER: fx_one(g, e, side_other(self), w); break;
		case WHO_A: fx_one(g, e, SIDE_A, w); break;
		case WHO_B: fx_one(g, e, SIDE_B, w); break;
		case WHO_BOTH:
			fx_one(g, e, SIDE_A, w);
			fx_one(g, e, SIDE_B, w);
			break;
		}
	}
}

/* ---- queries ------------------------------------------------------------ */

int game_in_force(const struct game *g, int prop)
{
	return g->st.prop[prop] == PS_SIGNED;
}

int game_signed_count(const struct game *g)
{
	int p, n = 0;

	for (p = 0; p < gsc(g)->nproposals; p++)
		n += game_in_force(g, p);
	return n;
}

double game_modifier(const struct game *g, int stat)
{
	const struct scenario *sc = gsc(g);
	double sum = 0;
	int p, i;

	for (p = 0; p < sc->nproposals; p++) {
		if (!game_in_force(g, p))
			continue;
		for (i = 0; i < sc->proposal[p].effects.n; i++)
			if (sc->proposal[p].effects.e[i].stat == stat)
				sum += sc->proposal[p].effects.e[i].value;
	}
	return sum;
}

double game_detect_chance(const struct game *g, int side, int act)
{
	const struct action *a = &gsc(g)->action[act];
	double attention = gsc(g)->rules.attention * g->st.used[side][act];

	if (!a->covert)
		return 100;
	return clamp(a->detect + game_modifier(g, STAT_DETECTION) + attention,
		     0, 100);
}

/* ---- phases ------------------------------------------------------------ */

/* What phase 1 learnt, for the later phases. */
struct turn_ctx {
	const struct move *mv;
	uint8_t seen[SIDES][KINDS];	/* the other side saw this act */
	uint8_t signed_now[SIDES];	/* side's acceptance succeeded */
};

static void phase_reveal(struct game *g, struct turn_ctx *c)
{
	int s, k, a;

	for (s = 0; s < SIDES; s++) {
		for (k = 0; k < KINDS; k++) {
			const struct action *ac;
			int seen;

			a = c->mv[s].act[k];
			if (a < 0)
				continue;
			ac = &gsc(g)->action[a];
			seen = !ac->covert ||
			       rng_chance(&g->rng,
					  game_detect_chance(g, s, a));
			c->seen[s][k] = (uint8_t)seen;
			if (ac->covert && g->st.used[s][a] < UINT8_MAX)
				g->st.used[s][a]++;
			ev_add(g, GEV_ACT, s, s, a,
			       ac->op != POP_NONE ? c->mv[s].prop : -1,
			       (1u << s) | (seen ? 1u << side_other(s) : 0));
			if (ac->covert && seen)
				ev_add(g, GEV_DETECT, s, side_other(s), a, -1, SEEN_BOTH);
		}
	}
}

static void prop_set(struct game *g, int p, int status, int by, int actor)
{
	struct gev *e;

	if (g->st.prop[p] == status && g->st.tabled_by[p] == by)
		return;
	e = ev_add(g, GEV_PROP, actor, actor, p, -1, SEEN_BOTH);
	e->before = g->st.prop[p];
	e->after = status;
	g->st.prop[p] = (uint8_t)status;
	g->st.tabled_by[p] = (int8_t)by;
}

/* The diplomatic op side plays this turn, or POP_NONE. */
static int op_of(const struct game *g, const struct move *m)
{
	int a = m->act[KIND_DIPLO];

	return a < 0 ? POP_NONE : gsc(g)->action[a].op;
}

static void sign(struct game *g, int p, int signer)
{
	struct why w = { CAUSE_SIGN, signer, p, -1, SEEN_BOTH };

	prop_set(g, p, PS_SIGNED, g->st.tabled_by[p], signer);
	trust_observe(g, side_other(signer), gsc(g)->proposal[p].signal, &w);
}

/* Could side sign p now, were the other side its proposer? */
static int may_sign(const struct game *g, int side, int p)
{
	return g->st.side[side].trust >= gsc(g)->proposal[p].min_trust;
}

/* Both sides table the same proposal in one turn: each has offered
 * what the other offers, so each side that could sign it signs it. Who
 * sits in which seat changes nothing: with both able it is signed
 * jointly (tabled by neither, each side's trust takes the other's
 * signature); with one able, that one signs the other's offer; with
 * neither, it stays as it was and both tablings come to nothing. */
static void table_both(struct game *g, struct turn_ctx *c, int p)
{
	int ok[SIDES], s;

	for (s = 0; s < SIDES; s++)
		ok[s] = may_sign(g, s, p);
	if (ok[SIDE_A] && ok[SIDE_B]) {
		prop_set(g, p, PS_SIGNED, -1, -1);
		for (s = 0; s < SIDES; s++) {
			struct why w = { CAUSE_SIGN, s, p, -1, SEEN_BOTH };

			trust_observe(g, side_other(s),
				      gsc(g)->proposal[p].signal, &w);
			c->signed_now[s] = 1;
		}
		return;
	}
	for (s = 0; s < SIDES; s++) {
		if (!ok[s])
			continue;
		prop_set(g, p, PS_TABLED, side_other(s), side_other(s));
		sign(g, p, s);
		c->signed_now[s] = 1;
		return;
	}
	for (s = 0; s < SIDES; s++)
		ev_add(g, GEV_PROP_FAIL, s, s, p, g->st.prop[p], SEEN_BOTH);
}

static void phase_proposals(struct game *g, struct turn_ctx *c)
{
	const struct move *mv = c->mv;
	int s, p;

	/* Withdrawals and rejections first: an offer taken back this turn
	 * cannot be accepted this turn. */
	for (s = 0; s < SIDES; s++) {
		p = mv[s].prop;
		if (op_of(g, &mv[s]) == POP_WITHDRAW)
			prop_set(g, p, PS_WITHDRAWN, -1, s);
		else if (op_of(g, &mv[s]) == POP_REJECT)
			prop_set(g, p, PS_NOT_TABLED, -1, s);
	}
	/* Both sides tabling the same text at once is agreement. */
	if (op_of(g, &mv[0]) == POP_TABLE && op_of(g, &mv[1]) == POP_TABLE &&
	    mv[0].prop == mv[1].prop) {
		table_both(g, c, mv[0].prop);
	} else {
		for (s = 0; s < SIDES; s++)
			if (op_of(g, &mv[s]) == POP_TABLE)
				prop_set(g, mv[s].prop, PS_TABLED, s, s);
	}
	for (s = 0; s < SIDES; s++) {
		if (op_of(g, &mv[s]) != POP_ACCEPT)
			continue;
		p = mv[s].prop;
		if (g->st.prop[p] == PS_TABLED &&
		    g->st.tabled_by[p] == side_other(s)) {
			sign(g, p, s);
			c->signed_now[s] = 1;
		} else {
			ev_add(g, GEV_PROP_FAIL, s, s, p, g->st.prop[p], SEEN_BOTH);
		}
	}
}

static void breach(struct game *g, int actor, int act, int p, int seen)
{
	const struct rules *r = &gsc(g)->rules;
	int victim = side_other(actor);
	struct why w = { CAUSE_BREACH, actor, p, act, SEEN_BOTH };

	if (!seen) {
		/* Hidden: the deal still looks intact to the victim, who
		 * goes on counting on it; the final reckoning and the
		 * debrief show what it was really worth. */
		ev_add(g, GEV_BREACH, actor, actor, p, act, 1u << actor);
		if (g->st.hollow[actor][p] < INT16_MAX)
			g->st.hollow[actor][p]++;
		return;
	}
	ev_add(g, GEV_BREACH, actor, actor, p, act, SEEN_BOTH);
	prop_set(g, p, PS_BREACHED, g->st.tabled_by[p], actor);
	trust_observe(g, victim, r->breach_lr, &w);
	if (rng_chance(&g->rng, r->withdraw))
		prop_set(g, p, PS_WITHDRAWN, -1, victim);
}

static void act_resolve(struct game *g, struct turn_ctx *c, int s, int k)
{
	const struct scenario *sc = gsc(g);
	int a = c->mv[s].act[k], other = side_other(s), p;
	const struct action *ac = &sc->action[a];
	int prop = ac->op != POP_NONE ? c->mv[s].prop : -1;
	unsigned know = (1u << s) | (c->seen[s][k] ? 1u << other : 0);
	struct why fx = { CAUSE_ACT_FX, s, a, prop, know };
	struct why obs = { CAUSE_ACT, s, a, prop, SEEN_BOTH };

	fx_apply(g, &ac->effects, s, &fx);
	if (!c->seen[s][k])
		return;
	/* A successful signature (an acceptance, or a tabling that met
	 * the other's) already told its costly-signal story. */
	if (!((ac->op == POP_ACCEPT || ac->op == POP_TABLE) &&
	      c->signed_now[s]))
		trust_observe(g, other, ac->lr, &obs);
	fx_apply(g, &ac->seen, s, &obs);
	for (p = 0; p < sc->nproposals; p++)
		if ((ac->breaches & (1u << p)) && game_in_force(g, p))
			breach(g, s, a, p, 1);
}

static void act_hidden_breaches(struct game *g, struct turn_ctx *c, int s,
				int k)
{
	const struct scenario *sc = gsc(g);
	int a = c->mv[s].act[k], p;

	if (c->seen[s][k])
		return;
	for (p = 0; p < sc->nproposals; p++)
		if ((sc->action[a].breaches & (1u << p)) && game_in_force(g, p))
			breach(g, s, a, p, 0);
}

static void phase_acts(struct game *g, struct turn_ctx *c)
{
	int s, k;

	for (s = 0; s < SIDES; s++)
		for (k = 0; k < KINDS; k++)
			if (c->mv[s].act[k] >= 0) {
				act_hidden_breaches(g, c, s, k);
				act_resolve(g, c, s, k);
			}
}

static void phase_payoff(struct game *g, const struct move *mv)
{
	const struct scenario *sc = gsc(g);
	int a = mv[0].act[sc->payoff_kind], b = mv[1].act[sc->payoff_kind];
	int s;
	const double *pay;

	if (!sc->payoff || a < 0 || b < 0)
		return;
	pay = &sc->payoff[((size_t)a * (size_t)sc->nactions + (size_t)b) * 2];
	for (s = 0; s < SIDES; s++) {
		struct why w = { CAUSE_PAYOFF, -1, a, b, SEEN_BOTH };

		stat_set(g, STAT_SCORE, s, g->st.side[s].score + pay[s], &w);
	}
}

static void event_hit(struct game *g, int ev, int victim)
{
	const struct event *e = &gsc(g)->event[ev];
	struct why fx = { CAUSE_EVENT, -1, ev, -1, SEEN_BOTH };
	size_t rec = g->last.n;	/* an index: the log may move as it grows */
	int other;

	ev_add(g, GEV_EVENT, victim, -1, ev, -1, SEEN_BOTH);
	fx_apply(g, &e->effects, victim < 0 ? SIDE_A : victim, &fx);
	if (victim < 0 || e->ambiguity <= 0)
		return;
	/* Misattribution: the victim may pin a third party's act on the
	 * other side; agreements in force make that less likely. */
	other = side_other(victim);
	if (rng_chance(&g->rng, e->ambiguity +
		       game_modifier(g, STAT_MISATTRIBUTION))) {
		struct why w = { CAUSE_BLAME, other, ev, -1, SEEN_BOTH };

		g->last.ev[rec].ref2 = (int16_t)other;
		trust_observe(g, victim, e->lr, &w);
		fx_apply(g, &e->blamed, victim, &w);
	}
}

static void event_fire(struct game *g, int ev)
{
	switch (gsc(g)->event[ev].victim) {
	case VIC_A: event_hit(g, ev, SIDE_A); break;
	case VIC_B: event_hit(g, ev, SIDE_B); break;
	case VIC_ANY: event_hit(g, ev, (int)rng_below(&g->rng, 2)); break;
	case VIC_BOTH:
		event_hit(g, ev, SIDE_A);
		event_hit(g, ev, SIDE_B);
		break;
	default: event_hit(g, ev, -1); break;
	}
}

static void phase_events(struct game *g, int turn)
{
	const struct scenario *sc = gsc(g);
	int i, nacc = 0, acc[SC_MAX_EVENTS];
	double chance;

	for (i = 0; i < sc->nevents; i++) {
		const struct event *e = &sc->event[i];

		if (e->kind == EVK_SCRIPTED && e->turn == turn)
			event_fire(g, i);
		else if (e->kind == EVK_RANDOM && g->st.rung >= e->min_rung &&
			 rng_chance(&g->rng, e->chance))
			event_fire(g, i);
		else if (e->kind == EVK_ACCIDENT)
			acc[nacc++] = i;
	}
	if (!nacc || !sc->nrungs)
		return;
	/* Schelling's threat that leaves something to chance: the higher
	 * the rung, the likelier an incident nobody chose. */
	chance = sc->rung[g->st.rung].accident +
		 game_modifier(g, STAT_ACCIDENT);
	if (rng_chance(&g->rng, chance))
		event_fire(g, acc[rng_below(&g->rng, (uint32_t)nacc)]);
}

/* The weighted part of a turn's score: security, support, tension. */
static double weighted(const struct weights *w, double security,
		       double support, double tension)
{
	return (w->security * security + w->support * support -
		w->tension * tension) / 100.0;
}

/* Hidden damage keeps costing each turn: what the weighted score lost to
 * numbers a viewer has not seen is itself hidden from that viewer. */
static void veil_upkeep(struct game *g)
{
	const struct weights *w = &gsc(g)->w;
	int v, s;

	for (v = 0; v < VIEWS; v++)
		for (s = 0; s < SIDES; s++) {
			struct veil *vl = &g->st.veil[v][s];

			vl->score += weighted(w, vl->security, vl->support, 0);
		}
}

static void phase_upkeep(struct game *g)
{
	const struct scenario *sc = gsc(g);
	const struct weights *w = &sc->w;
	int p, s;

	veil_upkeep(g);
	for (p = 0; p < sc->nproposals; p++) {
		struct why why = { CAUSE_TREATY, -1, p, -1, SEEN_BOTH };

		if (!game_in_force(g, p))
			continue;
		if (g->st.in_force[p] < INT16_MAX)
			g->st.in_force[p]++;
		fx_apply(g, &sc->proposal[p].effects, -1, &why);
		for (s = 0; s < SIDES; s++)
			if (sc->proposal[p].value[s] != 0)
				stat_set(g, STAT_SCORE, s,
					 g->st.side[s].score +
					 sc->proposal[p].value[s], &why);
	}
	if (sc->rules.drift != 0) {
		struct why why = { CAUSE_DRIFT, -1, -1, -1, SEEN_BOTH };

		stat_set(g, STAT_TENSION, -1,
			 g->st.tension + sc->rules.drift, &why);
	}
	for (s = 0; s < SIDES; s++) {
		const struct side_state *ss = &g->st.side[s];
		const struct veil *vl = &g->st.veil[s][s];
		struct why why = { CAUSE_WEIGHTS, -1, -1, -1, 1u << s };
		struct why hid = { CAUSE_HIDDEN, side_other(s), -1, -1,
				   1u << side_other(s) };
		double d = weighted(w, ss->security, ss->support,
				    g->st.tension);
		/* Two records, so that what the side is told adds up to
		 * what its screen shows: the part it can know, and the
		 * part the other side's unseen acts made (veil_upkeep has
		 * already kept that from its picture). */
		double mine = d - weighted(w, vl->security, vl->support, 0);

		if (mine != 0)
			stat_set(g, STAT_SCORE, s, ss->score + mine, &why);
		if (d != mine)
			stat_set(g, STAT_SCORE, s, ss->score + d - mine, &hid);
	}
}

/* Are the proposals a comprehensive agreement requires in force? */
static int required_in_force(const struct game *g)
{
	int p;

	for (p = 0; p < gsc(g)->nproposals; p++)
		if (gsc(g)->proposal[p].required && !game_in_force(g, p))
			return 0;
	return 1;
}

static int ending_of(struct game *g, int turn)
{
	const struct scenario *sc = gsc(g);
	const struct rules *r = &sc->rules;
	double lo = fmin(g->st.side[0].trust, g->st.side[1].trust);
	int need = r->agreement_signed ? r->agreement_signed : sc->nproposals;

	g->st.low_turns = lo <= r->collapse_trust ? g->st.low_turns + 1 : 0;
	if (sc->nrungs > 1 && g->st.rung == sc->nrungs - 1)
		return END_CONFLICT;
	g->st.held_turns = sc->nproposals > 0 &&
			   game_signed_count(g) >= need &&
			   lo >= r->agreement_trust && required_in_force(g) ?
			   g->st.held_turns + 1 : 0;
	if (g->st.held_turns > 0 && g->st.held_turns >= r->agreement_hold)
		return END_AGREEMENT;
	if (r->collapse_turns > 0 && g->st.low_turns >= r->collapse_turns)
		return END_COLLAPSE;
	if (turn >= g->turns)
		return END_LIMIT;
	return END_NONE;
}

/* The share of p's value side still gets: a pledge the other side
 * secretly broke in k of the n turns it was in force is worth, to side,
 * 1 - betrayal * k / n of a kept one (never below nothing). */
static double kept_share(const struct game *g, int side, int p)
{
	int n = g->st.in_force[p], k = g->st.hollow[side_other(side)][p];
	double share;

	if (n <= 0 || k <= 0)
		return 1;
	share = 1 - gsc(g)->rules.betrayal * k / n;
	return share < 0 ? 0 : share;
}

double game_turn_value(const struct game *g, int side)
{
	const struct scenario *sc = gsc(g);
	const struct side_state *ss = &g->st.side[side];
	double v = weighted(&sc->w, ss->security, ss->support, g->st.tension);
	int p;

	for (p = 0; p < sc->nproposals; p++)
		if (game_in_force(g, p))
			v += sc->proposal[p].value[side] *
			     kept_share(g, side, p);
	return v;
}

/* The final reckoning of hollow pledges: each turn an agreement was in
 * force while the other side secretly broke it, side counted on a value
 * it did not get; betrayal says how much of it is taken back. */
static void settle_betrayals(struct game *g)
{
	const struct scenario *sc = gsc(g);
	int s, p;

	for (s = 0; s < SIDES; s++)
		for (p = 0; p < sc->nproposals; p++) {
			int o = side_other(s), k = g->st.hollow[o][p];
			double loss = sc->rules.betrayal * k *
				      sc->proposal[p].value[s];
			struct why w = { CAUSE_BETRAYAL, o, p, k, SEEN_BOTH };

			if (k > 0 && loss > 0)
				stat_set(g, STAT_SCORE, s,
					 g->st.side[s].score - loss, &w);
		}
}

/* Scores cover the whole period: when the game ends early — or a class
 * plays only its first class_turns — each side's remaining turns count
 * at the value the final state would have had a turn, so a short
 * agreement and a long stalemate compare fairly, and so do a lesson's
 * game and a full one. */
static void settle_rest(struct game *g)
{
	int left = gsc(g)->rules.turns - g->st.turn, s;

	if (left <= 0)
		return;
	for (s = 0; s < SIDES; s++) {
		struct why w = { CAUSE_REST, -1, left, -1, SEEN_BOTH };

		stat_set(g, STAT_SCORE, s, g->st.side[s].score +
			 left * game_turn_value(g, s), &w);
	}
}

/* The end: hollow pledges are settled, the rest of the period is
 * counted, and the ending's own weight, where the scenario gives one,
 * is added to both scores. */
static void phase_end(struct game *g)
{
	double bonus = gsc(g)->w.ending[g->st.ending];
	int s;

	settle_betrayals(g);
	settle_rest(g);
	for (s = 0; s < SIDES && bonus != 0; s++) {
		struct why w = { CAUSE_ENDING, -1, g->st.ending, -1, SEEN_BOTH };

		stat_set(g, STAT_SCORE, s, g->st.side[s].score + bonus, &w);
	}
	ev_add(g, GEV_END, -1, -1, g->st.ending, g->st.band, SEEN_BOTH);
}

static void phase_close(struct game *g, int turn)
{
	const struct scenario *sc = gsc(g);
	int rung = scenario_rung_of(sc, g->st.tension);
	struct gev *e;

	if (rung != g->st.rung) {
		e = ev_add(g, GEV_RUNG, -1, -1, rung, g->st.rung, SEEN_BOTH);
		e->before = g->st.rung;
		e->after = rung;
		g->st.rung = rung;
	}
	g->st.turn = turn;
	g->st.band = (uint8_t)scenario_band_of(sc,
		fmin(g->st.side[0].trust, g->st.side[1].trust));
	g->st.ending = (uint8_t)ending_of(g, turn);
	if (g->st.ending != END_NONE)
		phase_end(g);
}

static void keep_log(struct game *g)
{
	struct turn_log *l;

	g->logs = xgrow(g->logs, &g->caplogs, g->nlogs + 1, sizeof *g->logs);
	l = &g->logs[g->nlogs++];
	*l = g->last;
	l->cap = l->n;
	l->ev = xmalloc((l->n ? l->n : 1) * sizeof *l->ev);
	memcpy(l->ev, g->last.ev, l->n * sizeof *l->ev);
}

int game_play(struct game *g, const struct move mv[SIDES])
{
	struct turn_ctx c;
	const char *why;
	int s, turn = g->st.turn + 1;

	if (game_over(g))
		return -1;
	for (s = 0; s < SIDES; s++)
		if (game_check_move(g, s, &mv[s], &why) < 0)
			return -1;
	memset(&c, 0, sizeof c);
	c.mv = mv;
	g->last.n = 0;
	g->last.turn = turn;
	g->last.mv[0] = mv[0];
	g->last.mv[1] = mv[1];
	g->moves = xgrow(g->moves, &g->capmoves, g->nmoves + 1,
			 sizeof *g->moves);
	g->moves[g->nmoves][0] = mv[0];
	g->moves[g->nmoves][1] = mv[1];
	g->nmoves++;

	phase_reveal(g, &c);
	phase_proposals(g, &c);
	phase_acts(g, &c);
	phase_payoff(g, mv);
	phase_events(g, turn);
	phase_upkeep(g);
	phase_close(g, turn);
	if (g->keep_logs)
		keep_log(g);
	return 0;
}

const struct turn_log *game_log(const struct game *g, int turn)
{
	if (!g->keep_logs || turn < 1 || (size_t)turn > g->nlogs)
		return NULL;
	return &g->logs[turn - 1];
}
