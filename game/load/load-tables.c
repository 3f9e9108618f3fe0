/* load-tables.c — the rows of proposals, actions, events and payoff. */
#include "load/load-csv.h"
#include "load/quote.h"
#include "util/xmalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const yes_no[] = { "no", "yes", "0", "1", "false", "true",
	NULL };
#define YES_NO "yes or no"

/* Stop at the cap: one message, at the first row beyond it. */
static int ld_full(struct ld_tab *tb, size_t r, int n, int cap,
		   const char *what)
{
	if (n < cap)
		return 0;
	ld_tab_err(tb, &tb->t.rows[r].f[0], 0, DIAG_TOO_MANY, what, cap);
	return 1;
}

#define LD_ID(tb, r, k, arr, n) \
	ld_cell_id(tb, r, k, (arr)[n].id, (const char *)(arr)[0].id, \
		   &(arr)[0].line, sizeof (arr)[0], n)

/* ---- proposals.csv ---------------------------------------------------- */

enum { PC_ID, PC_TITLE, PC_SUMMARY, PC_QUOTE, PC_SIGNAL, PC_EFFECTS,
       PC_VALUE_A, PC_VALUE_B, PC_TABLED_BY, PC_MIN_TRUST, PC_IN_FORCE,
       PC_REQUIRED, PC_N };

static const struct ld_col proposal_cols[PC_N] = {
	{ "id", 1, 0, 0 }, { "title", 1, 1, 48 }, { "summary", 0, 1, 0 },
	{ "quote", 0, 1, 0 }, { "signal", 0, 0, 0 }, { "effects", 0, 0, 0 },
	{ "value_a", 0, 0, 0 }, { "value_b", 0, 0, 0 }, { "tabled_by", 0, 0, 0 },
	{ "min_trust", 0, 0, 0 }, { "in_force", 0, 0, 0 },
	{ "required", 0, 0, 0 },
};

static const struct ld_num num_lr = { 0.01, 100, 0 };
static const struct ld_num num_pct = { 0, 100, 0 };
static const struct ld_num num_value = { -1000, 1000, 0 };

/* Each translation of the quote, found in the article's translation
 * into its language when the scenario ships one (article.LANG.txt). */
static void ld_quote_tr(struct ld_tab *tb, size_t r, struct proposal *p,
			const struct quote_text *qt)
{
	const struct scenario *sc = tb->ld->sc;
	const struct csvt_field *f;
	char near[4 * QUOTE_PASSAGE + 8], *name;
	const char *q;
	int i;

	for (i = 0; i < sc->nlangs; i++) {
		q = p->quote_tr.s[i];
		f = ld_cell_lang(tb, r, PC_QUOTE, i);
		if (i == tb->ld->alang || !sc->article_tr[i] || !q || !f)
			continue;
		if (quote_text_find(&qt[i], q, strlen(q), &p->tr_at[i],
				    &p->tr_len[i]) == 0)
			continue;
		quote_text_nearest(&qt[i], q, strlen(q), near, sizeof near);
		name = xasprintf("article.%s.txt", sc->langs[i]);
		ld_tab_err(tb, f, 0, DIAG_QUOTE_NOT_FOUND, name, near);
		free(name);
	}
}

/* The quote, checked against the article when there is one, and its
 * translations against the article's (qt: the texts by language). */
static void ld_quote(struct ld_tab *tb, size_t r, struct proposal *p,
		     const struct quote_text *qt)
{
	const struct scenario *sc = tb->ld->sc;
	const struct csvt_field *f = ld_cell(tb, r, PC_QUOTE);
	char near[4 * QUOTE_PASSAGE + 8];

	ld_cell_text(tb, r, PC_QUOTE, &p->quote_tr);
	if (p->quote_tr.s[tb->ld->alang])
		p->quote = xstrdup(p->quote_tr.s[tb->ld->alang]);
	if (!sc->article || !f)
		return;
	if (!p->quote) {
		ld_tab_err(tb, f, 0, DIAG_EMPTY_VALUE, "quote");
		return;
	}
	if (quote_text_find(&qt[tb->ld->alang], p->quote, strlen(p->quote),
			    &p->quote_at, &p->quote_len) < 0) {
		quote_text_nearest(&qt[tb->ld->alang], p->quote,
				   strlen(p->quote), near, sizeof near);
		ld_tab_err(tb, f, 0, DIAG_QUOTE_NOT_FOUND, sc->article_file,
			   near);
	}
	ld_quote_tr(tb, r, p, qt);
}

