/* balance.c — `detente balance`: does the scenario make a game worth
 * playing? Seven properties of its dilemma, each checked by batches of
 * computer games in both seatings, printed one row a property with its
 * figures and "holds" or "falls short". Exit 0 when all hold, 1 when one
 * falls short, 2 on bad usage. scenarios/README.md explains each
 * property and what to tune when it falls short. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "cmd/batch.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/stats.h"
#include "util/strbuf.h"
#include "util/xmalloc.h"

#define BAL_MAX_SCRIPTS 16
#define BAL_MAX_CELLS 256
#define BAL_NAME_MAX 512

/* What one pairing (doctrine a in seat a, b in seat b) added up to. */
struct bal_cell {
	char name[SIDES][BAL_NAME_MAX];
	int failed;		/* a doctrine is unknown */
	long games, ending[END_N];
	double score[SIDES];
	double by_end[END_N][SIDES];	/* score sums by ending */
	long provoked[SIDES], answered[SIDES];
};

struct bal {
	const struct scenario *sc;
	struct batch_cfg cfg;
	long games;
	int nscripts;
	char *script[BAL_MAX_SCRIPTS];	/* "script:PATH" */
	int ncells;
	struct bal_cell *cell;		/* played pairings, memoised */
	int held, checked;
	/* A pairing that could not be played (a name no player has). */
	char missing[SIDES][BAL_NAME_MAX];
};

static void bal_take(void *ctx, const struct batch_result *r)
{
	struct bal_cell *c = ctx;
	int s, e = r->ending < END_N ? r->ending : END_NONE;

	c->games++;
	c->ending[e]++;
	for (s = 0; s < SIDES; s++) {
		c->score[s] += r->score[s];
		c->by_end[e][s] += r->score[s];
		c->provoked[s] += r->provoked[s];
		c->answered[s] += r->answered[s];
	}
}

/* The pairing a (seat a) against b (seat b), played once and kept. */
static const struct bal_cell *bal_pair(struct bal *b, const char *da,
				       const char *db)
{
	struct bal_cell *c;
	struct batch_cfg cfg = b->cfg;
	int i;

	for (i = 0; i < b->ncells; i++)
		if (!strcmp(b->cell[i].name[0], da) &&
		    !strcmp(b->cell[i].name[1], db))
			return &b->cell[i];
	if (b->ncells == BAL_MAX_CELLS)
		return NULL;
	c = &b->cell[b->ncells++];
	memset(c, 0, sizeof *c);
	snprintf(c->name[0], sizeof c->name[0], "%s", da);
	snprintf(c->name[1], sizeof c->name[1], "%s", db);
	cfg.doctrine[0] = c->name[0];
	cfg.doctrine[1] = c->name[1];
	cfg.first = 0;
	cfg.count = b->games;
	if (batch_run(&cfg, bal_take, c) < 0 || c->games == 0) {
		c->failed = 1;
		snprintf(b->missing[0], sizeof b->missing[0], "%s", da);
		snprintf(b->missing[1], sizeof b->missing[1], "%s", db);
	}
	return c;
}

/* Mean score of doctrine d in seat s against doctrine o in the other. */
static double bal_score(struct bal *b, const char *d, int s, const char *o,
			int *bad)
{
	const struct bal_cell *c = s == SIDE_A ? bal_pair(b, d, o) :
				   bal_pair(b, o, d);

	if (!c || c->failed) {
		*bad = 1;
		return 0;
	}
	return c->score[s] / (double)c->games;
}

/* ---- the report ------------------------------------------------------ */

static void bal_row(struct bal *b, const char *id, const char *what,
		    int holds, int bad, const struct strbuf *figures)
{
	b->checked++;
	b->held += holds && !bad;
	printf("%-3s %-36s %s\n", id, what, bad ? "cannot be checked" :
	       holds ? "holds" : "falls short");
	if (bad)
		msg_printf(stdout, "      '%s' against '%s' could not be "
			   "played\n", b->missing[0], b->missing[1]);
	else if (figures->len)
		msg_puts(stdout, figures->buf);
}

