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
#include "ui/ui_int.h"
#include "util/xmalloc.h"

enum { TF_DIPLO, TF_CYBER, TF_CONFIRM };

struct ts {
	struct session *s;
	int side;
	struct move *m;
	int focus;
	int has[KINDS];		/* the side has actions of this kind */
	double their;		/* the other's trust as this side sees it */
	double mine_before;	/* own trust a turn ago */
};

/* Rows of each part for this terminal: the proposals, and the body
 * that the explanation and the news share (turn_bottom). */
struct tlayout {
	int props, body;
};

static void turn_layout(struct ui *u, const struct ts *t, struct tlayout *l)
{
	int np = t->s->sc->nproposals, fixed, avail;
	int moves = t->has[0] + t->has[1] + 1;

	fixed = 5 + (np ? 1 : 0) + 1 + moves + 1 + 1 +
		ui_keyline_rows(u, ui_tr(u, "keys.turn"));
	avail = u->rows - fixed;
	l->props = np < avail - 2 ? np : avail - 2;
	if (l->props < 0)
		l->props = 0;
	l->body = avail - l->props > 2 ? avail - l->props : 2;
}

/* ---- the top: header and numbers --------------------------------------- */

static void turn_head(struct ui *u, const struct ts *t)
{
	const struct scenario *sc = t->s->sc;
	const struct state *st = &t->s->sg.g.st;
	struct strbuf l = STRBUF_INIT, r = STRBUF_INIT;
	char n[16], m[16], a[16], b[16];

	snprintf(n, sizeof n, "%d", st->turn + 1);
	snprintf(m, sizeof m, "%d", sc->rules.turns);
	lang_fmt(&r, ui_tr(u, "turn.head"), "turn", n, "turns", m, LANG_END);
	if (t->s->unsaved) {
		/* Until a write succeeds again, say so on every turn. */
		strbuf_adds(&r, " \u00b7 ");
		strbuf_adds(&r, ui_tr(u, "turn.unsaved"));
	}
	ui_header(u, ui_sctext(u, sc, &sc->title), r.buf);
	strbuf_reset(&r);
	if (session_human(t->s, side_other(t->side)))
		strbuf_adds(&l, ui_tr(u, "turn.vs_human"));
	else
		ui_player_words(u, session_who(t->s, side_other(t->side)),
				&l);
	lang_fmt(&r, ui_tr(u, "turn.you"), "side",
		 ui_sctext(u, sc, &sc->side[t->side].name), "other",
		 ui_sctext(u, sc, &sc->side[side_other(t->side)].name),
		 "vs", l.buf, LANG_END);
	strbuf_reset(&l);
	snprintf(a, sizeof a, "%d", st->rung + 1);
	snprintf(b, sizeof b, "%d", sc->nrungs);
	lang_fmt(&l, ui_tr(u, "turn.rung"), "n", a, "of", b, "name",
		 ui_sctext(u, sc, &sc->rung[st->rung].name), LANG_END);
	/* The ladder on the right; who plays whom gets the rest. */
	ui_put_right(u, 1, 0, u->cols - 1,
		     st->rung >= sc->nrungs / 2 && sc->nrungs > 1 ? UA_BAD :
		     UA_NORM, l.buf);
	ui_put_clip(u, 1, 1, u->cols - ui_width(l.buf) - 4, UA_TITLE, r.buf);
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

static void turn_numbers(struct ui *u, const struct ts *t)
{
	struct side_state view;
	const struct side_state *me = &view;
	struct strbuf v = STRBUF_INIT, r = STRBUF_INIT;
	double d;
	int lw = turn_label_w(u);

	/* The player's own numbers as it can know them: what undetected
	 * acts did to them stays hidden until the debrief. */
	game_view(&t->s->sg.g, t->side, t->side, &view);
	d = me->trust - t->mine_before;

	render_num(&v, me->trust);
	if (fabs(d) >= 0.5)
		strbuf_addf(&v, " %s%.0f", d > 0 ? ui_sym(u, "\u25b2", "+") :
			    ui_sym(u, "\u25bc", "-"), fabs(d));
	strbuf_addf(&r, "%s %3.0f", ui_tr(u, "stat.security"), me->security);
	turn_stat(u, 2, lw, ui_tr(u, "turn.my_trust"), me->trust, v.buf,
		  me->trust >= 50 ? UA_GOOD : UA_BAD, r.buf);
	strbuf_reset(&v);
	strbuf_reset(&r);
	strbuf_addf(&v, "%s", ui_sym(u, "\u2248", "~"));
	render_num(&v, t->their);
	strbuf_addf(&r, "%s %3.0f", ui_tr(u, "stat.support"), me->support);
	turn_stat(u, 3, lw, ui_tr(u, "turn.their_trust"), t->their, v.buf,
		  t->their >= 50 ? UA_GOOD : UA_BAD, r.buf);
	strbuf_reset(&v);
	strbuf_reset(&r);
	render_num(&v, t->s->sg.g.st.tension);
	strbuf_addf(&r, "%s %3.0f", ui_tr(u, "stat.score"), me->score);
	turn_stat(u, 4, lw, ui_tr(u, "stat.tension"), t->s->sg.g.st.tension,
		  v.buf,
		  t->s->sg.g.st.tension >= 50 ? UA_BAD : UA_NORM, r.buf);
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
	char num[16];

	if (g->st.side[side].trust >= need) {
		strbuf_adds(sb, ui_tr(u, "turn.yours_to_sign"));
		return;
	}
	snprintf(num, sizeof num, "%.0f", need);
	lang_fmt(sb, ui_tr(u, "turn.sign_at"), "need", num, LANG_END);
}
static int turn_props(struct ui *u, const struct ts *t, int y, int rows)
{
	const struct game *g = &t->s->sg.g;
	const struct scenario *sc = g->sc;
	struct render r;
	struct strbuf sb = STRBUF_INIT;
	int p, st, attr, sw, tw = 0;
	char num[16];

	/* The titles as wide as they need; the status gets the rest. */
	for (p = 0; p < sc->nproposals; p++)
		if (ui_width(ui_sctext(u, sc, &sc->proposal[p].title)) > tw)
			tw = ui_width(ui_sctext(u, sc, &sc->proposal[p].title));
	sw = u->cols - 9 - tw;
	if (sw < 24)
		sw = 24;

	ui_render(u, t->s, t->side, &r);
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
		render_status(&r, st, g->st.tabled_by[p], &sb);
		if (st == PS_TABLED && g->st.tabled_by[p] != t->side)
			turn_sign_note(u, g, t->side, p, &sb);
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
	if (a < 0)
		return;
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
	ui_rule(u, y++, ui_tr(u, "turn.your_move"));
	for (k = 0; k < KINDS; k++) {
		if (!t->has[k])
			continue;
		sel = t->focus == k;
		snprintf(num, sizeof num, "%d", k + 1);
		ui_put(u, y, 1, 2, UA_KEY, sel ? ui_sym(u, "\u25b6", ">") : "");
		ui_put(u, y, 3, 2, UA_KEY, num);
		ui_put(u, y, 5, kw - 5, sel ? UA_TITLE : UA_NORM,
		       lang_getf(&u->L, "kind.label.%d", k));
		strbuf_reset(&sb);
		turn_choice_label(u, t, k, &sb);
		ui_put_clip(u, y, kw, u->cols - kw - 1, sel ? UA_SEL : UA_NORM,
			    sb.buf);
		ui_hit(u, y, 0, u->cols, K_HIT_CHOICE + k);
		y++;
	}
	sel = t->focus == TF_CONFIRM;
	ui_put(u, y, 1, 2, UA_KEY, sel ? ui_sym(u, "\u25b6", ">") : "");
	ui_put(u, y, 3, 2, UA_KEY, "3");
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

/* In a few lines: first what only this side knows (its own secrets),
 * then the consequences, then the moves (which the player remembers). */
static int turn_news_rank(const struct rline *l)
{
	if (l->priv)
		return 0;
	return l->kind == RL_MOVE || l->kind == RL_STAT ? 2 : 1;
}

static void turn_news_order(struct rlines *rl)
{
	struct rlines out;
	size_t i;
	int pass;

	rlines_init(&out);
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < rl->n; i++) {
			if (turn_news_rank(&rl->v[i]) != pass)
				continue;
			out.v = xgrow(out.v, &out.cap, out.n + 1,
				      sizeof *out.v);
			out.v[out.n++] = rl->v[i];
		}
	}
	free(rl->v);
	*rl = out;
}

