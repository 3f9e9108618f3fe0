/* report_html.c — a class report as one page to project: no script, no
 * request to any network, every chart inline SVG.
 *
 * The page: the endings and the trust bands reached (bars), the class's
 * trust in each other and tension over time (the mean as a line, the
 * spread, mean ± one standard deviation, as a shaded area), each game's
 * two trust lines as small multiples on one scale, and the table of
 * games. A game that ended early keeps its last state for the turns
 * after (as its score does), so that the class's lines do not jump when
 * short games drop out. Each line is a <path class="series">, each
 * shaded area a <path class="spread">, each bar a <rect class="bar">:
 * what the tests count in a browser's rendering. */
#include "cmd/report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

#define W 640			/* the class chart */
#define H 220
#define SW 200			/* a small multiple */
#define SH 90
#define PAD 32

static const char *const colour[3] = { "#1f6fb2", "#c0392b", "#7f7f7f" };

/* Text for HTML: the five characters that matter escaped. */
static void html_text(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': strbuf_adds(out, "&amp;"); break;
		case '<': strbuf_adds(out, "&lt;"); break;
		case '>': strbuf_adds(out, "&gt;"); break;
		case '"': strbuf_adds(out, "&quot;"); break;
		case '\'': strbuf_adds(out, "&#39;"); break;
		default: strbuf_addc(out, *s);
		}
	}
}

static void html_head(const struct report *r, struct strbuf *out)
{
	strbuf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
		    "<meta charset=\"utf-8\">\n"
		    "<title>D\xC3\xA9tente: class report</title>\n<style>\n"
		    "body{font-family:sans-serif;margin:2em;color:#222;"
		    "max-width:60em}\n"
		    "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em}\n"
		    "svg{background:#fafafa;border:1px solid #ddd}\n"
		    "svg text{font-size:11px;fill:#444}\n"
		    ".multiples{display:flex;flex-wrap:wrap;gap:8px}\n"
		    ".multiples figure{margin:0}\n"
		    "figcaption{font-size:12px}\n"
		    "table{border-collapse:collapse;font-size:13px}\n"
		    "td,th{border-bottom:1px solid #ddd;padding:3px 8px;"
		    "text-align:left}\n"
		    "td.n{text-align:right}\n"
		    ".key span{display:inline-block;margin-right:1.2em}\n"
		    ".key i{display:inline-block;width:1em;height:.4em;"
		    "margin-right:.3em;vertical-align:middle}\n"
		    "</style>\n</head>\n<body>\n");
	strbuf_addf(out, "<h1>Class report: %zu game%s</h1>\n", r->n,
		    r->n == 1 ? "" : "s");
}

/* ---- bars --------------------------------------------------------------- */

/* One bar chart: n labels and counts out of total. */
static void html_bars(struct strbuf *out, const char *id,
		      const char *const *label, const int *count, int n,
		      int total)
{
	int i, h = 24 * n + 8, w;

	strbuf_addf(out, "<svg id=\"%s\" width=\"%d\" height=\"%d\" "
		    "viewBox=\"0 0 %d %d\" role=\"img\">\n", id, W, h, W, h);
	for (i = 0; i < n; i++) {
		w = total ? (int)lround(360.0 * count[i] / total) : 0;
		strbuf_adds(out, "<text x=\"8\" y=\"");
		strbuf_addf(out, "%d\">", 24 * i + 20);
		html_text(out, label[i]);
		strbuf_addf(out, "</text><rect class=\"bar\" x=\"200\" y=\"%d\" "
			    "width=\"%d\" height=\"16\" fill=\"%s\"/>"
			    "<text x=\"%d\" y=\"%d\">%d (%.0f%%)</text>\n",
			    24 * i + 8, w, colour[0], 206 + w, 24 * i + 20,
			    count[i], total ? 100.0 * count[i] / total : 0.0);
	}
	strbuf_adds(out, "</svg>\n");
}

static void html_endings(const struct report *r, struct strbuf *out)
{
	const char *label[END_N];
	int count[END_N] = { 0 }, e;
	size_t i;

	for (e = 0; e < END_N; e++)
		label[e] = report_outcome((e + 1) % END_N);
	for (i = 0; i < r->n; i++)
		count[(r->v[i].ending + END_N - 1) % END_N]++;
	strbuf_adds(out, "<h2>Endings</h2>\n");
	html_bars(out, "endings", label, count, END_N, (int)r->n);
}

