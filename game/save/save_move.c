/* save_move.c — moves and players as a save spells them, the state check,
 * and UTC times. */
#include "save/save.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ai/ai.h"
#include "util/parse.h"

static const char *const kind_word[KINDS] = { "diplomatic", "cyber" };

/* ---- moves -------------------------------------------------------------- */

void save_move_set(const struct scenario *sc, const struct move *m,
		   struct save_move *out)
{
	int k, a;

	memset(out, 0, sizeof *out);
	out->pkind = -1;
	for (k = 0; k < KINDS; k++) {
		a = m->act[k];
		if (a < 0 || a >= sc->nactions)
			continue;
		snprintf(out->act[k], sizeof out->act[k], "%s",
			 sc->action[a].id);
		if (sc->action[a].op != POP_NONE && m->prop >= 0 &&
		    m->prop < sc->nproposals) {
			out->pkind = (int8_t)k;
			snprintf(out->prop, sizeof out->prop, "%s",
				 sc->proposal[m->prop].id);
		}
	}
}

void save_move_str(const struct save_move *sm, struct strbuf *sb)
{
	int k;

	for (k = 0; k < KINDS; k++) {
		if (k)
			strbuf_addc(sb, ' ');
		strbuf_adds(sb, sm->act[k][0] ? sm->act[k] : "-");
		if (sm->pkind == k)
			strbuf_addf(sb, ":%s", sm->prop);
	}
}

static int move_act(const struct scenario *sc, int side,
		    const struct save_move *sm, int k, struct move *out,
		    const char *file, int line, struct save_err *err)
{
	const char *id = sm->act[k];
	int have = scenario_kind_count(sc, side, k) > 0, a;

	out->act[k] = -1;
	if (!id[0]) {
		if (!have)
			return 0;
		save_err_set(err, file, line, sm->col[k], SAVE_NEED_KIND,
			     sc->side[side].id, kind_word[k]);
		return -1;
	}
	a = scenario_action(sc, id);
	if (a < 0) {
		save_err_set(err, file, line, sm->col[k], SAVE_ACTION, id,
			     sc->id);
		return -1;
	}
	if (sc->action[a].kind != k) {
		save_err_set(err, file, line, sm->col[k], SAVE_KIND, id,
			     kind_word[sc->action[a].kind], kind_word[k]);
		return -1;
	}
	if (!have) {
		save_err_set(err, file, line, sm->col[k], SAVE_NO_KIND,
			     kind_word[k], sc->side[side].id);
		return -1;
	}
	out->act[k] = (int16_t)a;
	return 0;
}

/* The proposal: named exactly when the action works on one. */
static int move_prop(const struct scenario *sc, const struct save_move *sm,
		     struct move *out, const char *file, int line,
		     struct save_err *err)
{
	int k, p;

	out->prop = -1;
	for (k = 0; k < KINDS; k++) {
		int a = out->act[k], op = a < 0 ? POP_NONE : sc->action[a].op;

		if (op != POP_NONE && sm->pkind != k) {
			save_err_set(err, file, line, sm->col[k],
				     SAVE_NEEDS_PROP, sm->act[k], sm->act[k]);
			return -1;
		}
		if (op == POP_NONE && sm->pkind == k) {
			save_err_set(err, file, line, sm->col[k],
				     SAVE_NO_PROP_OP, sm->act[k]);
			return -1;
		}
	}
	if (sm->pkind < 0)
		return 0;
	p = scenario_proposal(sc, sm->prop);
	if (p < 0) {
		save_err_set(err, file, line, sm->pcol, SAVE_PROPOSAL,
			     sm->prop, sc->id);
		return -1;
	}
	out->prop = (int16_t)p;
	return 0;
}

int save_move_get(const struct scenario *sc, int side,
		  const struct save_move *sm, struct move *out,
		  const char *file, int line, struct save_err *err)
{
	int k;

	for (k = 0; k < KINDS; k++)
		if (move_act(sc, side, sm, k, out, file, line, err) < 0)
			return -1;
	return move_prop(sc, sm, out, file, line, err);
}

/* ---- players ------------------------------------------------------------ */

int save_player_is_human(const struct save_player *p)
{
	return !strcmp(p->name, "human");
}

int save_player_eq(const struct save_player *a, const struct save_player *b)
{
	return !strcmp(a->name, b->name) && a->depth == b->depth;
}

