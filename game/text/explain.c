/* explain.c — the consequences of a choice, before it is made. */
#include "text/explain.h"

#include <string.h>

static const char *xget(const struct render *r, const char *key)
{
	return lang_get(r->L, key);
}

static void ex_add(struct rlines *out, int tone, struct strbuf *sb)
{
	if (sb->len)
		rlines_add(out, RL_NOTE, tone, sb->buf);
	strbuf_reset(sb);
}

/* "their trust in you −9 (about 47 → 38)" for an observed act of lr. */
static void ex_trust(const struct render *r, const struct game *g,
		     double lr, double their, struct strbuf *sb)
{
	const struct rules *ru = &g->sc->rules;
	double after = trust_update(their, lr, ru->trust_min, ru->trust_max);
	struct strbuf d = STRBUF_INIT, from = STRBUF_INIT, to = STRBUF_INIT;

	render_delta(r, &d, after - their);
	render_num(&from, their);
	render_num(&to, after);
	lang_fmt(sb, xget(r, "ex.trust_change"), "delta", d.buf,
		 "from", from.buf, "to", to.buf, LANG_END);
	strbuf_release(&d);
	strbuf_release(&from);
	strbuf_release(&to);
}

/* What the other side's seeing it does: trust and if_seen effects. */
static void ex_seen(const struct render *r, const struct game *g,
		    const struct action *a, double their, struct strbuf *sb)
{
	struct strbuf what = STRBUF_INIT;

	/* A signature tells its own costly-signal story (see ex_op); the
	 * engine then skips the act's own ratio. */
	if (a->lr != 1.0 && a->op != POP_ACCEPT)
		ex_trust(r, g, a->lr, their, &what);
	if (a->seen.n) {
		if (what.len)
			strbuf_adds(&what, ", ");
		render_effects(r, &a->seen, r->viewer, &what);
	}
	if (what.len)
		lang_fmt(sb, xget(r, a->covert ? "ex.if_detected" :
				  "ex.if_seen"), "list", what.buf, LANG_END);
	strbuf_release(&what);
}

static void ex_breaches(const struct render *r, const struct game *g,
			const struct action *a, struct rlines *out)
{
	struct strbuf sb = STRBUF_INIT, w = STRBUF_INIT;
	int p;

	render_num(&w, g->sc->rules.withdraw);
	for (p = 0; p < g->sc->nproposals; p++) {
		if (!(a->breaches & (1u << p)))
			continue;
		lang_fmt(&sb, xget(r, game_in_force(g, p) ? "ex.breach" :
				   "ex.breach_off"),
			 "prop", render_prop(r, p), "chance", w.buf, LANG_END);
		ex_add(out, game_in_force(g, p) ? TONE_BAD : TONE_NEUTRAL,
		       &sb);
	}
	strbuf_release(&sb);
	strbuf_release(&w);
}

/* What a diplomatic operation does to its proposal. */
static void ex_op(const struct render *r, const struct game *g, int side,
		  const struct action *a, int prop, double their,
		  struct rlines *out)
{
	static const char *const key[] = {
		NULL, "ex.op.table", "ex.op.accept", "ex.op.reject",
		"ex.op.withdraw"
	};
	struct strbuf sb = STRBUF_INIT, tr = STRBUF_INIT;
	const char *other = render_side(r, side_other(side));

	if (a->op == POP_NONE || a->op > POP_WITHDRAW)
		return;
	if (prop < 0) {
		strbuf_adds(&sb, xget(r, "ex.op.pick"));
		ex_add(out, TONE_NEUTRAL, &sb);
		strbuf_release(&sb);
		return;
	}
	if (a->op == POP_ACCEPT)
		ex_trust(r, g, g->sc->proposal[prop].signal, their, &tr);
	lang_fmt(&sb, xget(r, key[a->op]), "prop", render_prop(r, prop),
		 "other", other, "trust", tr.buf, LANG_END);
	ex_add(out, a->op == POP_ACCEPT ? TONE_GOOD : TONE_NEUTRAL, &sb);
	if (a->op == POP_TABLE || a->op == POP_ACCEPT)
		explain_proposal(r, g, side, prop, out);
	strbuf_release(&sb);
	strbuf_release(&tr);
}

void explain_action(const struct render *r, const struct game *g, int side,
		    int act, int prop, double their_trust,
		    struct rlines *out)
{
	const struct action *a = &g->sc->action[act];
	const char *desc = scenario_text(g->sc, &a->desc, r->lang);
	const char *other = render_side(r, side_other(side));
	struct strbuf sb = STRBUF_INIT, n = STRBUF_INIT;
	size_t at;

