/* ai.c — doctrines: what a side intends, and how an intent becomes a move.
 *
 * Every doctrine reduces to an intent each turn — cooperate, hold, or
 * compete — decided from this side's memory of what it observed. The
 * intent then becomes a concrete legal move from the scenario's own
 * actions (move.c), so one doctrine plays the article scenario and the
 * prisoner's dilemma alike. */
#include "ai/ai.h"
#include "ai/ai_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

/* Stream ids for the doctrines' own generators: never the game's. */
#define AI_STREAM 0x6169000000ULL

static int intent_dove(struct ai *ai, const struct game *g)
{
	(void)ai; (void)g;
	return INTENT_COOP;
}

static int intent_hawk(struct ai *ai, const struct game *g)
{
	(void)ai; (void)g;
	return INTENT_HOSTILE;
}

/* Tit for tat (Rapoport, Axelrod's tournaments): open kindly, then do
 * what the other side was last seen to do. A blamed incident counts as
 * hostility — which is how noise makes it retaliate by mistake. */
static int intent_tft(struct ai *ai, const struct game *g)
{
	(void)g;
	return ai->mem.last_other == OBS_HOSTILE ? INTENT_RETALIATE :
	       INTENT_COOP;
}

/* Generous tit for tat (Nowak and Sigmund): forgive a third of the
 * defections, which ends echo feuds that noise starts. */
static int intent_gtft(struct ai *ai, const struct game *g)
{
	(void)g;
	if (ai->mem.last_other != OBS_HOSTILE)
		return INTENT_COOP;
	return rng_below(&ai->rng, 3) == 0 ? INTENT_COOP : INTENT_RETALIATE;
}

/* Grim trigger (Friedman): cooperate until the first hostility seen. */
static int intent_grim(struct ai *ai, const struct game *g)
{
	(void)g;
	return ai->mem.hostile_seen ? INTENT_RETALIATE : INTENT_COOP;
}

/* Pavlov, win-stay lose-shift (Nowak and Sigmund): cooperate when both
 * sides did the same last turn, otherwise compete. */
static int intent_pavlov(struct ai *ai, const struct game *g)
{
	int mine, theirs;

	(void)g;
	if (ai->mem.turns == 0)
		return INTENT_COOP;
	mine = ai->mem.last_own == INTENT_HOSTILE;
	theirs = ai->mem.last_other == OBS_HOSTILE;
	return mine == theirs ? INTENT_COOP : INTENT_RETALIATE;
}

static int intent_alternator(struct ai *ai, const struct game *g)
{
	(void)g;
	return ai->mem.turns % 2 ? INTENT_RETALIATE : INTENT_COOP;
}

static int intent_random(struct ai *ai, const struct game *g)
{
	(void)g;
	return rng_below(&ai->rng, 2) ? INTENT_RETALIATE : INTENT_COOP;
}

static const struct doctrine ai_doctrines[] = {
	{ "dove", "always cooperates, whatever the other side does",
	  intent_dove, NULL },
	{ "hawk", "always competes: hostile moves every turn",
	  intent_hawk, NULL },
	{ "tft", "tit for tat: opens kindly, then mirrors the last move it saw",
	  intent_tft, NULL },
	{ "gtft", "generous tit for tat: mirrors, but forgives a third of "
	  "hostile moves", intent_gtft, NULL },
	{ "grim", "cooperates until the first hostility it sees, then never "
	  "again", intent_grim, NULL },
	{ "pavlov", "win-stay, lose-shift: cooperates when both sides did "
	  "the same last turn", intent_pavlov, NULL },
	{ "alternator", "alternates: cooperates, then competes, and so on",
	  intent_alternator, NULL },
	{ "random", "flips a coin every turn", intent_random, NULL },
	{ "bayes", "keeps a belief about the other side's type and "
	  "cooperates when belief and stakes justify it",
	  intent_bayes, NULL },
	{ "planner", "looks several turns ahead with the game's own rules "
	  "against a model of the other side", NULL, choose_planner },
};

#define AI_N ((int)(sizeof ai_doctrines / sizeof *ai_doctrines))

int ai_count(void)
{
	return AI_N;
}

const char *ai_name(int i)
{
	return i >= 0 && i < AI_N ? ai_doctrines[i].name : NULL;
}

const char *ai_summary(int i)
{
	return i >= 0 && i < AI_N ? ai_doctrines[i].summary : NULL;
}

int ai_find(const char *name)
{
	int i;

	for (i = 0; name && i < AI_N; i++)
		if (!strcmp(ai_doctrines[i].name, name))
			return i;
	return -1;
}

struct ai *ai_new(const char *name, const struct scenario *sc, int side,
		  uint64_t seed)
{
	int i = ai_find(name);
	struct ai *ai;

	if (i < 0)
		return NULL;
	ai = xcalloc(1, sizeof *ai);
	ai->d = &ai_doctrines[i];
	ai->sc = sc;
	ai->side = side;
	ai->mem.last_other = OBS_NONE;
	ai->mem.last_own = INTENT_COOP;
	ai->mem.their_trust = sc->side[side_other(side)].trust;
	ai->belief = sc->side[side].trust / 100.0;
	ai->depth = 2;
	rng_seed(&ai->rng, seed, AI_STREAM + (uint64_t)side);
	ai_cache_plain(ai);
	return ai;
}

void ai_free(struct ai *ai)
{
	free(ai);
}

const char *ai_doctrine(const struct ai *ai)
{
	return ai->d->name;
}

void ai_choose(struct ai *ai, const struct game *g, struct move *out)
{
	int intent;

	if (ai->d->choose) {
		ai->d->choose(ai, g, out);
		return;
	}
	intent = ai->d->intent(ai, g);
	ai->mem.intent = intent;
	ai_move_for(ai, g, intent, out);
}
