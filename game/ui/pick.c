/* pick.c — choosing an action (and the proposal it works on): a list on
 * the left, what the highlighted one may do on the right. */
#include "ui/tui.h"
#include <stdio.h>
#include <string.h>

#include "text/explain.h"
#include "ui/ui_int.h"

struct pick {
	struct session *s;
	int side, kind;
	int act;		/* for the proposal list: the action */
	int ids[SC_MAX_ACTIONS > SC_MAX_PROPOSALS ? SC_MAX_ACTIONS :
		SC_MAX_PROPOSALS];
	struct menu_item it[SC_MAX_ACTIONS];
	int n, sel, top;
	int why;		/* show why the highlighted item is closed */
	int etop;		/* the explanation's first line (PgUp, PgDn) */
	int elast;		/* ...and the most it can be */
};

/* As wide as the longest item needs, leaving the explanation room. */
static int pick_list_w(const struct ui *u, const struct pick *p)
{
	int i, w = 20, max = u->cols - 32;

	for (i = 0; i < p->n; i++) {
		int iw = ui_width(p->it[i].label) + 6 +
			 (p->it[i].note ? ui_width(p->it[i].note) + 2 : 0);

		if (iw > w)
			w = iw;
	}
	return w < max ? w : max;
}

/* The offer of theirs that trust keeps this side from signing: the
 * one among mask that needs least, or -1. */
static int pick_trust_block(const struct pick *p, int act, uint32_t mask)
{
	const struct game *g = &p->s->sg.g;
	int i, best = -1;

	if (g->sc->action[act].op != POP_ACCEPT)
		return -1;
	for (i = 0; i < g->sc->nproposals; i++) {
		const struct proposal *pr = &g->sc->proposal[i];

		if (!((mask >> i) & 1) || g->st.prop[i] != PS_TABLED ||
		    g->st.tabled_by[i] != side_other(p->side) ||
		    g->st.side[p->side].trust >= pr->min_trust)
			continue;
		if (best < 0 || pr->min_trust < g->sc->proposal[best].min_trust)
			best = i;
	}
	return best;
}

/* Why the highlighted item cannot be chosen now, in a sentence: the
 * trust a signature needs when that is the reason, with the numbers. */
static void pick_why(struct ui *u, const struct pick *p, struct strbuf *sb)
{
	const struct game *g = &p->s->sg.g;
	int act = p->act >= 0 ? p->act : p->ids[p->sel];
	uint32_t mask = p->act >= 0 ? 1u << p->ids[p->sel] : 0xffffffffu;
	int prop = pick_trust_block(p, act, mask);
	struct strbuf need = STRBUF_INIT, now = STRBUF_INIT;
	struct render r;

	if (prop < 0) {
		strbuf_adds(sb, ui_tr(u, p->act >= 0 ? "pick.prop_closed" :
				      "pick.closed"));
		return;
	}
	ui_render(u, p->s, p->side, &r);
	render_num(&need, g->sc->proposal[prop].min_trust);
	render_num_below(&now, g->st.side[p->side].trust,
			 g->sc->proposal[prop].min_trust);
	lang_fmt(sb, ui_tr(u, "pick.why_trust"), "prop", render_prop(&r, prop),
		 "need", need.buf, "now", now.buf, "other",
		 render_side(&r, side_other(p->side)), LANG_END);
	strbuf_release(&need);
	strbuf_release(&now);
}

/* The right-hand panel: the highlighted choice explained. */
static void pick_explain(struct ui *u, struct pick *p, int y, int x,
			 int w, int h)
{
	struct render r;
	struct doc d;
	int a = p->act >= 0 ? p->act : p->ids[p->sel];
	int prop = p->act >= 0 ? p->ids[p->sel] : -1, t;

	doc_init(&d);
	ui_render(u, p->s, p->side, &r);
	/* A long name wraps rather than lose its end. */
	t = ui_para(u, y, x, w, 2, UA_TITLE, prop >= 0 ?
		    render_prop(&r, prop) : render_action(&r, a));
	y += t - 1;
	h -= t - 1;
	if (!p->it[p->sel].enabled) {
		struct strbuf sb = STRBUF_INIT;

		pick_why(u, p, &sb);
		doc_line(&d, TONE_BAD, sb.buf);
		strbuf_release(&sb);
	}
	explain_action(&r, &p->s->sg.g, p->side, a, prop,
		       render_their_trust(&p->s->sg.g, p->side), &d.l);
	/* Longer than the panel: it scrolls, and says so. */
	d.scrolls = doc_height(&d, w) > h - 2;
	p->elast = d.scrolls ? doc_height(&d, w) - (h - 3) : 0;
	p->etop = p->etop > p->elast ? p->elast : p->etop;
	d.top = p->etop;
	doc_draw(u, &d, y + 2, x, h - 2 - d.scrolls, w);
	if (d.scrolls)
		ui_put(u, y + h - 1, x, w, UA_DIM, ui_tr(u, p->etop < p->elast ?
		       "pick.more" : "pick.more_up"));
	doc_release(&d);
}

