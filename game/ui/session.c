/* session.c — a game at this keyboard: who plays what, turn by turn. */
#include "ui/session.h"

#include <stdio.h>
#include <string.h>

/* The doctrines' streams are derived from the game's seed, not drawn
 * from the game's own stream, so that a computer opponent never changes
 * what the dice say. */
#define SESSION_AI_SALT 0x9e3779b97f4a7c15ULL

int session_new(struct session *s, const struct scenario *sc,
		uint64_t seed, int side, const char *vs)
{
	int t;

	memset(s, 0, sizeof *s);
	s->sc = sc;
	s->seed = seed;
	snprintf(s->vs, sizeof s->vs, "%s", vs ? vs : "human");
	game_init(&s->g, sc, seed);
	s->g.keep_logs = 1;
	for (t = 0; t < SIDES; t++) {
		s->human[t] = !strcmp(s->vs, "human") || t == side;
		if (s->human[t])
			continue;
		s->ai[t] = ai_new(s->vs, sc, t,
				  seed ^ (SESSION_AI_SALT * (uint64_t)(t + 1)));
		if (!s->ai[t]) {
			session_release(s);
			return -1;
		}
	}
	return 0;
}

void session_release(struct session *s)
{
	int t;

	for (t = 0; t < SIDES; t++)
		if (s->ai[t])
			ai_free(s->ai[t]);
	game_release(&s->g);
	memset(s, 0, sizeof *s);
}

int session_player(const struct session *s)
{
	if (s->human[0] && s->human[1])
		return -1;
	return s->human[0] ? 0 : 1;
}

void session_ai_moves(struct session *s, struct move mv[SIDES])
{
	int t;

	for (t = 0; t < SIDES; t++)
		if (s->ai[t])
			ai_choose(s->ai[t], &s->g, &mv[t]);
}

int session_play(struct session *s, const struct move mv[SIDES])
{
	int t;

	if (game_play(&s->g, mv) < 0)
		return -1;
	for (t = 0; t < SIDES; t++)
		if (s->ai[t])
			ai_observe(s->ai[t], &s->g);
	return 0;
}

size_t session_replay(struct session *s, const struct move (*moves)[SIDES],
		      size_t n)
{
	size_t i;
	struct move mv[SIDES], scratch[SIDES];

	for (i = 0; i < n; i++) {
		/* A doctrine may keep state from choosing (a planner's
		 * plan, a random stream): let it choose as it did. */
		session_ai_moves(s, scratch);
		memcpy(mv, moves[i], sizeof mv);
		if (session_play(s, mv) < 0)
			break;
	}
	return i;
}

static struct ui_hooks session_hooks;

void ui_set_hooks(const struct ui_hooks *h)
{
	session_hooks = *h;
}

const struct ui_hooks *ui_hooks_get(void)
{
	return &session_hooks;
}
