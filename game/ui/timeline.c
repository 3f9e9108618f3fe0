/* timeline.c — the tree of branches in a save: where each one left its
 * parent, the ladder rungs it passed through and how it ended; Enter
 * makes another one the game being played. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>

#include "ui/ui_int.h"
#include "util/xmalloc.h"

#define TL_ROWS 2	/* screen rows a branch takes in the list */

struct tl {
	struct session *s;
	struct save_binfo *b;	/* savegame_timeline's, file order */
	size_t n;
	int *order;		/* indexes into b, parents before children */
	int *depth;
	int sel, top;		/* positions in order */
};

/* Children after their parent, depth first, in file order. */
static void tl_walk(struct tl *t, int parent, int depth, int *k)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		if (t->b[i].parent != parent)
			continue;
		t->order[*k] = (int)i;
		t->depth[(*k)++] = depth;
		tl_walk(t, t->b[i].id, depth + 1, k);
	}
}

static int tl_init(struct tl *t, struct session *s)
{
	struct save_err err;
	int k = 0, i;

	t->s = s;
	if (savegame_timeline(&s->sg, &t->b, &t->n, &err) < 0) {
		strbuf_reset(&s->why);
		save_err_str(&err, &s->why);
		return -1;
	}
	t->order = xcalloc(t->n + 1, sizeof *t->order);
	t->depth = xcalloc(t->n + 1, sizeof *t->depth);
	tl_walk(t, 0, 0, &k);
	for (i = 0; i < k; i++)
		if (t->b[t->order[i]].id == s->sg.sv.current)
			t->sel = i;
	t->n = (size_t)k;	/* a branch cut off from the tree is not
				   in a save that loaded */
	return 0;
}

static void tl_release(struct tl *t)
{
	free(t->b);
	free(t->order);
	free(t->depth);
}

/* ---- drawing ----------------------------------------------------------- */

/* "Calm → Strain → Calm" */
static void tl_path(struct ui *u, const struct save_binfo *b,
		    const struct render *r, struct strbuf *sb)
{
	const char *arrow = ui_sym(u, " \u2192 ", " -> ");
	int k;

	for (k = 0; k < b->npath; k++) {
		if (k)
			strbuf_adds(sb, arrow);
		strbuf_adds(sb, render_rung(r, b->path[k]));
	}
	if (b->cut) {
		strbuf_adds(sb, arrow);
		strbuf_adds(sb, ui_sym(u, "\u2026", "..."));
	}
}

/* Where the branch stands: its ending, or the turn it goes on at. */
static void tl_state(struct ui *u, const struct save_binfo *b,
		     const struct render *r, struct strbuf *sb)
{
	char n[16];

	/* The turn it ended at, or the turn to be played next. */
	snprintf(n, sizeof n, "%d", b->turns + (b->ending == END_NONE));
	if (b->ending == END_LIMIT)	/* named by the trust reached */
		lang_fmt(sb, ui_tr(u, "tl.limit"), "band",
			 render_band(r, b->band), "turn", n, LANG_END);
	else if (b->ending != END_NONE)
		lang_fmt(sb, ui_tr(u, "tl.ended"), "ending",
			 render_ending(r, b->ending), "turn", n, LANG_END);
	else
		lang_fmt(sb, ui_tr(u, "tl.goes_on"), "turn", n, LANG_END);
}

static void tl_item(struct ui *u, const struct tl *t, int i, int y)
{
	const struct save_binfo *b = &t->b[t->order[i]];
	struct render r;
	struct strbuf l = STRBUF_INIT, st = STRBUF_INIT;
	char id[16], parent[16], fork[16];
	int sel = i == t->sel, x = 3 + 2 * t->depth[i], cur, c;

	ui_render(u, t->s, RV_ALL, &r);
	cur = b->id == t->s->sg.sv.current;
	snprintf(id, sizeof id, "%d", b->id);
	snprintf(parent, sizeof parent, "%d", b->parent);
	snprintf(fork, sizeof fork, "%d", b->fork);
	lang_fmt(&l, ui_tr(u, b->parent ? "tl.branch_from" : "tl.branch"),
		 "id", id, "parent", parent, "fork", fork, LANG_END);
	tl_state(u, b, &r, &st);
	if (cur) {
		strbuf_adds(&st, "  ");
		strbuf_adds(&st, ui_tr(u, "tl.current"));
	}
	if (sel)
		for (c = 0; c < u->cols; c++)
			ui_put(u, y, c, 1, UA_SEL, " ");
	ui_put(u, y, 1, 2, UA_SEL, sel ? ui_sym(u, "\u25b6", ">") : "");
	if (t->depth[i])
		ui_put(u, y, x - 2, 2, sel ? UA_SEL : UA_DIM,
		       ui_sym(u, "\u2514", "`"));
	ui_put_right(u, y, 0, u->cols - 1, sel ? UA_SEL : cur ? UA_TITLE :
		     UA_NORM, st.buf);
	ui_put_clip(u, y, x, u->cols - x - ui_width(st.buf) - 3,
		    sel ? UA_SEL : UA_TITLE, l.buf);
	strbuf_reset(&l);
	tl_path(u, b, &r, &l);
	ui_put_clip(u, y + 1, x + 2, u->cols - x - 3, UA_DIM, l.buf);
	ui_hit(u, y, 0, u->cols, K_HIT_MENU + i);
	ui_hit(u, y + 1, 0, u->cols, K_HIT_MENU + i);
	strbuf_release(&l);
	strbuf_release(&st);
}

