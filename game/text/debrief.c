/* debrief.c — what the game taught, from what happened in it. */
#include "text/debrief.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/trial.h"
#include "util/xmalloc.h"

static const char *dget(const struct render *r, const char *key)
{
	return lang_get(r->L, key);
}

static void d_add(struct rlines *out, int kind, int tone, int turn,
		  struct strbuf *sb)
{
	rlines_add(out, kind, tone, sb->buf)->turn = turn;
	strbuf_reset(sb);
}

/* The final reckoning: the rest of the period counted, and each pledge
 * the other side broke unseen, with what it cost (the last turn's
 * score records of those causes). */
static void d_reckoning(const struct render *r, const struct game *g,
			struct rlines *out)
{
	const struct turn_log *l = game_log(g, g->st.turn);
	struct strbuf sb = STRBUF_INIT;
	size_t k;

	for (k = 0; l && k < l->n; k++) {
		const struct gev *e = &l->ev[k];

		if (e->type != GEV_STAT || e->stat != STAT_SCORE ||
		    (e->cause != CAUSE_REST && e->cause != CAUSE_BETRAYAL))
			continue;
		render_score_gev(r, e, &sb);
		d_add(out, RL_NOTE, e->after >= e->before ? TONE_GOOD :
		      TONE_BAD, g->st.turn, &sb);
	}
	strbuf_release(&sb);
}

void debrief_outcome(const struct render *r, const struct game *g,
		     struct rlines *out)
{
	const struct scenario *sc = g->sc;
	struct strbuf sb = STRBUF_INIT, t = STRBUF_INIT;
	int e = g->st.ending, b = g->st.band;
	const char *txt;

	strbuf_addf(&t, "%d", g->st.turn);
	lang_fmt(&sb, dget(r, "debrief.ending"),
		 "ending", render_ending(r, e), "turn", t.buf, LANG_END);
	d_add(out, RL_HEAD, e == END_AGREEMENT ? TONE_GOOD :
	      e == END_LIMIT ? TONE_NEUTRAL : TONE_BAD, g->st.turn, &sb);
	txt = e > END_NONE && e < END_N ?
	      scenario_text(sc, &sc->ending_text[e], r->lang) : "";
	if (!*txt)
		txt = lang_getf(r->L, "ending.%d.text", e);
	rlines_add(out, RL_NOTE, TONE_NEUTRAL, txt);
	lang_fmt(&sb, dget(r, "debrief.band"), "band", render_band(r, b),
		 LANG_END);
	d_add(out, RL_NOTE, TONE_NEUTRAL, g->st.turn, &sb);
	if (b < sc->nbands && *scenario_text(sc, &sc->band[b].desc, r->lang))
		rlines_add(out, RL_NOTE, TONE_NEUTRAL,
			   scenario_text(sc, &sc->band[b].desc, r->lang));
	d_reckoning(r, g, out);
	strbuf_release(&sb);
	strbuf_release(&t);
}

/* ---- hidden acts -------------------------------------------------------- */

static int d_hidden_kind(const struct gev *e)
{
	if ((e->seen & SEEN_BOTH) == SEEN_BOTH)
		return e->type == GEV_EVENT && e->ref2 >= 0;
	return e->type == GEV_ACT || e->type == GEV_BREACH ||
	       e->type == GEV_STAT;
}

void debrief_hidden(const struct render *r, const struct game *g,
		    struct rlines *out)
{
	struct strbuf sb = STRBUF_INIT, line = STRBUF_INIT, t = STRBUF_INIT;
	size_t i, k;
	int n = 0;

	for (i = 0; i < g->nlogs; i++) {
		const struct turn_log *l = &g->logs[i];

		for (k = 0; k < l->n; k++) {
			const struct gev *e = &l->ev[k];

			if (!d_hidden_kind(e) || (e->type == GEV_STAT &&
			    e->stat == STAT_SCORE))
				continue;
			strbuf_reset(&sb);
			strbuf_reset(&t);
			if (e->type == GEV_EVENT)
				lang_fmt(&sb, dget(r, "debrief.misattributed"),
					 "event", render_event(r, e->ref),
					 "blamed", render_side(r, e->ref2),
					 LANG_END);
			else
				render_gev(r, e, &sb);
			strbuf_addf(&t, "%d", l->turn);
			lang_fmt(&line, dget(r, "debrief.at_turn"), "turn",
				 t.buf, "text", sb.buf, LANG_END);
			d_add(out, RL_NOTE, TONE_BAD, l->turn, &line);
			out->v[out->n - 1].hidden = 1;
			n++;
		}
	}
	if (!n) {
		strbuf_adds(&line, dget(r, "debrief.no_hidden"));
		d_add(out, RL_NOTE, TONE_GOOD, 0, &line);
	}
	strbuf_release(&sb);
	strbuf_release(&line);
	strbuf_release(&t);
}

