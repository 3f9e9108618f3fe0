/* scenario.c — lookups over a loaded scenario. */
#include "engine/scenario.h"

#include <stdlib.h>
#include <string.h>

void text_release(struct text *t)
{
	int i;

	for (i = 0; i < SC_MAX_LANGS; i++) {
		free(t->s[i]);
		t->s[i] = NULL;
	}
}

void scenario_release(struct scenario *sc)
{
	int i;

	text_release(&sc->title);
	text_release(&sc->desc);
	text_release(&sc->intro);
	for (i = 0; i < SIDES; i++) {
		text_release(&sc->side[i].name);
		text_release(&sc->side[i].briefing);
		text_release(&sc->side[i].objectives);
	}
	for (i = 0; i < SC_MAX_ACTIONS; i++) {
		text_release(&sc->action[i].name);
		text_release(&sc->action[i].desc);
	}
	for (i = 0; i < SC_MAX_PROPOSALS; i++) {
		free(sc->proposal[i].quote);
		text_release(&sc->proposal[i].title);
		text_release(&sc->proposal[i].summary);
		text_release(&sc->proposal[i].quote_tr);
	}
	for (i = 0; i < SC_MAX_EVENTS; i++) {
		text_release(&sc->event[i].name);
		text_release(&sc->event[i].text);
	}
	for (i = 0; i < SC_MAX_RUNGS; i++) {
		text_release(&sc->rung[i].name);
		text_release(&sc->rung[i].desc);
	}
	for (i = 0; i < SC_MAX_BANDS; i++) {
		text_release(&sc->band[i].name);
		text_release(&sc->band[i].desc);
	}
	for (i = 0; i < END_N; i++) {
		text_release(&sc->ending_name[i]);
		text_release(&sc->ending_text[i]);
	}
	for (i = 0; i < sc->nfiles; i++)
		free(sc->file[i].name);
	free(sc->events_file);
	free(sc->dir);
	free(sc->article_file);
	free(sc->article);
	for (i = 0; i < SC_MAX_LANGS; i++)
		free(sc->article_tr[i]);
	free(sc->payoff);
	memset(sc, 0, sizeof *sc);
}

int scenario_lang(const struct scenario *sc, const char *lang)
{
	int i;

	if (!lang)
		return -1;
	for (i = 0; i < sc->nlangs; i++)
		if (!strcmp(sc->langs[i], lang))
			return i;
	return -1;
}

const char *scenario_text(const struct scenario *sc, const struct text *t,
			  const char *lang)
{
	int i = scenario_lang(sc, lang);

	if (i >= 0 && t->s[i])
		return t->s[i];
	if (t->s[0])
		return t->s[0];
	for (i = 1; i < SC_MAX_LANGS; i++)
		if (t->s[i])
			return t->s[i];
	return "";
}

int scenario_action(const struct scenario *sc, const char *id)
{
	int i;

	for (i = 0; i < sc->nactions; i++)
		if (!strcmp(sc->action[i].id, id))
			return i;
	return -1;
}

int scenario_proposal(const struct scenario *sc, const char *id)
{
	int i;

	for (i = 0; i < sc->nproposals; i++)
		if (!strcmp(sc->proposal[i].id, id))
			return i;
	return -1;
}

int scenario_kind_count(const struct scenario *sc, int side, int kind)
{
	int i, n = 0;

	for (i = 0; i < sc->nactions; i++)
		if (sc->action[i].kind == kind &&
		    (sc->action[i].sides & (1u << side)))
			n++;
	return n;
}

int scenario_rung_of(const struct scenario *sc, double tension)
{
	int i, r = 0;

	for (i = 0; i < sc->nrungs; i++)
		if (tension >= sc->rung[i].from)
			r = i;
	return r;
}

int scenario_band_of(const struct scenario *sc, double trust)
{
	int i, b = 0;

	for (i = 0; i < sc->nbands; i++)
		if (trust >= sc->band[i].from)
			b = i;
	return b;
}

static int fx_uses(const struct effects *fx, int stat)
{
	int i;

	for (i = 0; i < fx->n; i++)
		if (fx->e[i].stat == stat)
			return 1;
	return 0;
}

int scenario_uses(const struct scenario *sc, int stat)
{
	int i;

	if ((stat == STAT_SECURITY && sc->w.security != 0) ||
	    (stat == STAT_SUPPORT && sc->w.support != 0) ||
	    (stat == STAT_TENSION && (sc->w.tension != 0 || sc->nrungs > 1 ||
				      sc->rules.drift != 0)))
		return 1;
	for (i = 0; i < sc->nactions; i++)
		if (fx_uses(&sc->action[i].effects, stat) ||
		    fx_uses(&sc->action[i].seen, stat))
			return 1;
	for (i = 0; i < sc->nproposals; i++)
		if (fx_uses(&sc->proposal[i].effects, stat))
			return 1;
	for (i = 0; i < sc->nevents; i++)
		if (fx_uses(&sc->event[i].effects, stat) ||
		    fx_uses(&sc->event[i].blamed, stat))
			return 1;
	return 0;
}
