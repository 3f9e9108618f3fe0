/* render.c — turn records in words, for one viewer. */
#include "text/render.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "text/trial.h"
#include "util/xmalloc.h"

/* ---- line lists --------------------------------------------------------- */

void rlines_init(struct rlines *rl)
{
	memset(rl, 0, sizeof *rl);
}

void rlines_reset(struct rlines *rl)
{
	size_t i;

	for (i = 0; i < rl->n; i++)
		free(rl->v[i].text);
	rl->n = 0;
}

void rlines_release(struct rlines *rl)
{
	rlines_reset(rl);
	free(rl->v);
	rlines_init(rl);
}

struct rline *rlines_add(struct rlines *rl, int kind, int tone,
			 const char *text)
{
	struct rline *l;

	rl->v = xgrow(rl->v, &rl->cap, rl->n + 1, sizeof *rl->v);
	l = &rl->v[rl->n++];
	memset(l, 0, sizeof *l);
	l->kind = (uint8_t)kind;
	l->tone = (uint8_t)tone;
	l->side = -1;
	l->text = xstrdup(text);
	return l;
}

void render_init(struct render *r, const struct scenario *sc,
		 const struct lang *L, const char *lang, int viewer)
{
	memset(r, 0, sizeof *r);
	r->sc = sc;
	r->L = L;
	r->lang = lang;
	r->viewer = viewer;
}

/* ---- names -------------------------------------------------------------- */

static const char *rtext(const struct render *r, const struct text *t)
{
	return scenario_text(r->sc, t, r->lang);
}

static const char *rget(const struct render *r, const char *key)
{
	return lang_get(r->L, key);
}

const char *render_side(const struct render *r, int side)
{
	if (side < 0 || side >= SIDES)
		return rget(r, "side.nobody");
	return rtext(r, &r->sc->side[side].name);
}

const char *render_action(const struct render *r, int act)
{
	if (act < 0 || act >= r->sc->nactions)
		return "?";
	return rtext(r, &r->sc->action[act].name);
}

const char *render_prop(const struct render *r, int prop)
{
	if (prop < 0 || prop >= r->sc->nproposals)
		return "?";
	return rtext(r, &r->sc->proposal[prop].title);
}

const char *render_event(const struct render *r, int ev)
{
	if (ev < 0 || ev >= r->sc->nevents)
		return "?";
	return rtext(r, &r->sc->event[ev].name);
}

const char *render_rung(const struct render *r, int rung)
{
	if (rung < 0 || rung >= r->sc->nrungs)
		return "?";
	return rtext(r, &r->sc->rung[rung].name);
}

const char *render_band(const struct render *r, int band)
{
	if (band < 0 || band >= r->sc->nbands)
		return "?";
	return rtext(r, &r->sc->band[band].name);
}

const char *render_ending(const struct render *r, int ending)
{
	const char *s;

	if (ending <= END_NONE || ending >= END_N)
		return "?";
	/* A class game ends at its own length, not the scenario's
	 * ("two years later" would not be true). */
	if (ending == END_LIMIT && r->g && r->g->turns < r->sc->rules.turns)
		return rget(r, "ending.class");
	s = rtext(r, &r->sc->ending_name[ending]);
	return *s ? s : lang_getf(r->L, "ending.%d", ending);
}

int render_date(const struct render *r, int turn, struct strbuf *sb)
{
	const struct rules *ru = &r->sc->rules;
	long m;
	char year[24];

	if (!ru->start_year || turn < 1)
		return 0;
	m = (long)(ru->start_month - 1) + (long)(turn - 1) * ru->turn_months;
	snprintf(year, sizeof year, "%ld", ru->start_year + m / 12);
	lang_fmt(sb, rget(r, "date"), "month",
		 lang_getf(r->L, "month.%ld", m % 12 + 1), "year", year,
		 LANG_END);
	return 1;
}

void render_turn_name(const struct render *r, int turn, struct strbuf *sb)
{
	struct strbuf d = STRBUF_INIT;
	int dated = render_date(r, turn, &d);
	char n[16];

	snprintf(n, sizeof n, "%d", turn);
	lang_fmt(sb, rget(r, dated ? "turn.name_date" : "turn.name"), "turn",
		 n, "date", d.buf, LANG_END);
	strbuf_release(&d);
}

void render_status(const struct render *r, int status, int by,
		   struct strbuf *sb)
{
	if (status == PS_TABLED && by >= 0 && by < SIDES)
		lang_fmt(sb, rget(r, "status.tabled_by"),
			 "side", render_side(r, by), LANG_END);
	else
		strbuf_adds(sb, lang_getf(r->L, "status.%d", status));
}

void render_num(struct strbuf *sb, double v)
{
	double rv = floor(v + 0.5);

	if (rv == 0 && fabs(v) >= 0.05)
		strbuf_addf(sb, "%.1f", v);
	else
		strbuf_addf(sb, "%.0f", rv == 0 ? 0.0 : rv);
}

void render_num_below(struct strbuf *sb, double v, double threshold)
{
	if (v < threshold && floor(v + 0.5) >= floor(threshold + 0.5))
		strbuf_addf(sb, "%.1f", floor(v * 10) / 10);
	else
		render_num(sb, v);
}