static void ld_proposal_row(struct ld_tab *tb, size_t r,
			    const struct quote_text *qt)
{
	static const char *const tabled[] = { "a", "b", "none", NULL };
	struct scenario *sc = tb->ld->sc;
	struct proposal *p = &sc->proposal[sc->nproposals];
	int t = 2, in_force = 0, required = 0;

	if (LD_ID(tb, r, PC_ID, sc->proposal, sc->nproposals) < 0)
		return;
	p->line = tb->t.rows[r].line;
	p->signal = 1.5;
	ld_cell_text(tb, r, PC_TITLE, &p->title);
	ld_cell_text(tb, r, PC_SUMMARY, &p->summary);
	ld_quote(tb, r, p, qt);
	ld_cell_num(tb, r, PC_SIGNAL, &num_lr, &p->signal);
	ld_cell_effects(tb, r, PC_EFFECTS, EFX_PROPOSAL, &p->effects);
	ld_cell_num(tb, r, PC_VALUE_A, &num_value, &p->value[SIDE_A]);
	ld_cell_num(tb, r, PC_VALUE_B, &num_value, &p->value[SIDE_B]);
	ld_cell_enum(tb, r, PC_TABLED_BY, "side", "a, b or none", tabled, &t);
	p->tabled_by = (int8_t)(t == 2 ? -1 : t);
	ld_cell_num(tb, r, PC_MIN_TRUST, &num_pct, &p->min_trust);
	ld_cell_enum(tb, r, PC_IN_FORCE, "yes/no value", YES_NO, yes_no,
		     &in_force);
	ld_cell_enum(tb, r, PC_REQUIRED, "yes/no value", YES_NO, yes_no,
		     &required);
	p->in_force = (uint8_t)(in_force & 1);
	p->required = (uint8_t)(required & 1);
	/* Signed before the game: by whom it was proposed matters for
	 * withdrawal and breaches, so it needs a proposer. */
	if (p->in_force && p->tabled_by < 0)
		ld_tab_err(tb, ld_cell(tb, r, PC_IN_FORCE), 0,
			   DIAG_IN_FORCE_BY);
	sc->nproposals++;
}

int ld_proposals(struct ld *ld, const struct lfile *f)
{
	const struct scenario *sc = ld->sc;
	struct quote_text qt[SC_MAX_LANGS];
	struct ld_tab tb;
	size_t r;
	int i;

	/* The article and its translations are normalised once for all
	 * the quotes. */
	for (i = 0; i < SC_MAX_LANGS; i++)
		quote_text_init(&qt[i], sc->article_tr[i] ? sc->article_tr[i] :
				"", sc->article_tr_len[i]);
	quote_text_release(&qt[ld->alang]);
	quote_text_init(&qt[ld->alang], sc->article ? sc->article : "",
			sc->article_len);
	if (ld_tab_open(&tb, ld, f, proposal_cols, PC_N, PC_QUOTE) == 0) {
		if (sc->article && tb.col[PC_QUOTE][ld->alang] < 0)
			ld_tab_head_err(&tb, DIAG_COL_MISSING, "quote");
		for (r = 0; r < tb.t.nrows; r++) {
			if (ld_full(&tb, r, sc->nproposals, SC_MAX_PROPOSALS,
				    "proposals"))
				break;
			ld_proposal_row(&tb, r, qt);
		}
	}
	ld_tab_close(&tb);
	for (i = 0; i < SC_MAX_LANGS; i++)
		quote_text_release(&qt[i]);
	return 0;
}

/* ---- actions.csv ------------------------------------------------------- */

