/* sim.c — `detente sim`: batch games between two doctrines, a summary,
 * and one CSV row a game. */
#include <errno.h>
#include <signal.h>
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

enum {
	SIM_SCENARIO, SIM_A, SIM_B, SIM_GAMES, SIM_TURNS, SIM_SEED, SIM_CSV,
	SIM_THREADS, SIM_SHARD, SIM_SAVE, SIM_N
};

static int sim_shard_check(const char *v);

static const struct opt_def sim_opt_defs[SIM_N + 1] = {
	[SIM_SCENARIO] = CMD_OPT_SCENARIO,
	[SIM_A] = { .name = "a", .kind = OPT_CHECK, .arg = "PLAYER",
		    .check = cmd_doctrine_check,
		    .what = "a level, a doctrine or script:FILE",
		    .required = 1, .help = "who plays side a" },
	[SIM_B] = { .name = "b", .kind = OPT_CHECK, .arg = "PLAYER",
		    .check = cmd_doctrine_check,
		    .what = "a level, a doctrine or script:FILE",
		    .required = 1, .help = "who plays side b" },
	[SIM_GAMES] = CMD_OPT_GAMES(1000),
	[SIM_TURNS] = { .name = "turns", .kind = OPT_INT, .arg = "N",
			.lo = 1, .hi = SC_MAX_TURNS,
			.help = "the turn limit (default: the scenario's)" },
	[SIM_SEED] = CMD_OPT_SEED,
	[SIM_CSV] = CMD_OPT_CSV("one row a game to FILE"),
	[SIM_THREADS] = CMD_OPT_THREADS,
	[SIM_SHARD] = { .name = "shard", .kind = OPT_CHECK, .arg = "K/N",
			.check = sim_shard_check,
			.what = "K/N with 1 <= K <= N <= 1000000",
			.help = "play the Kth of N contiguous parts of the run" },
	[SIM_SAVE] = { .name = "save", .kind = OPT_TEXT, .arg = "FILE",
		       .what = "a file name",
		       .help = "keep the one game (--games 1) as a save" },
};

const struct cmd_spec cmd_sim_spec = {
	.summary = "batch games between two doctrines: a summary, a CSV row "
		   "a game",
	.about = "An interrupted run (Ctrl-C, SIGTERM, SIGHUP) prints the "
		 "summary of the games it\nfinished, leaves --csv FILE as "
		 "it was, and exits with 128 + the signal.\n",
	.opts = sim_opt_defs,
};

struct sim_opts {
	const char *scenario, *csv, *save;
	struct batch_cfg cfg;
	long games, turns;
	long shard_k, shard_n;
};

/* "K/N" with 1 <= K <= N. */
static int sim_shard(const char *s, long *k, long *n)
{
	const char *slash = strchr(s, '/');
	char *left;
	int rc;

	if (!slash)
		return -1;
	left = xstrndup(s, (size_t)(slash - s));
	rc = parse_int(left, 1, 1000000, k) < 0 ||
	     parse_int(slash + 1, 1, 1000000, n) < 0 || *k > *n ? -1 : 0;
	free(left);
	return rc;
}

static int sim_shard_check(const char *v)
{
	long k, n;

	return sim_shard(v, &k, &n);
}

/* The parsed options, and the checks between them. */
static int sim_opts_from(const struct cmd_args *a, struct sim_opts *o)
{
	const struct opt_val *v = a->v;
	const char *outs[2];

	o->scenario = v[SIM_SCENARIO].s;
	o->cfg.doctrine[0] = v[SIM_A].s;
	o->cfg.doctrine[1] = v[SIM_B].s;
	o->games = v[SIM_GAMES].set ? v[SIM_GAMES].n : 1000;
	o->turns = v[SIM_TURNS].n;
	o->cfg.seed = v[SIM_SEED].set ? v[SIM_SEED].u : 1;
	o->csv = v[SIM_CSV].s;
	o->cfg.threads = (int)v[SIM_THREADS].n;
	if (v[SIM_SHARD].s)
		sim_shard(v[SIM_SHARD].s, &o->shard_k, &o->shard_n);
	o->save = v[SIM_SAVE].s;
	if (o->save && (o->games != 1 || o->shard_n || o->csv))
		return opt_usage("cli.sim.save_one", "--save keeps one game: "
				 "use it with --games 1, without --shard or "
				 "--csv", LANG_END);
	outs[0] = o->csv;
	outs[1] = o->save;
	if (o->csv && out_check("--csv", o->csv, &o->scenario, 1, NULL, 0))
		return 2;
	if (o->save && out_check_save("--save", o->save, &o->scenario, 1,
				      outs, 1))
		return 2;
	return -1;
}