static const char *seat_name(const struct bal *b, int s)
{
	return b->sc->side[s].id;
}

/* P1: dove against dove scores more than hawk against hawk, both sides. */
static void bal_p1(struct bal *b)
{
	struct strbuf sb = STRBUF_INIT;
	int s, holds = 1, bad = 0;

	for (s = 0; s < SIDES; s++) {
		double dd = bal_score(b, "dove", s, "dove", &bad);
		double hh = bal_score(b, "hawk", s, "hawk", &bad);

		holds &= dd > hh;
		strbuf_addf(&sb, "      %s: dove-dove %.1f, hawk-hawk %.1f\n",
			    seat_name(b, s), dd, hh);
	}
	bal_row(b, "P1", "cooperation beats hostility", holds, bad, &sb);
	strbuf_release(&sb);
}

static const char *const bal_tempters[] = { "cheater", "exploiter",
					    "alternator" };
static const char *const bal_hostile[] = { "cheater", "exploiter",
					   "alternator", "random", "hawk" };
static const char *const bal_coop[] = { "dove", "gtft", "tft" };
#define NELEM(a) ((int)(sizeof (a) / sizeof *(a)))

/* The best of names[0..n) in seat s against o; *who gets its name. */
static double bal_best(struct bal *b, const char *const *names, int n,
		       int s, const char *o, const char **who, int *bad)
{
	double best = 0, v;
	int i;

	for (i = 0; i < n; i++) {
		v = bal_score(b, names[i], s, o, bad);
		if (i == 0 || v > best) {
			best = v;
			*who = names[i];
		}
	}
	return best;
}

/* P2: against a dove, exploitation pays more than cooperation. */
static void bal_p2(struct bal *b)
{
	struct strbuf sb = STRBUF_INIT;
	int s, holds = 1, bad = 0;
	const char *who = "";

	for (s = 0; s < SIDES; s++) {
		double best = bal_best(b, bal_tempters, NELEM(bal_tempters), s,
				       "dove", &who, &bad);
		double dd = bal_score(b, "dove", s, "dove", &bad);

		holds &= best > dd;
		strbuf_addf(&sb, "      %s vs dove: best tempter %s %.1f, "
			    "dove %.1f\n", seat_name(b, s), who, best, dd);
	}
	bal_row(b, "P2", "temptation", holds, bad, &sb);
	strbuf_release(&sb);
}

/* P3: against reciprocators, dove or gtft beats every hostile doctrine. */
static void bal_p3(struct bal *b)
{
	static const char *const judges[] = { "tft", "gtft", "normal" };
	static const char *const good[] = { "dove", "gtft" };
	struct strbuf sb = STRBUF_INIT;
	int j, s, holds = 1, bad = 0;
	const char *gw = "", *hw = "";

	for (j = 0; j < NELEM(judges); j++)
		for (s = 0; s < SIDES; s++) {
			double g = bal_best(b, good, NELEM(good), s, judges[j],
					    &gw, &bad);
			double h = bal_best(b, bal_hostile, NELEM(bal_hostile),
					    s, judges[j], &hw, &bad);

			holds &= g > h;
			strbuf_addf(&sb, "      %s vs %s: %s %.1f, best "
				    "hostile %s %.1f\n", seat_name(b, s),
				    judges[j], gw, g, hw, h);
		}
	bal_row(b, "P3", "reciprocity protects", holds, bad, &sb);
	strbuf_release(&sb);
}

/* Share of the hostile acts level saw that it answered within two
 * turns, over its games against the hostile doctrines, both seats. */