enum { AC_ID, AC_KIND, AC_NAME, AC_DESC, AC_STANCE, AC_COVERT, AC_DETECT,
       AC_LR, AC_OP, AC_EFFECTS, AC_SEEN, AC_BREACHES, AC_SIDES, AC_N };

static const struct ld_col action_cols[AC_N] = {
	{ "id", 1, 0, 0 }, { "kind", 1, 0, 0 }, { "name", 1, 1, 50 },
	{ "description", 0, 1, 0 }, { "stance", 1, 0, 0 }, { "covert", 0, 0, 0 },
	{ "detect", 0, 0, 0 }, { "lr", 0, 0, 0 }, { "op", 0, 0, 0 },
	{ "effects", 0, 0, 0 }, { "if_seen", 0, 0, 0 }, { "breaches", 0, 0, 0 },
	{ "sides", 0, 0, 0 },
};

/* "p1 p2": proposal ids separated by spaces, as a bit mask. */
static void ld_breaches(struct ld_tab *tb, size_t r, struct action *a)
{
	const struct csvt_field *f = ld_cell(tb, r, AC_BREACHES);
	const struct ld *ld = tb->ld;
	size_t i = 0, n;
	char id[SC_ID_MAX];
	int p;

	while (f && i < f->len) {
		i += strspn(f->s + i, " \t\n");
		n = strcspn(f->s + i, " \t\n");
		if (!n)
			break;
		snprintf(id, sizeof id, "%.*s", (int)n, f->s + i);
		p = n < SC_ID_MAX ? scenario_proposal(ld->sc, id) : -1;
		if (p >= 0)
			a->breaches |= 1u << p;
		else if (!ld->bad[LF_PROPOSALS])
			ld_tab_err(tb, f, i, DIAG_UNKNOWN_PROPOSAL, id);
		i += n;
	}
}

static void ld_action_enums(struct ld_tab *tb, size_t r, struct action *a)
{
	static const char *const stances[] = { "cooperative", "neutral",
		"hostile", NULL };
	static const char *const ops[] = { "none", "table", "accept",
		"reject", "withdraw", NULL };
	static const char *const sides[] = { "a", "b", "both", NULL };
	int kind = -1, stance = 0, op = 0, covert = 0, s = 2;

	if (!ld_empty(tb, r, AC_KIND))
		ld_cell_enum(tb, r, AC_KIND, "kind", "diplomatic or cyber",
			     ld_kind_names, &kind);
	else
		ld_tab_err(tb, ld_cell(tb, r, AC_KIND), 0, DIAG_EMPTY_VALUE,
			   "kind");
	if (ld_empty(tb, r, AC_STANCE))
		ld_tab_err(tb, ld_cell(tb, r, AC_STANCE), 0, DIAG_EMPTY_VALUE,
			   "stance");
	ld_cell_enum(tb, r, AC_STANCE, "stance",
		     "cooperative, neutral or hostile", stances, &stance);
	ld_cell_enum(tb, r, AC_COVERT, "yes/no value", YES_NO, yes_no,
		     &covert);
	if (ld_cell_enum(tb, r, AC_OP, "op", "none, table, accept, reject "
			 "or withdraw", ops, &op) == 0 && op &&
	    kind == KIND_CYBER)
		ld_tab_err(tb, ld_cell(tb, r, AC_OP), 0, DIAG_OP_KIND, ops[op]);
	ld_cell_enum(tb, r, AC_SIDES, "side", "a, b or both", sides, &s);
	a->kind = (uint8_t)(kind < 0 ? KIND_DIPLO : kind);
	a->stance = (uint8_t)stance;
	a->op = (uint8_t)op;
	a->covert = (uint8_t)(covert & 1);
	a->sides = (uint8_t)(s + 1);
}

