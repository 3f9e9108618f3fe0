/* sim.c — `detente sim`: batch games between two doctrines, a summary,
 * and one CSV row a game. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "cmd/batch.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/stats.h"
#include "util/parse.h"
#include "util/xmalloc.h"

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

static int sim_doctrine(const char *which, const char *name)
{
	if (ai_find(name) >= 0)
		return 0;
	fprintf(stderr, "detente: unknown doctrine '%s' for %s\n", name,
		which);
	return -1;
}

static int sim_parse(int argc, char **argv, struct sim_opts *o)
{
	static const struct option opts[] = {
		{ "scenario", required_argument, NULL, 's' },
		{ "a", required_argument, NULL, 'a' },
		{ "b", required_argument, NULL, 'b' },
		{ "games", required_argument, NULL, 'g' },
		{ "turns", required_argument, NULL, 't' },
		{ "seed", required_argument, NULL, 'r' },
		{ "csv", required_argument, NULL, 'c' },
		{ "threads", required_argument, NULL, 'j' },
		{ "shard", required_argument, NULL, 'k' },
		{ "save", required_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+:h", opts, NULL)) != -1) {
		switch (c) {
		case 's': o->scenario = optarg; break;
		case 'a': o->cfg.doctrine[0] = optarg; break;
		case 'b': o->cfg.doctrine[1] = optarg; break;
		case 'c': o->csv = optarg; break;
		case 'S': o->save = optarg; break;
		case 'g':
			if (cmd_opt_games(optarg, &o->games))
				return 2;
			break;
		case 't':
			if (parse_int(optarg, 1, SC_MAX_TURNS, &o->turns) < 0)
				return cmd_usage("--turns needs a number from "
						 "1 to 1000, not '%s'", optarg);
			break;
		case 'r':
			if (cmd_opt_seed(optarg, &o->cfg.seed))
				return 2;
			break;
		case 'j':
			if (cmd_opt_threads(optarg, &o->cfg.threads))
				return 2;
			break;
		case 'k':
			if (sim_shard(optarg, &o->shard_k, &o->shard_n) < 0)
				return cmd_usage("--shard needs K/N with "
						 "1 <= K <= N, not '%s'",
						 optarg);
			break;
		case 'h':
			fputs("Usage: detente sim --scenario DIR --a DOCTRINE "
			      "--b DOCTRINE [--games N] [--turns N]\n"
			      "       [--seed N] [--csv FILE|-] "
			      "[--threads N] [--shard K/N] [--save FILE]\n",
			      stdout);
			return 0;
		default:
			return cmd_opt_bad(c, argv);
		}
	}
	if (optind < argc)
		return cmd_usage("unexpected argument '%s'", argv[optind]);
	if (!o->cfg.doctrine[0] || !o->cfg.doctrine[1])
		return cmd_usage("%s", "sim needs --a DOCTRINE and "
				 "--b DOCTRINE");
	if (sim_doctrine("--a", o->cfg.doctrine[0]) < 0 ||
	    sim_doctrine("--b", o->cfg.doctrine[1]) < 0)
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

static int sim_run(struct sim_opts *o, struct scenario *sc)
{
	struct sim_sink sink;
	FILE *summary = stdout;
	int rc;

	memset(&sink, 0, sizeof sink);
	o->cfg.sc = sc;
	if (o->turns)
		sc->rules.turns = (int)o->turns;
	sim_range(o);
	if (o->csv && !strcmp(o->csv, "-")) {
		sink.csv = stdout;
		summary = stderr;
	} else if (o->csv) {
		sink.csv = fopen(o->csv, "w");
		if (!sink.csv) {
			fprintf(stderr, "detente: cannot write '%s': %s\n",
				o->csv, msg_strerror(errno));
			return 1;
		}
	}
	stats_init(&sink.st, sc, o->cfg.doctrine);
	if (sink.csv && o->shard_k <= 1)
		stats_csv_header(sink.csv);
	rc = batch_run(&o->cfg, sim_take, &sink);
	if (sink.csv && sink.csv != stdout && fclose(sink.csv) != 0) {
		fprintf(stderr, "detente: cannot write '%s': %s\n", o->csv,
			msg_strerror(errno));
		rc = -1;
	}
	if (rc == 0)
		stats_print(summary, &sink.st, &o->cfg);
	stats_release(&sink.st);
	return rc < 0 ? 1 : 0;
}

int cmd_sim(int argc, char **argv)
{
	struct sim_opts o;
	struct scenario *sc;
	int rc;

	memset(&o, 0, sizeof o);
	o.games = 1000;
	o.cfg.seed = 1;
	rc = sim_parse(argc, argv, &o);
	if (rc >= 0)
		return rc;
	if (o.save && (o.games != 1 || o.shard_n))
		return cmd_usage("%s", "--save keeps one game: use it with "
				 "--games 1 and without --shard");
	sc = cmd_load_scenario(o.scenario);
	if (!sc)
		return 1;
	if (o.save)
		rc = cmd_sim_save(sc, &o.cfg, o.turns, o.save);
	else
		rc = sim_run(&o, sc);
	cmd_free_scenario(sc);
	return rc;
}
