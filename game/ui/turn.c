/* turn.c — one side's turn: the state as that side sees it, the
 * proposals, the two choices, what the highlighted choice may do, and
 * the news. Laid out for 80x24; more rows go to the explanation and the
 * news. */
#include "ui/tui.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/explain.h"
#include "text/trial.h"
#include "ui/ui_int.h"

enum { TF_DIPLO, TF_CYBER, TF_CONFIRM };

struct ts {
	struct session *s;
	int side;
	struct move *m;
	int focus;
	int has[KINDS];		/* the side has actions of this kind */
	double their;		/* the other's trust as this side sees it */
	double mine_before;	/* own trust a turn ago */
	int nkinds;		/* choices on the screen; Confirm is next */
	int top;		/* rows of the header and numbers */
	char keys[160];		/* the key line, numbered for them */
	const char *msg;	/* a lang key said once on the message row */
};

/* The number shown for a choice (1, 2), and for Confirm after them. */
static int turn_num(const struct ts *t, int f)
{
	return f == TF_CONFIRM ? t->nkinds + 1 :
	       f == TF_CYBER && t->has[TF_DIPLO] ? 2 : 1;
}

/* The choice a number key names, or -1. */
static int turn_of_num(const struct ts *t, int n)
{
	int f;

	for (f = TF_DIPLO; f <= TF_CONFIRM; f++)
		if ((f == TF_CONFIRM || t->has[f]) && turn_num(t, f) == n)
			return f;
	return -1;
}

/* Rows of each part for this terminal: the proposals, and the body
 * that the explanation and the news share (turn_bottom). */
struct tlayout {
	int props, body;
};

static void turn_layout(struct ui *u, const struct ts *t, struct tlayout *l)
{
	int np = t->s->sc->nproposals, fixed, avail;
	int moves = t->has[0] + t->has[1] + 1;

	fixed = t->top + (np ? 1 : 0) + 1 + moves + 1 + 1 +
		ui_keyline_rows(u, t->keys);
	avail = u->rows - fixed;
	l->props = np < avail - 2 ? np : avail - 2;
	if (l->props < 0)
		l->props = 0;
	l->body = avail - l->props > 2 ? avail - l->props : 2;
}

/* ---- the top: header and numbers --------------------------------------- */

/* "You: Russia · vs the United States (Planner, 2 turns ahead)" in at
 * most w columns, shortened by rule rather than cut: the opponent's
 * details go first ("(Planner)"), then the opponent's kind altogether. */
static void turn_who(struct ui *u, const struct ts *t, int w,
		     struct strbuf *sb)
{
	const struct scenario *sc = t->s->sc;
	const struct save_player *p = session_who(t->s, side_other(t->side));
	struct strbuf vs = STRBUF_INIT;
	int pass;

	for (pass = 0; pass < 3; pass++) {
		strbuf_reset(sb);
		strbuf_reset(&vs);
		if (session_human(t->s, side_other(t->side)))
			strbuf_adds(&vs, ui_tr(u, "turn.vs_human"));
		else if (pass == 0)
			ui_player_words(u, p, &vs);
		else
			strbuf_adds(&vs, ui_doctrine_name(u, p->name));
		lang_fmt(sb, ui_tr(u, pass < 2 ? "turn.you" : "turn.you_short"),
			 "side", ui_sctext(u, sc, &sc->side[t->side].name),
			 "other", ui_sctext(u, sc,
					    &sc->side[side_other(t->side)].name),
			 "vs", vs.buf, LANG_END);
		if (ui_width(sb->buf) <= w)
			break;
	}
	strbuf_release(&vs);
}

