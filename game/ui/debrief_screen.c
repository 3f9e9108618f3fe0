/* debrief_screen.c — the end: outcome, a chart of both trusts and the tension,
 * every hidden act revealed, the turning points, and the ideas at work,
 * each tied to what happened in this game. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>

#include "text/chart.h"
#include "text/debrief.h"
#include "ui/ui_int.h"
#include "util/xmalloc.h"

#define DEBRIEF_CHART_ROWS 3

/* One series: a caption with its start, peak and end, then the strip. */
static void deb_series(struct ui *u, struct doc *d, const char *caption,
		       const double *v, size_t n, size_t width)
{
	struct strbuf sb = STRBUF_INIT, a = STRBUF_INIT, b = STRBUF_INIT;
	struct strbuf c = STRBUF_INIT;
	double peak = v[0];
	size_t i;
	int row;

	for (i = 1; i < n; i++)
		if (v[i] > peak)
			peak = v[i];
	render_num(&a, v[0]);
	render_num(&b, v[n - 1]);
	render_num(&c, peak);
	lang_fmt(&sb, ui_tr(u, "deb.series"), "name", caption, "from", a.buf,
		 "to", b.buf, "peak", c.buf, LANG_END);
	render_capitalize(&sb, 0);
	rlines_add(&d->l, RL_NOTE, TONE_NEUTRAL, sb.buf);
	for (row = 0; row < DEBRIEF_CHART_ROWS; row++) {
		strbuf_reset(&sb);
		strbuf_adds(&sb, row == 0 ? "100 " : row == DEBRIEF_CHART_ROWS - 1 ?
			    "  0 " : "    ");
		chart_row(v, n, width, DEBRIEF_CHART_ROWS, row, u->ascii, &sb);
		rlines_add(&d->l, RL_NOTE, TONE_NEUTRAL, sb.buf);
	}
	strbuf_release(&sb);
	strbuf_release(&a);
	strbuf_release(&b);
	strbuf_release(&c);
}

static void deb_chart(struct ui *u, const struct session *s, struct doc *d)
{
	size_t n = s->sg.g.nlogs + 1, room = (size_t)(u->cols - 10), width, k;
	double *ta = xmalloc(n * sizeof *ta), *tb = xmalloc(n * sizeof *tb);
	double *tn = xmalloc(n * sizeof *tn);
	struct strbuf sb = STRBUF_INIT, ax = STRBUF_INIT;
	struct render r;

	ui_render(u, s, RV_ALL, &r);
	render_series(&s->sg.g, ta, tb, tn);
	k = n <= room ? room / n : 1;
	width = n <= room ? n * (k > 3 ? 3 : k) : room;
	doc_head(d, ui_tr(u, scenario_uses(s->sc, STAT_TENSION) ? "deb.chart" :
			  "deb.chart_trust"));
	lang_fmt(&sb, ui_tr(u, "deb.trust_of"), "side", render_side(&r, 0),
		 "other", render_side(&r, 1), LANG_END);
	deb_series(u, d, sb.buf, ta, n, width);
	strbuf_reset(&sb);
	lang_fmt(&sb, ui_tr(u, "deb.trust_of"), "side", render_side(&r, 1),
		 "other", render_side(&r, 0), LANG_END);
	deb_series(u, d, sb.buf, tb, n, width);
	/* A payoff game has no tension to chart. */
	if (scenario_uses(s->sc, STAT_TENSION))
		deb_series(u, d, ui_tr(u, "stat.tension"), tn, n, width);
	strbuf_adds(&ax, "    ");
	chart_axis(n, width, &ax);
	strbuf_addf(&ax, "  %s", ui_tr(u, "deb.axis"));
	rlines_add(&d->l, RL_NOTE, TONE_NEUTRAL, ax.buf);
	free(ta);
	free(tb);
	free(tn);
	strbuf_release(&sb);
	strbuf_release(&ax);
}

/* The final numbers of both sides. */
static void deb_final(struct ui *u, const struct session *s, struct doc *d)
{
	struct render r;
	struct strbuf sb = STRBUF_INIT, a = STRBUF_INIT, b = STRBUF_INIT;
	int t;

	ui_render(u, s, RV_ALL, &r);
	for (t = 0; t < SIDES; t++) {
		const struct side_state *ss = &s->sg.g.st.side[t];

		strbuf_reset(&sb);
		strbuf_reset(&a);
		strbuf_reset(&b);
		render_num(&a, ss->trust);
		render_num(&b, ss->score);
		lang_fmt(&sb, ui_tr(u, "deb.final"), "side", render_side(&r, t),
			 "trust", a.buf, "score", b.buf, LANG_END);
		render_capitalize(&sb, 0);
		doc_line(d, TONE_NEUTRAL, sb.buf);
	}
	strbuf_release(&sb);
	strbuf_release(&a);
	strbuf_release(&b);
}

static void deb_build(struct ui *u, const struct session *s, struct doc *d)
{
	struct render r;
	struct rlines rl;

	ui_render(u, s, RV_ALL, &r);
	rlines_init(&rl);
	doc_head(d, ui_tr(u, "deb.outcome"));
	debrief_outcome(&r, &s->sg.g, &rl);
	doc_lines(d, &rl);
	deb_final(u, s, d);
	deb_chart(u, s, d);
	doc_head(d, ui_tr(u, "deb.hidden"));
	rlines_reset(&rl);
	debrief_hidden(&r, &s->sg.g, &rl);
	doc_lines(d, &rl);
	doc_head(d, ui_tr(u, "deb.turning"));
	rlines_reset(&rl);
	debrief_turning(&r, &s->sg.g, &rl);
	doc_lines(d, &rl);
	doc_head(d, ui_tr(u, "deb.ideas"));
	rlines_reset(&rl);
	debrief_ideas(&r, &s->sg.g, &rl);
	doc_lines(d, &rl);
	rlines_release(&rl);
}

/* One look at the debrief: 1 when the game changed from here (a
 * rewind, a branch switched to), 0 when the player is done. */
static enum ui_rc deb_view(struct ui *u, struct session *s)
{
	struct doc d;
	enum ui_rc changed = UI_DONE;
	int key;

	doc_init(&d);
	deb_build(u, s, &d);
	for (;;) {
		u->topic = "debrief";
		key = help_key(u, doc_view(u, ui_tr(u, "deb.title"), ui_sctext(u, s->sc,
			       &s->sc->title), &d, ui_tr(u, "keys.deb")));
		if (key == 't')
			changed = history_run(u, s, RV_ALL);
		else if (key == 'T')
			changed = timeline_run(u, s);
		else if (key == K_ENTER || key == K_BACK || key == K_QUIT ||
			 key == 'q')
			break;
		if (changed == UI_CHANGED || u->quit)
			break;
	}
	doc_release(&d);
	return changed;
}

enum ui_rc debrief_run(struct ui *u, struct session *s)
{
	/* Another branch that has ended has a debrief of its own. */
	while (deb_view(u, s) == UI_CHANGED) {
		ui_tell_unsaved(u, s);
		if (!game_over(&s->sg.g))
			return UI_CHANGED;
	}
	return UI_BACK;
}