void render_delta(const struct render *r, struct strbuf *sb, double d)
{
	struct strbuf n = STRBUF_INIT;

	render_num(&n, fabs(d));
	if (!strcmp(n.buf, "0"))
		strbuf_adds(sb, "±0");
	else if (d > 0)
		strbuf_addf(sb, "+%s", n.buf);
	else
		strbuf_addf(sb, "%s%s", r->ascii ? "-" : "\u2212", n.buf);
	strbuf_release(&n);
}

/* "Table a proposal → “CERT channels”", or the action alone; quoted:
 * "“Table a proposal” → “CERT channels”", "“Hold position”". */
static void act_label(const struct render *r, int act, int prop, int quoted,
		      struct strbuf *sb)
{
	if (prop >= 0)
		lang_fmt(sb, rget(r, quoted ? "act.quote_prop" :
				  "act.with_prop"),
			 "act", render_action(r, act),
			 "prop", render_prop(r, prop), LANG_END);
	else if (quoted)
		lang_fmt(sb, rget(r, "act.quote"), "act",
			 render_action(r, act), LANG_END);
	else
		strbuf_adds(sb, render_action(r, act));
}

void render_act_label(const struct render *r, int act, int prop,
		      int quoted, struct strbuf *sb)
{
	act_label(r, act, prop, quoted, sb);
}

/* Upper-case the first letter at sb->buf + from: Latin and Cyrillic, so
 * that a sentence may start with a name written in lower case ("the
 * United States") or with a translator's lower-case phrase. */
void render_capitalize(struct strbuf *sb, size_t from)
{
	unsigned char *p = (unsigned char *)sb->buf + from;

	if (from >= sb->len)
		return;
	if (p[0] >= 'a' && p[0] <= 'z') {
		p[0] = (unsigned char)(p[0] - 'a' + 'A');
	} else if (p[0] == 0xd0 && p[1] >= 0xb0 && p[1] <= 0xbf) {
		p[1] = (unsigned char)(p[1] - 0x20);	/* а..п */
	} else if (p[0] == 0xd1 && p[1] >= 0x80 && p[1] <= 0x8f) {
		p[0] = 0xd0;				/* р..я */
		p[1] = (unsigned char)(p[1] + 0x20);
	}
}

/* ---- effects ------------------------------------------------------------ */

/* Which side an effect's target names, or -1 for tension and modifiers. */
static int effect_side(const struct effect *e, int self, int *both)
{
	*both = 0;
	if (e->stat == STAT_TENSION || e->stat >= STAT_MISATTRIBUTION)
		return -1;
	switch (e->who) {
	case WHO_SELF: return self;
	case WHO_OTHER: return self < 0 ? -1 : side_other(self);
	case WHO_A: return SIDE_A;
	case WHO_B: return SIDE_B;
	case WHO_BOTH: *both = 1; return -1;
	}
	return -1;
}

static const char *const stat_key[STAT_N] = {
	"tension", "trust", "security", "support", "score",
	"misattribution", "detection", "accident"
};

/* The target's words: "your security", "their trust in you", "Russia's
 * support", "tension"... */
static void effect_target(const struct render *r, const struct effect *e,
			  int self, struct strbuf *sb)
{
	int both, side = effect_side(e, self, &both);
	const char *k = stat_key[e->stat < STAT_N ? e->stat : 0];

	if (side < 0 && !both) {
		strbuf_adds(sb, lang_getf(r->L, "eff.%s", k));
	} else if (both) {
		strbuf_adds(sb, lang_getf(r->L, "eff.%s.both", k));
	} else if (r->viewer >= 0) {
		strbuf_adds(sb, lang_getf(r->L, "eff.%s.%s", k,
			    side == r->viewer ? "you" : "them"));
	} else {
		lang_fmt(sb, lang_getf(r->L, "eff.%s.side", k),
			 "side", render_side(r, side),
			 "other", render_side(r, side_other(side)), LANG_END);
	}
}

void render_effect(const struct render *r, const struct effect *e,
		   int self, struct strbuf *sb)
{
	struct strbuf n = STRBUF_INIT;

	effect_target(r, e, self, sb);
	strbuf_addc(sb, ' ');
	if (e->set) {
		render_num(&n, e->value);
		strbuf_addf(sb, "= %s", n.buf);
	} else {
		render_delta(r, sb, e->value);
	}
	if (e->stat >= STAT_MISATTRIBUTION) {
		strbuf_addc(sb, ' ');
		strbuf_adds(sb, rget(r, "eff.points"));
	}
	strbuf_release(&n);
}

void render_effects(const struct render *r, const struct effects *fx,
		    int self, struct strbuf *sb)
{
	int i;

	for (i = 0; i < fx->n; i++) {
		if (i)
			strbuf_adds(sb, ", ");
		render_effect(r, &fx->e[i], self, sb);
	}
}

/* ---- who sees what ------------------------------------------------------ */

int render_sees(const struct render *r, const struct gev *e)
{
	if (r->viewer == RV_ALL)
		return 1;
	if (r->viewer == RV_PUBLIC)
		return (e->seen & SEEN_BOTH) == SEEN_BOTH;
	return (e->seen >> r->viewer) & 1;
}

/* Marks after a sentence: hidden from a side (RV_ALL), or private to the
 * viewer. */
static void mark(const struct render *r, const struct gev *e,
		 struct strbuf *sb)
{
	int s;