static void ld_action_row(struct ld_tab *tb, size_t r)
{
	struct scenario *sc = tb->ld->sc;
	struct action *a = &sc->action[sc->nactions];

	if (LD_ID(tb, r, AC_ID, sc->action, sc->nactions) < 0)
		return;
	a->line = tb->t.rows[r].line;
	a->detect = 50;
	a->lr = 1;
	ld_action_enums(tb, r, a);
	ld_cell_text(tb, r, AC_NAME, &a->name);
	ld_cell_text(tb, r, AC_DESC, &a->desc);
	ld_cell_num(tb, r, AC_DETECT, &num_pct, &a->detect);
	ld_cell_num(tb, r, AC_LR, &num_lr, &a->lr);
	ld_cell_effects(tb, r, AC_EFFECTS, EFX_ACTION, &a->effects);
	ld_cell_effects(tb, r, AC_SEEN, EFX_ACTION, &a->seen);
	ld_breaches(tb, r, a);
	sc->nactions++;
}

int ld_actions(struct ld *ld, const struct lfile *f)
{
	struct ld_tab tb;
	size_t r;

	if (ld_tab_open(&tb, ld, f, action_cols, AC_N, -1) == 0) {
		ld->actions_head = (struct ld_place){ tb.t.head.line,
						      tb.t.head.f[0].col };
		for (r = 0; r < tb.t.nrows; r++) {
			if (ld_full(&tb, r, ld->sc->nactions, SC_MAX_ACTIONS,
				    "actions"))
				break;
			ld_action_row(&tb, r);
		}
	}
	ld_tab_close(&tb);
	return 0;
}

/* ---- events.csv ------------------------------------------------------- */

enum { EC_ID, EC_KIND, EC_NAME, EC_TEXT, EC_TURN, EC_CHANCE, EC_MIN_RUNG,
       EC_VICTIM, EC_AMBIGUITY, EC_LR, EC_EFFECTS, EC_BLAMED, EC_N };

static const struct ld_col event_cols[EC_N] = {
	{ "id", 1, 0, 0 }, { "kind", 1, 0, 0 }, { "name", 1, 1, 60 },
	{ "text", 0, 1, 0 }, { "turn", 0, 0, 0 }, { "chance", 0, 0, 0 },
	{ "min_rung", 0, 0, 0 }, { "victim", 0, 0, 0 }, { "ambiguity", 0, 0, 0 },
	{ "lr", 0, 0, 0 }, { "effects", 0, 0, 0 }, { "if_blamed", 0, 0, 0 },
};

static void ld_event_rung(struct ld_tab *tb, size_t r, struct event *e)
{
	const struct scenario *sc = tb->ld->sc;
	const struct csvt_field *f = ld_cell(tb, r, EC_MIN_RUNG);
	int i;

	if (!f || !f->len)
		return;
	for (i = 0; i < sc->nrungs; i++)
		if (!strcasecmp(sc->rung[i].id, f->s)) {
			e->min_rung = i;
			return;
		}
	if (!tb->ld->rung_refused)
		ld_tab_err(tb, f, 0, DIAG_UNKNOWN_RUNG, f->s);
}

/* A scripted event needs its turn, a random one its chance. */
static void ld_event_needs(struct ld_tab *tb, size_t r, int k,
			   const char *kind)
{
	const struct csvt_field *f = ld_cell(tb, r, k);

	if (f && f->len)
		return;
	ld_tab_err(tb, f ? f : ld_cell(tb, r, EC_ID), 0, DIAG_NEEDS, kind,
		   event_cols[k].name);
}

static void ld_event_numbers(struct ld_tab *tb, size_t r, struct event *e)
{
	struct ld_num turns = { 1, tb->ld->sc->rules.turns, 1 };
	double turn = 0;

	if (e->kind == EVK_SCRIPTED)
		ld_event_needs(tb, r, EC_TURN, "scripted");
	if (e->kind == EVK_RANDOM)
		ld_event_needs(tb, r, EC_CHANCE, "random");
	ld_cell_num(tb, r, EC_TURN, &turns, &turn);
	e->turn = (int)turn;
	ld_cell_num(tb, r, EC_CHANCE, &num_pct, &e->chance);
	ld_cell_num(tb, r, EC_AMBIGUITY, &num_pct, &e->ambiguity);
	ld_cell_num(tb, r, EC_LR, &num_lr, &e->lr);
}

/* An event's text is read by both sides and the shared screen: it
 * names the sides with {victim} and {other} (filled in for each reader)
 * rather than "you", and only where the event has one victim. */
