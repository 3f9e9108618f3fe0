/* transcript.c — a game's turns as text and as CSV. */
#include "save/transcript.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text/render.h"
#include "text/trial.h"
#include "util/xmalloc.h"

/* ---- text --------------------------------------------------------------- */

/* A transcript word: the language file's, else its fallback's, else
 * the English here (so a language file without these keys still gives
 * a readable transcript). */
static const char *tr(const struct lang *L, const char *key, const char *en)
{
	const char *s = L ? lang_find(L, key) : NULL;

	if (!s && L && L->fallback)
		s = lang_find(L->fallback, key);
	return s ? s : en;
}

/* "a person", "the computer (Tit for tat)", "the computer (Planner,
 * 3 turns ahead)". */
static void player_words(const struct lang *L, const struct save_player *p,
			 struct strbuf *sb)
{
	struct strbuf name = STRBUF_INIT;
	char key[48], depth[16];

	if (save_player_is_human(p)) {
		strbuf_adds(sb, tr(L, "transcript.human", "a person"));
		return;
	}
	snprintf(key, sizeof key, "doctrine.%s", p->name);
	snprintf(depth, sizeof depth, "%d", p->depth);
	if (p->depth)
		lang_fmt(&name, tr(L, "transcript.depth",
				   "{doctrine}, {depth} turns ahead"),
			 "doctrine", tr(L, key, p->name), "depth", depth,
			 (char *)NULL);
	else
		strbuf_adds(&name, tr(L, key, p->name));
	lang_fmt(sb, tr(L, "transcript.computer", "the computer ({doctrine})"),
		 "doctrine", name.buf, (char *)NULL);
	strbuf_release(&name);
}

static void head_players(const struct render *r, const struct save *sv,
			 struct strbuf *out)
{
	const struct save_branch *b = save_branch_find(sv, sv->current);
	struct strbuf pa = STRBUF_INIT, pb = STRBUF_INIT;

	player_words(r->L, &b->player[0], &pa);
	player_words(r->L, &b->player[1], &pb);
	lang_fmt(out, tr(r->L, "transcript.players",
			 "Players: {side_a}, {player_a}; {side_b}, "
			 "{player_b}."),
		 "side_a", render_side(r, 0), "player_a", pa.buf,
		 "side_b", render_side(r, 1), "player_b", pb.buf, (char *)NULL);
	strbuf_addc(out, '\n');
	strbuf_release(&pa);
	strbuf_release(&pb);
}

static void head_branch(const struct render *r, const struct save *sv,
			struct strbuf *out)
{
	const struct save_branch *b = save_branch_find(sv, sv->current);
	char id[16], n[16], parent[16], fork[16];

	snprintf(id, sizeof id, "%d", b->id);
	snprintf(n, sizeof n, "%zu", sv->nbr);
	snprintf(parent, sizeof parent, "%d", b->parent);
	snprintf(fork, sizeof fork, "%d", b->fork);
	if (b->parent)
		lang_fmt(out, tr(r->L, "transcript.branch",
				 "Branch {branch} of {branches}, from branch "
				 "{parent} after turn {fork}."),
			 "branch", id, "branches", n, "parent", parent,
			 "fork", fork, (char *)NULL);
	else
		lang_fmt(out, tr(r->L, "transcript.branch_first",
				 "Branch {branch} of {branches}."),
			 "branch", id, "branches", n, (char *)NULL);
	strbuf_addc(out, '\n');
}

static void text_head(const struct render *r, const struct save *sv,
		      struct strbuf *out)
{
	const struct scenario *sc = r->sc;
	char seed[24];

	lang_fmt(out, tr(r->L, "transcript.title", "{title} ({id})"),
		 "title", scenario_text(sc, &sc->title, r->lang),
		 "id", sc->id, (char *)NULL);
	strbuf_addc(out, '\n');
	if (!sv)
		return;
	snprintf(seed, sizeof seed, "%llu", (unsigned long long)sv->seed);
	lang_fmt(out, tr(r->L, "transcript.seed", "Seed {seed}."), "seed",
		 seed, (char *)NULL);
	strbuf_addc(out, '\n');
	head_players(r, sv, out);
	head_branch(r, sv, out);
}

/* The rung after turn t, from the one before and the turn's records. */
static int rung_after(const struct turn_log *l, int rung)
{
	size_t i;

	for (i = 0; l && i < l->n; i++)
		if (l->ev[i].type == GEV_RUNG)
			rung = (int)l->ev[i].after;
	return rung;
}

/* A turn's heading says only what the scenario uses, as the screens
 * do: a payoff game has no tension and no ladder. */
static const char *text_turn_head(const struct lang *L,
				  const struct scenario *sc)
{
	if (!scenario_uses(sc, STAT_TENSION))
		return tr(L, "transcript.turn_plain", "Turn {turn}");
	if (sc->nrungs < 2)
		return tr(L, "transcript.turn_tension",
			  "Turn {turn}: tension {tension}");
	return tr(L, "transcript.turn",
		  "Turn {turn}: {rung}, tension {tension}");
}