static double bal_answer_rate(struct bal *b, const char *level, int *bad)
{
	long seen = 0, answered = 0;
	int i, s;

	for (i = 0; i < NELEM(bal_hostile); i++)
		for (s = 0; s < SIDES; s++) {
			const struct bal_cell *c = s == SIDE_A ?
				bal_pair(b, level, bal_hostile[i]) :
				bal_pair(b, bal_hostile[i], level);

			if (!c || c->failed) {
				*bad = 1;
				continue;
			}
			seen += c->provoked[s];
			answered += c->answered[s];
		}
	return stats_rate(answered, seen);
}

/* One exploiter's margin against level in seat s: it must score at
 * least 2% (of the best's size) less than the best cooperator. */
static int bal_p4_one(struct bal *b, const char *x, int s, const char *lv,
		      double best, struct strbuf *sb, int *bad)
{
	double v = bal_score(b, x, s, lv, bad);
	double margin = 0.02 * (best < 0 ? -best : best);
	int ok = v <= best - margin;

	if (!ok)
		strbuf_addf(sb, "      %s vs %s: %s %.1f is within 2%% of "
			    "%.1f\n", seat_name(b, s), lv, x, v, best);
	return ok;
}

/* P4: the strong levels cannot be exploited, and they answer. */
static void bal_p4(struct bal *b)
{
	static const char *const levels[] = { "hard", "expert" };
	struct strbuf sb = STRBUF_INIT;
	int l, s, i, holds = 1, bad = 0;
	const char *who = "";

	for (l = 0; l < NELEM(levels); l++) {
		double rate = bal_answer_rate(b, levels[l], &bad);

		for (s = 0; s < SIDES; s++) {
			double best = bal_best(b, bal_coop, NELEM(bal_coop), s,
					       levels[l], &who, &bad);
			double worst = -1e300;
			const char *top = "";

			for (i = 0; i < NELEM(bal_hostile) + b->nscripts; i++) {
				const char *x = i < NELEM(bal_hostile) ?
					bal_hostile[i] :
					b->script[i - NELEM(bal_hostile)];
				double v = bal_score(b, x, s, levels[l], &bad);

				holds &= bal_p4_one(b, x, s, levels[l], best,
						    &sb, &bad);
				if (v > worst) {
					worst = v;
					top = x;
				}
			}
			strbuf_addf(&sb, "      %s vs %s: best cooperator %s "
				    "%.1f, best exploiter %s %.1f\n",
				    seat_name(b, s), levels[l], who, best,
				    top, worst);
		}
		holds &= rate >= 60;
		strbuf_addf(&sb, "      %s answers %.1f%% of the hostile acts "
			    "it sees within two turns (60%% needed)\n",
			    levels[l], rate);
	}
	bal_row(b, "P4", "strong levels can't be exploited", holds, bad,
		&sb);
	strbuf_release(&sb);
}

/* A level's mean score over the field of doctrines, both seats. */
static double bal_field(struct bal *b, const char *level, int *bad)
{
	double sum = 0;
	int i, s, n = 0;

	for (i = 0; i < ai_count(); i++)
		for (s = 0; s < SIDES; s++) {
			sum += bal_score(b, level, s, ai_name(i), bad);
			n++;
		}
	return n ? sum / n : 0;
}

/* P5: expert >= hard >= normal >= easy over the field. */
static void bal_p5(struct bal *b)
{
	static const char *const levels[] = { "easy", "normal", "hard",
					      "expert" };
	struct strbuf sb = STRBUF_INIT;
	double v[4];
	int i, holds = 1, bad = 0;

	strbuf_adds(&sb, "     ");
	for (i = 0; i < 4; i++) {
		v[i] = bal_field(b, levels[i], &bad);
		if (i > 0)
			holds &= v[i] >= v[i - 1];
		strbuf_addf(&sb, " %s %.1f%s", levels[i], v[i],
			    i < 3 ? "," : "\n");
	}
	bal_row(b, "P5", "difficulty is ordered", holds, bad, &sb);
	strbuf_release(&sb);
}