static void ld_event_text(struct ld_tab *tb, size_t r, int victim)
{
	const struct csvt_field *f;
	const char *p, *end;
	char name[32];
	int i;

	for (i = 0; i < SC_MAX_LANGS; i++) {
		f = ld_cell_lang(tb, r, EC_TEXT, i);
		for (p = f ? strchr(f->s, '{') : NULL; p; p = strchr(p, '{')) {
			end = strchr(p, '}');
			if (!end)
				break;
			snprintf(name, sizeof name, "%.*s",
				 (int)(end - p - 1), p + 1);
			if (strcmp(name, "victim") && strcmp(name, "other"))
				ld_tab_err(tb, f, (size_t)(p - f->s),
					   DIAG_TEXT_PLACEHOLDER, name);
			else if (victim == VIC_NONE || victim == VIC_BOTH)
				ld_tab_err(tb, f, (size_t)(p - f->s),
					   DIAG_TEXT_NO_VICTIM, name);
			p = end + 1;
		}
	}
}

static void ld_event_row(struct ld_tab *tb, size_t r)
{
	static const char *const kinds[] = { "scripted", "random", "accident",
		NULL };
	static const char *const victims[] = { "a", "b", "any", "both",
		"none", NULL };
	struct scenario *sc = tb->ld->sc;
	struct event *e = &sc->event[sc->nevents];
	int kind = -1, victim = VIC_ANY;
	enum effects_ctx ctx;

	if (LD_ID(tb, r, EC_ID, sc->event, sc->nevents) < 0)
		return;
	e->line = tb->t.rows[r].line;
	e->lr = 0.5;
	if (ld_empty(tb, r, EC_KIND))
		ld_tab_err(tb, ld_cell(tb, r, EC_KIND), 0, DIAG_EMPTY_VALUE,
			   "kind");
	ld_cell_enum(tb, r, EC_KIND, "kind", "scripted, random or accident",
		     kinds, &kind);
	e->kind = (uint8_t)(kind < 0 ? EVK_ACCIDENT : kind);
	ld_cell_enum(tb, r, EC_VICTIM, "victim", "a, b, any, both or none",
		     victims, &victim);
	e->victim = (uint8_t)victim;
	ld_cell_text(tb, r, EC_NAME, &e->name);
	ld_cell_text(tb, r, EC_TEXT, &e->text);
	ld_event_text(tb, r, victim);
	if (kind >= 0)
		ld_event_numbers(tb, r, e);
	ld_event_rung(tb, r, e);
	ctx = victim == VIC_NONE ? EFX_EVENT_NOVICTIM : EFX_EVENT;
	ld_cell_effects(tb, r, EC_EFFECTS, ctx, &e->effects);
	ld_cell_effects(tb, r, EC_BLAMED, ctx, &e->blamed);
	sc->nevents++;
}

int ld_events(struct ld *ld, const struct lfile *f)
{
	struct ld_tab tb;
	size_t r;

	if (ld_tab_open(&tb, ld, f, event_cols, EC_N, -1) == 0)
		for (r = 0; r < tb.t.nrows; r++) {
			if (ld_full(&tb, r, ld->sc->nevents, SC_MAX_EVENTS,
				    "events"))
				break;
			ld_event_row(&tb, r);
		}
	ld_tab_close(&tb);
	return 0;
}

/* ---- payoff.csv --------------------------------------------------------- */

enum { YC_A, YC_B, YC_PAY_A, YC_PAY_B, YC_N };

static const struct ld_col payoff_cols[YC_N] = {
	{ "a", 1, 0, 0 }, { "b", 1, 0, 0 }, { "payoff_a", 1, 0, 0 },
	{ "payoff_b", 1, 0, 0 },
};

struct ld_pay {
	struct ld_tab tb;
	int kind;		/* of the table's actions, -1 until known */
	int *first;		/* line of each pair's row, 0: none yet */
};