static void turn_head(struct ui *u, const struct ts *t)
{
	const struct scenario *sc = t->s->sc;
	const struct state *st = &t->s->sg.g.st;
	struct strbuf l = STRBUF_INIT, r = STRBUF_INIT;
	struct render rd;
	char n[16], m[16], a[16], b[16];

	snprintf(n, sizeof n, "%d", st->turn + 1);
	snprintf(m, sizeof m, "%d", t->s->sg.g.turns);
	ui_render(u, t->s, t->side, &rd);
	/* The scenario's date first, when it has a calendar. */
	if (render_date(&rd, st->turn + 1, &r))
		strbuf_adds(&r, " \u00b7 ");
	lang_fmt(&r, ui_tr(u, "turn.head"), "turn", n, "turns", m, LANG_END);
	if (t->s->unsaved) {
		/* Until a write succeeds again, say so on every turn. */
		strbuf_adds(&r, " \u00b7 ");
		strbuf_adds(&r, ui_tr(u, "turn.unsaved"));
	}
	/* The turn and the date matter more than the scenario's name. */
	if (ui_width(ui_sctext(u, sc, &sc->title)) + ui_width(r.buf) + 3 >
	    u->cols)
		ui_header(u, r.buf, NULL);
	else
		ui_header(u, ui_sctext(u, sc, &sc->title), r.buf);
	strbuf_reset(&r);
	snprintf(a, sizeof a, "%d", st->rung + 1);
	snprintf(b, sizeof b, "%d", sc->nrungs);
	lang_fmt(&l, ui_tr(u, "turn.rung"), "n", a, "of", b, "name",
		 ui_sctext(u, sc, &sc->rung[st->rung].name), LANG_END);
	/* The ladder on the right, when it has rungs to climb; who plays
	 * whom gets the rest. */
	if (sc->nrungs < 2)
		strbuf_reset(&l);
	ui_put_right(u, 1, 0, u->cols - 1,
		     st->rung >= sc->nrungs / 2 && sc->nrungs > 1 ? UA_BAD :
		     UA_NORM, l.buf);
	turn_who(u, t, u->cols - ui_width(l.buf) - 4, &r);
	ui_put(u, 1, 1, u->cols - ui_width(l.buf) - 4, UA_TITLE, r.buf);
	strbuf_release(&l);
	strbuf_release(&r);
}

/* One numbers row: label, bar, value (with a change), and a side stat.
 * lw: the width of the longest label. */
static void turn_stat(struct ui *u, int y, int lw, const char *label,
		      double v, const char *value, int attr,
		      const char *right)
{
	int bw = u->cols >= 100 ? 30 : 16, x = 2 + lw;

	ui_put(u, y, 1, lw, UA_NORM, label);
	ui_bar(u, y, x, bw, v, attr);
	ui_put(u, y, x + bw + 1, 10, attr, value);
	ui_put_right(u, y, x + bw + 11, u->cols - x - bw - 12, UA_NORM,
		     right);
}

/* The widest of the three labels, within what the row can spare. */
static int turn_label_w(const struct ui *u)
{
	static const char *const keys[] = {
		"turn.my_trust", "turn.their_trust", "stat.tension"
	};
	int i, w = 0, max = u->cols - (u->cols >= 100 ? 30 : 16) - 30;

	for (i = 0; i < 3; i++)
		if (ui_width(ui_tr(u, keys[i])) > w)
			w = ui_width(ui_tr(u, keys[i]));
	return w < max ? w : max;
}

/* "Security  55" on the right, when the scenario uses the stat. */
static void turn_side_stat(struct ui *u, const struct scenario *sc, int stat,
			   const char *key, double v, struct strbuf *sb)
{
	if (stat != STAT_SCORE && !scenario_uses(sc, stat))
		return;
	strbuf_addf(sb, "%s %3.0f", ui_tr(u, key), v);
}

