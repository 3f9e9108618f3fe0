/* report_fmt.c — a class report as a table, a distribution and CSV. */
#include "cmd/report.h"

#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/xmalloc.h"

#define NAME_COLS 24		/* a game's or a band's name, at most */
#define BAR_COLS 20		/* the bar of 100% */

void report_init(struct report *r)
{
	memset(r, 0, sizeof *r);
}

void report_row_release(struct report_row *row)
{
	int i;

	free(row->file);
	free(row->name);
	free(row->side_name[0]);
	free(row->side_name[1]);
	free(row->band_name);
	free(row->agreements);
	for (i = 0; i < row->nbands; i++)
		free(row->band_names[i]);
	free(row->band_names);
	free(row->band_ids);
	for (i = 0; i < SIDES; i++)
		free(row->person[i]);
	for (i = 0; i < row->nturn; i++) {
		free(row->turn[i].acts[0]);
		free(row->turn[i].acts[1]);
		free(row->turn[i].blame);
	}
	free(row->turn);
	memset(row, 0, sizeof *row);
}

void report_release(struct report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		report_row_release(&r->v[i]);
	free(r->v);
	report_init(r);
}

void report_add(struct report *r, struct report_row *row)
{
	r->v = xgrow(r->v, &r->cap, r->n + 1, sizeof *r->v);
	r->v[r->n++] = *row;
	memset(row, 0, sizeof *row);
}

const char *report_outcome(int ending)
{
	static const char *const id[END_N] = { "unfinished", "agreement",
		"conflict", "collapse", "limit" };

	return ending >= 0 && ending < END_N ? id[ending] : "unfinished";
}

/* ---- the table ------------------------------------------------------- */

/* s in cols columns: cut with "…" when longer, padded when shorter
 * (on the left when right is set). */
static void fmt_cell(struct strbuf *out, const char *s, size_t cols,
		     int right)
{
	size_t len = strlen(s), w = utf8_width(s, len), n = len;

	if (w > cols) {
		n = utf8_fit(s, len, cols - 1);
		w = utf8_width(s, n) + 1;
	}
	if (right)
		strbuf_addf(out, "%*s", (int)(cols - w), "");
	strbuf_add(out, s, n);
	if (n < len)
		strbuf_adds(out, "\xE2\x80\xA6");
	if (!right)
		strbuf_addf(out, "%*s", (int)(cols - w), "");
}

static const char *fmt_player(const char *p)
{
	return strcmp(p, "human") ? p : "person";
}

/* The widest of a column over the rows of one scenario. */
static size_t fmt_width(const struct report *r, const char *scen,
			size_t head, const char *(*get)(const struct report_row *,
							int), int arg)
{
	size_t i, w = head, x;

	for (i = 0; i < r->n; i++) {
		if (strcmp(r->v[i].scenario, scen))
			continue;
		x = utf8_width(get(&r->v[i], arg), strlen(get(&r->v[i], arg)));
		w = x > w ? x : w;
	}
	return w > NAME_COLS ? NAME_COLS : w;
}

static const char *get_name(const struct report_row *row, int arg)
{
	(void)arg;
	return row->name;
}

const char *report_who(const struct report_row *row, int s)
{
	return row->person[s] ? row->person[s] : fmt_player(row->player[s]);
}

static const char *get_player(const struct report_row *row, int s)
{
	return report_who(row, s);
}

static const char *get_band(const struct report_row *row, int arg)
{
	(void)arg;
	return row->band_name;
}

struct fmt_cols {
	size_t game, player[SIDES], band;
};

static void fmt_head(const struct report_row *row, const struct fmt_cols *c,
		     struct strbuf *out)
{
	strbuf_addf(out, "%s: a = %s (%s), b = %s (%s)\n  ", row->scenario,
		    row->side_name[0], row->side_id[0], row->side_name[1],
		    row->side_id[1]);
	fmt_cell(out, "game", c->game, 0);
	strbuf_adds(out, "  ");
	fmt_cell(out, "a", c->player[0], 0);
	strbuf_adds(out, "  ");
	fmt_cell(out, "b", c->player[1], 0);
	strbuf_adds(out, "  turns  ending      ");
	fmt_cell(out, "trust band", c->band, 0);
	strbuf_adds(out, "  score a  score b  signed  in force  breaches  "
		    "hidden\n");
}

static void fmt_row(const struct report_row *row, const struct fmt_cols *c,
		    struct strbuf *out)
{
	strbuf_adds(out, "  ");
	fmt_cell(out, row->name, c->game, 0);
	strbuf_adds(out, "  ");
	fmt_cell(out, report_who(row, 0), c->player[0], 0);
	strbuf_adds(out, "  ");
	fmt_cell(out, report_who(row, 1), c->player[1], 0);
	strbuf_addf(out, "  %5d  %-10s  ", row->turns,
		    report_outcome(row->ending));
	fmt_cell(out, row->band_name, c->band, 0);
	strbuf_addf(out, "  %7.1f  %7.1f  %6d  %8d  %8d  %6d\n",
		    row->score[0], row->score[1], row->signed_n,
		    row->in_force, row->breaches, row->hidden);
}

/* Has an earlier row the same scenario? */
static int fmt_seen_before(const struct report *r, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (!strcmp(r->v[j].scenario, r->v[i].scenario))
			return 1;
	return 0;
}

