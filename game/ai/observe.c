/* observe.c — what a side learns from a turn: only records whose seen
 * bits include it. A covert act that went undetected leaves no trace
 * here; an incident the side blamed on the other counts as hostility,
 * exactly as the side believes it. What this side did itself, and which
 * of its acts the other side saw, it knows (a detection is public). */
#include "ai/ai_int.h"

#include <math.h>

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

/* The size of a blamed incident: what it did to this side, and the
 * distrust it carried. */
static double obs_event_size(const struct ai *ai, int ev)
{
	const struct event *e = &ai->sc->event[ev];

	return e->lr > 0 && e->lr < 1 ? -log(e->lr) : 0.1;
}

/* Did the other side see hostility from this one in the turn just
 * played (a hostile act it saw, an incident it blamed on us, a breach)? */
static int obs_they_saw(const struct ai *ai, const struct turn_log *l)
{
	int me = ai->side, other = side_other(me);
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct gev *e = &l->ev[i];

		if (!(e->seen & (1u << other)))
			continue;
		if ((e->type == GEV_ACT && e->side == me &&
		     ai->sc->action[e->ref].stance == STANCE_HOSTILE) ||
		    (e->type == GEV_EVENT && e->side == other &&
		     e->ref2 == me) ||
		    (e->type == GEV_BREACH && e->side == me))
			return 1;
	}
	return 0;
}

/* What was seen of the other side: its stance, the size of its
 * hostility, and the agreements it was seen to breach. */
static int obs_seen(struct ai *ai, const struct turn_log *l, double *size)
{
	int me = ai->side, other = side_other(me), seen = OBS_NONE;
	size_t i;

	*size = 0;
	for (i = 0; i < l->n; i++) {
		const struct gev *e = &l->ev[i];

		if (!(e->seen & (1u << me)))
			continue;
		if (e->type == GEV_ACT && e->side == other) {
			int st = ai->sc->action[e->ref].stance;

			seen = obs_merge(seen, obs_of_stance(st));
			if (st == STANCE_HOSTILE)
				*size += ai_act_size(ai, e->ref);
		} else if (e->type == GEV_STAT && e->stat == STAT_TRUST &&
			   e->side == other) {
			ai->mem.their_trust += e->after - e->before;
		} else if (e->type == GEV_EVENT && e->side == me &&
			   e->ref2 == other) {
			seen = OBS_HOSTILE;
			*size += obs_event_size(ai, e->ref);
		} else if (e->type == GEV_BREACH && e->side == other) {
			seen = OBS_HOSTILE;
			ai->mem.breached_by_other |= 1u << e->ref;
		}
	}
	return seen;
}

/* Keep count of hostility owed an answer: seen at turn t, answered by a
 * hostile move of ours at t+1 or t+2, else let go. Hostility that
 * answered ours (the other side saw hostility from us the turn before)
 * is owed nothing: answering answers is how echo feuds go on for ever. */
static void obs_owed(struct ai_mem *m, int seen, int own, int provoked)
{
	if (m->owed && own == INTENT_HOSTILE)
		m->owed = 0;
	else if (m->owed)
		m->owed = m->owed >= 2 ? 0 : m->owed + 1;
	if (seen == OBS_HOSTILE && !provoked)
		m->owed = 1;
}

void ai_observe(struct ai *ai, const struct game *g)
{
	const struct turn_log *l = &g->last;
	struct ai_mem *m = &ai->mem;
	int me = ai->side, k, a, seen, before = ai->mem.they_saw_hostile;
	double size;

	seen = obs_seen(ai, l, &size);
	m->last_other = seen;
	m->last_own = ai_move_intent(ai->sc, &l->mv[me]);
	m->they_saw_hostile = obs_they_saw(ai, l);
	obs_owed(m, seen, m->last_own, before);
	m->suffered = size;
	if (size > m->suffered_max)
		m->suffered_max = size;
	for (a = 0; a < ai->sc->nactions; a++)
		m->used[a] = (uint8_t)(m->used[a] << 1);
	for (k = 0; k < KINDS; k++)
		if (l->mv[me].act[k] >= 0)
			m->used[l->mv[me].act[k]] |= 1;
	m->turns++;
	if (seen == OBS_HOSTILE) {
		m->hostile_seen = 1;
		m->hostile_count++;
		m->quiet = 0;
	} else {
		m->quiet++;
		if (seen == OBS_COOP)
			m->coop_count++;
	}
	if (ai->d->choose == choose_planner)
		planner_observe(ai, seen, before);
}