/* ---- turning points ----------------------------------------------------- */

/* The turns worth naming, found in one pass over the logs. */
struct d_marks {
	int fall_turn[SIDES], rise_turn[SIDES];
	double fall[SIDES], rise[SIDES];
	int first_sign, first_detect, first_breach, first_blame;
	int peak_turn, peak_rung;
};

static void d_scan_turn(const struct turn_log *l, struct d_marks *m)
{
	double net[SIDES] = { 0, 0 };
	size_t k;
	int s;

	for (k = 0; k < l->n; k++) {
		const struct gev *e = &l->ev[k];

		if (e->type == GEV_STAT && e->stat == STAT_TRUST &&
		    e->side >= 0)
			net[e->side] += e->after - e->before;
		if (e->type == GEV_PROP && e->after == PS_SIGNED &&
		    !m->first_sign)
			m->first_sign = l->turn;
		if (e->type == GEV_DETECT && !m->first_detect)
			m->first_detect = l->turn;
		if (e->type == GEV_BREACH && (e->seen & SEEN_BOTH) == SEEN_BOTH &&
		    !m->first_breach)
			m->first_breach = l->turn;
		if (e->type == GEV_EVENT && e->ref2 >= 0 && !m->first_blame)
			m->first_blame = l->turn;
		if (e->type == GEV_RUNG && e->after > m->peak_rung) {
			m->peak_rung = (int)e->after;
			m->peak_turn = l->turn;
		}
	}
	for (s = 0; s < SIDES; s++) {
		if (net[s] < m->fall[s]) {
			m->fall[s] = net[s];
			m->fall_turn[s] = l->turn;
		}
		if (net[s] > m->rise[s]) {
			m->rise[s] = net[s];
			m->rise_turn[s] = l->turn;
		}
	}
}

/* The largest single trust change of side in turn l, as a sentence. */
static void d_main_cause(const struct render *r, const struct turn_log *l,
			 int side, struct strbuf *sb)
{
	const struct gev *best = NULL;
	size_t k;

	for (k = 0; k < l->n; k++) {
		const struct gev *e = &l->ev[k];

		if (e->type == GEV_STAT && e->stat == STAT_TRUST &&
		    e->side == side && (!best || fabs(e->after - e->before) >
					fabs(best->after - best->before)))
			best = e;
	}
	if (best)
		render_gev_inline(r, best, sb);
}

static void d_trust_point(const struct render *r, const struct turn_log *l,
			  int side, double d, struct rlines *out)
{
	struct strbuf sb = STRBUF_INIT, ds = STRBUF_INIT, cause = STRBUF_INIT;
	struct strbuf t = STRBUF_INIT;

	render_delta(r, &ds, d);
	d_main_cause(r, l, side, &cause);
	strbuf_addf(&t, "%d", l->turn);
	lang_fmt(&sb, dget(r, d < 0 ? "debrief.tp.fall" : "debrief.tp.rise"),
		 "turn", t.buf, "side", render_side(r, side),
		 "delta", ds.buf, "cause", cause.buf, LANG_END);
	d_add(out, RL_NOTE, d < 0 ? TONE_BAD : TONE_GOOD, l->turn, &sb);
	strbuf_release(&sb);
	strbuf_release(&ds);
	strbuf_release(&cause);
	strbuf_release(&t);
}

static void d_simple_point(const struct render *r, int turn,
			   const char *key, int tone, struct rlines *out)
{
	struct strbuf sb = STRBUF_INIT, t = STRBUF_INIT;

	strbuf_addf(&t, "%d", turn);
	lang_fmt(&sb, dget(r, key), "turn", t.buf, LANG_END);
	d_add(out, RL_NOTE, tone, turn, &sb);
	strbuf_release(&sb);
	strbuf_release(&t);
}

