/* trial.h — the package on trial, in words.
 *
 * Where a scenario asks a complete package to hold for a while before it
 * ends the game ([rules] agreement_hold above 1), the package is "on
 * trial" meanwhile: the game goes on, and a trust that falls below
 * agreement_trust, or an agreement that leaves force, breaks the trial
 * and starts the count again. The engine keeps only the count now
 * (game_package_held); the screens, the transcript and the debrief also
 * need it for past turns, so this module replays the game's moves on a
 * scratch game (the same scenario, seed and moves give the same game)
 * and says, for a turn, what became of the trial:
 *
 *   "The package is complete and on trial: if it still holds at the end
 *    of 2 more months, the talks end in a comprehensive agreement."
 *   "The package's trial broke: the United States' trust in Russia fell
 *    below 85, because Russia was seen to play “Espionage”, a hostile
 *    signal."
 *
 * No curses here: the terminal game, `detente replay` and the tests all
 * use it. */
#ifndef TEXT_TRIAL_H
#define TEXT_TRIAL_H

#include "engine/game.h"
#include "text/render.h"
#include "util/strbuf.h"

/* Does the scenario put a complete package on trial? */
int trial_rules(const struct scenario *sc);

/* What became of the trial in one turn. */
enum trial_kind {
	TRIAL_NONE,	/* nothing to say */
	TRIAL_BEGIN,	/* complete this turn: its trial begins */
	TRIAL_ON,	/* complete and on trial, the game goes on */
	TRIAL_BROKE,	/* it had held, and now it does not */
	TRIAL_HELD,	/* it held long enough: the agreement ending */
	TRIAL_CUT	/* the game ended another way while on trial */
};

/* held[t], t = 0..upto: the turns the package had held at the end of
 * turn t (held[0] = 0), replayed from g's moves; upto at most g's turns
 * played. held has upto + 1 ints. */
void trial_series(const struct game *g, int upto, int *held);

/* What became of the trial in turn log->turn of r->g, and its line
 * into sb (appended) for r's viewer. TRIAL_NONE (nothing appended) when
 * the scenario has no trial, r->g is NULL or log is not one of its
 * kept turns. */
int trial_say(const struct render *r, const struct turn_log *log,
	      struct strbuf *sb);
/* The same, for use inside a sentence: the first letter as written
 * ("the package's trial broke: ..."). */
int trial_say_inline(const struct render *r, const struct turn_log *log,
		     struct strbuf *sb);

/* "3 months" or "3 turns" (more: "2 more months"), by the scenario's
 * calendar, appended. */
void trial_span(const struct render *r, int turns, int more,
		struct strbuf *sb);

#endif
