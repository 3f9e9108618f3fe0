/* batch.c — batch games across threads. */
#include "cmd/batch.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ai/ai.h"
#include "save/savegame.h"
#include "util/xmalloc.h"

#define BATCH_CHUNK 4096
#define BATCH_THREADS_MAX 256

int batch_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > BATCH_THREADS_MAX ? BATCH_THREADS_MAX : (int)n;
}

static void batch_path_add(struct batch_result *r, int rung)
{
	if (r->npath > BATCH_PATH_MAX)
		return;
	if (r->npath && r->path[r->npath - 1] == rung)
		return;
	if (r->npath == BATCH_PATH_MAX) {
		r->npath++;	/* mark the path as cut */
		return;
	}
	r->path[r->npath++] = (uint8_t)rung;
}

/* Hostile acts a side saw and has not answered yet, by how many turns
 * ago they came: [0] this turn, [1] the turn before. */
struct batch_owed {
	int n[SIDES][2];
};

/* A side answers what it saw in the two turns before with any hostile
 * act of its own; what it saw this turn waits for the next two. */
static void batch_reciprocity(struct batch_result *r, struct batch_owed *o,
			      const struct game *g)
{
	int s;

	for (s = 0; s < SIDES; s++) {
		int k;

		for (k = 0; k < KINDS; k++)
			if (g->last.mv[s].act[k] >= 0)
				r->played |= 1ull << g->last.mv[s].act[k];
		if (game_move_hostile(g->sc, &g->last.mv[s])) {
			r->answered[s] += o->n[s][0] + o->n[s][1];
			o->n[s][0] = o->n[s][1] = 0;
		}
		o->n[s][1] = o->n[s][0];
		o->n[s][0] = 0;
	}
}

static void batch_tally(struct batch_result *r, struct batch_owed *o,
			const struct game *g)
{
	size_t i;

	batch_reciprocity(r, o, g);
	for (i = 0; i < g->last.n; i++) {
		const struct gev *e = &g->last.ev[i];

		if (e->type == GEV_BREACH)
			r->breaches++;
		else if (e->type == GEV_ACT && e->seen != SEEN_BOTH)
			r->hidden++;
		if (e->type == GEV_ACT &&
		    g->sc->action[e->ref].stance == STANCE_HOSTILE) {
			int v = side_other(e->side);

			if (e->seen & (1u << v)) {
				r->provoked[v]++;
				o->n[v][0]++;
			}
		}
	}
	batch_path_add(r, g->st.rung);
}

int batch_play(struct game *g, const struct batch_cfg *cfg,
	       struct batch_result *r)
{
	struct ai *ai[SIDES];
	struct move mv[SIDES];
	struct batch_owed owed;
	int s;

	memset(&owed, 0, sizeof owed);
	for (s = 0; s < SIDES; s++) {
		ai[s] = ai_new(cfg->doctrine[s], cfg->sc, s,
			       savegame_ai_seed(g->seed));
		if (ai[s] && cfg->depth[s])
			ai_set_depth(ai[s], cfg->depth[s]);
	}
	if (!ai[0] || !ai[1]) {
		ai_free(ai[0]);
		ai_free(ai[1]);
		return -1;
	}
	memset(r, 0, sizeof *r);
	r->seed = g->seed;
	batch_path_add(r, g->st.rung);
	while (!game_over(g)) {
		for (s = 0; s < SIDES; s++)
			ai_choose(ai[s], g, &mv[s]);
		if (game_play(g, mv) < 0)
			break;
		for (s = 0; s < SIDES; s++)
			ai_observe(ai[s], g);
		batch_tally(r, &owed, g);
	}
	r->turns = g->st.turn;
	r->ending = g->st.ending;
	r->band = g->st.band;
	r->rung = (uint8_t)g->st.rung;
	r->signed_n = game_signed_count(g);
	r->tension = g->st.tension;
	for (s = 0; s < SIDES; s++) {
		r->trust[s] = g->st.side[s].trust;
		r->score[s] = g->st.side[s].score;
		r->fallbacks[s] = ai_fallbacks(ai[s]);
		ai_free(ai[s]);
	}
	return 0;
}

struct batch_job {
	const struct batch_cfg *cfg;
	struct batch_result *res;
	long start, n;		/* games of this chunk: [start, start+n) */
	int stride, offset;
	int failed;
	long stopped;		/* the first game left unplayed, or n */
};

static void *batch_worker(void *arg)
{
	struct batch_job *j = arg;
	struct game g;
	long i;

	j->stopped = j->n;
	for (i = j->offset; i < j->n; i += j->stride) {
		long idx = j->start + i;

		if (j->cfg->stop && *j->cfg->stop) {
			j->stopped = i;
			break;
		}

		game_init(&g, j->cfg->sc, j->cfg->seed + (uint64_t)idx);
		g.lean = 1;	/* statistics need no per-stat records */
		if (j->cfg->turns)
			g.turns = j->cfg->turns;
		if (batch_play(&g, j->cfg, &j->res[i]) < 0)
			j->failed = 1;
		j->res[i].index = idx;
		game_release(&g);
	}
	return NULL;
}

/* Play games [start, start+n) on t threads into res. A thread that
 * cannot start leaves its share to the calling thread. Returns the
 * number of games, from the first, that were all played (n unless the
 * run was stopped), or -1. */
static long batch_chunk(const struct batch_cfg *cfg,
			struct batch_result *res, long start, long n, int t)
{
	pthread_t th[BATCH_THREADS_MAX];
	struct batch_job job[BATCH_THREADS_MAX];
	int started[BATCH_THREADS_MAX];
	int i, failed = 0;
	long done = n;

	for (i = 0; i < t; i++) {
		job[i] = (struct batch_job){ cfg, res, start, n, t, i, 0, n };
		started[i] = t > 1 && pthread_create(&th[i], NULL,
					batch_worker, &job[i]) == 0;
		if (!started[i])
			batch_worker(&job[i]);
	}
	for (i = 0; i < t; i++) {
		if (started[i])
			pthread_join(th[i], NULL);
		failed |= job[i].failed;
		/* each thread played every game of its share before the
		 * one it stopped at: the least of those is where the games
		 * played without a gap end */
		if (job[i].stopped < done)
			done = job[i].stopped;
	}
	return failed ? -1 : done;
}

int batch_run(const struct batch_cfg *cfg, batch_sink sink, void *ctx)
{
	long done = 0, n;
	int t = cfg->threads > 0 ? cfg->threads : batch_cores(), rc = 0;
	struct batch_result *res;

	if (t > BATCH_THREADS_MAX)
		t = BATCH_THREADS_MAX;
	res = xmalloc(BATCH_CHUNK * sizeof *res);
	while (done < cfg->count && rc == 0) {
		long i, played;

		n = cfg->count - done < BATCH_CHUNK ? cfg->count - done :
			BATCH_CHUNK;
		played = batch_chunk(cfg, res, cfg->first + done, n,
				     n < t ? (int)n : t);
		if (played < 0) {
			rc = -1;
			break;
		}
		for (i = 0; i < played; i++)
			sink(ctx, &res[i]);
		done += played;
		if (played < n)
			rc = 1;
	}
	free(res);
	return rc;
}
