/* stats.c — batch statistics. Sums run in game order, so the summary is
 * the same however many threads played the games. */
#include "cmd/stats.h"

#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

#define STATS_PATHS_MAX 65536	/* distinct paths kept; the rest: other */

static const char *const stats_end_ids[END_N] = {
	"none", "agreement", "conflict", "collapse", "limit"
};
static const char *const stats_end_names[END_N] = {
	"unfinished", "comprehensive agreement", "open conflict",
	"collapse of talks", "turn limit"
};

const char *stats_ending_id(int ending)
{
	return ending >= 0 && ending < END_N ? stats_end_ids[ending] : "?";
}

void stats_init(struct stats *st, const struct scenario *sc,
		const char *const doctrine[SIDES])
{
	memset(st, 0, sizeof *st);
	st->sc = sc;
	st->doctrine[0] = doctrine[0];
	st->doctrine[1] = doctrine[1];
}

void stats_release(struct stats *st)
{
	free(st->paths);
	st->paths = NULL;
}

static uint64_t stats_hash(const uint8_t *p, int n)
{
	uint64_t h = 1469598103934665603ULL;
	int i;

	for (i = 0; i < n; i++)
		h = (h ^ p[i]) * 1099511628211ULL;
	return h ^ (uint64_t)n;
}

static struct stats_path *stats_slot(struct stats_path *tab, size_t cap,
				     const uint8_t *p, int n)
{
	size_t i = (size_t)stats_hash(p, n) & (cap - 1);

	while (tab[i].count &&
	       (tab[i].n != n || memcmp(tab[i].rung, p, (size_t)n)))
		i = (i + 1) & (cap - 1);
	return &tab[i];
}

static void stats_grow(struct stats *st)
{
	size_t cap = st->cappaths ? st->cappaths * 2 : 64, i;
	struct stats_path *tab = xcalloc(cap, sizeof *tab);

	for (i = 0; i < st->cappaths; i++)
		if (st->paths[i].count)
			*stats_slot(tab, cap, st->paths[i].rung,
				    st->paths[i].n) = st->paths[i];
	free(st->paths);
	st->paths = tab;
	st->cappaths = cap;
}

static void stats_path_add(struct stats *st, const struct batch_result *r)
{
	int n = r->npath > BATCH_PATH_MAX ? BATCH_PATH_MAX : r->npath;
	uint8_t key[BATCH_PATH_MAX];
	struct stats_path *slot;

	memset(key, 0, sizeof key);
	memcpy(key, r->path, (size_t)n);
	/* A cut path is kept apart from the same path that really ended. */
	if (r->npath > BATCH_PATH_MAX)
		n = BATCH_PATH_MAX + 1;
	if ((st->npaths + 1) * 2 > st->cappaths) {
		if (st->npaths >= STATS_PATHS_MAX) {
			st->other_paths++;
			return;
		}
		stats_grow(st);
	}
	slot = stats_slot(st->paths, st->cappaths, key, n);
	if (!slot->count) {
		slot->n = (uint8_t)n;
		memcpy(slot->rung, key, sizeof key);
		st->npaths++;
	}
	slot->count++;
}

void stats_add(struct stats *st, const struct batch_result *r)
{
	int s;

	st->games++;
	st->ending[r->ending < END_N ? r->ending : 0]++;
	st->band[r->band < SC_MAX_BANDS ? r->band : 0]++;
	st->turns += r->turns;
	st->tension += r->tension;
	st->signed_n += r->signed_n;
	st->breaches += r->breaches;
	st->hidden += r->hidden;
	for (int k = 0; k < SIDES; k++) {
		st->provoked[k] += r->provoked[k];
		st->answered[k] += r->answered[k];
	}
	for (s = 0; s < SIDES; s++) {
		st->trust[s] += r->trust[s];
		st->score[s] += r->score[s];
	}
	stats_path_add(st, r);
}

void stats_path_text(const struct scenario *sc, const uint8_t *rungs,
		     int n, char *buf, size_t size)
{
	size_t len = 0;
	int i, cut = n > BATCH_PATH_MAX;

	buf[0] = '\0';
	if (cut)
		n = BATCH_PATH_MAX;
	for (i = 0; i < n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
					i ? ">" : "", sc->rung[rungs[i]].id);
	if (cut && len < size)
		snprintf(buf + len, size - len, ">...");
}

static int stats_cmp_paths(const void *a, const void *b)
{
	const struct stats_path *x = a, *y = b;

	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return memcmp(x->rung, y->rung, BATCH_PATH_MAX);
}