/* Bands per scenario: each scenario has its own. */
static void html_bands(const struct report *r, struct strbuf *out)
{
	size_t i, j;
	int count[SC_MAX_BANDS], b, total;
	char id[64];

	strbuf_adds(out, "<h2>Trust bands reached</h2>\n");
	for (i = 0; i < r->n; i++) {
		for (j = 0; j < i && strcmp(r->v[j].scenario,
					    r->v[i].scenario); j++)
			;
		if (j < i)
			continue;
		memset(count, 0, sizeof count);
		for (j = i, total = 0; j < r->n; j++)
			if (!strcmp(r->v[j].scenario, r->v[i].scenario)) {
				count[r->v[j].band]++;
				total++;
			}
		strbuf_adds(out, "<p>");
		html_text(out, r->v[i].scenario);
		strbuf_adds(out, "</p>\n");
		snprintf(id, sizeof id, "bands-%zu", i);
		b = r->v[i].nbands < SC_MAX_BANDS ? r->v[i].nbands :
						    SC_MAX_BANDS;
		html_bars(out, id, (const char *const *)r->v[i].band_names,
			  count, b, total);
	}
}

/* ---- lines -------------------------------------------------------------- */

/* The value of what (0, 1: trust of a side; 2: tension) of row at turn
 * t (0: the start), its last state after it ended. */
static double html_at(const struct report_row *row, int what, int t)
{
	const struct report_turn *x;

	if (t <= 0 || !row->nturn)
		return what < 2 ? row->trust0[what] : row->tension0;
	x = &row->turn[(t < row->nturn ? t : row->nturn) - 1];
	return what < 2 ? x->trust[what] : x->tension;
}

static int html_turns(const struct report *r)
{
	size_t i;
	int most = 1;

	for (i = 0; i < r->n; i++)
		if (r->v[i].nturn > most)
			most = r->v[i].nturn;
	return most;
}

struct plot {
	int x, y, w, h, turns;
};

static double plot_x(const struct plot *p, int t)
{
	return p->x + (double)p->w * t / p->turns;
}

static double plot_y(const struct plot *p, double v)
{
	return p->y + p->h - p->h * v / 100.0;
}

/* The frame: 0, 50 and 100 marked, the first and last turn. */
static void plot_frame(struct strbuf *out, const struct plot *p, int labels)
{
	int v;

	for (v = 0; v <= 100; v += 50) {
		strbuf_addf(out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" "
			    "y2=\"%.1f\" stroke=\"#ddd\"/>", p->x,
			    plot_y(p, v), p->x + p->w, plot_y(p, v));
		if (labels)
			strbuf_addf(out, "<text x=\"%d\" y=\"%.1f\">%d</text>",
				    p->x - 24, plot_y(p, v) + 4, v);
	}
	if (labels)
		strbuf_addf(out, "<text x=\"%d\" y=\"%d\">turn 0</text>"
			    "<text x=\"%d\" y=\"%d\">%d</text>\n", p->x,
			    p->y + p->h + 16, p->x + p->w - 12,
			    p->y + p->h + 16, p->turns);
}

/* The class's mean and spread of what, turn by turn. */
static void class_stats(const struct report *r, int what, int turns,
			double *mean, double *sd)
{
	size_t i;
	int t;
	double v, m, s;

	for (t = 0; t <= turns; t++) {
		for (i = 0, m = 0; i < r->n; i++)
			m += html_at(&r->v[i], what, t);
		m /= (double)r->n;
		for (i = 0, s = 0; i < r->n; i++) {
			v = html_at(&r->v[i], what, t) - m;
			s += v * v;
		}
		mean[t] = m;
		sd[t] = sqrt(s / (double)r->n);
	}
}

static void class_series(struct strbuf *out, const struct plot *p,
			 const char *name, const char *col, const double *mean,
			 const double *sd)
{
	int t;
	double v;

	strbuf_addf(out, "<path class=\"spread\" data-series=\"%s\" "
		    "fill=\"%s\" fill-opacity=\"0.15\" stroke=\"none\" d=\"",
		    name, col);
	for (t = 0; t <= p->turns; t++) {
		v = fmin(100, mean[t] + sd[t]);
		strbuf_addf(out, "%c%.1f %.1f ", t ? 'L' : 'M', plot_x(p, t),
			    plot_y(p, v));
	}
	for (t = p->turns; t >= 0; t--)
		strbuf_addf(out, "L%.1f %.1f ", plot_x(p, t),
			    plot_y(p, fmax(0, mean[t] - sd[t])));
	strbuf_addf(out, "Z\"/>\n<path class=\"series\" data-series=\"%s\" "
		    "fill=\"none\" stroke=\"%s\" stroke-width=\"2\" d=\"",
		    name, col);
	for (t = 0; t <= p->turns; t++)
		strbuf_addf(out, "%c%.1f %.1f ", t ? 'L' : 'M', plot_x(p, t),
			    plot_y(p, mean[t]));
	strbuf_adds(out, "\"/>\n");
}

