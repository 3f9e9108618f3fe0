/* observe.c — what a side learns from a turn: only records whose seen
 * bits include it. A covert act that went undetected leaves no trace
 * here; an incident the side blamed on the other counts as hostility,
 * exactly as the side believes it. */
#include "ai/ai_int.h"

static int obs_of_stance(int stance)
{
	return stance == STANCE_HOSTILE ? OBS_HOSTILE :
	       stance == STANCE_COOP ? OBS_COOP : OBS_NEUTRAL;
}

/* Worse news wins: the enum runs from no news up to hostility. */
static int obs_merge(int a, int b)
{
	return b > a ? b : a;
}

void ai_observe(struct ai *ai, const struct game *g)
{
	const struct turn_log *l = &g->last;
	int me = ai->side, other = side_other(me), seen = OBS_NONE;
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct gev *e = &l->ev[i];

		if (!(e->seen & (1u << me)))
			continue;
		if (e->type == GEV_ACT && e->side == other)
			seen = obs_merge(seen, obs_of_stance(
				ai->sc->action[e->ref].stance));
		else if (e->type == GEV_STAT && e->stat == STAT_TRUST &&
			 e->side == other)
			ai->mem.their_trust += e->after - e->before;
		else if ((e->type == GEV_EVENT && e->side == me &&
			  e->ref2 == other) ||
			 (e->type == GEV_BREACH && e->side == other))
			seen = OBS_HOSTILE;
	}
	ai->mem.last_other = seen;
	ai->mem.last_own = ai_move_intent(ai->sc, &l->mv[me]);
	ai->mem.turns++;
	if (seen == OBS_HOSTILE) {
		ai->mem.hostile_seen = 1;
		ai->mem.hostile_count++;
	} else if (seen == OBS_COOP) {
		ai->mem.coop_count++;
	}
}
