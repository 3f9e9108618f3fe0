/* debrief.h — the end-of-game lessons, drawn from the game's own logs.
 *
 * For the debrief screen and the transcript: the outcome, every hidden
 * act revealed, the turning points, and the ideas at work (security
 * dilemma, costly signals, verification, misattribution), each tied to
 * what happened in this game. Needs the game's kept logs (keep_logs).
 * The render's viewer should be RV_ALL. */
#ifndef TEXT_DEBRIEF_H
#define TEXT_DEBRIEF_H

#include "engine/game.h"
#include "text/render.h"

/* The ending, its text and the trust level reached. */
void debrief_outcome(const struct render *r, const struct game *g,
		     struct rlines *out);
/* Everything a side did not know when it happened. */
void debrief_hidden(const struct render *r, const struct game *g,
		    struct rlines *out);
/* The turns that changed the game, in order. */
void debrief_turning(const struct render *r, const struct game *g,
		     struct rlines *out);
/* The four ideas, each with what it looked like in this game. */
void debrief_ideas(const struct render *r, const struct game *g,
		   struct rlines *out);

/* Counts behind the ideas, exposed for tests and class reports. */
struct debrief_stats {
	int covert[SIDES], detected[SIDES];	/* covert acts, caught */
	int hostile[SIDES];			/* hostile acts played */
	int spiral;		/* hostile acts answered in kind next turn */
	int signings;
	double sign_trust;	/* trust gained from signatures */
	int blamed;		/* incidents pinned on the other side */
	double blame_trust;	/* trust lost to them */
	int breaches, hidden_breaches;
	double tension_start, tension_peak;
};
void debrief_count(const struct game *g, struct debrief_stats *st);

#endif
