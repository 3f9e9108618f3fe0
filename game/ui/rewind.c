/* rewind.c — go back to the end of any past turn and play on from there,
 * or take a side over from the computer there: the line left behind
 * stays in the save as a branch (timeline.c shows them all). */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>

#include "ui/ui_int.h"
#include "util/xmalloc.h"

struct rw {
	struct session *s;
	int viewer;
	int n;		/* turns on the line; items are 0..n */
	int sel, top;
	int *rung;	/* the rung after each turn, [0] the start's */
	double *tension;
};

static void rw_init(struct rw *w, struct session *s, int viewer)
{
	const struct game *g = &s->sg.g;
	double *ta, *tb;
	size_t i;

	w->s = s;
	w->viewer = viewer;
	w->n = (int)g->nlogs;
	w->rung = xmalloc((g->nlogs + 1) * sizeof *w->rung);
	w->tension = xmalloc((g->nlogs + 1) * sizeof *w->tension);
	ta = xmalloc((g->nlogs + 1) * sizeof *ta);
	tb = xmalloc((g->nlogs + 1) * sizeof *tb);
	render_series(g, ta, tb, w->tension);
	w->rung[0] = scenario_rung_of(s->sc, s->sc->rules.tension);
	for (i = 0; i < g->nlogs; i++) {
		const struct turn_log *l = &g->logs[i];
		size_t k;

		w->rung[i + 1] = w->rung[i];
		for (k = 0; k < l->n; k++)
			if (l->ev[k].type == GEV_RUNG)
				w->rung[i + 1] = (int)l->ev[k].after;
	}
	/* The turn before this one: undoing the last turn is the usual
	 * wish. */
	w->sel = w->n > 0 ? w->n - 1 : 0;
	free(ta);
	free(tb);
}

static void rw_release(struct rw *w)
{
	free(w->rung);
	free(w->tension);
}

/* What the keys may do with item i. */
static int rw_can_rewind(const struct rw *w, int i)
{
	/* With nobody here, the doctrines would only play the same turns
	 * again: a side must be taken over instead. */
	return i < w->n && session_player(w->s) != -2;
}

static int rw_can_take(const struct rw *w, int i, int side)
{
	return !session_human(w->s, side) &&
	       (i < w->n || !game_over(&w->s->sg.g));
}

/* ---- drawing ----------------------------------------------------------- */

static void rw_item(struct ui *u, const struct rw *w, int i, int y)
{
	struct render r;
	struct strbuf l = STRBUF_INIT, note = STRBUF_INIT, t = STRBUF_INIT;
	char n[16];
	int attr = i == w->sel ? UA_SEL : UA_NORM, x;

	ui_render(u, w->s, w->viewer, &r);
	snprintf(n, sizeof n, "%d", i);
	lang_fmt(&l, ui_tr(u, i ? "rew.after" : "rew.start"), "turn", n,
		 LANG_END);
	render_num(&t, w->tension[i]);
	lang_fmt(&note, ui_tr(u, "rew.where"), "rung",
		 render_rung(&r, w->rung[i]), "tension", t.buf, LANG_END);
	if (i == w->n) {
		strbuf_adds(&note, "  ");
		strbuf_adds(&note, ui_tr(u, "rew.now"));
	}
	if (i == w->sel)
		for (x = 0; x < u->cols; x++)
			ui_put(u, y, x, 1, attr, " ");
	ui_put(u, y, 1, 2, attr, i == w->sel ? ui_sym(u, "\u25b6", ">") : "");
	ui_put(u, y, 3, 24, attr, l.buf);
	ui_put_clip(u, y, 28, u->cols - 29, i == w->sel ? attr : UA_DIM,
		    note.buf);
	ui_hit(u, y, 0, u->cols, K_HIT_MENU + i);
	strbuf_release(&l);
	strbuf_release(&note);
	strbuf_release(&t);
}

/* The moves of the turn that led to item i, as the viewer saw them. */
static void rw_detail(struct ui *u, const struct rw *w, int y, int h)
{
	struct render r;
	struct rlines rl;
	struct doc d;
	struct strbuf sb = STRBUF_INIT;
	size_t k;

	doc_init(&d);
	rlines_init(&rl);
	ui_render(u, w->s, w->viewer, &r);
	render_turn_name(&r, w->sel, &sb);
	ui_rule(u, y, w->sel ? sb.buf : ui_tr(u, "rew.start"));
	if (w->sel == 0)
		doc_line(&d, TONE_NEUTRAL, ui_tr(u, "rew.start.desc"));
	else
		render_turn(&r, &w->s->sg.g.logs[w->sel - 1], &rl);
	for (k = 0; k < rl.n; k++)
		if (rl.v[k].kind == RL_MOVE)
			doc_lines(&d, &(struct rlines){ 1, 1, &rl.v[k] });
	doc_draw(u, &d, y + 1, 1, h - 1, u->cols - 2);
	rlines_release(&rl);
	doc_release(&d);
	strbuf_release(&sb);
}

