/* tournament.c — `detente tournament`: every doctrine against every
 * other (and itself), on both sides, as in Axelrod's tournaments. Prints
 * a matrix of mean scores, a matrix of outcome shares and a ranking;
 * --csv writes one row a pairing. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "cmd/batch.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/out.h"
#include "cmd/stats.h"
#include "util/parse.h"
#include "util/xmalloc.h"

#define TOUR_MAX 16

enum { TOUR_SCENARIO, TOUR_GAMES, TOUR_SEED, TOUR_CSV, TOUR_THREADS,
       TOUR_N };

static const struct opt_def tour_opt_defs[TOUR_N + 1] = {
	[TOUR_SCENARIO] = CMD_OPT_SCENARIO,
	[TOUR_GAMES] = CMD_OPT_GAMES(100),
	[TOUR_SEED] = CMD_OPT_SEED,
	[TOUR_CSV] = CMD_OPT_CSV("one row a pairing to FILE"),
	[TOUR_THREADS] = CMD_OPT_THREADS,
};

const struct cmd_spec cmd_tournament_spec = {
	.summary = "every doctrine against every other: scores, endings, a "
		   "ranking",
	.opts = tour_opt_defs,
};

struct tour_opts {
	const char *scenario, *csv;
	long games;
	uint64_t seed;
	int threads;
};

/* What one pairing (row doctrine as a, column doctrine as b) added up to. */
struct tour_cell {
	long games, ending[END_N];
	double score[SIDES], trust[SIDES], tension, turns;
};

static void tour_take(void *ctx, const struct batch_result *r)
{
	struct tour_cell *c = ctx;
	int s;

	c->games++;
	c->ending[r->ending < END_N ? r->ending : 0]++;
	c->tension += r->tension;
	c->turns += r->turns;
	for (s = 0; s < SIDES; s++) {
		c->score[s] += r->score[s];
		c->trust[s] += r->trust[s];
	}
}

static void tour_header(FILE *f, int n, const char *title)
{
	int j;

	fprintf(f, "%s\n%-11s", title, "a \\ b");
	for (j = 0; j < n; j++)
		fprintf(f, "%7.6s", ai_name(j));
	fputc('\n', f);
}

/* Mean score of the row doctrine (playing a) against each column. */
static void tour_scores(FILE *f, const struct tour_cell *cell, int n)
{
	int i, j;

	tour_header(f, n, "Mean score of the row doctrine (side a) against "
		    "the column doctrine (side b):");
	for (i = 0; i < n; i++) {
		fprintf(f, "%-11s", ai_name(i));
		for (j = 0; j < n; j++) {
			const struct tour_cell *c = &cell[i * n + j];

			fprintf(f, "%7.1f", c->score[0] / (double)c->games);
		}
		fputc('\n', f);
	}
}

/* The commonest ending of each pairing, as a letter and a share. */
static void tour_outcomes(FILE *f, const struct tour_cell *cell, int n)
{
	static const char letter[END_N] = { '?', 'A', 'W', 'C', 'L' };
	int i, j, e, best;

	tour_header(f, n, "Commonest ending and its share (A agreement, "
		    "W open conflict, C collapse, L turn limit):");
	for (i = 0; i < n; i++) {
		fprintf(f, "%-11s", ai_name(i));
		for (j = 0; j < n; j++) {
			const struct tour_cell *c = &cell[i * n + j];

			for (best = 1, e = 2; e < END_N; e++)
				if (c->ending[e] > c->ending[best])
					best = e;
			fprintf(f, "   %c%3.0f", letter[best],
				100.0 * (double)c->ending[best] /
				(double)c->games);
		}
		fputc('\n', f);
	}
}

static int tour_rank_cmp(const void *a, const void *b)
{
	const double *x = a, *y = b;

	return x[0] < y[0] ? 1 : x[0] > y[0] ? -1 :
	       x[1] < y[1] ? -1 : x[1] > y[1];
}