/* Last turn's news as this side saw it, into d; its heading into head. */
static void turn_news(struct ui *u, const struct ts *t, struct doc *d,
		      struct strbuf *head)
{
	const struct game *g = &t->s->sg.g;
	struct render r;
	char n[16];

	ui_render(u, t->s, t->side, &r);
	if (g->nlogs == 0) {
		strbuf_adds(head, ui_tr(u, "turn.news"));
		doc_line(d, TONE_NEUTRAL, ui_tr(u, "turn.no_news"));
		return;
	}
	snprintf(n, sizeof n, "%d", g->st.turn);
	lang_fmt(head, ui_tr(u, "turn.news_of"), "turn", n, LANG_END);
	render_turn(&r, &g->logs[g->nlogs - 1], &d->l);
	turn_news_order(&d->l);
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
		doc_draw(u, &d[i], y, 1, rows[i], w);
		y += rows[i];
		doc_release(&d[i]);
		strbuf_release(&head[i]);
	}
}

static void turn_draw(struct ui *u, const struct ts *t)
{
	struct tlayout l;
	int y = 5;

	turn_layout(u, t, &l);
	ui_clear(u);
	turn_head(u, t);
	turn_numbers(u, t);
	if (t->s->sc->nproposals)
		y = turn_props(u, t, y, l.props);
	y = turn_choices(u, t, y);
	turn_bottom(u, t, y, l.body);
	ui_keyline(u, ui_tr(u, "keys.turn"));
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
	int rc;

	lang_fmt(&q, ui_tr(u, s->unsaved ? "turn.leave.unsaved" :
			   "turn.leave"), "why", s->why.buf, LANG_END);
	rc = ui_confirm(u, q.buf);
	strbuf_release(&q);
	return rc;
}