/* The key line: what the keys do for the highlighted turn. */
static void rw_keys(struct ui *u, const struct rw *w, struct strbuf *sb)
{
	int side;

	strbuf_adds(sb, ui_tr(u, "keys.rew.move"));
	if (rw_can_rewind(w, w->sel)) {
		strbuf_addc(sb, '|');
		strbuf_adds(sb, ui_tr(u, "keys.rew.play"));
	}
	for (side = 0; side < SIDES; side++) {
		if (!rw_can_take(w, w->sel, side))
			continue;
		strbuf_addc(sb, '|');
		lang_fmt(sb, ui_tr(u, side ? "keys.rew.take_b" :
				   "keys.rew.take_a"), "side",
			 ui_sctext(u, w->s->sc, &w->s->sc->side[side].name),
			 LANG_END);
	}
	strbuf_adds(sb, "|");
	strbuf_adds(sb, ui_tr(u, "keys.rew.back"));
}

static void rw_draw(struct ui *u, struct rw *w)
{
	struct strbuf keys = STRBUF_INIT;
	int kr, list, detail = 6, y = 4, i;

	rw_keys(u, w, &keys);
	kr = ui_keyline_rows(u, keys.buf);
	list = u->rows - y - detail - kr;
	if (w->sel < w->top)
		w->top = w->sel;
	if (w->sel >= w->top + list)
		w->top = w->sel - list + 1;
	ui_clear(u);
	ui_header(u, ui_tr(u, "rew.title"), ui_sctext(u, w->s->sc,
						       &w->s->sc->title));
	ui_para(u, 1, 1, u->cols - 2, 2, UA_DIM, ui_tr(u, "rew.hint"));
	ui_rule(u, 3, ui_tr(u, "rew.turns"));
	for (i = w->top; i <= w->n && i < w->top + list; i++)
		rw_item(u, w, i, y + i - w->top);
	rw_detail(u, w, y + list, detail);
	ui_keyline(u, keys.buf);
	refresh();
	strbuf_release(&keys);
}

/* ---- acting ------------------------------------------------------------ */

/* Ask, then branch: 1 when the game changed. */
static int rw_do(struct ui *u, struct rw *w, int take)
{
	const struct scenario *sc = w->s->sc;
	struct strbuf q = STRBUF_INIT;
	char n[16], next[16];
	int rc;

	snprintf(n, sizeof n, "%d", w->sel);
	snprintf(next, sizeof next, "%d", w->sel + 1);
	if (take >= 0)
		lang_fmt(&q, ui_tr(u, "rew.confirm_take"), "side",
			 ui_sctext(u, sc, &sc->side[take].name), "turn", n,
			 "next", next, LANG_END);
	else
		lang_fmt(&q, ui_tr(u, w->sel ? "rew.confirm" :
				   "rew.confirm_start"), "turn", n,
			 "next", next, LANG_END);
	rc = ui_confirm(u, q.buf);
	strbuf_release(&q);
	if (rc != BOX_OK || u->quit)
		return 0;
	rc = session_branch(w->s, w->sel, take);
	if (rc < 0)
		ui_message(u, ui_tr(u, "err.title"), w->s->why.buf);
	return rc >= 0;
}

static int rw_key(struct ui *u, struct rw *w, int key)
{
	int page = u->rows / 2;

	if (key >= K_HIT_MENU && key <= K_HIT_MENU + w->n) {
		w->sel = key - K_HIT_MENU;
		return 0;
	}
	switch (key) {
	case K_UP: w->sel--; break;
	case K_DOWN: case K_TAB: w->sel++; break;
	case K_PGUP: w->sel -= page; break;
	case K_PGDN: w->sel += page; break;
	case K_HOME: w->sel = 0; break;
	case K_END: w->sel = w->n; break;
	case K_ENTER:
		return rw_can_rewind(w, w->sel) ? rw_do(u, w, -1) : 0;
	case 'a': case 'b':
		return rw_can_take(w, w->sel, key - 'a') ?
		       rw_do(u, w, key - 'a') : 0;
	case K_QUIT: case K_BACK: case 'q': return -1;
	}
	w->sel = w->sel < 0 ? 0 : w->sel > w->n ? w->n : w->sel;
	return 0;
}

enum ui_rc rewind_run(struct ui *u, struct session *s, int viewer)
{
	const char *topic = u->topic;
	struct rw w = { 0 };
	int rc;

	rw_init(&w, s, viewer);
	do {
		u->topic = "rewind";
		rw_draw(u, &w);
		rc = rw_key(u, &w, help_key(u, ui_key(u)));
	} while (rc == 0 && !u->quit);
	u->topic = topic;
	rw_release(&w);
	return rc > 0 ? UI_CHANGED : UI_DONE;
}
