/* history.c — every past turn, as the viewer saw it, newest last; from
 * here the player rewinds, takes a side over, or opens the timeline. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>

#include "text/trial.h"
#include "ui/ui_int.h"
#include "util/xmalloc.h"

/* Returns the line of the latest turn's heading. */
static int hist_build(struct ui *u, const struct session *s, int viewer,
		      struct doc *d)
{
	const struct game *g = &s->sg.g;
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	int last = 0;

	int *held = xmalloc(((size_t)g->st.turn + 1) * sizeof *held);

	rlines_init(&rl);
	ui_render(u, s, viewer, &r);
	/* The package's trial, worked out once for every turn. */
	trial_series(g, g->st.turn, held);
	r.held = held;
	for (i = 0; i < g->nlogs; i++) {
		strbuf_reset(&sb);
		render_turn_name(&r, g->logs[i].turn, &sb);
		last = (int)d->l.n;
		rlines_add(&d->l, RL_HEAD, TONE_NEUTRAL, sb.buf);
		rlines_reset(&rl);
		render_turn(&r, &g->logs[i], &rl);
		doc_lines(d, &rl);
		doc_blank(d);
	}
	if (!g->nlogs)
		doc_line(d, TONE_NEUTRAL, ui_tr(u, "hist.none"));
	rlines_release(&rl);
	strbuf_release(&sb);
	free(held);
	return last;
}

enum ui_rc history_run(struct ui *u, struct session *s, int viewer)
{
	const char *topic = u->topic;
	struct doc d;
	enum ui_rc changed = UI_DONE;
	int key;

	doc_init(&d);
	/* Open at the latest turn, its heading on top. */
	doc_goto(&d, hist_build(u, s, viewer, &d), u->cols - 2);
	for (;;) {
		u->topic = "history";
		key = help_key(u, doc_view(u, ui_tr(u, "hist.title"), ui_sctext(u, s->sc,
			       &s->sc->title), &d, ui_tr(u, "keys.hist")));
		if (key == 'r')
			changed = rewind_run(u, s, viewer);
		else if (key == 'T')
			changed = timeline_run(u, s);
		else if (key == K_ENTER || key == K_BACK || key == K_QUIT ||
			 key == 'q' || key == 't')
			break;
		/* The turns shown are no longer the game's. */
		if (changed == UI_CHANGED || u->quit)
			break;
	}
	u->topic = topic;
	doc_release(&d);
	return changed;
}