void report_table(const struct report *r, struct strbuf *out)
{
	struct fmt_cols c;
	size_t i, j;
	const char *scen;

	for (i = 0; i < r->n; i++) {
		if (fmt_seen_before(r, i))
			continue;
		scen = r->v[i].scenario;
		c.game = fmt_width(r, scen, 4, get_name, 0);
		c.player[0] = fmt_width(r, scen, 1, get_player, 0);
		c.player[1] = fmt_width(r, scen, 1, get_player, 1);
		c.band = fmt_width(r, scen, 10, get_band, 0);
		if (i)
			strbuf_addc(out, '\n');
		fmt_head(&r->v[i], &c, out);
		for (j = i; j < r->n; j++)
			if (!strcmp(r->v[j].scenario, scen))
				fmt_row(&r->v[j], &c, out);
	}
}

/* ---- the distribution ------------------------------------------------ */

static void fmt_bar(struct strbuf *out, const char *label, size_t cols,
		    long count, long total)
{
	double share = total ? (double)count / (double)total : 0;
	int bar = (int)(share * BAR_COLS + 0.5);

	strbuf_adds(out, "  ");
	fmt_cell(out, label, cols, 0);
	strbuf_addf(out, "  %4ld  %5.1f%%  ", count, 100 * share);
	while (bar-- > 0)
		strbuf_addc(out, '#');
	/* No trailing blanks: the lines are compared in tests. */
	while (out->len && out->buf[out->len - 1] == ' ')
		out->buf[--out->len] = '\0';
	strbuf_addc(out, '\n');
}

static void fmt_endings(const struct report *r, struct strbuf *out)
{
	long count[END_N] = { 0 };
	size_t i;
	int e;

	for (i = 0; i < r->n; i++)
		count[r->v[i].ending >= 0 && r->v[i].ending < END_N ?
		      r->v[i].ending : END_NONE]++;
	strbuf_addf(out, "Endings across %zu game%s:\n", r->n,
		    r->n == 1 ? "" : "s");
	for (e = END_AGREEMENT; e < END_N; e++)
		fmt_bar(out, report_outcome(e), 10, count[e], (long)r->n);
	if (count[END_NONE])
		fmt_bar(out, report_outcome(END_NONE), 10, count[END_NONE],
			(long)r->n);
}

/* The bands of the scenario of row i, over its games. */
static void fmt_bands(const struct report *r, size_t i, struct strbuf *out)
{
	const struct report_row *first = &r->v[i];
	long *count = xcalloc((size_t)first->nbands + 1, sizeof *count);
	long games = 0;
	size_t j, cols = 4;
	int b;

	for (j = i; j < r->n; j++) {
		if (strcmp(r->v[j].scenario, first->scenario))
			continue;
		games++;
		if (r->v[j].band >= 0 && r->v[j].band < first->nbands)
			count[r->v[j].band]++;
	}
	for (b = 0; b < first->nbands; b++) {
		size_t w = utf8_width(first->band_names[b],
				      strlen(first->band_names[b]));

		cols = w > cols ? w : cols;
	}
	cols = cols > NAME_COLS ? NAME_COLS : cols;
	strbuf_addf(out, "Trust bands, %s (%ld game%s):\n", first->scenario,
		    games, games == 1 ? "" : "s");
	for (b = 0; b < first->nbands; b++)
		fmt_bar(out, first->band_names[b], cols, count[b], games);
	free(count);
}

void report_distribution(const struct report *r, struct strbuf *out)
{
	size_t i;

	fmt_endings(r, out);
	for (i = 0; i < r->n; i++)
		if (!fmt_seen_before(r, i))
			fmt_bands(r, i, out);
}

/* ---- CSV ---------------------------------------------------------------- */

void report_csv_field(struct strbuf *out, const char *s)
{
	strbuf_add_csv(out, s);
	strbuf_addc(out, ',');
}

static void csv_row(const struct report_row *row, struct strbuf *out)
{
	report_csv_field(out, row->file);
	report_csv_field(out, row->name);
	strbuf_addf(out, "%s,%llu,%s,%s,%s,%s,%d,%d,%s,%s,", row->scenario,
		    (unsigned long long)row->seed, row->side_id[0],
		    row->side_id[1], row->player[0], row->player[1],
		    row->turns, row->turn_limit, report_outcome(row->ending),
		    row->band_id);
	report_csv_field(out, row->band_name);
	strbuf_addf(out, "%.2f,%.2f,%.2f,%.2f,%.2f,%d,%d,", row->trust[0],
		    row->trust[1], row->tension, row->score[0], row->score[1],
		    row->signed_n, row->in_force);
	report_csv_field(out, row->agreements);
	strbuf_addf(out, "%d,%d,", row->breaches, row->hidden);
	report_csv_field(out, row->person[0] ? row->person[0] : "");
	report_csv_field(out, row->person[1] ? row->person[1] : "");
	out->buf[out->len - 1] = '\n';
}

void report_csv(const struct report *r, struct strbuf *out)
{
	size_t i;

	strbuf_adds(out, "file,name,scenario,seed,side_a,side_b,a,b,turns,"
		    "turn_limit,outcome,band,band_name,trust_a,trust_b,"
		    "tension,score_a,score_b,signed,in_force,agreements,"
		    "breaches,hidden_breaches,person_a,person_b\n");
	for (i = 0; i < r->n; i++)
		csv_row(&r->v[i], out);
}
