/* ai.c — doctrines and levels: what a side intends, by its memory of
 * what it observed; move.c turns the intent into a legal move from the
 * scenario's own actions, so one doctrine plays the article scenario and
 * the prisoner's dilemma alike. */
#include "ai/ai.h"
#include "ai/ai_int.h"
#include "ai/script.h"

#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

/* Stream ids for the doctrines' own generators: never the game's. */
#define AI_STREAM 0x6169000000ULL

/* The planner's budget: rollouts of each policy it weighs, a move. */
#define AI_ROLLOUTS_HARD 3
#define AI_ROLLOUTS_EXPERT 30

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

/* Public cooperation and signing, a covert hostile act every turn. */
static int intent_cheater(struct ai *ai, const struct game *g)
{
	(void)ai; (void)g;
	return INTENT_COVERT;
}

/* An exploiter's moment: agreements in force to shelter behind — one
 * will do, or, when patient, all but the last of those a comprehensive
 * agreement needs (that one would end the game it means to go on
 * exploiting); where the package is on trial before it ends the game
 * (agreement_hold), the whole package; where there are no proposals,
 * three quiet turns of cooperation from the other side. */
int ai_exploit_ready(const struct ai *ai, int signed_n, int patient)
{
	const struct rules *r = &ai->sc->rules;
	int need = r->agreement_signed ? r->agreement_signed :
		   ai->sc->nproposals;

	if (!ai->sc->nproposals)
		return ai->mem.coop_count >= 3 && ai->mem.quiet >= 3;
	if (r->agreement_hold > 1)
		return signed_n >= need;
	return signed_n >= (patient && need > 1 ? need - 1 : 1);
}

/* Cooperates until agreements are in force, then defects covertly
 * behind them. */
static int intent_exploiter(struct ai *ai, const struct game *g)
{
	return ai_exploit_ready(ai, game_signed_count(g), 0) ?
	       INTENT_COVERT : INTENT_COOP;
}

/* Measured reciprocity, the strong levels' rule: answer hostility seen
 * in the last two turns once, in proportion, then forgive. */
int intent_recip(struct ai *ai, const struct game *g)
{
	(void)g;
	return ai->mem.owed ? INTENT_RETALIATE : INTENT_COOP;
}

/* A coin each turn; then any open act of that stance, at random, so
 * that the noise it makes covers the whole of the scenario. */
static void choose_random(struct ai *ai, const struct game *g,
			  struct move *out)
{
	const struct scenario *sc = ai->sc;
	int stance = rng_below(&ai->rng, 2) ? STANCE_HOSTILE : STANCE_COOP;
	int k, a, n, pick;
	const char *why;

	out->prop = -1;
	for (k = 0; k < KINDS; k++) {
		out->act[k] = -1;
		if (!game_kind_count(g, ai->side, k))
			continue;
		for (n = 0, a = 0; a < sc->nactions; a++)
			n += sc->action[a].kind == k &&
			     sc->action[a].stance == stance &&
			     game_action_open(g, ai->side, a);
		pick = n > 1 ? (int)rng_below(&ai->rng, (uint32_t)n) :
		       n - 1;	/* one choice draws nothing */
		for (a = 0; a < sc->nactions && pick >= 0; a++)
			if (sc->action[a].kind == k &&
			    sc->action[a].stance == stance &&
			    game_action_open(g, ai->side, a) && pick-- == 0)
				out->act[k] = (int16_t)a;
	}
	a = out->act[KIND_DIPLO];
	if (a >= 0 && sc->action[a].op != POP_NONE) {
		uint32_t t = game_targets(g, ai->side, a);

		for (n = 0; !(t & 1u); n++)
			t >>= 1;
		out->prop = (int16_t)n;
	}
	if (game_check_move(g, ai->side, out, &why) < 0)
		ai_move_for(ai, g, stance == STANCE_COOP ? INTENT_COOP :
			    INTENT_RETALIATE, out);
	ai->mem.intent = ai_move_intent(sc, out);
}

