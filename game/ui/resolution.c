/* resolution.c — what happened this turn, as the viewer could see it.
 * It opens on a summary of at most six lines (render_turn_summary); f
 * shows the full account: both moves, detections, proposals, every
 * trust change with its reason, events, the new rung and the trust
 * level. */
#include "ui/tui.h"
#include <stdio.h>

#include "ui/ui_int.h"

/* The turn's lines: moves first, then what followed, then where the
 * game stands. */
static void res_build(struct ui *u, const struct session *s, int viewer,
		      const struct turn_log *log, struct doc *d)
{
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;
	const struct state *st = &s->sg.g.st;
	size_t i;

	ui_render(u, s, viewer, &r);
	rlines_init(&rl);
	render_turn(&r, log, &rl);
	/* Where things stand first: it fits on the first screen. */
	lang_fmt(&sb, ui_tr(u, "res.standing"),
		 "rung", render_rung(&r, st->rung),
		 "band", render_band(&r, st->band), LANG_END);
	rlines_add(&d->l, RL_HEAD, TONE_NEUTRAL, sb.buf);
	doc_head(d, ui_tr(u, "res.moves"));
	for (i = 0; i < rl.n; i++)
		if (rl.v[i].kind == RL_MOVE)
			doc_lines(d, &(struct rlines){ 1, 1, &rl.v[i] });
	doc_head(d, ui_tr(u, "res.followed"));
	for (i = 0; i < rl.n; i++)
		if (rl.v[i].kind != RL_MOVE)
			doc_lines(d, &(struct rlines){ 1, 1, &rl.v[i] });
	if (viewer == RV_PUBLIC) {
		doc_blank(d);
		doc_line(d, TONE_NEUTRAL, ui_tr(u, "res.public_note"));
	}
	rlines_release(&rl);
	strbuf_release(&sb);
}

/* The summary, and where the rest is. */
static void res_summary(struct ui *u, const struct session *s, int viewer,
			const struct turn_log *log, struct doc *d)
{
	struct render r;

	ui_render(u, s, viewer, &r);
	render_turn_summary(&r, log, &d->l);
	doc_blank(d);
	doc_line(d, TONE_NEUTRAL, ui_tr(u, "res.more"));
	if (viewer == RV_PUBLIC)
		doc_line(d, TONE_NEUTRAL, ui_tr(u, "res.public_note"));
}

enum ui_rc resolution_run(struct ui *u, struct session *s)
{
	const struct turn_log *log = game_log(&s->sg.g, s->sg.g.st.turn);
	int viewer = ui_viewer(s), key, full = 0;
	enum ui_rc rc = UI_DONE;
	struct doc d[2];
	struct strbuf title = STRBUF_INIT, name = STRBUF_INIT;
	struct render r;

	if (!log)
		return UI_DONE;
	doc_init(&d[0]);
	doc_init(&d[1]);
	res_summary(u, s, viewer, log, &d[0]);
	res_build(u, s, viewer, log, &d[1]);
	ui_render(u, s, viewer, &r);
	render_turn_name(&r, log->turn, &name);
	lang_fmt(&title, ui_tr(u, "res.title"), "turn", name.buf, LANG_END);
	strbuf_release(&name);
	u->topic = "resolution";
	for (;;) {
		key = help_key(u, doc_view(u, title.buf, ui_sctext(u, s->sc,
			       &s->sc->title), &d[full],
			       ui_tr(u, full ? "keys.res.full" : "keys.res")));
		if (key == 'f' || key == K_TAB) {
			full = !full;
			continue;
		}
		if (key == 't' && history_run(u, s, viewer) == UI_CHANGED) {
			rc = UI_CHANGED;		/* this turn is no longer the last */
			break;
		}
		/* Two doctrines at play, nobody here: Esc stops watching. */
		if (session_player(s) == -2 && (key == K_BACK || key == 'q')) {
			rc = UI_BACK;
			break;
		}
		if (key == K_ENTER || key == K_QUIT || key == K_BACK ||
		    key == 'q')
			break;
	}
	doc_release(&d[0]);
	doc_release(&d[1]);
	strbuf_release(&title);
	return rc;
}