	if ((e->seen & SEEN_BOTH) == SEEN_BOTH)
		return;
	if (r->viewer == RV_ALL) {
		for (s = 0; s < SIDES; s++)
			if (!((e->seen >> s) & 1)) {
				strbuf_addc(sb, ' ');
				lang_fmt(sb, rget(r, "mark.hidden"),
					 "side", render_side(r, s), LANG_END);
			}
	} else if (r->viewer >= 0) {
		strbuf_addc(sb, ' ');
		strbuf_adds(sb, rget(r, "mark.private"));
	}
}

/* ---- numbers as the viewer knows them ------------------------------------- */

int render_act_quiet(const struct scenario *sc, int act)
{
	const struct action *a = &sc->action[act];

	return a->stance == STANCE_NEUTRAL && !a->covert && a->op == POP_NONE &&
	       a->effects.n == 0 && a->seen.n == 0;
}

/* Changes that can be hidden: security and support (undetected acts
 * and their effects), and the score they cost or earn. Trust and
 * tension are never moved unseen. The engine keeps the same sums as
 * each viewer's veil (game_view); here they are needed record by
 * record, for each line's "before". */
static int stat_hideable(int stat)
{
	return stat == STAT_SECURITY || stat == STAT_SUPPORT ||
	       stat == STAT_SCORE;
}

static int sees_bits(int viewer, unsigned seen)
{
	if (viewer == RV_ALL)
		return 1;
	if (viewer == RV_PUBLIC)
		return (seen & SEEN_BOTH) == SEEN_BOTH;
	return (seen >> viewer) & 1;
}

/* The sum of the changes to side's stat that viewer did not see, in
 * every kept turn up to (not including) record stop; all of them when
 * stop is NULL. */
static double unseen_sum(const struct game *g, int viewer, int stat,
			 int side, const struct gev *stop)
{
	double sum = 0;
	size_t i, k;

	if (!g || viewer == RV_ALL || !stat_hideable(stat))
		return 0;
	for (i = 0; i < g->nlogs; i++) {
		const struct turn_log *l = &g->logs[i];

		for (k = 0; k < l->n; k++) {
			const struct gev *e = &l->ev[k];

			if (e == stop)
				return sum;
			if (e->type == GEV_STAT && e->stat == stat &&
			    e->side == side && !sees_bits(viewer, e->seen))
				sum += e->after - e->before;
		}
	}
	return sum;
}

/* Would whole numbers hide the change from before to after (2.4 →
 * 1.6), or round a value to 0? */
static int change_needs_decimal(double before, double after)
{
	double rb = floor(before + 0.5), ra = floor(after + 0.5);

	return (rb == ra && fabs(after - before) >= 0.05) ||
	       (rb == 0 && fabs(before) >= 0.05) ||
	       (ra == 0 && fabs(after) >= 0.05);
}

/* A change as people read it, rounded once: the shown change is the
 * shown "after" less the shown "before". When whole numbers would
 * misstate it (change_needs_decimal), or decimal says so, one decimal
 * for all three. */
static void render_change(const struct render *r, double before,
			  double after, int decimal, struct strbuf *from,
			  struct strbuf *to, struct strbuf *d)
{
	double rb = floor(before + 0.5), ra = floor(after + 0.5);

	if (decimal || change_needs_decimal(before, after)) {
		rb = floor(before * 10 + 0.5) / 10;
		ra = floor(after * 10 + 0.5) / 10;
		strbuf_addf(from, "%.1f", rb);
		strbuf_addf(to, "%.1f", ra);
		if (ra != rb) {
			strbuf_addf(d, "%s%.1f", ra > rb ? "+" : r->ascii ?
				    "-" : "\u2212", fabs(ra - rb));
			return;
		}
	} else {
		strbuf_addf(from, "%.0f", rb);
		strbuf_addf(to, "%.0f", ra);
	}
	render_delta(r, d, ra - rb);
}

/* ---- one record --------------------------------------------------------- */

/* An act the viewer sees as nothing: not seen, or quiet and not the
 * viewer's own. */
static int act_looks_empty(const struct render *r, const struct gev *e)
{
	if (!render_sees(r, e))
		return 1;
	return r->viewer != RV_ALL && r->viewer != e->side &&
	       render_act_quiet(r->sc, e->ref);
}

static void line_act(const struct render *r, const struct gev *e,
		     struct strbuf *sb)
{
	const struct action *a = &r->sc->action[e->ref];
	/* One kind of move (a payoff game): it is just the move. */
	const char *kind = scenario_kind_count(r->sc, e->side, a->kind ^ 1) ?
			   lang_getf(r->L, "kind.%d", a->kind) :
			   rget(r, "kind.only");
	const char *other = render_side(r, side_other(e->side));
	struct strbuf act = STRBUF_INIT;

	if (act_looks_empty(r, e)) {
		/* The side had a move of this kind; the viewer saw none. */
		lang_fmt(sb, rget(r, r->viewer >= 0 ? "move.unseen" :
				  "move.unseen_other"),
			 "side", render_side(r, e->side), "kind", kind,
			 "other", other, LANG_END);
		return;
	}
	act_label(r, e->ref, e->ref2, 0, &act);
	lang_fmt(sb, rget(r, "move.line"), "side", render_side(r, e->side),
		 "kind", kind, "act", act.buf, LANG_END);
	if (a->covert)
		strbuf_addc(sb, ' ');
	if (a->covert && (e->seen & SEEN_BOTH) == SEEN_BOTH)
		strbuf_adds(sb, rget(r, "move.covert_seen"));
	else if (a->covert)
		lang_fmt(sb, rget(r, "move.covert_unseen"), "other", other,
			 LANG_END);
	strbuf_release(&act);
}