static void d_points_of(const struct render *r, const struct turn_log *l,
			const struct d_marks *m, struct rlines *out)
{
	int s, t = l->turn;

	if (t == m->first_sign)
		d_simple_point(r, t, "debrief.tp.sign", TONE_GOOD, out);
	if (t == m->first_detect)
		d_simple_point(r, t, "debrief.tp.detect", TONE_BAD, out);
	if (t == m->first_breach)
		d_simple_point(r, t, "debrief.tp.breach", TONE_BAD, out);
	if (t == m->first_blame)
		d_simple_point(r, t, "debrief.tp.blame", TONE_BAD, out);
	for (s = 0; s < SIDES; s++) {
		if (t == m->fall_turn[s] && m->fall[s] <= -5)
			d_trust_point(r, l, s, m->fall[s], out);
		if (t == m->rise_turn[s] && m->rise[s] >= 5)
			d_trust_point(r, l, s, m->rise[s], out);
	}
	if (t == m->peak_turn) {
		struct strbuf sb = STRBUF_INIT, ts = STRBUF_INIT;

		strbuf_addf(&ts, "%d", t);
		lang_fmt(&sb, dget(r, "debrief.tp.peak"), "turn", ts.buf,
			 "rung", render_rung(r, m->peak_rung), LANG_END);
		d_add(out, RL_NOTE, TONE_BAD, t, &sb);
		strbuf_release(&sb);
		strbuf_release(&ts);
	}
}

/* The package's trial at turn l (text/trial.h): the turn it began, and
 * the turn it broke, held or was cut short by another ending. */
static void d_trial_point(const struct render *r, const struct turn_log *l,
			  struct rlines *out)
{
	struct strbuf sb = STRBUF_INIT, t = STRBUF_INIT, line = STRBUF_INIT;
	int k = trial_say_inline(r, l, &sb);

	strbuf_addf(&t, "%d", l->turn);
	if (k == TRIAL_BEGIN) {
		strbuf_reset(&sb);
		trial_span(r, r->sc->rules.agreement_hold, 0, &sb);
		lang_fmt(&line, dget(r, "debrief.tp.trial"), "turn", t.buf,
			 "span", sb.buf, LANG_END);
		d_add(out, RL_NOTE, TONE_GOOD, l->turn, &line);
	} else if (k == TRIAL_BROKE || k == TRIAL_HELD || k == TRIAL_CUT) {
		lang_fmt(&line, dget(r, "debrief.at_turn"), "turn", t.buf,
			 "text", sb.buf, LANG_END);
		d_add(out, RL_NOTE, k == TRIAL_BROKE ? TONE_BAD :
		      k == TRIAL_HELD ? TONE_GOOD : TONE_NEUTRAL, l->turn,
		      &line);
	}
	strbuf_release(&sb);
	strbuf_release(&t);
	strbuf_release(&line);
}

void debrief_turning(const struct render *r0, const struct game *g,
		     struct rlines *out)
{
	struct render rt = *r0, *r = &rt;
	struct d_marks m;
	size_t i, before = out->n;
	int start_rung = scenario_rung_of(g->sc, g->sc->rules.tension);
	int *held = xmalloc(((size_t)g->st.turn + 1) * sizeof *held);

	/* The trial's counts, worked out once for every turn. */
	rt.g = g;
	trial_series(g, g->st.turn, held);
	rt.held = held;

	memset(&m, 0, sizeof m);
	m.peak_rung = start_rung;
	for (i = 0; i < g->nlogs; i++)
		d_scan_turn(&g->logs[i], &m);
	for (i = 0; i < g->nlogs; i++) {
		d_points_of(r, &g->logs[i], &m, out);
		d_trial_point(r, &g->logs[i], out);
	}
	free(held);
	if (out->n == before) {
		struct strbuf sb = STRBUF_INIT;

		strbuf_adds(&sb, dget(r, "debrief.tp.none"));
		d_add(out, RL_NOTE, TONE_NEUTRAL, 0, &sb);
		strbuf_release(&sb);
	}
}

/* ---- ideas -------------------------------------------------------------- */

static void d_count_ev(const struct game *g, const struct gev *e,
		       struct debrief_stats *st)
{
	const struct scenario *sc = g->sc;

	switch (e->type) {
	case GEV_ACT:
		if (sc->action[e->ref].covert)
			st->covert[e->side]++;
		if (sc->action[e->ref].stance == STANCE_HOSTILE)
			st->hostile[e->side]++;
		break;
	case GEV_DETECT: st->detected[e->side]++; break;
	case GEV_PROP: st->signings += e->after == PS_SIGNED; break;
	case GEV_BREACH:
		st->breaches++;
		st->hidden_breaches += (e->seen & SEEN_BOTH) != SEEN_BOTH;
		break;
	case GEV_EVENT: st->blamed += e->ref2 >= 0; break;
	case GEV_STAT:
		if (e->stat == STAT_TRUST && e->cause == CAUSE_SIGN)
			st->sign_trust += e->after - e->before;
		if (e->stat == STAT_TRUST && e->cause == CAUSE_BLAME)
			st->blame_trust += e->after - e->before;
		if (e->stat == STAT_TENSION && e->after > st->tension_peak)
			st->tension_peak = e->after;
		break;
	}
}

