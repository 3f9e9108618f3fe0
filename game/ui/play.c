/* play.c — a game from its briefing to its debrief: whose turn, the
 * hand-overs in a hotseat game, the resolution, and, when the player
 * rewinds or switches branches, playing on from there. */
#include "ui/tui.h"
#include <string.h>

#include "ui/ui_int.h"

/* Each person at the keyboard chooses: UI_DONE chosen, UI_CHANGED the
 * game changed under the choice (choose again), UI_BACK one left. */
static enum ui_rc play_choose(struct ui *u, struct session *s,
			      struct move mv[SIDES])
{
	int hotseat = session_player(s) == -1, t, done = -1;
	enum ui_rc rc;

	for (t = 0; t < SIDES; t++) {
		if (!session_human(s, t))
			continue;
		if (hotseat)
			handover_run(u, s, t, done);
		if (u->quit)
			return UI_BACK;
		if (!s->briefed[t]) {
			briefing_run(u, s, t);
			s->briefed[t] = 1;
		}
		rc = turn_run(u, s, t, &mv[t]);
		if (rc != UI_DONE)
			return rc;
		done = t;
	}
	if (hotseat)
		handover_run(u, s, -1, done);
	return u->quit ? UI_BACK : UI_DONE;
}

/* Turns until the game ends (UI_DONE) or the player leaves (UI_BACK). */
static enum ui_rc play_turns(struct ui *u, struct session *s)
{
	struct move mv[SIDES];
	enum ui_rc rc;

	while (!game_over(&s->sg.g)) {
		ui_tell_unsaved(u, s);
		memset(mv, 0, sizeof mv);
		rc = play_choose(u, s, mv);
		if (rc == UI_BACK)
			return UI_BACK;
		if (rc == UI_CHANGED)
			continue;
		/* The doctrines choose now, from the same state as the
		 * person did: the moves are simultaneous all the same. */
		if (session_play(s, mv) < 0) {
			ui_message(u, ui_tr(u, "err.title"),
				   ui_tr(u, "err.illegal"));
			return UI_BACK;
		}
		ui_tell_unsaved(u, s);
		if (resolution_run(u, s) == UI_BACK || u->quit)
			return UI_BACK;
	}
	return UI_DONE;
}

enum ui_rc ui_play_session(struct ui *u, struct session *s)
{
	for (;;) {
		if (play_turns(u, s) == UI_BACK)
			return UI_BACK;
		/* From the debrief the player may rewind or switch to a
		 * branch that goes on: then the game goes on too. */
		if (debrief_run(u, s) != UI_CHANGED || u->quit)
			return UI_DONE;
	}
}