/* The highlighted branch: who played it, and where it left the game. */
static void tl_detail(struct ui *u, const struct tl *t, int y)
{
	const struct save_binfo *b = &t->b[t->order[t->sel]];
	const struct scenario *sc = t->s->sc;
	struct strbuf sb = STRBUF_INIT, p[SIDES], v[5];
	char turns[32];
	int k;

	for (k = 0; k < SIDES; k++) {
		strbuf_init(&p[k]);
		ui_player_words(u, &b->player[k], &p[k]);
	}
	ui_rule(u, y, ui_tr(u, "tl.detail"));
	lang_fmt(&sb, ui_tr(u, "tl.players"), "side_a",
		 ui_sctext(u, sc, &sc->side[0].name), "a", p[0].buf, "side_b",
		 ui_sctext(u, sc, &sc->side[1].name), "b", p[1].buf, LANG_END);
	ui_put_clip(u, y + 1, 1, u->cols - 2, UA_NORM, sb.buf);
	strbuf_reset(&sb);
	for (k = 0; k < 5; k++)
		strbuf_init(&v[k]);
	render_num(&v[0], b->trust[0]);
	render_num(&v[1], b->trust[1]);
	render_num(&v[2], b->tension);
	render_num(&v[3], b->score[0]);
	render_num(&v[4], b->score[1]);
	if (b->turns > b->fork + 1)
		snprintf(turns, sizeof turns, "%d\u2013%d", b->fork + 1,
			 b->turns);
	else
		snprintf(turns, sizeof turns, "%d", b->turns);
	lang_fmt(&sb, ui_tr(u, b->turns > b->fork ? "tl.numbers" :
			    "tl.numbers_none"), "turns", turns, "side_a",
		 ui_sctext(u, sc, &sc->side[0].name), "side_b",
		 ui_sctext(u, sc, &sc->side[1].name), "ta", v[0].buf,
		 "tb", v[1].buf, "tension", v[2].buf,
		 "sa", v[3].buf, "sb", v[4].buf, LANG_END);
	ui_para(u, y + 2, 1, u->cols - 2, 2, UA_NORM, sb.buf);
	for (k = 0; k < 5; k++)
		strbuf_release(&v[k]);
	for (k = 0; k < SIDES; k++)
		strbuf_release(&p[k]);
	strbuf_release(&sb);
}

static void tl_draw(struct ui *u, struct tl *t)
{
	const char *keys = ui_tr(u, "keys.tl");
	int kr = ui_keyline_rows(u, keys), detail = 4, y = 3, list, i;

	list = (u->rows - y - detail - kr) / TL_ROWS;
	if (t->sel < t->top)
		t->top = t->sel;
	if (t->sel >= t->top + list)
		t->top = t->sel - list + 1;
	ui_clear(u);
	ui_header(u, ui_tr(u, "tl.title"), ui_sctext(u, t->s->sc,
						      &t->s->sc->title));
	ui_para(u, 1, 1, u->cols - 2, 2, UA_DIM, ui_tr(u, "tl.hint"));
	for (i = t->top; i < (int)t->n && i < t->top + list; i++)
		tl_item(u, t, i, y + TL_ROWS * (i - t->top));
	tl_detail(u, t, u->rows - kr - detail);
	ui_keyline(u, keys);
	refresh();
}

/* ---- keys -------------------------------------------------------------- */

/* 1: switched, -1: back, 0: go on. */
static int tl_key(struct ui *u, struct tl *t, int key)
{
	int id, rc;

	if (key >= K_HIT_MENU && key < K_HIT_MENU + (int)t->n) {
		t->sel = key - K_HIT_MENU;
		return 0;
	}
	switch (key) {
	case K_UP: t->sel -= t->sel > 0; break;
	case K_DOWN: case K_TAB: t->sel += t->sel + 1 < (int)t->n; break;
	case K_HOME: t->sel = 0; break;
	case K_END: t->sel = (int)t->n - 1; break;
	case K_ENTER:
		id = t->b[t->order[t->sel]].id;
		if (id == t->s->sg.sv.current)
			return -1;
		rc = session_switch(t->s, id);
		if (rc < 0)
			ui_message(u, ui_tr(u, "err.title"), t->s->why.buf);
		return rc >= 0 ? 1 : 0;
	case K_QUIT: case K_BACK: case 'q': case 'T': return -1;
	}
	return 0;
}

enum ui_rc timeline_run(struct ui *u, struct session *s)
{
	const char *topic = u->topic;
	struct tl t = { 0 };
	int rc;

	if (tl_init(&t, s) < 0) {
		ui_message(u, ui_tr(u, "err.title"), s->why.buf);
		return UI_DONE;
	}
	do {
		u->topic = "timeline";
		tl_draw(u, &t);
		rc = tl_key(u, &t, help_key(u, ui_key(u)));
	} while (rc == 0 && !u->quit);
	u->topic = topic;
	tl_release(&t);
	return rc > 0 ? UI_CHANGED : UI_DONE;
}
