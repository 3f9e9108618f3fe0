/* play.c — a game from its briefing to its debrief: whose turn, the
 * hand-overs in a hotseat game, the resolution, the autosave hook. */
#include "ui/tui.h"
#include <string.h>

#include "ui/ui_int.h"

/* Each person at the keyboard chooses; 0, or -1 when one left. */
static int play_choose(struct ui *u, struct session *s, struct move mv[SIDES])
{
	int hotseat = session_player(s) < 0, t, done = -1;

	for (t = 0; t < SIDES; t++) {
		if (!s->human[t])
			continue;
		if (hotseat)
			handover_run(u, s, t, done);
		if (u->quit)
			return -1;
		if (!s->briefed[t]) {
			briefing_run(u, s, t);
			s->briefed[t] = 1;
		}
		if (turn_run(u, s, t, &mv[t]) < 0)
			return -1;
		done = t;
	}
	if (hotseat)
		handover_run(u, s, -1, done);
	return u->quit ? -1 : 0;
}

int ui_play_session(struct ui *u, struct session *s)
{
	const struct ui_hooks *h = ui_hooks_get();
	struct move mv[SIDES];

	while (!game_over(&s->g)) {
		memset(mv, 0, sizeof mv);
		/* The computer chooses first, unseen: the moves are
		 * simultaneous, and the person never waits on it. */
		session_ai_moves(s, mv);
		if (play_choose(u, s, mv) < 0)
			return -1;
		if (session_play(s, mv) < 0) {
			ui_message(u, ui_tr(u, "err.title"),
				   ui_tr(u, "err.illegal"));
			return -1;
		}
		if (h->after_turn)
			h->after_turn(h->ctx, s);
		resolution_run(u, s);
		if (u->quit)
			return -1;
	}
	debrief_run(u, s);
	return 0;
}