/* Did side s play a hostile act that the other side saw in log l? */
static int d_seen_hostile(const struct game *g, const struct turn_log *l,
			  int s)
{
	size_t k;

	for (k = 0; k < l->n; k++) {
		const struct gev *e = &l->ev[k];

		if (e->type == GEV_ACT && e->side == s &&
		    ((e->seen >> side_other(s)) & 1) &&
		    g->sc->action[e->ref].stance == STANCE_HOSTILE)
			return 1;
	}
	return 0;
}

static int d_played_hostile(const struct game *g, const struct move *m)
{
	int k;

	for (k = 0; k < KINDS; k++)
		if (m->act[k] >= 0 &&
		    g->sc->action[m->act[k]].stance == STANCE_HOSTILE)
			return 1;
	return 0;
}

void debrief_count(const struct game *g, struct debrief_stats *st)
{
	size_t i, k;
	int s;

	memset(st, 0, sizeof *st);
	st->tension_start = st->tension_peak = g->sc->rules.tension;
	for (i = 0; i < g->nlogs; i++) {
		const struct turn_log *l = &g->logs[i];

		for (k = 0; k < l->n; k++)
			d_count_ev(g, &l->ev[k], st);
		if (i + 1 >= g->nlogs)
			continue;
		/* The spiral: a hostile act seen, answered next turn. */
		for (s = 0; s < SIDES; s++)
			if (d_seen_hostile(g, l, s) &&
			    d_played_hostile(g, &g->logs[i + 1].mv[side_other(s)]))
				st->spiral++;
	}
}

static void d_idea(const struct render *r, const char *name, int happened,
		   struct rlines *out, ...) __attribute__((sentinel));

/* Title, the idea in general, and the idea in this game. */
static void d_idea(const struct render *r, const char *name, int happened,
		   struct rlines *out, ...)
{
	struct strbuf sb = STRBUF_INIT;
	const char *args[16];
	size_t n = 0;
	va_list ap;

	va_start(ap, out);
	while (n + 1 < sizeof args / sizeof *args &&
	       (args[n] = va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
	for (; n < sizeof args / sizeof *args; n++)
		args[n] = NULL;
	rlines_add(out, RL_HEAD, TONE_NEUTRAL,
		   lang_getf(r->L, "idea.%s", name));
	rlines_add(out, RL_NOTE, TONE_NEUTRAL,
		   lang_getf(r->L, "idea.%s.what", name));
	lang_fmt(&sb, lang_getf(r->L, "idea.%s.%s", name,
				happened ? "game" : "none"),
		 args[0], args[1], args[2], args[3], args[4], args[5],
		 args[6], args[7], args[8], args[9], args[10], args[11],
		 args[12], args[13], LANG_END);
	rlines_add(out, RL_POINT, TONE_NEUTRAL, sb.buf);
	strbuf_release(&sb);
}

void debrief_ideas(const struct render *r, const struct game *g,
		   struct rlines *out)
{
	struct debrief_stats st;
	char n1[32], n2[32], n3[32], n4[32];
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;

	debrief_count(g, &st);
	snprintf(n1, sizeof n1, "%d", st.hostile[0] + st.hostile[1]);
	snprintf(n2, sizeof n2, "%d", st.spiral);
	render_num(&a, st.tension_start);
	render_num(&b, st.tension_peak);
	d_idea(r, "dilemma", st.hostile[0] + st.hostile[1] > 0, out,
	       "hostile", n1, "spiral", n2, "start", a.buf, "peak", b.buf,
	       LANG_END);
	snprintf(n1, sizeof n1, "%d", st.signings);
	strbuf_reset(&a);
	render_delta(r, &a, st.sign_trust);
	d_idea(r, "signals", st.signings > 0, out, "signed", n1,
	       "trust", a.buf, LANG_END);
	snprintf(n1, sizeof n1, "%d", st.covert[0] + st.covert[1]);
	snprintf(n2, sizeof n2, "%d", st.detected[0] + st.detected[1]);
	snprintf(n3, sizeof n3, "%d", st.breaches);
	snprintf(n4, sizeof n4, "%d", st.hidden_breaches);
	d_idea(r, "verification", st.covert[0] + st.covert[1] > 0, out,
	       "covert", n1, "detected", n2, "breaches", n3,
	       "hidden", n4, LANG_END);
	snprintf(n1, sizeof n1, "%d", st.blamed);
	strbuf_reset(&a);
	render_delta(r, &a, st.blame_trust);
	d_idea(r, "misattribution", st.blamed > 0, out, "blamed", n1,
	       "trust", a.buf, LANG_END);
	strbuf_release(&a);
	strbuf_release(&b);
}