static void turn_numbers(struct ui *u, const struct ts *t)
{
	struct side_state view;
	const struct side_state *me = &view;
	const struct scenario *sc = t->s->sc;
	struct strbuf v = STRBUF_INIT, r = STRBUF_INIT;
	double d;
	int lw = turn_label_w(u), tension = scenario_uses(sc, STAT_TENSION);

	/* The player's own numbers as it can know them: what undetected
	 * acts did to them stays hidden until the debrief. */
	game_view(&t->s->sg.g, t->side, t->side, &view);
	d = me->trust - t->mine_before;

	render_num(&v, me->trust);
	if (fabs(d) >= 0.5)
		strbuf_addf(&v, " %s%.0f", d > 0 ? ui_sym(u, "\u25b2", "+") :
			    ui_sym(u, "\u25bc", "-"), fabs(d));
	turn_side_stat(u, sc, STAT_SECURITY, "stat.security", me->security,
		       &r);
	turn_stat(u, 2, lw, ui_tr(u, "turn.my_trust"), me->trust, v.buf,
		  me->trust >= 50 ? UA_GOOD : UA_BAD, r.buf);
	strbuf_reset(&v);
	strbuf_reset(&r);
	strbuf_addf(&v, "%s", ui_sym(u, "\u2248", "~"));
	render_num(&v, t->their);
	if (tension)
		turn_side_stat(u, sc, STAT_SUPPORT, "stat.support",
			       me->support, &r);
	else
		turn_side_stat(u, sc, STAT_SCORE, "stat.score", me->score,
			       &r);
	turn_stat(u, 3, lw, ui_tr(u, "turn.their_trust"), t->their, v.buf,
		  t->their >= 50 ? UA_GOOD : UA_BAD, r.buf);
	strbuf_reset(&v);
	strbuf_reset(&r);
	/* Without tension (a payoff game) the score goes up a row. */
	if (tension) {
		render_num(&v, t->s->sg.g.st.tension);
		turn_side_stat(u, sc, STAT_SCORE, "stat.score", me->score,
			       &r);
		turn_stat(u, 4, lw, ui_tr(u, "stat.tension"),
			  t->s->sg.g.st.tension, v.buf,
			  t->s->sg.g.st.tension >= 50 ? UA_BAD : UA_NORM,
			  r.buf);
	}
	strbuf_release(&v);
	strbuf_release(&r);
}

/* ---- proposals ----------------------------------------------------------- */

static const char *turn_prop_sym(const struct ui *u, int st)
{
	switch (st) {
	case PS_TABLED: return ui_sym(u, "\u25cf", "o");
	case PS_SIGNED: return ui_sym(u, "\u2714", "+");
	case PS_BREACHED: return ui_sym(u, "\u2716", "x");
	case PS_WITHDRAWN: return ui_sym(u, "\u2013", "-");
	}
	return ui_sym(u, "\u25cb", ".");
}


/* ", yours to sign", or, while this side's trust is below what the
 * proposal asks of its signer, ", sign at trust N". */
static void turn_sign_note(struct ui *u, const struct game *g, int side,
			   int p, struct strbuf *sb)
{
	double need = g->sc->proposal[p].min_trust;
	struct strbuf num = STRBUF_INIT;

	if (g->st.side[side].trust >= need) {
		strbuf_adds(sb, ui_tr(u, "turn.yours_to_sign"));
		return;
	}
	render_num(&num, need);
	lang_fmt(sb, ui_tr(u, "turn.sign_at"), "need", num.buf, LANG_END);
	strbuf_release(&num);
}
/* A proposal's status as this side reads it: "on the table (Russia),
 * sign at trust ≥ 25". */
static void turn_prop_status(struct ui *u, const struct ts *t,
			     const struct render *r, int p, struct strbuf *sb)
{
	const struct game *g = &t->s->sg.g;
	int st = g->st.prop[p];

	render_status(r, st, g->st.tabled_by[p], sb);
	if (st == PS_TABLED && g->st.tabled_by[p] != t->side)
		turn_sign_note(u, g, t->side, p, sb);
}