	if (*desc)
		rlines_add(out, RL_NOTE, TONE_NEUTRAL, desc);
	strbuf_adds(&sb, lang_getf(r->L, "ex.stance.%d", a->stance));
	strbuf_adds(&sb, " ");
	at = sb.len;
	if (a->covert) {
		render_num(&n, game_detect_chance(g, side, act));
		lang_fmt(&sb, xget(r, "ex.covert"), "chance", n.buf,
			 "other", other, LANG_END);
	} else {
		/* Doing nothing looks like an unseen secret act. */
		lang_fmt(&sb, xget(r, render_act_quiet(g->sc, act) ?
				   "ex.quiet" : "ex.overt"), "other", other,
			 LANG_END);
	}
	render_capitalize(&sb, at);
	ex_add(out, a->stance == STANCE_HOSTILE ? TONE_BAD :
	       a->stance == STANCE_COOP ? TONE_GOOD : TONE_NEUTRAL, &sb);
	if (a->effects.n) {
		struct strbuf list = STRBUF_INIT;

		render_effects(r, &a->effects, side, &list);
		lang_fmt(&sb, xget(r, "ex.always"), "list", list.buf, LANG_END);
		ex_add(out, TONE_NEUTRAL, &sb);
		strbuf_release(&list);
	}
	ex_seen(r, g, a, their_trust, &sb);
	ex_add(out, a->lr < 1 ? TONE_BAD : TONE_NEUTRAL, &sb);
	ex_breaches(r, g, a, out);
	ex_op(r, g, side, a, prop, their_trust, out);
	strbuf_release(&sb);
	strbuf_release(&n);
}

/* The trust a side needs before it can sign, when the proposal asks for
 * any: the reason a tabled offer may not be open to signing yet. */
static void ex_min_trust(const struct render *r, const struct game *g,
			 int side, int prop, struct rlines *out)
{
	const struct proposal *p = &g->sc->proposal[prop];
	double now = g->st.side[side].trust;
	struct strbuf sb = STRBUF_INIT, need = STRBUF_INIT, have = STRBUF_INIT;

	if (p->min_trust <= 0)
		return;
	render_num(&need, p->min_trust);
	render_num_below(&have, now, p->min_trust);
	if (g->st.tabled_by[prop] == side_other(side)) {
		/* Their offer: this side is the one who would sign. */
		lang_fmt(&sb, xget(r, "ex.min_trust"), "need", need.buf,
			 "now", have.buf, "other",
			 render_side(r, side_other(side)), LANG_END);
		ex_add(out, now >= p->min_trust ? TONE_GOOD : TONE_BAD, &sb);
	} else {
		lang_fmt(&sb, xget(r, "ex.min_trust_them"), "need", need.buf,
			 "other", render_side(r, side_other(side)), LANG_END);
		ex_add(out, TONE_NEUTRAL, &sb);
	}
	strbuf_release(&sb);
	strbuf_release(&need);
	strbuf_release(&have);
}

void explain_proposal(const struct render *r, const struct game *g,
		      int side, int prop, struct rlines *out)
{
	const struct proposal *p = &g->sc->proposal[prop];
	const char *sum = scenario_text(g->sc, &p->summary, r->lang);
	struct strbuf sb = STRBUF_INIT, list = STRBUF_INIT;
	struct strbuf mine = STRBUF_INIT, theirs = STRBUF_INIT;

	render_effects(r, &p->effects, -1, &list);
	if (list.len) {
		lang_fmt(&sb, xget(r, "ex.in_force"), "list", list.buf, LANG_END);
		ex_add(out, TONE_GOOD, &sb);
	}
	if (p->value[0] != 0 || p->value[1] != 0) {
		render_delta(r, &mine, p->value[side]);
		render_delta(r, &theirs, p->value[side_other(side)]);
		lang_fmt(&sb, xget(r, "ex.value"), "mine", mine.buf,
			 "theirs", theirs.buf, LANG_END);
		ex_add(out, TONE_NEUTRAL, &sb);
	}
	ex_min_trust(r, g, side, prop, out);
	if (*sum)
		rlines_add(out, RL_NOTE, TONE_NEUTRAL, sum);
	strbuf_release(&sb);
	strbuf_release(&list);
	strbuf_release(&mine);
	strbuf_release(&theirs);
}
