/* fixture.h — small scenarios built in C, so the engine and the doctrines
 * can be tested without the loader. Included by test files only. */
#ifndef TESTS_FIXTURE_H
#define TESTS_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "engine/game.h"
#include "util/xmalloc.h"

static inline void fx_add(struct effects *fx, int stat, int who, double v)
{
	struct effect *e = &fx->e[fx->n++];

	e->stat = (uint8_t)stat;
	e->who = (uint8_t)who;
	e->set = 0;
	e->value = v;
}

static inline struct action *fx_action(struct scenario *sc, const char *id,
				       int kind, int stance, double lr)
{
	struct action *a = &sc->action[sc->nactions++];

	snprintf(a->id, sizeof a->id, "%s", id);
	a->kind = (uint8_t)kind;
	a->stance = (uint8_t)stance;
	a->lr = lr;
	a->sides = 3;
	a->detect = 100;
	a->name.s[0] = xstrdup(id);
	return a;
}

/* A move: diplomatic and cyber action indices (-1: none) and a proposal. */
static inline struct move fx_move(int diplo, int cyber, int prop)
{
	struct move m;

	m.act[KIND_DIPLO] = (int16_t)diplo;
	m.act[KIND_CYBER] = (int16_t)cyber;
	m.prop = (int16_t)prop;
	return m;
}

static inline void fx_base(struct scenario *sc, const char *id)
{
	memset(sc, 0, sizeof *sc);
	snprintf(sc->id, sizeof sc->id, "%s", id);
	sc->nlangs = 1;
	strcpy(sc->langs[0], "en");
	strcpy(sc->side[0].id, "a");
	strcpy(sc->side[1].id, "b");
	sc->side[0].trust = sc->side[1].trust = 50;
	sc->side[0].security = sc->side[1].security = 50;
	sc->side[0].support = sc->side[1].support = 50;
	sc->rules.turns = 20;
	sc->rules.trust_min = 1;
	sc->rules.trust_max = 99;
	sc->rules.breach_lr = 0.3;
	sc->rules.withdraw = 0;
	sc->rules.collapse_turns = 0;
	sc->rules.agreement_trust = 101;	/* never, unless a test says */
	sc->nrungs = 1;
	strcpy(sc->rung[0].id, "calm");
	sc->nbands = 1;
	strcpy(sc->band[0].id, "any");
}

/* The prisoner's dilemma: R=3, S=0, T=5, P=1, 200 turns. */
static inline struct scenario *fixture_pd(void)
{
	struct scenario *sc = xcalloc(1, sizeof *sc);
	static const double pay[] = { 3, 3, 0, 5, 5, 0, 1, 1 };

	fx_base(sc, "pd");
	sc->rules.turns = 200;
	fx_action(sc, "cooperate", KIND_DIPLO, STANCE_COOP, 2);
	fx_action(sc, "defect", KIND_DIPLO, STANCE_HOSTILE, 0.5);
	sc->payoff = xmalloc(sizeof pay);
	memcpy(sc->payoff, pay, sizeof pay);
	sc->payoff_kind = KIND_DIPLO;
	return sc;
}

/* A crisis: proposals, covert acts, a ladder, events. Indices:
 * actions 0 statement (coop), 1 accept, 2 table, 3 withdraw, 4 hold,
 * 5 probe (covert, detect 0), 6 strike (overt hostile, breaches p0),
 * 7 spy (covert, detect 100, breaches p0), 8 share (coop cyber);
 * proposals 0 channel (misattribution -100), 1 talks;
 * rungs calm 0, tense 40, war 90; bands low 0, mid 40, high 70. */
static inline struct scenario *fixture_crisis(void)
{
	struct scenario *sc = xcalloc(1, sizeof *sc);
	struct action *a;
	struct proposal *p;

	fx_base(sc, "crisis");
	sc->rules.tension = 30;
	fx_action(sc, "statement", KIND_DIPLO, STANCE_COOP, 1.2);
	a = fx_action(sc, "accept", KIND_DIPLO, STANCE_COOP, 1.1);
	a->op = POP_ACCEPT;
	a = fx_action(sc, "table", KIND_DIPLO, STANCE_COOP, 1.1);
	a->op = POP_TABLE;
	a = fx_action(sc, "withdraw", KIND_DIPLO, STANCE_HOSTILE, 0.8);
	a->op = POP_WITHDRAW;
	fx_action(sc, "hold", KIND_CYBER, STANCE_NEUTRAL, 1);
	a = fx_action(sc, "probe", KIND_CYBER, STANCE_HOSTILE, 0.4);
	a->covert = 1;
	a->detect = 0;
	fx_add(&a->effects, STAT_SECURITY, WHO_OTHER, -5);
	fx_add(&a->seen, STAT_TENSION, WHO_NONE, 10);
	a = fx_action(sc, "strike", KIND_CYBER, STANCE_HOSTILE, 0.2);
	a->breaches = 1;
	fx_add(&a->effects, STAT_SECURITY, WHO_OTHER, -20);
	fx_add(&a->seen, STAT_TENSION, WHO_NONE, 30);
	a = fx_action(sc, "spy", KIND_CYBER, STANCE_HOSTILE, 0.5);
	a->covert = 1;
	a->detect = 100;
	a->breaches = 1;
	fx_action(sc, "share", KIND_CYBER, STANCE_COOP, 1.5);

	sc->nproposals = 2;
	p = &sc->proposal[0];
	strcpy(p->id, "channel");
	p->signal = 3;
	p->tabled_by = SIDE_A;
	p->value[0] = p->value[1] = 1;
	fx_add(&p->effects, STAT_MISATTRIBUTION, WHO_NONE, -100);
	fx_add(&p->effects, STAT_TENSION, WHO_NONE, -2);
	p = &sc->proposal[1];
	strcpy(p->id, "talks");
	p->signal = 1.5;
	p->tabled_by = -1;

	sc->nrungs = 3;
	strcpy(sc->rung[1].id, "tense");
	sc->rung[1].from = 40;
	strcpy(sc->rung[2].id, "war");
	sc->rung[2].from = 90;
	sc->nbands = 3;
	strcpy(sc->band[0].id, "low");
	strcpy(sc->band[1].id, "mid");
	sc->band[1].from = 40;
	strcpy(sc->band[2].id, "high");
	sc->band[2].from = 70;
	return sc;
}

static inline void fixture_free(struct scenario *sc)
{
	scenario_release(sc);
	free(sc);
}

#endif