static const struct doctrine ai_doctrines[] = {
	{ "dove", "always cooperates, whatever the other side does",
	  intent_dove, NULL },
	{ "hawk", "always competes, with the acts that gain most over the "
	  "other", intent_hawk, NULL },
	{ "tft", "tit for tat: opens kindly, then answers in measure what it "
	  "saw", intent_tft, NULL },
	{ "gtft", "generous tit for tat: as tft, but forgives a third of "
	  "hostility", intent_gtft, NULL },
	{ "grim", "cooperates until the first hostility it sees, then never "
	  "again", intent_grim, NULL },
	{ "pavlov", "win-stay, lose-shift: cooperates when both did the same "
	  "last turn", intent_pavlov, NULL },
	{ "alternator", "alternates: cooperates, then competes, and so on",
	  intent_alternator, NULL },
	{ "random", "flips a coin each turn, then plays any act of that "
	  "stance", NULL, choose_random },
	{ "bayes", "cooperates when its belief about the other clears the "
	  "stakes",
	  intent_bayes, NULL },
	{ "cheater", "cooperates and signs in public, covert hostility every "
	  "turn", intent_cheater, NULL },
	{ "exploiter", "cooperates until agreements are in force, then "
	  "defects covertly", intent_exploiter, NULL },
	{ "planner", "answers in measure, forgives, searches whole games "
	  "(hard)", NULL, choose_planner },
};

#define AI_N ((int)(sizeof ai_doctrines / sizeof *ai_doctrines))

/* The script doctrine is not listed: it needs a file. */
static const struct doctrine ai_script_doctrine = {
	"script", "plays the moves a file names, turn by turn", NULL,
	choose_script
};

/* The levels: a doctrine and its knobs, ordered by how well each scores
 * against the whole field of doctrines (`detente balance`, P5). Easy is
 * tit for tat: Axelrod's winner, fair and easy to read, and a player
 * learns that acts have answers — but it answers every one, so a single
 * mistake can start a feud. Normal is generous tit for tat, which
 * forgives a third and so ends feuds. Hard and expert are the planner,
 * which follows its side's interests and searches whole games; expert
 * with ten times the rollouts. */
static const struct ai_level {
	const char *name, *doctrine, *summary;
	struct ai_params p;
} ai_levels[] = {
	{ "easy", "tft", "tit for tat: fair and easy to read", { 0, 0, 0 } },
	{ "normal", "gtft", "generous tit for tat: answers, but forgives a third", { 0, 0, 0 } },
	{ "hard", "planner", "the planner: measured answers, its side's "
	  "interests, a search", { AI_ROLLOUTS_HARD, 1, 1 } },
	{ "expert", "planner", "the planner with ten times the search",
	  { AI_ROLLOUTS_EXPERT, 1, 1 } },
};

#define AI_LEVELS ((int)(sizeof ai_levels / sizeof *ai_levels))
#define AI_LEVEL_HARD 2
#define AI_LEVEL_EXPERT 3

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

const struct doctrine *ai_doctrine_find(const char *name)
{
	int i = ai_find(name);

	return i >= 0 ? &ai_doctrines[i] : NULL;
}

int ai_level_count(void)
{
	return AI_LEVELS;
}

const char *ai_level_name(int i)
{
	return i >= 0 && i < AI_LEVELS ? ai_levels[i].name : NULL;
}

const char *ai_level_doctrine(int i)
{
	return i >= 0 && i < AI_LEVELS ? ai_levels[i].doctrine : NULL;
}

const char *ai_level_summary(int i)
{
	return i >= 0 && i < AI_LEVELS ? ai_levels[i].summary : NULL;
}

int ai_level_find(const char *name)
{
	int i;

	for (i = 0; name && i < AI_LEVELS; i++)
		if (!strcmp(ai_levels[i].name, name))
			return i;
	return -1;
}