/* Why a stat changed, in words. */
static void line_why(const struct render *r, const struct gev *e,
		     struct strbuf *sb)
{
	struct strbuf act = STRBUF_INIT;
	const char *actor = render_side(r, e->actor), *key = "why.weights";
	const char *prop = "", *ev = "";
	char n[16] = "";

	switch (e->cause) {
	case CAUSE_ACT:
		act_label(r, e->ref, e->ref2, 1, &act);
		key = e->stat != STAT_TRUST ? "why.act" :
		      e->after >= e->before ? "why.act.coop" :
		      "why.act.hostile";
		break;
	case CAUSE_ACT_FX:
		act_label(r, e->ref, e->ref2, 1, &act);
		key = "why.act.fx";
		break;
	case CAUSE_SIGN: prop = render_prop(r, e->ref); key = "why.sign"; break;
	case CAUSE_BREACH:
		prop = render_prop(r, e->ref);
		key = "why.breach";
		break;
	case CAUSE_EVENT: ev = render_event(r, e->ref); key = "why.event"; break;
	case CAUSE_BLAME: ev = render_event(r, e->ref); key = "why.blame"; break;
	case CAUSE_TREATY:
		prop = render_prop(r, e->ref);
		key = "why.treaty";
		break;
	case CAUSE_PAYOFF: key = "why.payoff"; break;
	case CAUSE_DRIFT: key = "why.drift"; break;
	case CAUSE_ENDING: key = "why.ending"; break;
	case CAUSE_HIDDEN: key = "why.hidden"; break;
	case CAUSE_REST:
		snprintf(n, sizeof n, "%d", e->ref);
		key = "why.rest";
		break;
	case CAUSE_BETRAYAL:
		prop = render_prop(r, e->ref);
		snprintf(n, sizeof n, "%d", e->ref2);
		key = "why.betrayal";
		break;
	}
	lang_fmt(sb, rget(r, key), "actor", actor, "act", act.buf,
		 "prop", prop, "event", ev, "n", n, LANG_END);
	strbuf_release(&act);
}

void render_why(const struct render *r, const struct gev *e,
		struct strbuf *sb)
{
	line_why(r, e, sb);
}

/* What viewer did not see of e's stat before e (render_seen_stat). */
static double stat_shift(const struct render *r, const struct gev *e)
{
	return e->side >= 0 ?
	       unseen_sum(r->g, r->viewer, e->stat, e->side, e) : 0;
}

/* Does the line of e need one decimal? When its own change does
 * (change_needs_decimal), or when it shares a value that is not whole
 * with a line of the same number (stat, side) in the turn that has
 * one decimal: a value reads the same as one line's "after" and the
 * next one's "before" ("3.0 → 2.5" then "2.5 → 2.0", not "3 → 2"). */
static int stat_chain_decimal(const struct render *r, const struct gev *e)
{
	const struct turn_log *log = r->log;
	double *from, *to, shift;
	size_t i, m = 0, at = 0;
	int *dec, changed = 1, rc;

	if (!log || e < log->ev || e >= log->ev + log->n) {
		shift = stat_shift(r, e);
		return change_needs_decimal(e->before - shift,
					    e->after - shift);
	}
	from = xmalloc(2 * log->n * sizeof *from);
	to = from + log->n;
	dec = xmalloc(log->n * sizeof *dec);
	for (i = 0; i < log->n; i++) {
		const struct gev *o = &log->ev[i];

		if (o->type != GEV_STAT || o->stat != e->stat ||
		    o->side != e->side || !render_sees(r, o))
			continue;
		at = o == e ? m : at;
		shift = stat_shift(r, o);
		from[m] = o->before - shift;
		to[m] = o->after - shift;
		dec[m] = change_needs_decimal(from[m], to[m]);
		m++;
	}
	while (changed)		/* spread along the shared values */
		for (changed = 0, i = 1; i < m; i++)
			if (dec[i] != dec[i - 1] &&
			    fabs(to[i - 1] - from[i]) < 1e-9 &&
			    fabs(from[i] - floor(from[i] + 0.5)) >= 0.05)
				dec[i] = dec[i - 1] = changed = 1;
	rc = dec[at];
	free(from);
	free(dec);
	return rc;
}

static void line_stat(const struct render *r, const struct gev *e,
		      struct strbuf *sb)
{
	struct strbuf from = STRBUF_INIT, to = STRBUF_INIT, d = STRBUF_INIT;
	struct strbuf why = STRBUF_INIT, what = STRBUF_INIT;
	const char *key = e->stat == STAT_TRUST ? "line.trust" :
			  e->stat == STAT_TENSION ? "line.tension" :
			  "line.stat";

	double shift = stat_shift(r, e);