/* P6: in cooperative pairings, agreement pays more than the turn limit
 * for both sides (a pairing that never reaches one of them passes). */
static void bal_p6(struct bal *b)
{
	static const char *const pairs[][2] = {
		{ "dove", "dove" }, { "gtft", "gtft" }, { "tft", "tft" },
		{ "dove", "gtft" }, { "gtft", "dove" }, { "expert", "expert" }
	};
	struct strbuf sb = STRBUF_INIT;
	int i, s, holds = 1, bad = 0;

	for (i = 0; i < NELEM(pairs); i++) {
		const struct bal_cell *c = bal_pair(b, pairs[i][0],
						    pairs[i][1]);
		long na, nl;

		if (!c || c->failed) {
			bad = 1;
			continue;
		}
		na = c->ending[END_AGREEMENT];
		nl = c->ending[END_LIMIT];
		if (!na || !nl)
			continue;
		for (s = 0; s < SIDES; s++) {
			double a = c->by_end[END_AGREEMENT][s] / (double)na;
			double l = c->by_end[END_LIMIT][s] / (double)nl;

			holds &= a > l;
			strbuf_addf(&sb, "      %s-%s, %s: agreement %.1f "
				    "(%ld games), turn limit %.1f (%ld)\n",
				    pairs[i][0], pairs[i][1], seat_name(b, s),
				    a, na, l, nl);
		}
	}
	bal_row(b, "P6", "agreement beats delay", holds, bad, &sb);
	strbuf_release(&sb);
}

static int bal_commonest(const struct bal_cell *c)
{
	int e, best = END_AGREEMENT;

	for (e = END_AGREEMENT; e < END_N; e++)
		if (c->ending[e] > c->ending[best])
			best = e;
	return best;
}

/* P7: the commonest ending differs across pairings (at least three
 * different ones), and expert against expert agrees 80% of the time. */
static void bal_p7(struct bal *b)
{
	struct strbuf sb = STRBUF_INIT;
	const struct bal_cell *ee = bal_pair(b, "expert", "expert");
	int i, e, kinds = 0, seen[END_N] = { 0 }, holds, bad = 0;
	double agree = 0;

	for (i = 0; i < b->ncells; i++)
		if (!b->cell[i].failed)
			seen[bal_commonest(&b->cell[i])] = 1;
	strbuf_adds(&sb, "      commonest endings seen:");
	for (e = END_AGREEMENT; e < END_N; e++)
		if (seen[e]) {
			kinds++;
			strbuf_addf(&sb, " %s", stats_ending_id(e));
		}
	if (!ee || ee->failed)
		bad = 1;
	else
		agree = 100.0 * (double)ee->ending[END_AGREEMENT] /
			(double)ee->games;
	strbuf_addf(&sb, "\n      expert-expert agreement %.1f%% (80%% "
		    "needed)\n", agree);
	holds = kinds >= 3 && agree >= 80;
	bal_row(b, "P7", "choices matter", holds, bad, &sb);
	strbuf_release(&sb);
}

/* ---- options ---------------------------------------------------------- */

enum { BAL_SCENARIO, BAL_GAMES, BAL_TURNS, BAL_SEED, BAL_THREADS,
       BAL_SCRIPTS, BAL_N };

static const struct opt_def bal_opt_defs[BAL_N + 1] = {
	[BAL_SCENARIO] = CMD_OPT_SCENARIO,
	[BAL_GAMES] = CMD_OPT_GAMES(2000),
	[BAL_TURNS] = { .name = "turns", .kind = OPT_INT, .arg = "N",
			.lo = 1, .hi = SC_MAX_TURNS,
			.help = "the game's length (default: the "
				"scenario's; try its class_turns too)" },
	[BAL_SEED] = CMD_OPT_SEED,
	[BAL_THREADS] = CMD_OPT_THREADS,
	[BAL_SCRIPTS] = { .name = "scripts", .kind = OPT_TEXT, .arg = "DIR",
			  .what = "a folder",
			  .help = "scripted opponents (script:FILE) to try "
				  "against the strong levels: its *.txt" },
};

