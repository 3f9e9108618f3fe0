/* bench.c — speed figures for `make bench`. Never run by the tests.
 *
 *   bench speed DIR A B GAMES THREADS   turns per second of a batch
 *   bench planner DIR MOVES             move time and rollouts by level
 *   bench rss CMD...                    peak memory of a command
 *
 * Figures are printed, never judged: a test asserting a time would fail
 * on a slow or busy machine for no fault of the code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ai/ai.h"
#include "cmd/batch.h"
#include "cmd/common.h"

static double bench_clock(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double bench_now(void)
{
	return bench_clock(CLOCK_MONOTONIC);
}

/* This thread's processor time: a move's cost on one core, without the
 * time other processes took the core from it (the machine is shared). */
static double bench_cpu(void)
{
	return bench_clock(CLOCK_THREAD_CPUTIME_ID);
}

struct bench_count {
	long turns, games;
};

static void bench_sink(void *ctx, const struct batch_result *r)
{
	struct bench_count *c = ctx;

	c->turns += r->turns;
	c->games++;
}

static int bench_speed(char **argv)
{
	struct scenario *sc = cmd_load_scenario(argv[0]);
	struct batch_cfg cfg;
	struct bench_count c = { 0, 0 };
	double t0, dt;

	if (!sc)
		return 1;
	memset(&cfg, 0, sizeof cfg);
	cfg.sc = sc;
	cfg.doctrine[0] = argv[1];
	cfg.doctrine[1] = argv[2];
	cfg.count = atol(argv[3]);
	cfg.threads = atoi(argv[4]);
	cfg.seed = 1;
	t0 = bench_now();
	if (batch_run(&cfg, bench_sink, &c) < 0)
		return 1;
	dt = bench_now() - t0;
	printf("%s %s-%s threads=%d games=%ld turns=%ld seconds=%.3f "
	       "turns_per_second=%.0f\n", sc->id, argv[1], argv[2],
	       cfg.threads ? cfg.threads : batch_cores(), c.games, c.turns,
	       dt, (double)c.turns / dt);
	cmd_free_scenario(sc);
	return 0;
}

/* Average and worst time of a move, and the planner's rollouts a move,
 * for each level, playing whole games against tft. */
static int bench_planner(char **argv)
{
	struct scenario *sc = cmd_load_scenario(argv[0]);
	long want = atol(argv[1]);
	int lv;

	if (!sc)
		return 1;
	for (lv = 0; lv < ai_level_count(); lv++) {
		const char *name = ai_level_name(lv);
		double total = 0, worst = 0, rollouts = 0, wall = 0, wworst = 0;
		long moves = 0;
		uint64_t seed = 1;

		while (moves < want) {
			struct game g;
			struct ai *p = ai_new(name, sc, 0, seed);
			struct ai *o = ai_new("tft", sc, 1, seed);
			struct move mv[SIDES];

			game_init(&g, sc, seed++);
			while (!game_over(&g) && moves < want) {
				double t0 = bench_cpu(), w0 = bench_now(), dt;

				ai_choose(p, &g, &mv[0]);
				dt = bench_now() - w0;
				wall += dt;
				wworst = dt > wworst ? dt : wworst;
				dt = bench_cpu() - t0;
				total += dt;
				rollouts += (double)ai_rollouts(p);
				worst = dt > worst ? dt : worst;
				moves++;
				ai_choose(o, &g, &mv[1]);
				game_play(&g, mv);
				ai_observe(p, &g);
				ai_observe(o, &g);
			}
			ai_free(p);
			ai_free(o);
			game_release(&g);
		}
		printf("%s level=%s moves=%ld rollouts_per_move=%.1f "
		       "cpu_mean_ms=%.3f cpu_worst_ms=%.3f wall_mean_ms=%.3f "
		       "wall_worst_ms=%.3f\n", sc->id, name, moves,
		       rollouts / (double)moves, 1000 * total / (double)moves,
		       1000 * worst, 1000 * wall / (double)moves,
		       1000 * wworst);
	}
	cmd_free_scenario(sc);
	return 0;
}

static int bench_rss(char **argv)
{
	struct rusage ru;
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return 1;
	if (pid == 0) {
		if (!freopen("/dev/null", "w", stdout))
			_exit(127);
		execv(argv[0], argv);
		_exit(127);
	}
	/* One child per run, so the children's peak is this command's. */
	if (waitpid(pid, &status, 0) < 0 || getrusage(RUSAGE_CHILDREN, &ru))
		return 1;
	printf("peak_rss_kib=%ld exit=%d\n", ru.ru_maxrss,
	       WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 7 && !strcmp(argv[1], "speed"))
		return bench_speed(argv + 2);
	if (argc >= 4 && !strcmp(argv[1], "planner"))
		return bench_planner(argv + 2);
	if (argc >= 3 && !strcmp(argv[1], "rss"))
		return bench_rss(argv + 2);
	fputs("usage: bench speed DIR A B GAMES THREADS | planner DIR MOVES "
	      "| rss CMD...\n", stderr);
	return 2;
}