static int turn_props(struct ui *u, const struct ts *t, int y, int rows)
{
	const struct game *g = &t->s->sg.g;
	const struct scenario *sc = g->sc;
	struct render r;
	struct strbuf sb = STRBUF_INIT;
	int p, st, attr, sw = 0;
	char num[16];

	/* The statuses keep every word (a number, a condition); the titles
	 * get the rest, a long one shortened with "…" (the pick list and
	 * the briefing show it whole). */
	ui_render(u, t->s, t->side, &r);
	for (p = 0; p < sc->nproposals; p++) {
		strbuf_reset(&sb);
		turn_prop_status(u, t, &r, p, &sb);
		if (ui_width(sb.buf) > sw)
			sw = ui_width(sb.buf);
	}
	if (sw > u->cols - 20)
		sw = u->cols - 20;

	ui_rule(u, y++, ui_tr(u, "turn.proposals"));
	for (p = 0; p < rows && p < sc->nproposals; p++, y++) {
		st = g->st.prop[p];
		attr = st == PS_SIGNED ? UA_GOOD : st == PS_BREACHED ? UA_BAD :
		       st == PS_WITHDRAWN || st == PS_NOT_TABLED ? UA_DIM :
		       UA_NORM;
		snprintf(num, sizeof num, "%2d", p + 1);
		ui_put(u, y, 1, 3, UA_KEY, num);
		ui_put(u, y, 4, 2, attr, turn_prop_sym(u, st));
		ui_put_clip(u, y, 6, u->cols - sw - 8, st == PS_TABLED ?
			    UA_TITLE : UA_NORM,
			    ui_sctext(u, sc, &sc->proposal[p].title));
		strbuf_reset(&sb);
		turn_prop_status(u, t, &r, p, &sb);
		ui_put_right(u, y, u->cols - sw - 1, sw, attr, sb.buf);
	}
	if (p < sc->nproposals) {
		char more[16];

		snprintf(more, sizeof more, "+%d", sc->nproposals - p);
		ui_put_right(u, y - 1, 0, 4, UA_DIM, more);
	}
	strbuf_release(&sb);
	return y;
}

/* ---- the choices ---------------------------------------------------------- */

static void turn_choice_label(struct ui *u, const struct ts *t, int k,
			      struct strbuf *sb)
{
	struct render r;
	int a = t->m->act[k];

	ui_render(u, t->s, t->side, &r);
	if (a < 0) {
		strbuf_adds(sb, ui_tr(u, "turn.unchosen"));
		return;
	}
	render_act_label(&r, a, t->s->sc->action[a].op != POP_NONE ?
			 t->m->prop : -1, 0, sb);
	if (t->s->sc->action[a].covert) {
		strbuf_addc(sb, ' ');
		strbuf_adds(sb, ui_tr(u, "turn.covert_tag"));
	}
}

static int turn_choices(struct ui *u, const struct ts *t, int y)
{
	struct strbuf sb = STRBUF_INIT;
	int k, sel, kw = 0;
	char num[16];

	for (k = 0; k < KINDS; k++)
		if (ui_width(lang_getf(&u->L, "kind.label.%d", k)) > kw)
			kw = ui_width(lang_getf(&u->L, "kind.label.%d", k));
	kw += 7;
	if (t->nkinds == 1)
		kw = ui_width(ui_tr(u, "kind.label.only")) + 7;
	ui_rule(u, y++, ui_tr(u, "turn.your_move"));
	for (k = 0; k < KINDS; k++) {
		if (!t->has[k])
			continue;
		sel = t->focus == k;
		snprintf(num, sizeof num, "%d", turn_num(t, k));
		ui_put(u, y, 1, 2, UA_KEY, sel ? ui_sym(u, "\u25b6", ">") : "");
		ui_put(u, y, 3, 2, UA_KEY, num);
		/* One kind of move (a payoff game): it is just the move. */
		ui_put(u, y, 5, kw - 5, sel ? UA_TITLE : UA_NORM,
		       t->nkinds == 1 ? ui_tr(u, "kind.label.only") :
		       lang_getf(&u->L, "kind.label.%d", k));
		strbuf_reset(&sb);
		turn_choice_label(u, t, k, &sb);
		ui_put_clip(u, y, kw, u->cols - kw - 1, sel ? UA_SEL : UA_NORM,
			    sb.buf);
		ui_hit(u, y, 0, u->cols, K_HIT_CHOICE + k);
		y++;
	}
	sel = t->focus == TF_CONFIRM;
	snprintf(num, sizeof num, "%d", turn_num(t, TF_CONFIRM));
	ui_put(u, y, 1, 2, UA_KEY, sel ? ui_sym(u, "\u25b6", ">") : "");
	ui_put(u, y, 3, 2, UA_KEY, num);
	ui_put(u, y, 5, u->cols - 6, sel ? UA_SEL : UA_TITLE,
	       ui_tr(u, "turn.confirm"));
	ui_hit(u, y, 0, u->cols, K_HIT_CHOICE + TF_CONFIRM);
	strbuf_release(&sb);
	return y + 1;
}

/* ---- explanation and news --------------------------------------------------- */

