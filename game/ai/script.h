/* script.h — the script doctrine's file: moves named turn by turn, for
 * class exercises and tests (`--a script:FILE`).
 *
 * One rule a line; `#` starts a comment; blank lines are skipped:
 *
 *     1-3: backchannel share_intel
 *     4: accept:channels espionage
 *     *: accept espionage
 *
 * Turns (N, N-M, or * for every turn no other rule names), a colon, then
 * a diplomatic action id (optionally :PROPOSAL) and a cyber action id,
 * in that order; a scenario with one kind of move takes one id. An
 * operation on proposals named without one works on the open proposal
 * this side values most. A turn no rule names, and an action not legal
 * when its turn comes, become the side's neutral move of that kind (the
 * latter counted as fallbacks). Errors read "FILE:LINE:COL: message"
 * (util/diag.h; columns in characters), from the list ai/script-msgs.h. */
#ifndef AI_SCRIPT_H
#define AI_SCRIPT_H

#include "engine/scenario.h"
#include "util/diag.h"
#include "util/strbuf.h"

#define SCRIPT_MAX_RULES 1000

struct script;

/* The catalogue of its messages (ai/script-msgs.h). */
extern const struct diag_cat script_msgs;

/* Parse text (len bytes, any content) named file, against sc's actions
 * and proposals. NULL with every error added to err, one line each, as
 * util/diag.h prints them (at most DIAG_CAP, then how many more). */
struct script *script_parse(const char *file, const char *text, size_t len,
			    const struct scenario *sc, struct strbuf *err);
/* Read and parse a file; NULL with a message in err. */
struct script *script_load(const char *path, const struct scenario *sc,
			   struct strbuf *err);
void script_free(struct script *s);

/* What the script names for turn (1-based): act[k] (-1: nothing, the
 * neutral move) and prop (-1: any open one). 0, or -1 when no rule
 * names the turn. */
int script_rule(const struct script *s, int turn, int16_t act[KINDS],
		int16_t *prop);

#endif
