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

/* The answers the other side may owe us for the turn just played: our
 * hostile acts it saw, incidents it blamed on us, breaches it saw. */
static int obs_they_saw(const struct ai *ai, const struct game *g)
{
	const struct turn_log *l = &g->last;
	int me = ai->side, other = side_other(me), n = 0;
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct gev *e = &l->ev[i];

		if (!(e->seen & (1u << other)))
			continue;
		if (e->type == GEV_ACT && e->side == me &&
		    ai->sc->action[e->ref].stance == STANCE_HOSTILE)
			n++;
		else if (e->type == GEV_EVENT && e->side == other &&
			 e->ref2 == me)
			n++;
	}
	return n;
}

/* How large a hostile act of the other side looks. Deterrence: a side
 * that catches a covert act only with chance p answers it as if for 1/p
 * of them (at most three), so that covert exploitation costs, on
 * average, what it takes, caught or not. */
static double obs_act_size(const struct ai *ai, const struct game *g,
			   int act)
{
	double size = ai_act_size(ai, act), p;

	if (!ai->p.deter || !ai->sc->action[act].covert)
		return size;
	p = game_detect_chance(g, side_other(ai->side), act) / 100.0;
	return size / (p > 1.0 / 3 ? p : 1.0 / 3);
}

/* What was seen of the other side: its stance, the size of its
 * hostility, the answers it calls for, and the agreements it was seen
 * to breach. */
static int obs_seen(struct ai *ai, const struct game *g, double *size,
		    int *answers)
{
	const struct turn_log *l = &g->last;
	int me = ai->side, other = side_other(me), seen = OBS_NONE, coop = 0;
	size_t i;

	*size = 0;
	*answers = 0;
	ai->mem.covert_seen = 0;
	for (i = 0; i < l->n; i++) {
		const struct gev *e = &l->ev[i];

		if (!(e->seen & (1u << me)))
			continue;
		if (e->type == GEV_ACT && e->side == other) {
			int st = ai->sc->action[e->ref].stance;

			seen = obs_merge(seen, obs_of_stance(st));
			coop |= st == STANCE_COOP;
			if (st == STANCE_HOSTILE) {
				ai->mem.covert_seen |=
					ai->sc->action[e->ref].covert;
				*size += obs_act_size(ai, g, e->ref);
				*answers += 1;
			}
		} else if (e->type == GEV_STAT && e->stat == STAT_TRUST &&
			   e->side == other) {
			ai->mem.their_trust += e->after - e->before;
		} else if (e->type == GEV_EVENT && e->side == me &&
			   e->ref2 == other) {
			seen = OBS_HOSTILE;
			*size += obs_event_size(ai, e->ref);
			*answers += 1;
		} else if (e->type == GEV_BREACH && e->side == other) {
			seen = OBS_HOSTILE;
			ai->mem.breached_by_other |= 1u << e->ref;
		}
	}
	/* Exploitation's mark: public cooperation over a covert act. */
	ai->mem.covert_seen &= coop;
	return seen;
}

/* Keep count of the answers owed, both ways. Each hostile move of ours
 * pays one we owe; hostility seen adds what it calls for — unless we
 * are "contrite" (Boyd 1989; Wu and Axelrod 1995): the other side saw
 * hostility of ours that answered nothing, or blamed us for an
 * incident, and its answers to that are accepted without reply. That
 * is what keeps two reciprocators out of an echo feud. Two quiet turns
 * in a row and what is left either way is forgiven. */
static void obs_owed(struct ai_mem *m, int seen, int answers, int own,
		     int we_gave)
{
	m->owed_new = 0;
	if (m->owed && own == INTENT_HOSTILE)
		m->owed--;
	if (seen == OBS_HOSTILE && m->contrite > 0) {
		m->contrite -= answers;
		if (m->contrite < 0)
			m->contrite = 0;
	} else if (seen == OBS_HOSTILE) {
		m->owed_new = 1;
		m->wronged++;
		m->owed += answers;
		if (m->owed > AI_MAX_DEBT)
			m->owed = AI_MAX_DEBT;
	} else if (m->quiet >= 1) {
		m->owed = 0;
		m->contrite = 0;
	}
	if (we_gave && !m->was_answer) {
		m->contrite += we_gave;
		if (m->contrite > AI_MAX_DEBT)
			m->contrite = AI_MAX_DEBT;
	}
}

void ai_observe(struct ai *ai, const struct game *g)
{
	const struct turn_log *l = &g->last;
	struct ai_mem *m = &ai->mem;
	int me = ai->side, k, a, seen, answers, gave;
	int before = m->they_saw_hostile;	/* what its move answered */
	double size;

	seen = obs_seen(ai, g, &size, &answers);
	m->last_other = seen;
	m->last_own = ai_move_intent(ai->sc, &l->mv[me]);
	gave = obs_they_saw(ai, g);
	m->they_saw_hostile = gave > 0;
	m->was_answer = m->intent == INTENT_RETALIATE;
	obs_owed(m, seen, answers, m->last_own, gave);
	/* The strong levels are generous, as gtft is (Nowak and Sigmund
	 * 1992): a share of the hostility they would answer they let go,
	 * which ends feuds that noise started. A covert act caught under
	 * public cooperation is exploitation, not noise: less of that. */
	if (m->owed && m->owed_new && ai->p.interests &&
	    rng_below(&ai->rng, m->covert_seen ? AI_GENEROUS_EXPLOIT :
		      AI_GENEROUS) == 0)
		m->owed = 0;
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