static void text_turn(const struct render *r, const struct turn_log *l,
		      int rung, double tension, struct strbuf *out)
{
	struct rlines rl;
	struct strbuf num = STRBUF_INIT;
	char turn[16];
	size_t i;

	snprintf(turn, sizeof turn, "%d", l->turn);
	render_num(&num, tension);
	strbuf_addc(out, '\n');
	lang_fmt(out, text_turn_head(r->L, r->sc),
		 "turn", turn, "rung", render_rung(r, rung),
		 "tension", num.buf, (char *)NULL);
	strbuf_addc(out, '\n');
	rlines_init(&rl);
	render_turn(r, l, &rl);
	for (i = 0; i < rl.n; i++)
		strbuf_addf(out, "  %s\n", rl.v[i].text);
	rlines_release(&rl);
	strbuf_release(&num);
}

void transcript_text(const struct save *sv, const struct game *g,
		     const struct lang *L, const char *lang,
		     struct strbuf *out)
{
	const struct scenario *sc = g->sc;
	struct render r;
	size_t n = g->nlogs, t;
	double *ta = xmalloc((n + 1) * sizeof *ta);
	double *tb = xmalloc((n + 1) * sizeof *tb);
	double *tx = xmalloc((n + 1) * sizeof *tx);
	int *held = xmalloc(((size_t)g->st.turn + 1) * sizeof *held);
	int rung = scenario_rung_of(sc, sc->rules.tension);

	render_init(&r, sc, L, lang, RV_ALL);
	/* The package's trial is told from the game's own counts, worked
	 * out once (text/trial.h). */
	r.g = g;
	trial_series(g, g->st.turn, held);
	r.held = held;
	text_head(&r, sv, out);
	render_series(g, ta, tb, tx);
	if (n == 0)
		strbuf_addf(out, "\n%s\n", tr(L, "transcript.no_turns",
					      "No turn has been played."));
	for (t = 1; t <= n; t++) {
		const struct turn_log *l = game_log(g, (int)t);

		rung = rung_after(l, rung);
		text_turn(&r, l, rung, tx[t], out);
	}
	free(ta);
	free(tb);
	free(tx);
	free(held);
}

/* ---- CSV ---------------------------------------------------------------- */

static const char *const kind_id[] = {
	[GEV_ACT] = "move", [GEV_DETECT] = "detect",
	[GEV_PROP] = "proposal", [GEV_PROP_FAIL] = "proposal_failed",
	[GEV_BREACH] = "breach", [GEV_EVENT] = "event", [GEV_STAT] = "stat",
	[GEV_RUNG] = "rung", [GEV_END] = "end"
};

static const char *const stat_id[STAT_N] = {
	"tension", "trust", "security", "support", "score",
	"misattribution", "detection", "accident"
};

static const char *const cause_id[] = {
	[CAUSE_ACT] = "act", [CAUSE_ACT_FX] = "act_effects",
	[CAUSE_SIGN] = "sign", [CAUSE_BREACH] = "breach",
	[CAUSE_EVENT] = "event", [CAUSE_BLAME] = "blame",
	[CAUSE_TREATY] = "treaty", [CAUSE_PAYOFF] = "payoff",
	[CAUSE_DRIFT] = "drift", [CAUSE_WEIGHTS] = "weights",
	[CAUSE_ENDING] = "ending", [CAUSE_REST] = "rest_of_period",
	[CAUSE_BETRAYAL] = "betrayal", [CAUSE_HIDDEN] = "hidden_damage"
};

static const char *const status_id[PS_N] = {
	"not_tabled", "tabled", "signed", "breached", "withdrawn"
};

static const char *const ending_id[END_N] = {
	"none", "agreement", "conflict", "collapse", "limit"
};

/* Table lookups that never read past the end for a bad value. */
#define PICK(tab, i) ((unsigned)(i) < sizeof tab / sizeof *tab && \
		      tab[(unsigned)(i)] ? tab[(unsigned)(i)] : "")

static const char *side_id(const struct scenario *sc, int s)
{
	return s >= 0 && s < SIDES ? sc->side[s].id : "";
}

static const char *act_id(const struct scenario *sc, int a)
{
	return a >= 0 && a < sc->nactions ? sc->action[a].id : "";
}

static const char *prop_id(const struct scenario *sc, int p)
{
	return p >= 0 && p < sc->nproposals ? sc->proposal[p].id : "";
}

static const char *event_id(const struct scenario *sc, int e)
{
	return e >= 0 && e < sc->nevents ? sc->event[e].id : "";
}

static const char *rung_id(const struct scenario *sc, int r)
{
	return r >= 0 && r < sc->nrungs ? sc->rung[r].id : "";
}

static const char *band_id(const struct scenario *sc, int b)
{
	return b >= 0 && b < sc->nbands ? sc->band[b].id : "";
}

/* A number as a spreadsheet reads it: 4 decimals at most, no trailing
 * zeros, no "-0". */
static void csv_num(struct strbuf *sb, double v)
{
	char buf[64];
	size_t n;

	if (fabs(v) < 0.00005)
		v = 0;
	snprintf(buf, sizeof buf, "%.4f", v);
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	strbuf_adds(sb, buf);
}