	render_change(r, e->before - shift, e->after - shift,
		      stat_chain_decimal(r, e), &from, &to, &d);
	line_why(r, e, &why);
	if (e->side >= 0)
		lang_fmt(&what, lang_getf(r->L, "eff.%s.side",
					  stat_key[e->stat]),
			 "side", render_side(r, e->side),
			 "other", render_side(r, side_other(e->side)), LANG_END);
	lang_fmt(sb, rget(r, key), "what", what.buf,
		 "side", render_side(r, e->side),
		 "other", render_side(r, side_other(e->side < 0 ? 0 : e->side)),
		 "stat", lang_getf(r->L, "stat.%s", stat_key[e->stat]),
		 "from", from.buf, "to", to.buf, "delta", d.buf,
		 "why", why.buf, LANG_END);
	strbuf_release(&what);
	strbuf_release(&from);
	strbuf_release(&to);
	strbuf_release(&d);
	strbuf_release(&why);
}

static void line_prop(const struct render *r, const struct gev *e,
		      struct strbuf *sb)
{
	struct strbuf from = STRBUF_INIT, to = STRBUF_INIT;

	render_status(r, (int)e->before, -1, &from);
	render_status(r, (int)e->after, -1, &to);
	lang_fmt(sb, rget(r, e->actor >= 0 ? "line.prop" : "line.prop_nobody"),
		 "prop", render_prop(r, e->ref), "from", from.buf,
		 "to", to.buf, "actor", render_side(r, e->actor), LANG_END);
	strbuf_release(&from);
	strbuf_release(&to);
}

static void line_prop_fail(const struct render *r, const struct gev *e,
			   struct strbuf *sb)
{
	struct strbuf st = STRBUF_INIT;

	render_status(r, e->ref2, -1, &st);
	lang_fmt(sb, rget(r, "line.prop_fail"), "actor",
		 render_side(r, e->actor), "prop", render_prop(r, e->ref),
		 "status", st.buf, LANG_END);
	strbuf_release(&st);
}

static void line_event(const struct render *r, const struct gev *e,
		       struct strbuf *sb)
{
	const struct event *ev = &r->sc->event[e->ref];
	const char *key = e->side < 0 ? "line.event_none" :
			  e->ref2 >= 0 ? "line.event_blamed" : "line.event";

	lang_fmt(sb, rget(r, key), "event", render_event(r, e->ref),
		 "victim", render_side(r, e->side),
		 "blamed", render_side(r, e->ref2), LANG_END);
	if (*rtext(r, &ev->text)) {
		/* Written for every reader: {victim} and {other} name the
		 * sides (the loader allows no other placeholder). */
		strbuf_addc(sb, ' ');
		lang_fmt(sb, rtext(r, &ev->text), "victim",
			 render_side(r, e->side), "other",
			 render_side(r, e->side >= 0 && e->side < SIDES ?
				     side_other(e->side) : -1), LANG_END);
	}
}

static void line_other(const struct render *r, const struct gev *e,
		       struct strbuf *sb)
{
	switch (e->type) {
	case GEV_DETECT:
		lang_fmt(sb, rget(r, "line.detect"),
			 "observer", render_side(r, side_other(e->side)),
			 "actor", render_side(r, e->side),
			 "act", render_action(r, e->ref), LANG_END);
		break;
	case GEV_BREACH:
		lang_fmt(sb, rget(r, (e->seen & SEEN_BOTH) == SEEN_BOTH ? "line.breach" :
				  "line.breach_hidden"),
			 "actor", render_side(r, e->actor),
			 "prop", render_prop(r, e->ref),
			 "act", render_action(r, e->ref2),
			 "other", render_side(r, side_other(e->actor)), LANG_END);
		break;
	case GEV_RUNG:
		lang_fmt(sb, rget(r, e->after > e->before ? "line.rung_up" :
				  "line.rung_down"),
			 "from", render_rung(r, (int)e->before),
			 "to", render_rung(r, (int)e->after), LANG_END);
		break;
	case GEV_END:
		lang_fmt(sb, rget(r, "line.end"),
			 "ending", render_ending(r, e->ref),
			 "band", render_band(r, e->ref2), LANG_END);
		break;
	}
}

static int render_gev1(const struct render *r, const struct gev *e,
		       struct strbuf *sb)
{
	if (e->type == GEV_ACT) {
		line_act(r, e, sb);
		if (!act_looks_empty(r, e))
			mark(r, e, sb);
		return 1;
	}
	if (!render_sees(r, e))
		return 0;
	switch (e->type) {
	case GEV_STAT:
		if (e->stat == STAT_SCORE)
			return 0;
		line_stat(r, e, sb);
		break;
	case GEV_PROP: line_prop(r, e, sb); break;
	case GEV_PROP_FAIL: line_prop_fail(r, e, sb); break;
	case GEV_EVENT: line_event(r, e, sb); break;
	default: line_other(r, e, sb); break;
	}
	mark(r, e, sb);
	return 1;
}

void render_score_gev(const struct render *r, const struct gev *e,
		      struct strbuf *sb)
{
	size_t from = sb->len;

	line_stat(r, e, sb);
	render_capitalize(sb, from);
}

int render_gev_inline(const struct render *r, const struct gev *e,
		      struct strbuf *sb)
{
	return render_gev1(r, e, sb);
}

int render_gev(const struct render *r, const struct gev *e,
	       struct strbuf *sb)
{
	size_t from = sb->len;
	int rc = render_gev1(r, e, sb);

	render_capitalize(sb, from);
	return rc;
}

/* ---- a whole turn ------------------------------------------------------- */

/* Good or bad news, as an event's effects are for the viewer: its own
 * trust, security, support and score up, or tension down, are good; the
 * other side's gains are neither. For the shared screen and the
 * debrief: good for peace (trust up, tension down). Blame is bad. */
