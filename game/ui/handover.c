/* handover.c — hotseat: a screen between the two players so that the
 * second never sees the first one's choice. It shows nothing of the
 * game: only whose turn it is. */
#include "ui/tui.h"
#include <stdio.h>

#include "ui/ui_int.h"

static void hand_text(struct ui *u, const struct scenario *sc, int to_side,
		      int done, struct strbuf *sb)
{
	if (done >= 0) {
		lang_fmt(sb, ui_tr(u, "hand.done"), "side",
			 ui_sctext(u, sc, &sc->side[done].name), LANG_END);
		render_capitalize(sb, 0);
		strbuf_adds(sb, "\n\n");
	}
	if (to_side >= 0)
		lang_fmt(sb, ui_tr(u, "hand.pass"), "side",
			 ui_sctext(u, sc, &sc->side[to_side].name), "other",
			 ui_sctext(u, sc, &sc->side[side_other(to_side)].name),
			 LANG_END);
	else
		strbuf_adds(sb, ui_tr(u, "hand.both"));
}

/* to_side: whose turn comes, or -1 when both have chosen. done: the
 * side that has just chosen, or -1. */
void handover_run(struct ui *u, struct session *s, int to_side, int done)
{
	struct strbuf sb = STRBUF_INIT, head = STRBUF_INIT;
	char turn[16];
	int key;

	snprintf(turn, sizeof turn, "%d", s->sg.g.st.turn + 1);
	lang_fmt(&head, ui_tr(u, "hand.title"), "turn", turn, LANG_END);
	hand_text(u, s->sc, to_side, done, &sb);
	u->topic = "handover";
	do {
		ui_clear(u);
		ui_header(u, head.buf, NULL);
		ui_para(u, u->rows / 2 - 4, 4, u->cols - 8, 8, UA_TITLE,
			sb.buf);
		ui_keyline(u, ui_tr(u, "keys.hand"));
		refresh();
		key = help_key(u, ui_key(u));
	} while (key != K_ENTER && key != ' ' && key != K_QUIT);
	strbuf_release(&sb);
	strbuf_release(&head);
}