const struct cmd_spec cmd_balance_spec = {
	.summary = "is the scenario a real dilemma? seven properties, each "
		   "holds or not",
	.about = "Exit status: 0 when all seven hold, 1 when one falls "
		 "short.\n",
	.opts = bal_opt_defs,
};

static int bal_scripts(struct bal *b, const char *dir)
{
	struct dirent **names;
	int n, i;

	n = scandir(dir, &names, NULL, alphasort);
	if (n < 0) {
		msg_printf(stderr, "detente: cannot read '%s': %s\n", dir,
			   msg_strerror(errno));
		return -1;
	}
	for (i = 0; i < n; i++) {
		const char *nm = names[i]->d_name;
		size_t len = strlen(nm);

		if (len > 4 && !strcmp(nm + len - 4, ".txt") &&
		    b->nscripts < BAL_MAX_SCRIPTS) {
			struct strbuf sb = STRBUF_INIT;

			strbuf_addf(&sb, "script:%s/%s", dir, nm);
			b->script[b->nscripts++] = strbuf_detach(&sb);
		}
		free(names[i]);
	}
	free(names);
	return 0;
}

/* Every script must parse and name this scenario's actions before any
 * game is played: its errors come with their places, exit 1. */
static int bal_check_scripts(const struct bal *b)
{
	int i, bad = 0;

	for (i = 0; i < b->nscripts; i++) {
		const char *pair[SIDES] = { b->script[i], "dove" };

		bad |= cmd_check_players(pair, b->sc) != 0;
	}
	return bad ? -1 : 0;
}

static void bal_release(struct bal *b)
{
	int i;

	for (i = 0; i < b->nscripts; i++)
		free(b->script[i]);
	free(b->cell);
}

int cmd_balance(const struct cmd_args *a)
{
	const struct opt_val *v = a->v;
	struct bal b;
	struct scenario *sc;
	int rc;

	memset(&b, 0, sizeof b);
	b.games = v[BAL_GAMES].set ? v[BAL_GAMES].n : 2000;
	b.cfg.seed = v[BAL_SEED].set ? v[BAL_SEED].u : 1;
	b.cfg.threads = (int)v[BAL_THREADS].n;
	if (v[BAL_SCRIPTS].s && bal_scripts(&b, v[BAL_SCRIPTS].s) < 0) {
		bal_release(&b);
		return 1;
	}
	sc = cmd_load_scenario(v[BAL_SCENARIO].s);
	if (!sc) {
		bal_release(&b);
		return 1;
	}
	b.cfg.turns = (int)v[BAL_TURNS].n;
	if (b.cfg.turns > sc->rules.turns)
		b.cfg.turns = sc->rules.turns;
	b.sc = b.cfg.sc = sc;
	if (bal_check_scripts(&b) < 0) {
		bal_release(&b);
		cmd_free_scenario(sc);
		return 1;
	}
	b.cell = xcalloc(BAL_MAX_CELLS, sizeof *b.cell);
	printf("Balance of %s (%d of %d turns): %ld games a pairing, both "
	       "seatings, seeds %llu..%llu\n", sc->id,
	       b.cfg.turns ? b.cfg.turns : sc->rules.turns, sc->rules.turns,
	       b.games,
	       (unsigned long long)b.cfg.seed,
	       (unsigned long long)(b.cfg.seed + (uint64_t)b.games - 1));
	bal_p1(&b);
	bal_p2(&b);
	bal_p3(&b);
	bal_p4(&b);
	bal_p5(&b);
	bal_p6(&b);
	bal_p7(&b);
	printf("%d of %d properties hold\n", b.held, b.checked);
	rc = b.held == b.checked ? 0 : 1;
	bal_release(&b);
	cmd_free_scenario(sc);
	return rc;
}