static int event_tone(const struct render *r, const struct gev *e)
{
	const struct event *ev = &r->sc->event[e->ref];
	double sum = 0, v;
	int i, side, both, s;

	if (e->ref2 >= 0)
		return TONE_BAD;
	for (i = 0; i < ev->effects.n; i++) {
		const struct effect *f = &ev->effects.e[i];

		v = f->set ? 0 : f->value;
		if (f->stat == STAT_TENSION) {
			sum -= v;
			continue;
		}
		if (f->stat >= STAT_MISATTRIBUTION)
			continue;
		for (s = 0; s < SIDES; s++) {
			/* self is the victim; "both" hits each side. */
			if (e->side != 2 && e->side != s)
				continue;
			side = effect_side(f, s, &both);
			if (both || side < 0)
				side = -1;
			if (r->viewer >= 0 ? side == r->viewer || both :
			    f->stat == STAT_TRUST)
				sum += v;
		}
	}
	return sum > 0 ? TONE_GOOD : sum < 0 ? TONE_BAD : TONE_NEUTRAL;
}

static int tone_of(const struct render *r, const struct gev *e)
{
	double d = e->after - e->before;

	switch (e->type) {
	case GEV_ACT:
		if (act_looks_empty(r, e))
			return TONE_NEUTRAL;
		switch (r->sc->action[e->ref].stance) {
		case STANCE_COOP: return TONE_GOOD;
		case STANCE_HOSTILE: return TONE_BAD;
		}
		return TONE_NEUTRAL;
	case GEV_EVENT:
		return event_tone(r, e);
	case GEV_DETECT: case GEV_BREACH:
		return TONE_BAD;
	case GEV_PROP:
		return e->after == PS_SIGNED ? TONE_GOOD :
		       e->after >= PS_BREACHED ? TONE_BAD : TONE_NEUTRAL;
	case GEV_STAT:
		if (e->stat == STAT_TENSION)
			d = -d;
		return d > 0 ? TONE_GOOD : d < 0 ? TONE_BAD : TONE_NEUTRAL;
	case GEV_RUNG:
		return d > 0 ? TONE_BAD : TONE_GOOD;
	case GEV_END:
		return e->ref == END_AGREEMENT ? TONE_GOOD :
		       e->ref == END_LIMIT ? TONE_NEUTRAL : TONE_BAD;
	}
	return TONE_NEUTRAL;
}

static int kind_of(const struct gev *e)
{
	switch (e->type) {
	case GEV_ACT: return RL_MOVE;
	case GEV_DETECT: return RL_DETECT;
	case GEV_PROP: case GEV_PROP_FAIL: return RL_PROP;
	case GEV_BREACH: return RL_BREACH;
	case GEV_EVENT: return RL_EVENT;
	case GEV_STAT:
		return e->stat == STAT_TRUST ? RL_TRUST : RL_STAT;
	case GEV_RUNG: return RL_RUNG;
	}
	return RL_END;
}

/* The turn's score changes: a side's whole change as the viewer knows
 * the score (less what hidden acts did, as its screen shows it), rounded
 * once (the score shown after less the score shown before), so that
 * every screen that shows it shows the same number. A viewer sees its
 * own; another side's only when every part of it was public (a payoff
 * table's), as a side's per-turn score also reflects what it alone
 * knows. */
static void turn_score(const struct render *r, const struct turn_log *log,
		       struct rlines *out)
{
	double first[SIDES] = { 0, 0 }, last[SIDES] = { 0, 0 }, hid;
	int any[SIDES] = { 0, 0 }, open[SIDES] = { 1, 1 }, s, rest = 0;
	size_t i;
	struct strbuf list = STRBUF_INIT, line = STRBUF_INIT;
	struct strbuf d = STRBUF_INIT;

	for (i = 0; i < log->n; i++) {
		const struct gev *e = &log->ev[i];

		if (e->type != GEV_STAT || e->stat != STAT_SCORE ||
		    e->side < 0 || e->side >= SIDES)
			continue;
		if (e->cause == CAUSE_REST)
			rest = e->ref;	/* the turns left, counted now */
		hid = unseen_sum(r->g, r->viewer, STAT_SCORE, e->side, e);
		if (!any[e->side])
			first[e->side] = e->before - hid;
		last[e->side] = e->after - hid;
		if (r->g && !render_sees(r, e))
			last[e->side] -= e->after - e->before;
		any[e->side] = 1;
		if ((e->seen & SEEN_BOTH) != SEEN_BOTH)
			open[e->side] = 0;
	}
	for (s = 0; s < SIDES; s++)
		if (r->viewer != RV_ALL && r->viewer != s && !open[s])
			any[s] = -1;	/* not this viewer's to know */
	for (s = 0; s < SIDES; s++) {
		/* A side that scored nothing shows ±0 beside one that did. */
		if (any[0] <= 0 && any[1] <= 0)
			break;
		if (any[s] < 0 || (!any[s] && r->viewer >= 0 &&
				   s != r->viewer))
			continue;
		strbuf_reset(&d);
		render_delta(r, &d, any[s] ? floor(last[s] + 0.5) -
			     floor(first[s] + 0.5) : 0);
		if (list.len)
			strbuf_adds(&list, "; ");
		lang_fmt(&list, rget(r, "line.score_side"),
			 "side", render_side(r, s), "delta", d.buf, LANG_END);
	}
	if (list.len) {
		/* The last turn's score folds in the rest of the period:
		 * say so where the number is, not only in the full account. */
		char n[16];

		snprintf(n, sizeof n, "%d", rest);
		lang_fmt(&line, rget(r, rest > 0 ? "line.score_rest" :
				     "line.score"), "list", list.buf, "n", n,
			 LANG_END);
		rlines_add(out, RL_STAT, TONE_NEUTRAL, line.buf)->turn =
			log->turn;
	}
	strbuf_release(&list);
	strbuf_release(&line);
	strbuf_release(&d);
}