/* The action in column k (of side s) of row r, or -1. */
static int ld_pay_action(struct ld_pay *y, size_t r, int k, int s)
{
	const struct scenario *sc = y->tb.ld->sc;
	const struct csvt_field *f = ld_cell(&y->tb, r, k);
	int i = scenario_action(sc, f->s);

	if (!f->len)
		ld_tab_err(&y->tb, f, 0, DIAG_EMPTY_VALUE, payoff_cols[k].name);
	else if (i < 0)
		ld_tab_err(&y->tb, f, 0, DIAG_UNKNOWN_ACTION, f->s);
	else if (y->kind >= 0 && sc->action[i].kind != y->kind)
		ld_tab_err(&y->tb, f, 0, DIAG_PAYOFF_KIND, f->s,
			   ld_kind_names[sc->action[i].kind],
			   ld_kind_names[y->kind]);
	else if (!(sc->action[i].sides & (1u << s)))
		ld_tab_err(&y->tb, f, 0, DIAG_PAYOFF_SIDE, f->s,
			   s ? "b" : "a");
	else {
		y->kind = sc->action[i].kind;
		return i;
	}
	return -1;
}

static void ld_pay_row(struct ld_pay *y, size_t r)
{
	struct scenario *sc = y->tb.ld->sc;
	int a = ld_pay_action(y, r, YC_A, SIDE_A);
	int b = ld_pay_action(y, r, YC_B, SIDE_B), k;
	double v[SIDES] = { 0, 0 };
	size_t cell;

	for (k = YC_PAY_A; k <= YC_PAY_B; k++)
		if (ld_empty(&y->tb, r, k))
			ld_tab_err(&y->tb, ld_cell(&y->tb, r, k), 0,
				   DIAG_EMPTY_VALUE, payoff_cols[k].name);
	ld_cell_num(&y->tb, r, YC_PAY_A, &num_value, &v[SIDE_A]);
	ld_cell_num(&y->tb, r, YC_PAY_B, &num_value, &v[SIDE_B]);
	if (a < 0 || b < 0)
		return;
	cell = (size_t)a * (size_t)sc->nactions + (size_t)b;
	if (y->first[cell]) {
		ld_tab_err(&y->tb, ld_cell(&y->tb, r, YC_A), 0,
			   DIAG_PAYOFF_DUP, sc->action[a].id,
			   sc->action[b].id, y->first[cell]);
		return;
	}
	y->first[cell] = y->tb.t.rows[r].line;
	sc->payoff[cell * 2] = v[SIDE_A];
	sc->payoff[cell * 2 + 1] = v[SIDE_B];
}

/* Every pair of actions of the table's kind open to a and b. */
static void ld_pay_pairs(struct ld_pay *y)
{
	const struct scenario *sc = y->tb.ld->sc;
	int a, b;

	for (a = 0; a < sc->nactions; a++)
		for (b = 0; b < sc->nactions; b++)
			if (sc->action[a].kind == y->kind &&
			    sc->action[b].kind == y->kind &&
			    (sc->action[a].sides & 1) &&
			    (sc->action[b].sides & 2) &&
			    !y->first[a * sc->nactions + b])
				ld_tab_head_err(&y->tb, DIAG_PAYOFF_MISSING,
						sc->action[a].id,
						sc->action[b].id);
}

int ld_payoff(struct ld *ld, const struct lfile *f)
{
	struct scenario *sc = ld->sc;
	struct ld_pay y = { .kind = -1 };
	size_t n = (size_t)sc->nactions, r;

	if (ld_tab_open(&y.tb, ld, f, payoff_cols, YC_N, -1) == 0 &&
	    !ld->bad[LF_ACTIONS] && n) {
		y.first = xcalloc(n * n, sizeof *y.first);
		sc->payoff = xcalloc(n * n * 2, sizeof *sc->payoff);
		for (r = 0; r < y.tb.t.nrows; r++)
			ld_pay_row(&y, r);
		if (!y.tb.t.nrows)
			ld_tab_head_err(&y.tb, DIAG_PAYOFF_EMPTY);
		else if (!diag_file_errors(ld->d, f->path))
			ld_pay_pairs(&y);
		sc->payoff_kind = (uint8_t)(y.kind < 0 ? 0 : y.kind);
		free(y.first);
	}
	ld_tab_close(&y.tb);
	return 0;
}