/* Here the numbers matter most: the description goes after them. */
static void turn_desc_last(struct rlines *rl, const char *desc)
{
	struct rline first;

	if (!rl->n || !*desc || strcmp(rl->v[0].text, desc))
		return;
	first = rl->v[0];
	memmove(rl->v, rl->v + 1, (rl->n - 1) * sizeof *rl->v);
	rl->v[rl->n - 1] = first;
}

/* What the focused choice may do, into d; its heading into head. */
static void turn_explain(struct ui *u, const struct ts *t, struct doc *d,
			 struct strbuf *head)
{
	struct render r;
	struct strbuf lab = STRBUF_INIT;
	int k = t->focus, a;

	ui_render(u, t->s, t->side, &r);
	if (k == TF_CONFIRM) {
		strbuf_adds(head, ui_tr(u, "turn.what_now"));
		doc_line(d, TONE_NEUTRAL, ui_tr(u, "turn.confirm.help"));
		return;
	}
	a = t->m->act[k];
	if (a < 0) {
		strbuf_adds(head, ui_tr(u, "turn.unchosen.head"));
		doc_line(d, TONE_NEUTRAL, ui_tr(u, "turn.unchosen.help"));
		return;
	}
	render_act_label(&r, a, -1, 1, &lab);
	lang_fmt(head, ui_tr(u, "turn.what_it_does"), "act", lab.buf,
		 LANG_END);
	strbuf_release(&lab);
	explain_action(&r, &t->s->sg.g, t->side, a,
		       t->s->sc->action[a].op != POP_NONE ? t->m->prop : -1,
		       t->their, &d->l);
	turn_desc_last(&d->l, ui_sctext(u, t->s->sc,
					&t->s->sc->action[a].desc));
}

/* Where the package's trial stands after the last turn, when it is on
 * trial or just broke (text/trial.h). */
static void turn_trial(const struct render *r, const struct turn_log *log,
		       struct doc *d)
{
	struct strbuf sb = STRBUF_INIT;
	int k = trial_say(r, log, &sb);

	if (k == TRIAL_BEGIN || k == TRIAL_ON || k == TRIAL_BROKE)
		doc_line(d, k == TRIAL_BROKE ? TONE_BAD : TONE_GOOD, sb.buf);
	strbuf_release(&sb);
}

/* Last turn's news as this side saw it, into d; its heading into head. */
static void turn_news(struct ui *u, const struct ts *t, struct doc *d,
		      struct strbuf *head)
{
	const struct game *g = &t->s->sg.g;
	struct render r;
	struct rlines all;
	size_t i;
	char n[16];

	rlines_init(&all);
	ui_render(u, t->s, t->side, &r);
	if (g->nlogs == 0) {
		strbuf_adds(head, ui_tr(u, "turn.news"));
		doc_line(d, TONE_NEUTRAL, ui_tr(u, "turn.no_news"));
		return;
	}
	snprintf(n, sizeof n, "%d", g->st.turn);
	lang_fmt(head, ui_tr(u, "turn.news_of"), "turn", n, LANG_END);
	/* The package's trial first (it decides how the game may end),
	 * this side's own secrets next (only it knows them), then the
	 * turn's summary; the full account is in the history (t). */
	turn_trial(&r, &g->logs[g->nlogs - 1], d);
	r.trial_apart = 1;
	render_turn(&r, &g->logs[g->nlogs - 1], &all);
	for (i = 0; i < all.n; i++)
		if (all.v[i].priv)
			doc_lines(d, &(struct rlines){ 1, 1, &all.v[i] });
	rlines_reset(&all);
	/* The player knows its own moves: the summary without them. */
	render_turn_summary(&r, &g->logs[g->nlogs - 1], &all);
	for (i = 0; i < all.n; i++)
		if (all.v[i].kind != RL_MOVE || all.v[i].side != t->side)
			doc_lines(d, &(struct rlines){ 1, 1, &all.v[i] });
	rlines_release(&all);
}

/* The explanation and the news share the rows below the choices (h of
 * them, headings excluded): each gets what it needs when both fit, else
 * the explanation the larger half, and more when the news need less. */