/* The package's trial in this turn (text/trial.h) as a line of its
 * own, or, with fold, put before the text of the last line of out (a
 * summary at its line budget): "The package's trial broke: … South
 * detected a covert act by North: …". */
static void turn_trial(const struct render *r, const struct turn_log *log,
		       int fold, struct rlines *out)
{
	struct strbuf sb = STRBUF_INIT;
	struct rline *l;
	int k = r->trial_apart ? TRIAL_NONE : trial_say(r, log, &sb);

	if (k == TRIAL_NONE) {
		strbuf_release(&sb);
		return;
	}
	if (fold && out->n) {
		l = &out->v[out->n - 1];
		strbuf_addc(&sb, ' ');
		strbuf_adds(&sb, l->text);
		free(l->text);
		l->text = strbuf_detach(&sb);
		return;
	}
	l = rlines_add(out, RL_NOTE, k == TRIAL_BROKE ? TONE_BAD :
		       k == TRIAL_CUT ? TONE_NEUTRAL : TONE_GOOD, sb.buf);
	l->turn = log->turn;
	strbuf_release(&sb);
}

void render_turn(const struct render *r0, const struct turn_log *log,
		 struct rlines *out)
{
	struct render rt = *r0, *r = &rt;
	struct strbuf sb = STRBUF_INIT;
	size_t i, end = log->n;

	rt.log = log;

	for (i = 0; i < log->n; i++) {
		const struct gev *e = &log->ev[i];
		struct rline *l;

		if (e->type == GEV_END) {
			end = i;	/* the ending goes after the score */
			continue;
		}
		strbuf_reset(&sb);
		if (!render_gev(r, e, &sb))
			continue;
		l = rlines_add(out, kind_of(e), tone_of(r, e), sb.buf);
		l->turn = log->turn;
		l->side = e->side;
		l->hidden = r->viewer == RV_ALL && (e->seen & SEEN_BOTH) != SEEN_BOTH;
		l->priv = r->viewer >= 0 && render_sees(r, e) &&
			  (e->seen & SEEN_BOTH) != SEEN_BOTH;
	}
	turn_score(r, log, out);
	turn_trial(r, log, 0, out);
	if (end < log->n) {
		strbuf_reset(&sb);
		render_gev(r, &log->ev[end], &sb);
		rlines_add(out, RL_END, tone_of(r, &log->ev[end]),
			   sb.buf)->turn = log->turn;
	}
	strbuf_release(&sb);
}

/* ---- what a side can tell ----------------------------------------------- */

double render_their_trust(const struct game *g, int viewer)
{
	const struct scenario *sc = g->sc;
	int other = side_other(viewer);
	double t = sc->side[other].trust;
	size_t i, k;

	for (i = 0; i < g->nlogs; i++) {
		const struct turn_log *l = &g->logs[i];

		for (k = 0; k < l->n; k++) {
			const struct gev *e = &l->ev[k];

			if (e->type == GEV_STAT && e->stat == STAT_TRUST &&
			    e->side == other && ((e->seen >> viewer) & 1))
				t += e->after - e->before;
		}
	}
	if (t < sc->rules.trust_min)
		t = sc->rules.trust_min;
	if (t > sc->rules.trust_max)
		t = sc->rules.trust_max;
	return t;
}

void render_series(const struct game *g, double *trust_a, double *trust_b,
		   double *tension)
{
	const struct scenario *sc = g->sc;
	double a = sc->side[0].trust, b = sc->side[1].trust;
	double t = sc->rules.tension;
	size_t i, k;

	trust_a[0] = a;
	trust_b[0] = b;
	tension[0] = t;
	for (i = 0; i < g->nlogs; i++) {
		const struct turn_log *l = &g->logs[i];

		for (k = 0; k < l->n; k++) {
			const struct gev *e = &l->ev[k];

			if (e->type != GEV_STAT)
				continue;
			if (e->stat == STAT_TENSION)
				t = e->after;
			else if (e->stat == STAT_TRUST && e->side == 0)
				a = e->after;
			else if (e->stat == STAT_TRUST && e->side == 1)
				b = e->after;
		}
		trust_a[i + 1] = a;
		trust_b[i + 1] = b;
		tension[i + 1] = t;
	}
}

/* ---- the summary ---------------------------------------------------------- */

