/* transcript.h — a game, turn by turn, for an instructor to read and a
 * spreadsheet to grade.
 *
 * Both forms are drawn from the game's kept logs (keep_logs), so a game
 * played live and the same game loaded from its save give the same
 * bytes. They show everything, as the debrief does: moves, detections,
 * proposals, breaches, events, every trust change with its reason, the
 * rung, and, for each record, which side knew of it.
 *
 * The text uses the game's words (text/render.h, in the language of L)
 * and, for its own few lines, the keys "transcript.*" of the language
 * files, falling back to English built in here while a language file
 * lacks them. The CSV uses ids, not words, so that it is the same in
 * every language and its columns can be filtered and summed:
 *
 *	turn      the turn (from 1)
 *	rung      the ladder rung's id at the end of that turn
 *	kind      move, detect, proposal, proposal_failed, breach, event,
 *	          stat, rung, end
 *	side      the side it concerns (the side's id), or empty
 *	actor     the side that caused it, or empty
 *	what      move/detect: the action; proposal, proposal_failed,
 *	          breach: the proposal; event: the event; stat: the stat
 *	          (trust, security, support, score, tension); rung: the new
 *	          rung; end: the ending (agreement, conflict, collapse,
 *	          limit)
 *	detail    move: the proposal it works on; breach: the action that
 *	          broke it; event: the side it was blamed on;
 *	          proposal_failed: the status it found; end: the trust band
 *	before, after   stat: numbers; proposal: statuses (not_tabled,
 *	          tabled, signed, breached, withdrawn); rung: rung ids
 *	change    stat: after - before
 *	cause     stat: act (the act was seen), act_effects, sign, breach,
 *	          event, blame, treaty, payoff, drift, weights, ending
 *	cause_of  the action, proposal, event or ending behind the cause
 *	seen_by_a, seen_by_b   1 when that side knew of it, else 0 */
#ifndef SAVE_TRANSCRIPT_H
#define SAVE_TRANSCRIPT_H

#include "engine/game.h"
#include "save/save.h"
#include "text/lang.h"
#include "util/strbuf.h"

/* The text transcript of g (turns 1..g->st.turn), appended to out. sv
 * (may be NULL) gives the heading: seed, players, branch. L may be NULL
 * (English built in, ids for the game's words); lang picks the
 * scenario's own texts. */
void transcript_text(const struct save *sv, const struct game *g,
		     const struct lang *L, const char *lang,
		     struct strbuf *out);

/* The CSV transcript of g, with its header row, appended to out. */
void transcript_csv(const struct game *g, struct strbuf *out);

#endif