static void stats_print_paths(FILE *f, const struct stats *st)
{
	struct stats_path *list = xcalloc(st->npaths + 1, sizeof *list);
	char buf[BATCH_PATH_MAX * (SC_ID_MAX + 1) + 8];
	size_t i, n = 0;

	for (i = 0; i < st->cappaths; i++)
		if (st->paths[i].count)
			list[n++] = st->paths[i];
	qsort(list, n, sizeof *list, stats_cmp_paths);
	fprintf(f, "Most frequent escalation paths (rungs passed):\n");
	for (i = 0; i < n && i < 5; i++) {
		stats_path_text(st->sc, list[i].rung, list[i].n, buf,
				sizeof buf);
		fprintf(f, "  %5.1f%%  %s\n",
			100.0 * (double)list[i].count / (double)st->games,
			buf);
	}
	if (n > 5)
		fprintf(f, "  (%zu distinct paths in all)\n", n);
	free(list);
}

/* Percent of n out of d, or -1 when there was nothing to answer. */
double stats_rate(long n, long d)
{
	return d > 0 ? 100.0 * (double)n / (double)d : -1;
}

static void stats_print_answers(FILE *f, const struct stats *st)
{
	int s;

	fputs("Hostile acts seen and answered with a hostile act within two "
	      "turns:", f);
	for (s = 0; s < SIDES; s++) {
		double rate = stats_rate(st->answered[s], st->provoked[s]);

		if (rate < 0)
			fprintf(f, "%s %s none seen", s ? ";" : "",
				st->sc->side[s].id);
		else
			fprintf(f, "%s %s %.1f%% of %ld", s ? ";" : "",
				st->sc->side[s].id, rate, st->provoked[s]);
	}
	fputc('\n', f);
}

void stats_print(FILE *f, const struct stats *st,
		 const struct batch_cfg *cfg)
{
	double g = st->games ? (double)st->games : 1;
	const char *a = st->sc->side[0].id, *b = st->sc->side[1].id;
	int i;

	fprintf(f, "Scenario %s: %s (%s) vs %s (%s), %ld games, seeds "
		"%llu..%llu\n", st->sc->id, st->doctrine[0], a,
		st->doctrine[1], b, st->games,
		(unsigned long long)(cfg->seed + (uint64_t)cfg->first),
		(unsigned long long)(cfg->seed + (uint64_t)cfg->first +
				     (uint64_t)(st->games ? st->games - 1 : 0)));
	fprintf(f, "Outcome:\n");
	for (i = 1; i < END_N; i++)
		fprintf(f, "  %-24s %5.1f%%  (%ld)\n", stats_end_names[i],
			100.0 * (double)st->ending[i] / g, st->ending[i]);
	fprintf(f, "Trust band at the end (the lower trust):\n");
	for (i = 0; i < st->sc->nbands; i++)
		fprintf(f, "  %-24s %5.1f%%\n", st->sc->band[i].id,
			100.0 * (double)st->band[i] / g);
	fprintf(f, "Means: %.1f turns; trust %s %.1f, %s %.1f; tension "
		"%.1f; score %s %.1f, %s %.1f; %.1f agreements in force\n",
		st->turns / g, a, st->trust[0] / g, b, st->trust[1] / g,
		st->tension / g, a, st->score[0] / g, b, st->score[1] / g,
		st->signed_n / g);
	fprintf(f, "Breaches: %.2f a game; covert acts never detected: "
		"%.2f a game\n", (double)st->breaches / g,
		(double)st->hidden / g);
	stats_print_answers(f, st);
	stats_print_paths(f, st);
}

void stats_csv_header(FILE *f)
{
	fputs("game,seed,a,b,turns,outcome,band,trust_a,trust_b,tension,"
	      "score_a,score_b,signed,breaches,hidden,path,seen_hostile_a,"
	      "answered_a,seen_hostile_b,answered_b\n", f);
}

void stats_csv_row(FILE *f, const struct scenario *sc,
		   const char *const doctrine[SIDES],
		   const struct batch_result *r)
{
	char path[BATCH_PATH_MAX * (SC_ID_MAX + 1) + 8];

	stats_path_text(sc, r->path, r->npath, path, sizeof path);
	fprintf(f, "%ld,%llu,%s,%s,%d,%s,%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d,%d,"
		"%d,%s,%d,%d,%d,%d\n", r->index + 1, (unsigned long long)r->seed,
		doctrine[0], doctrine[1], r->turns,
		stats_ending_id(r->ending), sc->nbands ?
		sc->band[r->band].id : "", r->trust[0], r->trust[1],
		r->tension, r->score[0], r->score[1], r->signed_n,
		r->breaches, r->hidden, path, r->provoked[0], r->answered[0],
		r->provoked[1], r->answered[1]);
}