static void turn_bottom(struct ui *u, const struct ts *t, int y, int h)
{
	struct doc d[2];
	struct strbuf head[2];
	int w = u->cols - 2, need[2], rows[2], i;

	for (i = 0; i < 2; i++) {
		doc_init(&d[i]);
		strbuf_init(&head[i]);
	}
	turn_explain(u, t, &d[0], &head[0]);
	turn_news(u, t, &d[1], &head[1]);
	need[0] = doc_height(&d[0], w);
	need[1] = doc_height(&d[1], w);
	rows[0] = need[0] + need[1] <= h ? need[0] :
		  need[1] < h / 2 ? h - need[1] : h - h / 2;
	if (rows[0] > need[0])
		rows[0] = need[0];
	rows[1] = h - rows[0];
	for (i = 0; i < 2; i++) {
		ui_rule(u, y++, head[i].buf);
		if (need[i] > rows[i] && rows[i] > 1) {
			/* What does not fit is one key away: say which. */
			d[i].scrolls = 1;
			doc_draw(u, &d[i], y, 1, rows[i] - 1, w);
			ui_put(u, y + rows[i] - 1, 3, w - 2, UA_DIM,
			       ui_tr(u, i ? "turn.more.news" :
				     "turn.more.explain"));
		} else {
			doc_draw(u, &d[i], y, 1, rows[i], w);
		}
		y += rows[i];
		doc_release(&d[i]);
		strbuf_release(&head[i]);
	}
}

static void turn_draw(struct ui *u, const struct ts *t)
{
	struct tlayout l;
	int y = t->top;

	turn_layout(u, t, &l);
	ui_clear(u);
	turn_head(u, t);
	turn_numbers(u, t);
	if (t->s->sc->nproposals)
		y = turn_props(u, t, y, l.props);
	y = turn_choices(u, t, y);
	turn_bottom(u, t, y, l.body);
	if (t->msg)
		ui_message_row(u, ui_keyline_rows(u, t->keys),
			       ui_tr(u, t->msg));
	ui_keyline(u, t->keys);
	refresh();
}

/* ---- keys -------------------------------------------------------------- */

static void turn_focus(struct ts *t, int dir)
{
	int f = t->focus;

	do {
		f = (f + dir + 3) % 3;
	} while (f != TF_CONFIRM && !t->has[f]);
	t->focus = f;
}

/* Ask whether to leave; 1 when the player leaves. */
static int turn_leave(struct ui *u, const struct session *s)
{
	struct strbuf q = STRBUF_INIT;
	enum box_rc rc;

	lang_fmt(&q, ui_tr(u, s->unsaved ? "turn.leave.unsaved" :
			   "turn.leave"), "why", s->why.buf, LANG_END);
	rc = ui_confirm(u, q.buf);
	strbuf_release(&q);
	return rc == BOX_OK;
}

/* What a key did: nothing that ends the screen, or one of the
 * screen's results. */
enum { TK_ON = -1 };

/* Confirm: only with every choice made; else the first one missing
 * is highlighted and the message row says so. */
static int turn_confirm(struct ts *t)
{
	int k;

	for (k = 0; k < KINDS; k++)
		if (t->has[k] && t->m->act[k] < 0) {
			t->focus = k;
			t->msg = "turn.unchosen.confirm";
			return TK_ON;
		}
	t->focus = TF_CONFIRM;
	return UI_DONE;
}

