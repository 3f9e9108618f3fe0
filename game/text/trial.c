/* trial.c — the package on trial, in words (see trial.h). */
#include "text/trial.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/xmalloc.h"

int trial_rules(const struct scenario *sc)
{
	return sc->nproposals > 0 && sc->rules.agreement_hold > 1;
}

void trial_series(const struct game *g, int upto, int *held)
{
	struct game c;
	int t;

	held[0] = 0;
	if (upto <= 0)
		return;
	game_init(&c, g->sc, g->seed);
	c.turns = g->turns;		/* the full length or a class's */
	c.lean = 1;			/* only the state is wanted */
	for (t = 1; t <= upto; t++)
		held[t] = (size_t)t <= g->nmoves &&
			  game_play(&c, g->moves[t - 1]) == 0 ?
			  game_package_held(&c) : 0;
	game_release(&c);
}

/* Turns held at the end of turn log->turn (*after) and of the turn
 * before (*before): from r->held when the caller worked them out, else
 * replayed. 0 when log is not one of r->g's kept turns. */
static int trial_counts(const struct render *r, const struct turn_log *log,
			int *before, int *after)
{
	int t = log->turn, *held;

	if (!r->g || t < 1 || t > r->g->st.turn ||
	    game_log(r->g, t) != log)
		return 0;
	if (r->held) {
		*before = r->held[t - 1];
		*after = r->held[t];
		return 1;
	}
	held = xmalloc(((size_t)t + 1) * sizeof *held);
	trial_series(r->g, t, held);
	*before = held[t - 1];
	*after = held[t];
	free(held);
	return 1;
}

void trial_span(const struct render *r, int turns, int more,
		struct strbuf *sb)
{
	const struct rules *ru = &r->sc->rules;
	int months = ru->start_year != 0, n = months ?
		     turns * ru->turn_months : turns;
	struct strbuf unit = STRBUF_INIT;
	char num[16];

	snprintf(num, sizeof num, "%d", n);
	strbuf_adds(&unit, lang_getf(r->L, "trial.unit.%s.%s",
				     months ? "month" : "turn",
				     n == 1 ? "1" : "n"));
	lang_fmt(sb, lang_get(r->L, more ? "trial.more" : "trial.span"),
		 "n", num, "unit", unit.buf, LANG_END);
	strbuf_release(&unit);
}

static const struct gev *trial_end(const struct turn_log *log)
{
	size_t i;

	for (i = 0; i < log->n; i++)
		if (log->ev[i].type == GEV_END)
			return &log->ev[i];
	return NULL;
}

/* An agreement that left force this turn, or NULL. */
static const struct gev *trial_left_force(const struct turn_log *log)
{
	size_t i;

	for (i = 0; i < log->n; i++)
		if (log->ev[i].type == GEV_PROP &&
		    log->ev[i].before == PS_SIGNED &&
		    log->ev[i].after != PS_SIGNED)
			return &log->ev[i];
	return NULL;
}

/* The largest fall of a trust that ends the turn below need, among the
 * changes r's viewer saw (its value at the end into *to); NULL when it
 * saw none of them. */
static const struct gev *trial_fall(const struct render *r,
				    const struct turn_log *log, double need,
				    double *to)
{
	const struct gev *best = NULL, *last[SIDES] = { NULL, NULL };
	size_t i;

	for (i = 0; i < log->n; i++)
		if (log->ev[i].type == GEV_STAT &&
		    log->ev[i].stat == STAT_TRUST && log->ev[i].side >= 0 &&
		    log->ev[i].side < SIDES)
			last[log->ev[i].side] = &log->ev[i];
	for (i = 0; i < log->n; i++) {
		const struct gev *e = &log->ev[i];

		if (e->type != GEV_STAT || e->stat != STAT_TRUST ||
		    e->side < 0 || e->side >= SIDES || !last[e->side] ||
		    last[e->side]->after >= need || !render_sees(r, e) ||
		    e->after >= e->before)
			continue;
		if (!best || e->after - e->before < best->after - best->before)
			best = e;
	}
	if (best)
		*to = last[best->side]->after;
	return best;
}

/* Why a trial broke: an agreement left force, else a trust fell below
 * the agreement's level (whose, and why, when the viewer saw it). */
static void trial_broke(const struct render *r, const struct turn_log *log,
			struct strbuf *sb)
{
	const struct gev *e = trial_left_force(log);
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT, c = STRBUF_INIT;
	double need = r->sc->rules.agreement_trust, to = 0;

	render_num(&b, need);
	if (e) {
		render_status(r, (int)e->after, -1, &a);
		lang_fmt(sb, lang_get(r->L, e->actor >= 0 ?
				      "trial.broke.prop_by" :
				      "trial.broke.prop"),
			 "prop", render_prop(r, e->ref), "status", a.buf,
			 "actor", render_side(r, e->actor), LANG_END);
	} else if ((e = trial_fall(r, log, need, &to))) {
		/* "69.6, below 70", never "70, below 70". */
		render_num_below(&c, to, need);
		render_why(r, e, &a);
		lang_fmt(sb, lang_get(r->L, "trial.broke.trust_side"),
			 "side", render_side(r, e->side),
			 "other", render_side(r, side_other(e->side)),
			 "to", c.buf, "need", b.buf, "why", a.buf, LANG_END);
	} else {
		lang_fmt(sb, lang_get(r->L, "trial.broke.trust"),
			 "need", b.buf, LANG_END);
	}
	strbuf_release(&a);
	strbuf_release(&b);
	strbuf_release(&c);
}

int trial_say(const struct render *r, const struct turn_log *log,
	      struct strbuf *sb)
{
	size_t from = sb->len;
	int kind = trial_say_inline(r, log, sb);

	render_capitalize(sb, from);
	return kind;
}

int trial_say_inline(const struct render *r, const struct turn_log *log,
		     struct strbuf *sb)
{
	const struct gev *end = trial_end(log);
	struct strbuf span = STRBUF_INIT, hold = STRBUF_INIT;
	int before, after, hn = r->sc->rules.agreement_hold, kind, on;

	if (!trial_rules(r->sc) || !trial_counts(r, log, &before, &after))
		return TRIAL_NONE;
	if (end && end->ref == END_AGREEMENT)
		kind = TRIAL_HELD;
	else if (end)
		kind = after > 0 ? TRIAL_CUT : TRIAL_NONE;
	else
		kind = after > 0 ? (before > 0 ? TRIAL_ON : TRIAL_BEGIN) :
		       before > 0 ? TRIAL_BROKE : TRIAL_NONE;
	on = kind == TRIAL_ON || kind == TRIAL_BEGIN;
	trial_span(r, on ? hn - after : kind == TRIAL_HELD ? hn : after, on,
		   &span);
	strbuf_addf(&hold, "%d", kind == TRIAL_CUT && r->sc->rules.start_year ?
		    hn * r->sc->rules.turn_months : hn);
	if (kind == TRIAL_BROKE)
		trial_broke(r, log, sb);
	else if (kind != TRIAL_NONE)
		lang_fmt(sb, lang_get(r->L, on ? "trial.on" :
				      kind == TRIAL_HELD ? "trial.held" :
				      "trial.cut"),
			 "left", span.buf, "span", span.buf, "hold", hold.buf,
			 LANG_END);
	strbuf_release(&span);
	strbuf_release(&hold);
	return kind;
}