/* The columns from what to cause_of, by record type. */
struct csv_row {
	const char *what, *detail, *stat, *before, *after, *cause, *of;
	int numbers;		/* stat: before, after, change as numbers */
	char pair[2 * SC_ID_MAX + 2];	/* "cooperate/defect" */
};

static void row_stat(const struct scenario *sc, const struct gev *e,
		     struct csv_row *w)
{
	w->what = w->stat = PICK(stat_id, e->stat);
	w->numbers = 1;
	w->cause = PICK(cause_id, e->cause);
	switch (e->cause) {
	case CAUSE_ACT: case CAUSE_ACT_FX: w->of = act_id(sc, e->ref); break;
	case CAUSE_SIGN: case CAUSE_BREACH: case CAUSE_TREATY:
	case CAUSE_BETRAYAL:
		w->of = prop_id(sc, e->ref);
		break;
	case CAUSE_EVENT: case CAUSE_BLAME: w->of = event_id(sc, e->ref); break;
	case CAUSE_ENDING: w->of = PICK(ending_id, e->ref); break;
	case CAUSE_PAYOFF:
		/* The joint move the payoff table paid for. */
		snprintf(w->pair, sizeof w->pair, "%s/%s", act_id(sc, e->ref),
			 act_id(sc, e->ref2));
		w->of = w->pair;
		break;
	}
}

static void row_fill(const struct scenario *sc, const struct gev *e,
		     struct csv_row *w)
{
	memset(w, 0, sizeof *w);
	w->what = w->detail = w->stat = w->before = w->after = "";
	w->cause = w->of = "";
	switch (e->type) {
	case GEV_ACT:
		w->what = act_id(sc, e->ref);
		w->detail = prop_id(sc, e->ref2);
		break;
	case GEV_DETECT: w->what = act_id(sc, e->ref); break;
	case GEV_PROP:
		w->what = prop_id(sc, e->ref);
		w->before = PICK(status_id, (int)e->before);
		w->after = PICK(status_id, (int)e->after);
		break;
	case GEV_PROP_FAIL:
		w->what = prop_id(sc, e->ref);
		w->detail = PICK(status_id, e->ref2);
		break;
	case GEV_BREACH:
		w->what = prop_id(sc, e->ref);
		w->detail = act_id(sc, e->ref2);
		break;
	case GEV_EVENT:
		w->what = event_id(sc, e->ref);
		w->detail = side_id(sc, e->ref2);
		break;
	case GEV_STAT: row_stat(sc, e, w); break;
	case GEV_RUNG:
		w->what = rung_id(sc, (int)e->after);
		w->before = rung_id(sc, (int)e->before);
		w->after = w->what;
		break;
	case GEV_END:
		w->what = PICK(ending_id, e->ref);
		w->detail = band_id(sc, e->ref2);
		break;
	}
}

static void csv_record(const struct scenario *sc, int turn, int rung,
		       const struct gev *e, struct strbuf *sb)
{
	const char *text[] = { NULL, NULL, NULL, NULL, NULL };
	struct csv_row w;
	size_t i;

	row_fill(sc, e, &w);
	strbuf_addf(sb, "%d,", turn);
	text[0] = rung_id(sc, rung);
	text[1] = PICK(kind_id, e->type);
	text[2] = side_id(sc, e->side);
	text[3] = side_id(sc, e->actor);
	text[4] = w.what;
	for (i = 0; i < 5; i++) {
		strbuf_add_csv(sb, text[i]);
		strbuf_addc(sb, ',');
	}
	strbuf_add_csv(sb, w.detail);
	strbuf_addc(sb, ',');
	strbuf_add_csv(sb, w.stat);
	strbuf_addc(sb, ',');
	if (w.numbers) {
		csv_num(sb, e->before);
		strbuf_addc(sb, ',');
		csv_num(sb, e->after);
		strbuf_addc(sb, ',');
		csv_num(sb, e->after - e->before);
	} else {
		strbuf_add_csv(sb, w.before);
		strbuf_addc(sb, ',');
		strbuf_add_csv(sb, w.after);
		strbuf_addc(sb, ',');
	}
	strbuf_addc(sb, ',');
	strbuf_add_csv(sb, w.cause);
	strbuf_addc(sb, ',');
	strbuf_add_csv(sb, w.of);
	strbuf_addf(sb, ",%d,%d\n", e->seen & 1, (e->seen >> 1) & 1);
}

void transcript_csv(const struct game *g, struct strbuf *out)
{
	const struct scenario *sc = g->sc;
	int t, rung = scenario_rung_of(sc, sc->rules.tension);
	size_t i;

	strbuf_adds(out, "turn,rung,kind,side,actor,what,detail,stat,before,"
		    "after,change,cause,cause_of,seen_by_a,seen_by_b\n");
	for (t = 1; t <= (int)g->nlogs; t++) {
		const struct turn_log *l = game_log(g, t);

		rung = rung_after(l, rung);
		for (i = 0; i < l->n; i++)
			csv_record(sc, t, rung, &l->ev[i], out);
	}
}
