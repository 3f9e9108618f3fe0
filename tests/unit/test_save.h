/* test_save.h — helpers for the save tests (test_save_*.c): a scenario
 * with chance in it, moves that use every kind of action, temporary
 * folders. Included by test files only. */
#ifndef TESTS_TEST_SAVE_H
#define TESTS_TEST_SAVE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "save/savegame.h"
#include "util/xmalloc.h"

/* The crisis fixture with two random events (so the game's stream is
 * drawn from every turn), a long turn limit and a digest. */
static inline struct scenario *ts_scenario(void)
{
	struct scenario *sc = fixture_crisis();
	struct event *e = &sc->event[sc->nevents++];

	strcpy(e->id, "leak");
	e->kind = EVK_RANDOM;
	e->victim = VIC_ANY;
	e->chance = 40;
	e->ambiguity = 50;
	e->lr = 0.6;
	fx_add(&e->effects, STAT_TENSION, WHO_NONE, 4);
	e->name.s[0] = xstrdup("leak");
	e = &sc->event[sc->nevents++];
	strcpy(e->id, "summit");
	e->kind = EVK_RANDOM;
	e->victim = VIC_BOTH;
	e->chance = 20;
	fx_add(&e->effects, STAT_TRUST, WHO_SELF, 5);
	e->name.s[0] = xstrdup("summit");
	sc->rules.turns = 40;
	sc->digest = 0x1234abcd5678ef90ULL;
	return sc;
}

/* A legal move for side that varies with k: the (k mod n)-th open
 * action of each kind, on its first open proposal. */
static inline void ts_move(const struct game *g, int side, int k,
			   struct move *m)
{
	const struct scenario *sc = g->sc;
	int kind, a, n, pick;

	m->prop = -1;
	for (kind = 0; kind < KINDS; kind++) {
		m->act[kind] = -1;
		for (n = 0, a = 0; a < sc->nactions; a++)
			n += sc->action[a].kind == kind &&
			     game_action_open(g, side, a);
		if (!n)
			continue;
		pick = k % n;
		for (a = 0; a < sc->nactions; a++) {
			if (sc->action[a].kind != kind ||
			    !game_action_open(g, side, a) || pick-- > 0)
				continue;
			m->act[kind] = (int16_t)a;
			if (sc->action[a].op != POP_NONE) {
				uint32_t t = game_targets(g, side, a);

				m->prop = (int16_t)__builtin_ctz(t);
			}
			break;
		}
	}
}

/* Both sides' moves for turn k of a test game. */
static inline void ts_moves(const struct game *g, int k, struct move mv[2])
{
	ts_move(g, 0, k * 7 + 1, &mv[0]);
	ts_move(g, 1, k * 5 + 3, &mv[1]);
}

static inline void ts_players(struct save_player pl[2], const char *a,
			      const char *b)
{
	memset(pl, 0, 2 * sizeof *pl);
	snprintf(pl[0].name, sizeof pl[0].name, "%s", a);
	snprintf(pl[1].name, sizeof pl[1].name, "%s", b);
}

/* A fresh temporary folder (free the string; ts_rmdir removes it). */
static inline char *ts_tmpdir(void)
{
	char *d = xstrdup("/tmp/detente-test-XXXXXX");

	if (!mkdtemp(d)) {
		perror("mkdtemp");
		abort();
	}
	return d;
}

static inline void ts_rmdir(char *d)
{
	char *cmd = xasprintf("rm -rf '%s'", d);

	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", d);
	free(cmd);
	free(d);
}

/* The whole of a file, NUL-terminated (free it), or NULL. */
static inline char *ts_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, r;

	if (!f)
		return NULL;
	do {
		buf = xgrow(buf, &cap, n + 4097, 1);
		r = fread(buf + n, 1, 4096, f);
		n += r;
	} while (r > 0);
	fclose(f);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

static inline void ts_spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		perror(path);
		abort();
	}
}

/* The error as one line, "file:line:col: message" (static buffer). */
static inline const char *ts_err(const struct save_err *e)
{
	static char buf[2200];
	struct strbuf sb = STRBUF_INIT;

	save_err_str(e, &sb);
	snprintf(buf, sizeof buf, "%s", sb.buf);
	strbuf_release(&sb);
	return buf;
}

/* Play n turns of ts_moves (people's sides; doctrines choose theirs). */
static inline int ts_play(struct savegame *sg, int n)
{
	struct move mv[2];
	struct save_err err;
	int i, rc;

	for (i = 0; i < n && !game_over(&sg->g); i++) {
		ts_moves(&sg->g, sg->g.st.turn, mv);
		rc = savegame_play(sg, mv, &err);
		if (rc != 0) {
			fprintf(stderr, "play: %s\n", ts_err(&err));
			return rc;
		}
	}
	return 0;
}

#endif