/* The games this machine plays: all, or its shard, contiguous, so that
 * the shards' CSVs concatenated in order are the whole run's CSV. */
static void sim_range(struct sim_opts *o)
{
	long k = o->shard_k, n = o->shard_n;

	if (!n) {
		o->cfg.first = 0;
		o->cfg.count = o->games;
		return;
	}
	o->cfg.first = o->games * (k - 1) / n;
	o->cfg.count = o->games * k / n - o->cfg.first;
}

struct sim_sink {
	struct stats st;
	FILE *csv;
};

static void sim_take(void *ctx, const struct batch_result *r)
{
	struct sim_sink *s = ctx;

	stats_add(&s->st, r);
	if (s->csv)
		stats_csv_row(s->csv, s->st.sc, s->st.doctrine, r);
}

/* ---- interruption --------------------------------------------------------- */

static volatile sig_atomic_t sim_signal;

static void sim_on_signal(int sig)
{
	sim_signal = sig;
}

static const int sim_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define SIM_NSIGNALS (sizeof sim_signals / sizeof *sim_signals)

/* Catch the signals that end a run from outside, so that the run stops
 * between games: the CSV's temporary file is removed and the previous
 * file stays whole. */
static void sim_catch(struct sigaction *old)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = sim_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < SIM_NSIGNALS; i++)
		sigaction(sim_signals[i], &sa, &old[i]);
}

static void sim_uncatch(const struct sigaction *old)
{
	size_t i;

	for (i = 0; i < SIM_NSIGNALS; i++)
		sigaction(sim_signals[i], &old[i], NULL);
}

/* ---- the run ------------------------------------------------------------ */

static void sim_empty_shard(FILE *f, const struct sim_opts *o)
{
	fprintf(f, "Shard %ld/%ld of a run of %ld game%s has no games: "
		"use at most %ld shards\n", o->shard_k, o->shard_n, o->games,
		o->games == 1 ? "" : "s", o->games);
}

static int sim_interrupted(FILE *summary, const struct sim_opts *o,
			   const struct stats *st)
{
	fprintf(stderr, "detente: interrupted by signal %d after %ld of %ld "
		"games", (int)sim_signal, st->games, o->cfg.count);
	if (o->csv && strcmp(o->csv, "-"))
		msg_printf(stderr, "; '%s' left as it was", o->csv);
	fputc('\n', stderr);
	if (st->games)
		stats_print(summary, st, &o->cfg);
	return 128 + (int)sim_signal;
}

static int sim_run(struct sim_opts *o, struct scenario *sc)
{
	struct sim_sink sink;
	struct sigaction old[SIM_NSIGNALS];
	struct out csv;
	FILE *summary = stdout;
	int rc;

	memset(&sink, 0, sizeof sink);
	o->cfg.sc = sc;
	if (o->turns)
		sc->rules.turns = (int)o->turns;
	sim_range(o);
	if (o->csv && !strcmp(o->csv, "-"))
		summary = stderr;
	if (o->csv && out_open(&csv, o->csv) < 0)
		return 1;
	sink.csv = o->csv ? csv.f : NULL;
	stats_init(&sink.st, sc, o->cfg.doctrine);
	if (sink.csv && o->shard_k <= 1)
		stats_csv_header(sink.csv);
	sim_signal = 0;
	o->cfg.stop = &sim_signal;
	sim_catch(old);
	rc = batch_run(&o->cfg, sim_take, &sink);
	sim_uncatch(old);
	if (rc != 0 && o->csv)
		out_abort(&csv);
	else if (o->csv && out_commit(&csv) < 0)
		rc = -1;
	if (rc == 1)
		rc = sim_interrupted(summary, o, &sink.st);
	else if (rc == 0 && !o->cfg.count)
		sim_empty_shard(summary, o);
	else if (rc == 0)
		stats_print(summary, &sink.st, &o->cfg);
	stats_release(&sink.st);
	return rc < 0 ? 1 : rc;
}

int cmd_sim(const struct cmd_args *a)
{
	struct sim_opts o;
	struct scenario *sc;
	int rc;

	memset(&o, 0, sizeof o);
	rc = sim_opts_from(a, &o);
	if (rc >= 0)
		return rc;
	sc = cmd_load_scenario(o.scenario);
	if (!sc)
		return 1;
	if (cmd_check_players(o.cfg.doctrine, sc) != 0) {
		cmd_free_scenario(sc);
		return 1;
	}
	if (o.save)
		rc = cmd_sim_save(sc, &o.cfg, o.turns, o.save);
	else
		rc = sim_run(&o, sc);
	cmd_free_scenario(sc);
	return rc;
}