/* Handle a key: TK_ON to go on, else the screen's result. */
static int turn_key(struct ui *u, struct ts *t, int key)
{
	int f;

	t->msg = NULL;
	if (key >= K_HIT_CHOICE && key <= K_HIT_CHOICE + TF_CONFIRM) {
		t->focus = key - K_HIT_CHOICE;
		key = K_ENTER;
	}
	if (key >= '1' && key <= '9') {
		f = turn_of_num(t, key - '0');
		if (f == TF_CONFIRM)
			return turn_confirm(t);
		if (f >= 0) {
			t->focus = f;
			pick_action(u, t->s, t->side, t->focus, t->m);
		}
		return u->quit ? UI_BACK : TK_ON;
	}
	switch (key) {
	case K_QUIT: return UI_BACK;
	case K_UP: case K_BTAB: turn_focus(t, -1); break;
	case K_DOWN: case K_TAB: turn_focus(t, 1); break;
	case 'c': return turn_confirm(t);
	case K_ENTER: case K_RIGHT:
		if (t->focus == TF_CONFIRM)
			return key == K_ENTER ? turn_confirm(t) : TK_ON;
		pick_action(u, t->s, t->side, t->focus, t->m);
		break;
	case 'b': briefing_run(u, t->s, t->side); break;
	case 't':
		if (history_run(u, t->s, t->side) == UI_CHANGED)
			return UI_CHANGED;
		break;
	case 'T':
		if (timeline_run(u, t->s) == UI_CHANGED)
			return UI_CHANGED;
		break;
	case 'S': saves_save_as(u, t->s); break;
	case K_BACK: case 'q':
		if (turn_leave(u, t->s))
			return UI_BACK;
		break;
	}
	return u->quit ? UI_BACK : TK_ON;
}

/* The key line, with the choices' numbers: "1-3:choose", "1-2:choose". */
static void turn_keys(struct ui *u, struct ts *t)
{
	struct strbuf sb = STRBUF_INIT;
	char n[16];

	snprintf(n, sizeof n, "%d", t->nkinds + 1);
	lang_fmt(&sb, ui_tr(u, "keys.turn"), "n", n, LANG_END);
	snprintf(t->keys, sizeof t->keys, "%s", sb.buf);
	strbuf_release(&sb);
}

/* The turn opens on doing nothing: the neutral move of each kind with
 * the fewest effects (hold, no operation), so that a player who only
 * presses Confirm neither cooperates nor provokes by default. A kind
 * with no neutral move (a payoff game) starts unchosen (-1): the player
 * must choose. */
static void turn_neutral(const struct game *g, int side, struct move *m)
{
	const struct scenario *sc = g->sc;
	int k, a, best, fx, bfx = 0;

	m->prop = -1;
	for (k = 0; k < KINDS; k++) {
		best = -1;
		for (a = 0; a < sc->nactions; a++) {
			const struct action *ac = &sc->action[a];

			if (ac->kind != k || ac->stance != STANCE_NEUTRAL ||
			    ac->op != POP_NONE ||
			    !game_action_open(g, side, a))
				continue;
			fx = ac->effects.n + ac->seen.n;
			if (best < 0 || fx < bfx) {
				best = a;
				bfx = fx;
			}
		}
		m->act[k] = (int16_t)(game_kind_count(g, side, k) ? best : -1);
	}
}

/* Own trust before the last turn: the first change's starting value. */
static double turn_trust_before(const struct game *g, int side)
{
	const struct turn_log *l;
	size_t i;

	if (!g->nlogs)
		return g->st.side[side].trust;
	l = &g->logs[g->nlogs - 1];
	for (i = 0; i < l->n; i++)
		if (l->ev[i].type == GEV_STAT && l->ev[i].stat == STAT_TRUST &&
		    l->ev[i].side == side)
			return l->ev[i].before;
	return g->st.side[side].trust;
}

enum ui_rc turn_run(struct ui *u, struct session *s, int side,
		    struct move *m)
{
	struct ts t;
	int rc;

	memset(&t, 0, sizeof t);
	t.s = s;
	t.side = side;
	t.m = m;
	t.has[0] = scenario_kind_count(s->sc, side, KIND_DIPLO) > 0;
	t.has[1] = scenario_kind_count(s->sc, side, KIND_CYBER) > 0;
	t.nkinds = t.has[0] + t.has[1];
	t.top = scenario_uses(s->sc, STAT_TENSION) ? 5 : 4;
	t.focus = t.has[0] ? TF_DIPLO : t.has[1] ? TF_CYBER : TF_CONFIRM;
	t.their = render_their_trust(&s->sg.g, side);
	t.mine_before = turn_trust_before(&s->sg.g, side);
	turn_keys(u, &t);
	turn_neutral(&s->sg.g, side, m);
	do {
		u->topic = "turn";
		turn_draw(u, &t);
		rc = turn_key(u, &t, help_key(u, ui_key(u)));
	} while (rc == TK_ON);
	return (enum ui_rc)rc;
}