/* Each doctrine's mean score over all its games, on either side. */
static void tour_ranking(FILE *f, const struct tour_cell *cell, int n)
{
	double rank[TOUR_MAX][2];
	int i, j;

	for (i = 0; i < n; i++) {
		double sum = 0, games = 0;

		for (j = 0; j < n; j++) {
			sum += cell[i * n + j].score[0] +
			       cell[j * n + i].score[1];
			games += (double)(cell[i * n + j].games +
					  cell[j * n + i].games);
		}
		rank[i][0] = sum / games;
		rank[i][1] = i;
	}
	qsort(rank, (size_t)n, sizeof rank[0], tour_rank_cmp);
	fprintf(f, "Ranking by mean score over all games, either side:\n");
	for (i = 0; i < n; i++)
		fprintf(f, "  %2d. %-11s %8.2f\n", i + 1,
			ai_name((int)rank[i][1]), rank[i][0]);
}

static void tour_csv(FILE *f, const struct tour_cell *cell, int n)
{
	int i, j, e;

	fputs("a,b,games,agreement,conflict,collapse,limit,score_a,score_b,"
	      "trust_a,trust_b,tension,turns\n", f);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			const struct tour_cell *c = &cell[i * n + j];
			double g = (double)c->games;

			fprintf(f, "%s,%s,%ld", ai_name(i), ai_name(j),
				c->games);
			for (e = 1; e < END_N; e++)
				fprintf(f, ",%.4f", (double)c->ending[e] / g);
			fprintf(f, ",%.2f,%.2f,%.2f,%.2f,%.2f,%.2f\n",
				c->score[0] / g, c->score[1] / g,
				c->trust[0] / g, c->trust[1] / g,
				c->tension / g, c->turns / g);
		}
}

/* The report, and the CSV written whole or not at all. */
static int tour_print(const struct tour_opts *o, const struct scenario *sc,
		      const struct tour_cell *cell, int n)
{
	FILE *out = o->csv && !strcmp(o->csv, "-") ? stderr : stdout;
	struct out csv;

	if (o->csv && out_open(&csv, o->csv) < 0)
		return 1;
	fprintf(out, "Tournament on %s: %ld games a pairing, seeds from "
		"%llu\n\n", sc->id, o->games, (unsigned long long)o->seed);
	tour_scores(out, cell, n);
	fputc('\n', out);
	tour_outcomes(out, cell, n);
	fputc('\n', out);
	tour_ranking(out, cell, n);
	if (!o->csv)
		return 0;
	fflush(out);
	tour_csv(csv.f, cell, n);
	return out_commit(&csv) < 0 ? 1 : 0;
}

static int tour_run(const struct tour_opts *o, const struct scenario *sc)
{
	int n = ai_count(), i, j, rc = 0;
	struct tour_cell *cell = xcalloc((size_t)(n * n), sizeof *cell);
	struct batch_cfg cfg;

	memset(&cfg, 0, sizeof cfg);
	cfg.sc = sc;
	cfg.seed = o->seed;
	cfg.count = o->games;
	cfg.threads = o->threads;
	for (i = 0; i < n && rc == 0; i++)
		for (j = 0; j < n && rc == 0; j++) {
			cfg.doctrine[0] = ai_name(i);
			cfg.doctrine[1] = ai_name(j);
			rc = batch_run(&cfg, tour_take, &cell[i * n + j]);
		}
	rc = rc == 0 ? tour_print(o, sc, cell, n) : 1;
	free(cell);
	return rc;
}

int cmd_tournament(const struct cmd_args *a)
{
	const struct opt_val *v = a->v;
	struct tour_opts o;
	struct scenario *sc;
	int rc;

	memset(&o, 0, sizeof o);
	o.scenario = v[TOUR_SCENARIO].s;
	o.games = v[TOUR_GAMES].set ? v[TOUR_GAMES].n : 100;
	o.seed = v[TOUR_SEED].set ? v[TOUR_SEED].u : 1;
	o.csv = v[TOUR_CSV].s;
	o.threads = (int)v[TOUR_THREADS].n;
	if (o.csv && out_check("--csv", o.csv, &o.scenario, 1, NULL, 0))
		return 2;
	if (ai_count() > TOUR_MAX)
		return 1;
	sc = cmd_load_scenario(o.scenario);
	if (!sc)
		return 1;
	rc = tour_run(&o, sc);
	cmd_free_scenario(sc);
	return rc;
}