static void html_class(const struct report *r, struct strbuf *out)
{
	static const char *const name[3] = { "trust_a", "trust_b",
					     "tension" };
	static const char *const words[3] = { "trust of side a in b",
		"trust of side b in a", "tension" };
	int turns = html_turns(r), k;
	struct plot p = { PAD + 8, 12, W - 2 * PAD - 16, H - 44, turns };
	double *mean = xcalloc((size_t)turns + 1, sizeof *mean);
	double *sd = xcalloc((size_t)turns + 1, sizeof *sd);

	strbuf_adds(out, "<h2>The class over time</h2>\n<p class=\"key\">");
	for (k = 0; k < 3; k++)
		strbuf_addf(out, "<span><i style=\"background:%s\"></i>%s"
			    "</span>", colour[k], words[k]);
	strbuf_addf(out, "</p>\n<svg id=\"class\" width=\"%d\" height=\"%d\" "
		    "viewBox=\"0 0 %d %d\" role=\"img\">\n", W, H, W, H);
	plot_frame(out, &p, 1);
	for (k = 0; k < 3; k++) {
		class_stats(r, k, turns, mean, sd);
		class_series(out, &p, name[k], colour[k], mean, sd);
	}
	strbuf_adds(out, "</svg>\n<p>The mean over every game, and shaded "
		    "one standard deviation either side; a game that ended "
		    "keeps its last state.</p>\n");
	free(mean);
	free(sd);
}

static void multiple(struct strbuf *out, const struct report_row *row,
		     int turns)
{
	struct plot p = { 4, 4, SW - 8, SH - 8, turns };
	int s, t;

	strbuf_adds(out, "<figure><svg class=\"game\" width=\"");
	strbuf_addf(out, "%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
		    "role=\"img\">", SW, SH, SW, SH);
	plot_frame(out, &p, 0);
	for (s = 0; s < SIDES; s++) {
		strbuf_addf(out, "<path class=\"series\" data-series=\"trust_%c\" "
			    "fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" "
			    "d=\"", 'a' + s, colour[s]);
		for (t = 0; t <= row->nturn; t++)
			strbuf_addf(out, "%c%.1f %.1f ", t ? 'L' : 'M',
				    plot_x(&p, t), plot_y(&p, html_at(row, s,
								      t)));
		strbuf_adds(out, "\"/>");
	}
	strbuf_adds(out, "</svg><figcaption>");
	html_text(out, row->name);
	strbuf_addf(out, ": %s, turn %d</figcaption></figure>\n",
		    report_outcome(row->ending), row->turns);
}

static void html_games(const struct report *r, struct strbuf *out)
{
	int turns = html_turns(r);
	size_t i;

	strbuf_addf(out, "<h2>Each game's trust</h2>\n<p class=\"key\">"
		    "<span><i style=\"background:%s\"></i>side a in b</span>"
		    "<span><i style=\"background:%s\"></i>side b in a</span>"
		    " (0 to 100, turns 0 to %d)</p>\n<div class=\"multiples\">"
		    "\n", colour[0], colour[1], turns);
	for (i = 0; i < r->n; i++)
		multiple(out, &r->v[i], turns);
	strbuf_adds(out, "</div>\n");
}

/* ---- the table ---------------------------------------------------------- */

static void cell(struct strbuf *out, const char *s, int num)
{
	strbuf_adds(out, num ? "<td class=\"n\">" : "<td>");
	html_text(out, s);
	strbuf_adds(out, "</td>");
}

static void html_row(const struct report_row *row, struct strbuf *out)
{
	char num[64];

	strbuf_adds(out, "<tr>");
	cell(out, row->name, 0);
	cell(out, row->scenario, 0);
	cell(out, report_who(row, 0), 0);
	cell(out, report_who(row, 1), 0);
	snprintf(num, sizeof num, "%d", row->turns);
	cell(out, num, 1);
	cell(out, report_outcome(row->ending), 0);
	cell(out, row->band_name, 0);
	snprintf(num, sizeof num, "%.1f", row->score[0]);
	cell(out, num, 1);
	snprintf(num, sizeof num, "%.1f", row->score[1]);
	cell(out, num, 1);
	snprintf(num, sizeof num, "%d", row->signed_n);
	cell(out, num, 1);
	snprintf(num, sizeof num, "%d", row->breaches);
	cell(out, num, 1);
	snprintf(num, sizeof num, "%d", row->hidden);
	cell(out, num, 1);
	strbuf_adds(out, "</tr>\n");
}

static void html_table(const struct report *r, struct strbuf *out)
{
	size_t i;

	strbuf_adds(out, "<h2>Games</h2>\n<table id=\"games\">\n<tr><th>game"
		    "</th><th>scenario</th><th>a</th><th>b</th><th>turns</th>"
		    "<th>ending</th><th>trust band</th><th>score a</th>"
		    "<th>score b</th><th>signed</th><th>breaches</th>"
		    "<th>hidden</th></tr>\n");
	for (i = 0; i < r->n; i++)
		html_row(&r->v[i], out);
	strbuf_adds(out, "</table>\n");
}

void report_html(const struct report *r, struct strbuf *out)
{
	html_head(r, out);
	if (r->n) {
		html_endings(r, out);
		html_bands(r, out);
		html_class(r, out);
		html_games(r, out);
		html_table(r, out);
	}
	strbuf_adds(out, "</body>\n</html>\n");
}
