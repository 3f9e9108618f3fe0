/* history.c — every past turn, as the viewer saw it, newest last. */
#include "ui/tui.h"
#include <stdio.h>

#include "ui/ui_int.h"

void history_run(struct ui *u, struct session *s, int viewer)
{
	struct render r;
	struct doc d;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;
	const char *topic = u->topic;
	char n[16];
	size_t i;
	int key;

	doc_init(&d);
	rlines_init(&rl);
	ui_render(u, s, viewer, &r);
	for (i = 0; i < s->g.nlogs; i++) {
		strbuf_reset(&sb);
		snprintf(n, sizeof n, "%d", s->g.logs[i].turn);
		lang_fmt(&sb, ui_tr(u, "hist.turn"), "turn", n, LANG_END);
		rlines_add(&d.l, RL_HEAD, TONE_NEUTRAL, sb.buf);
		rlines_reset(&rl);
		render_turn(&r, &s->g.logs[i], &rl);
		doc_lines(&d, &rl);
		doc_blank(&d);
	}
	if (!s->g.nlogs)
		doc_line(&d, TONE_NEUTRAL, ui_tr(u, "hist.none"));
	d.top = 1 << 20;	/* open at the latest turn */
	u->topic = "history";
	do {
		key = doc_view(u, ui_tr(u, "hist.title"), ui_sctext(u, s->sc,
			       &s->sc->title), &d, ui_tr(u, "keys.doc"));
	} while (key != K_ENTER && key != K_BACK && key != K_QUIT &&
		 key != 'q' && key != 't');
	u->topic = topic;
	rlines_release(&rl);
	doc_release(&d);
	strbuf_release(&sb);
}
