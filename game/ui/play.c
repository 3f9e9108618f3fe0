/* play.c — a game from its briefing to its debrief: whose turn, the
 * hand-overs in a hotseat game, the resolution, and, when the player
 * rewinds or switches branches, playing on from there. */
#include "ui/tui.h"
#include <string.h>

#include "ui/ui_int.h"

/* Each person at the keyboard chooses: 0 chosen, 1 the game changed
 * under the choice (choose again), -1 one left. */
static int play_choose(struct ui *u, struct session *s, struct move mv[SIDES])
{
	int hotseat = session_player(s) == -1, t, done = -1, rc;

	for (t = 0; t < SIDES; t++) {
		if (!session_human(s, t))
			continue;
		if (hotseat)
			handover_run(u, s, t, done);
		if (u->quit)
			return -1;
		if (!s->briefed[t]) {
			briefing_run(u, s, t);
			s->briefed[t] = 1;
		}
		rc = turn_run(u, s, t, &mv[t]);
		if (rc != 0)
			return rc;
		done = t;
	}
	if (hotseat)
		handover_run(u, s, -1, done);
	return u->quit ? -1 : 0;
}

void ui_tell_unsaved(struct ui *u, struct session *s)
{
	struct strbuf sb = STRBUF_INIT;

	if (!s->unsaved || s->told || u->quit)
		return;
	s->told = 1;
	/* the advice that fits the cause: space, permissions, another
	 * writer, or none in particular */
	lang_fmt(&sb, lang_getf(&u->L, "save.failed.%s",
				s->cause ? s->cause : "other"),
		 "why", s->why.buf, LANG_END);
	ui_message(u, ui_tr(u, "save.failed.title"), sb.buf);
	strbuf_release(&sb);
}

/* Turns until the game ends (0) or the player leaves (-1). */
static int play_turns(struct ui *u, struct session *s)
{
	struct move mv[SIDES];
	int rc;

	while (!game_over(&s->sg.g)) {
		ui_tell_unsaved(u, s);
		memset(mv, 0, sizeof mv);
		rc = play_choose(u, s, mv);
		if (rc < 0)
			return -1;
		if (rc > 0)
			continue;
		/* The doctrines choose now, from the same state as the
		 * person did: the moves are simultaneous all the same. */
		if (session_play(s, mv) < 0) {
			ui_message(u, ui_tr(u, "err.title"),
				   ui_tr(u, "err.illegal"));
			return -1;
		}
		ui_tell_unsaved(u, s);
		if (resolution_run(u, s) < 0 || u->quit)
			return -1;
	}
	return 0;
}

int ui_play_session(struct ui *u, struct session *s)
{
	for (;;) {
		if (play_turns(u, s) < 0)
			return -1;
		/* From the debrief the player may rewind or switch to a
		 * branch that goes on: then the game goes on too. */
		if (!debrief_run(u, s) || u->quit)
			return 0;
	}
}