/* "Russia: Back-channel message · nothing you could see". */
static void sum_moves(const struct render *r, const struct turn_log *log,
		      int side, struct rlines *out)
{
	struct strbuf acts = STRBUF_INIT, sb = STRBUF_INIT;
	int seen = 0;
	size_t i;

	for (i = 0; i < log->n; i++)
		if (log->ev[i].type == GEV_ACT && log->ev[i].side == side &&
		    !act_looks_empty(r, &log->ev[i]))
			seen = 1;
	for (i = 0; i < log->n && !seen; i++)
		if (log->ev[i].type == GEV_ACT && log->ev[i].side == side) {
			/* Nothing to see at all: say it once. */
			strbuf_adds(&acts, rget(r, "move.nothing"));
			break;
		}
	for (i = 0; i < log->n && seen; i++) {
		const struct gev *e = &log->ev[i];

		if (e->type != GEV_ACT || e->side != side)
			continue;
		if (acts.len)
			strbuf_adds(&acts, " \u00b7 ");
		if (act_looks_empty(r, e)) {
			strbuf_adds(&acts, rget(r, "move.nothing"));
		} else {
			act_label(r, e->ref, e->ref2, 0, &acts);
			mark(r, e, &acts);	/* a secret of the viewer's */
		}
	}
	if (acts.len) {
		lang_fmt(&sb, rget(r, "sum.moves"), "side",
			 render_side(r, side), "moves", acts.buf, LANG_END);
		render_capitalize(&sb, 0);
		rlines_add(out, RL_MOVE, TONE_NEUTRAL, sb.buf)->side =
			(int8_t)side;
	}
	strbuf_release(&acts);
	strbuf_release(&sb);
}

/* The trust change the viewer saw that moved most, as its own line. */
static void sum_trust(const struct render *r, const struct turn_log *log,
		      struct rlines *out)
{
	const struct gev *best = NULL;
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; i < log->n; i++) {
		const struct gev *e = &log->ev[i];

		if (e->type == GEV_STAT && e->stat == STAT_TRUST &&
		    render_sees(r, e) && (!best ||
		    fabs(e->after - e->before) > fabs(best->after -
						      best->before)))
			best = e;
	}
	if (best && render_gev(r, best, &sb))
		rlines_add(out, RL_TRUST, tone_of(r, best), sb.buf);
	strbuf_release(&sb);
}

/* "Tension: 25 → 15 (−10); the ladder: “Routine rivalry”", from the
 * turn's first value to its last. */
static void sum_tension(const struct render *r, const struct turn_log *log,
			struct rlines *out)
{
	struct strbuf from = STRBUF_INIT, to = STRBUF_INIT, d = STRBUF_INIT;
	struct strbuf sb = STRBUF_INIT;
	const struct gev *first = NULL, *last = NULL, *rung = NULL;
	size_t i;

	for (i = 0; i < log->n; i++) {
		const struct gev *e = &log->ev[i];

		if (e->type == GEV_STAT && e->stat == STAT_TENSION) {
			first = first ? first : e;
			last = e;
		}
		if (e->type == GEV_RUNG)
			rung = e;
	}
	/* Nothing to say when it ends where it began. */
	if (!first || (!rung && floor(first->before + 0.5) ==
		       floor(last->after + 0.5)))
		return;
	render_change(r, first->before, last->after, 0, &from, &to, &d);
	lang_fmt(&sb, rget(r, rung ? "sum.tension_rung" : "sum.tension"),
		 "from", from.buf, "to", to.buf, "delta", d.buf,
		 "rung", rung ? render_rung(r, (int)rung->after) : "",
		 LANG_END);
	rlines_add(out, RL_STAT, last->after > first->before ? TONE_BAD :
		   last->after < first->before ? TONE_GOOD : TONE_NEUTRAL,
		   sb.buf);
	strbuf_release(&from);
	strbuf_release(&to);
	strbuf_release(&d);
	strbuf_release(&sb);
}

/* Is e news that the summary must not hide? The ending first (2). */
static int sum_notable(const struct render *r, const struct gev *e)
{
	if (!render_sees(r, e))
		return 0;
	if (e->type == GEV_END)
		return 2;
	return e->type == GEV_DETECT || e->type == GEV_BREACH ||
	       (e->type == GEV_EVENT && e->ref2 >= 0);
}

static void sum_notes(const struct render *r, const struct turn_log *log,
		      struct rlines *out)
{
	const struct gev *pick = NULL;
	struct strbuf sb = STRBUF_INIT;
	char more[16];
	int n = 0, k;
	size_t i;

	for (i = 0; i < log->n; i++) {
		k = sum_notable(r, &log->ev[i]);
		if (!k)
			continue;
		n++;
		if (!pick || k > sum_notable(r, pick))
			pick = &log->ev[i];
	}
	if (!pick)
		return;
	render_gev(r, pick, &sb);
	if (n > 1) {
		snprintf(more, sizeof more, "%d", n - 1);
		strbuf_addc(&sb, ' ');
		lang_fmt(&sb, rget(r, "sum.more"), "n", more, LANG_END);
	}
	rlines_add(out, pick->type == GEV_END ? RL_END : RL_DETECT,
		   tone_of(r, pick), sb.buf);
	strbuf_release(&sb);
}

void render_turn_summary(const struct render *r, const struct turn_log *log,
			 struct rlines *out)
{
	size_t i, from = out->n;

	sum_moves(r, log, SIDE_A, out);
	sum_moves(r, log, SIDE_B, out);
	sum_trust(r, log, out);
	sum_tension(r, log, out);
	turn_score(r, log, out);
	sum_notes(r, log, out);
	/* At most six lines: the trial joins the last one when it must. */
	turn_trial(r, log, out->n - from >= 6, out);
	for (i = from; i < out->n; i++)
		out->v[i].turn = log->turn;
}