void save_player_str(const struct save_player *p, struct strbuf *sb)
{
	strbuf_adds(sb, p->name);
	if (p->depth > 0)
		strbuf_addf(sb, ":%d", p->depth);
}

static void player_unknown(const char *s, struct save_err *err)
{
	struct strbuf list = STRBUF_INIT;
	int i;

	for (i = 0; i < ai_count(); i++)
		strbuf_addf(&list, "%s%s", i ? ", " : "", ai_name(i));
	save_err_set(err, NULL, 0, 0, SAVE_PLAYER, s, list.buf);
	strbuf_release(&list);
}

int save_player_parse(const char *s, struct save_player *p,
		      struct save_err *err)
{
	const char *colon = strchr(s, ':');
	size_t n = colon ? (size_t)(colon - s) : strlen(s);
	long depth = 0;

	memset(p, 0, sizeof *p);
	if (n == 0 || n >= sizeof p->name) {
		player_unknown(s, err);
		return -1;
	}
	memcpy(p->name, s, n);
	if (!save_player_is_human(p) && ai_find(p->name) < 0 &&
	    ai_level_find(p->name) < 0) {
		player_unknown(s, err);
		return -1;
	}
	if (!colon)
		return 0;
	if (strcmp(p->name, "planner") != 0) {
		save_err_set(err, NULL, 0, 0, SAVE_DEPTH_ONLY, s);
		return -1;
	}
	if (parse_int(colon + 1, 1, 4, &depth) < 0) {
		save_err_set(err, NULL, 0, 0, SAVE_DEPTH, s);
		return -1;
	}
	p->depth = (int)depth;
	return 0;
}

/* ---- the state check ---------------------------------------------------- */

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t fnv(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * FNV_PRIME;
	return h;
}

uint64_t save_state_check(const struct game *g)
{
	const struct state *st = &g->st;
	char buf[160];
	uint64_t h = FNV_OFFSET;
	int s, p;

	/* Printed, not hashed as bytes: %.6f is what a person can compare
	 * by eye, and padding bytes never enter. */
	snprintf(buf, sizeof buf, "t%d x%.6f r%d l%d e%d b%d;", st->turn,
		 st->tension, st->rung, st->low_turns, st->ending, st->band);
	h = fnv(h, buf);
	for (s = 0; s < SIDES; s++) {
		const struct side_state *ss = &st->side[s];

		snprintf(buf, sizeof buf, "%.6f %.6f %.6f %.6f;", ss->trust,
			 ss->security, ss->support, ss->score);
		h = fnv(h, buf);
	}
	for (p = 0; p < g->sc->nproposals; p++) {
		snprintf(buf, sizeof buf, "%d/%d,", st->prop[p],
			 st->tabled_by[p]);
		h = fnv(h, buf);
	}
	/* The stream's position: a scenario that draws a different number
	 * of times has changed, even when no number has yet. */
	snprintf(buf, sizeof buf, "%016llx%016llx",
		 (unsigned long long)g->rng.state,
		 (unsigned long long)g->rng.inc);
	return fnv(h, buf);
}

/* ---- times -------------------------------------------------------------- */

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar,
 * counted in 400-year eras so that no library time zone is involved. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int save_time_parse(const char *s, int64_t *out)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
				     30, 31 };
	int y, mo, d, h, mi, se;

	if (strlen(s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
	    s[13] != ':' || s[16] != ':' || s[19] != 'Z' ||
	    digits(s, 4, &y) || digits(s + 5, 2, &mo) ||
	    digits(s + 8, 2, &d) || digits(s + 11, 2, &h) ||
	    digits(s + 14, 2, &mi) || digits(s + 17, 2, &se))
		return -1;
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] ||
	    h > 23 || mi > 59 || se > 59)
		return -1;
	if (mo == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400)))
		return -1;
	*out = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
	return 0;
}

void save_time_str(int64_t t, struct strbuf *sb)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t < 0 || !gmtime_r(&tt, &tm)) {
		strbuf_adds(sb, "1970-01-01T00:00:00Z");
		return;
	}
	strbuf_addf(sb, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
		    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
		    tm.tm_sec);
}

int64_t save_now(void)
{
	const char *env = getenv("SOURCE_DATE_EPOCH");
	uint64_t v;

	if (env && parse_u64(env, &v) == 0 && v < (uint64_t)INT64_MAX / 2)
		return (int64_t)v;
	return (int64_t)time(NULL);
}