static void pick_draw(struct ui *u, struct pick *p, const char *title)
{
	int lw = pick_list_w(u, p), h = u->rows - 4;

	ui_clear(u);
	ui_header(u, title, ui_sctext(u, p->s->sc,
				       &p->s->sc->side[p->side].name));
	ui_para(u, 1, 1, u->cols - 2, 2, UA_DIM, ui_tr(u, "pick.hint"));
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + h)
		p->top = p->sel - h + 1;
	menu_draw(u, p->it, p->n, p->sel, 3, 0, lw, p->top);
	pick_explain(u, p, 3, lw + 2, u->cols - lw - 3, h);
	if (p->why && !p->it[p->sel].enabled) {
		/* A key on a closed item: the reason, at once, where the
		 * eye goes after pressing it. */
		struct strbuf sb = STRBUF_INIT;

		pick_why(u, p, &sb);
		ui_message_row(u, ui_keyline_rows(u, ui_tr(u, "keys.pick")),
			       sb.buf);
		strbuf_release(&sb);
	}
	ui_keyline(u, ui_tr(u, "keys.pick"));
	refresh();
}

/* A key that chooses a closed item (Enter, its digit, a click):
 * highlight it and say why; 1 when key was one. */
static int pick_closed_key(struct pick *p, int key)
{
	int i = key == K_ENTER || key == K_RIGHT ? p->sel :
		key >= '1' && key <= '9' ? key - '1' :
		key >= K_HIT_MENU && key < K_HIT_MENU + p->n ?
		key - K_HIT_MENU : -1;

	if (i < 0 || i >= p->n || p->it[i].enabled)
		return 0;
	p->sel = i;
	p->why = 1;
	return 1;
}

/* Run a list; the index chosen, or -1 for back. */
static int pick_loop(struct ui *u, struct pick *p, const char *title)
{
	int key;

	for (;;) {
		pick_draw(u, p, title);
		key = help_key(u, ui_key(u));
		if (key == K_QUIT || key == K_BACK || key == K_LEFT ||
		    key == 'q')
			return -1;
		if (key == K_REDRAW)
			continue;
		p->why = 0;
		if (key == K_PGDN || key == K_PGUP) {
			p->etop += key == K_PGDN ? 4 : -4;
			p->etop = p->etop < 0 ? 0 : p->etop;
			continue;
		}
		if (key == K_UP || key == K_DOWN)
			p->etop = 0;
		if (pick_closed_key(p, key))
			continue;
		/* Disabled items can be highlighted, to read why. */
		if (key == K_UP && p->sel > 0)
			p->sel--;
		else if (key == K_DOWN && p->sel + 1 < p->n)
			p->sel++;
		else if ((key == K_ENTER || key == K_RIGHT) &&
			 p->it[p->sel].enabled)
			return p->sel;
		else if (key != K_UP && key != K_DOWN && key != K_ENTER &&
			 menu_key(u, p->it, p->n, &p->sel, key))
			return p->sel;
	}
}

static int pick_prop(struct ui *u, struct session *s, int side, int act,
		     int cur)
{
	struct pick p;
	struct render r;
	uint32_t open = game_targets(&s->sg.g, side, act);
	int i, first = -1, c;

	memset(&p, 0, sizeof p);
	p.s = s;
	p.side = side;
	p.act = act;
	ui_render(u, s, side, &r);
	for (i = 0; i < s->sc->nproposals; i++) {
		p.ids[p.n] = i;
		p.it[p.n].label = render_prop(&r, i);
		p.it[p.n].enabled = (open >> i) & 1;
		if (p.it[p.n].enabled && (first < 0 || i == cur))
			first = p.n;
		p.n++;
	}
	p.sel = first > 0 ? first : 0;
	c = pick_loop(u, &p, render_action(&r, act));
	return c < 0 ? -1 : p.ids[c];
}

enum ui_rc pick_action(struct ui *u, struct session *s, int side, int kind,
		struct move *m)
{
	struct pick p;
	struct render r;
	const char *topic = u->topic;
	int a, c, prop;

	memset(&p, 0, sizeof p);
	p.s = s;
	p.side = side;
	p.kind = kind;
	p.act = -1;
	ui_render(u, s, side, &r);
	for (a = 0; a < s->sc->nactions; a++) {
		const struct action *ac = &s->sc->action[a];

		if (ac->kind != kind || !(ac->sides & (1u << side)))
			continue;
		if (a == m->act[kind])
			p.sel = p.n;
		p.ids[p.n] = a;
		p.it[p.n].label = render_action(&r, a);
		p.it[p.n].note = ac->covert ? ui_tr(u, "pick.covert") : NULL;
		p.it[p.n].enabled = game_action_open(&s->sg.g, side, a);
		p.n++;
	}
	u->topic = "pick";
	for (;;) {
		/* One kind of move (a payoff game): just "your move". */
		c = pick_loop(u, &p, scenario_kind_count(s->sc, side,
							 kind ^ 1) ?
			      lang_getf(&u->L, "pick.title.%d", kind) :
			      ui_tr(u, "pick.title.only"));
		if (c < 0)
			break;
		a = p.ids[c];
		prop = -1;
		if (s->sc->action[a].op != POP_NONE) {
			prop = pick_prop(u, s, side, a, m->prop);
			if (prop < 0)
				continue;
		}
		m->act[kind] = (int16_t)a;
		if (kind == KIND_DIPLO || s->sc->action[a].op != POP_NONE)
			m->prop = (int16_t)prop;
		break;
	}
	u->topic = topic;
	return c < 0 ? UI_BACK : UI_DONE;
}