/* Handle a key: 1 confirmed, -1 left, 2 the game changed, 0 go on. */
static int turn_key(struct ui *u, struct ts *t, int key)
{
	if (key >= K_HIT_CHOICE && key <= K_HIT_CHOICE + TF_CONFIRM) {
		t->focus = key - K_HIT_CHOICE;
		key = K_ENTER;
	}
	switch (key) {
	case K_QUIT: return -1;
	case K_UP: case K_BTAB: turn_focus(t, -1); break;
	case K_DOWN: case K_TAB: turn_focus(t, 1); break;
	case '1': case '2':
		if (!t->has[key - '1'])
			break;
		t->focus = key - '1';
		pick_action(u, t->s, t->side, t->focus, t->m);
		break;
	case '3': case 'c': t->focus = TF_CONFIRM; return 1;
	case K_ENTER: case K_RIGHT:
		if (t->focus == TF_CONFIRM)
			return key == K_ENTER;
		pick_action(u, t->s, t->side, t->focus, t->m);
		break;
	case 'b': briefing_run(u, t->s, t->side); break;
	case 't':
		if (history_run(u, t->s, t->side))
			return 2;
		break;
	case 'T':
		if (timeline_run(u, t->s))
			return 2;
		break;
	case 'S': saves_save_as(u, t->s); break;
	case K_BACK: case 'q':
		if (turn_leave(u, t->s))
			return -1;
		break;
	}
	return u->quit ? -1 : 0;
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

int turn_run(struct ui *u, struct session *s, int side, struct move *m)
{
	struct ts t;
	int rc;

	memset(&t, 0, sizeof t);
	t.s = s;
	t.side = side;
	t.m = m;
	t.has[0] = scenario_kind_count(s->sc, side, KIND_DIPLO) > 0;
	t.has[1] = scenario_kind_count(s->sc, side, KIND_CYBER) > 0;
	t.focus = t.has[0] ? TF_DIPLO : t.has[1] ? TF_CYBER : TF_CONFIRM;
	t.their = render_their_trust(&s->sg.g, side);
	t.mine_before = turn_trust_before(&s->sg.g, side);
	game_default_move(&s->sg.g, side, m);
	do {
		u->topic = "turn";
		turn_draw(u, &t);
		rc = turn_key(u, &t, ui_key(u));
	} while (rc == 0);
	return rc == 1 ? 0 : rc == 2 ? 1 : -1;
}
