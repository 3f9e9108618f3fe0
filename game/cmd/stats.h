/* stats.h — what a batch of games adds up to: outcome shares, mean final
 * numbers, the most frequent escalation paths; and the CSV rows. */
#ifndef CMD_STATS_H
#define CMD_STATS_H

#include <stdio.h>

#include "cmd/batch.h"

struct stats_path {
	uint8_t n;
	uint8_t rung[BATCH_PATH_MAX];
	long count;
};

struct stats {
	const struct scenario *sc;
	const char *doctrine[SIDES];
	long games;
	long ending[END_N], band[SC_MAX_BANDS];
	double turns, trust[SIDES], tension, score[SIDES], signed_n;
	long breaches, hidden;
	long provoked[SIDES], answered[SIDES];
	struct stats_path *paths;	/* open addressing, owned */
	size_t npaths, cappaths;
	long other_paths;		/* games past the table's cap */
};

void stats_init(struct stats *st, const struct scenario *sc,
		const char *const doctrine[SIDES]);
void stats_add(struct stats *st, const struct batch_result *r);
void stats_print(FILE *f, const struct stats *st,
		 const struct batch_cfg *cfg);
void stats_release(struct stats *st);

/* Ids used in CSV: agreement, conflict, collapse, limit. */
const char *stats_ending_id(int ending);
/* "calm>probing>crisis" into buf. */
void stats_path_text(const struct scenario *sc, const uint8_t *rungs,
		     int n, char *buf, size_t size);

/* 100 n / d, or -1 when d is 0 (nothing to count). */
double stats_rate(long n, long d);

void stats_csv_header(FILE *f);
void stats_csv_row(FILE *f, const struct scenario *sc,
		   const char *const doctrine[SIDES],
		   const struct batch_result *r);

#endif
