/* explain.h — what a choice may do, in words, from the scenario's own
 * numbers: "Covert: 35% chance that the United States detects it. If
 * detected: their trust in you −20 (about 47 → 27), tension +15. Breaches
 * “Non-interference” while it is in force."
 *
 * The viewer (r->viewer) is the side choosing; their_trust is its own
 * reckoning of the other side's trust (render_their_trust), never the
 * hidden true value. */
#ifndef TEXT_EXPLAIN_H
#define TEXT_EXPLAIN_H

#include "engine/game.h"
#include "text/render.h"

/* Lines about action act (with proposal prop, or -1) for side. */
void explain_action(const struct render *r, const struct game *g, int side,
		    int act, int prop, double their_trust,
		    struct rlines *out);

/* Lines about proposal prop: its summary, status, what it does while in
 * force and what it is worth to each side. */
void explain_proposal(const struct render *r, const struct game *g,
		      int side, int prop, struct rlines *out);

#endif