static const char *ai_script_path(const char *name)
{
	size_t n = strlen(AI_SCRIPT_PREFIX);

	return name && !strncmp(name, AI_SCRIPT_PREFIX, n) ? name + n : NULL;
}

int ai_check(const char *name, const struct scenario *sc, struct strbuf *err)
{
	const char *path = ai_script_path(name);
	struct script *s;

	if (ai_find(name) >= 0 || ai_level_find(name) >= 0)
		return 0;
	if (!path) {
		strbuf_addf(err, "unknown doctrine '%s'", name ? name : "");
		return 2;
	}
	s = script_load(path, sc, err);
	if (!s)
		return 1;
	script_free(s);
	return 0;
}

void ai_as(struct ai *dst, const struct ai *src, const struct doctrine *d,
	   int side)
{
	memset(dst, 0, sizeof *dst);
	dst->d = d;
	dst->sc = src->sc;
	dst->side = side;
	dst->rng = src->rng;
	dst->p.interests = 1;
	dst->mem.last_other = OBS_NONE;
	dst->mem.last_own = INTENT_COOP;
	dst->mem.their_trust = src->sc->side[side_other(side)].trust;
	ai_cache_plain(dst);
}

/* Which doctrine and knobs a name means; *script when it names one. */
static const struct doctrine *ai_resolve(const char *name,
					 const struct scenario *sc,
					 struct ai_params *p,
					 struct script **script)
{
	int i = ai_level_find(name);
	const char *path = ai_script_path(name);

	*script = NULL;
	memset(p, 0, sizeof *p);
	p->rollouts = AI_ROLLOUTS_HARD;
	if (i >= 0) {
		*p = ai_levels[i].p;
		return ai_doctrine_find(ai_levels[i].doctrine);
	}
	if (path) {
		struct strbuf err = STRBUF_INIT;

		*script = script_load(path, sc, &err);
		strbuf_release(&err);
		return *script ? &ai_script_doctrine : NULL;
	}
	if (name && !strcmp(name, "planner"))
		*p = ai_levels[AI_LEVEL_HARD].p;
	return ai_doctrine_find(name);
}

struct ai *ai_new(const char *name, const struct scenario *sc, int side,
		  uint64_t seed)
{
	struct ai_params p;
	struct script *script;
	const struct doctrine *d = ai_resolve(name, sc, &p, &script);
	struct ai *ai;

	if (!d)
		return NULL;
	ai = xcalloc(1, sizeof *ai);
	ai->d = d;
	ai->p = p;
	ai->sc = sc;
	ai->side = side;
	ai->script = script;
	ai->mem.last_other = OBS_NONE;
	ai->mem.last_own = INTENT_COOP;
	ai->mem.their_trust = sc->side[side_other(side)].trust;
	rng_seed(&ai->rng, seed, AI_STREAM + (uint64_t)side);
	ai_cache_plain(ai);
	if (d->choose == choose_planner)
		planner_init(ai);
	return ai;
}

void ai_free(struct ai *ai)
{
	if (!ai)
		return;
	script_free((struct script *)ai->script);
	free(ai->model);
	free(ai);
}

const char *ai_doctrine(const struct ai *ai)
{
	return ai->d->name;
}

void ai_set_depth(struct ai *ai, int depth)
{
	if (ai->d->choose == choose_planner)
		ai->p = ai_levels[depth > 2 ? AI_LEVEL_EXPERT :
				  AI_LEVEL_HARD].p;
}

long ai_fallbacks(const struct ai *ai)
{
	return ai->fallbacks;
}

long ai_rollouts(const struct ai *ai)
{
	return ai->rollouts;
}

void ai_choose(struct ai *ai, const struct game *g, struct move *out)
{
	int intent;

	ai->mem.signed_before = game_signed_count(g);
	if (ai->d->choose) {
		ai->d->choose(ai, g, out);
		return;
	}
	intent = ai->d->intent(ai, g);
	ai->mem.intent = intent;
	ai_move_for(ai, g, intent, out);
}
