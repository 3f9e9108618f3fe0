/* chart.c — strips of block characters. */
#include "text/chart.h"

#include <stdio.h>
#include <string.h>

/* Eighths of a cell, from empty to full. */
static const char *const chart_blocks[9] = {
	" ", "\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586",
	"\u2587", "\u2588"
};
static const char chart_ascii[9] = {
	' ', '.', '.', '_', '_', 'o', 'o', '#', '#'
};

/* The value shown in column c of width over n values. */
static double chart_at(const double *v, size_t n, size_t width, size_t c)
{
	size_t i;

	if (n == 0)
		return 0;
	if (width <= 1 || n == 1)
		return v[n - 1];
	i = (c * (n - 1) + (width - 1) / 2) / (width - 1);
	return v[i < n ? i : n - 1];
}

void chart_row(const double *v, size_t n, size_t width, int height,
	       int row, int ascii, struct strbuf *sb)
{
	size_t c;
	int levels = height * 8, filled, cell;
	double x;

	for (c = 0; c < width; c++) {
		x = chart_at(v, n, width, c);
		if (x < 0)
			x = 0;
		if (x > 100)
			x = 100;
		filled = (int)(x / 100.0 * levels + 0.5);
		/* A value above zero always shows. */
		if (filled == 0 && x > 0)
			filled = 1;
		cell = filled - (height - 1 - row) * 8;
		cell = cell < 0 ? 0 : cell > 8 ? 8 : cell;
		if (ascii)
			strbuf_addc(sb, chart_ascii[cell]);
		else
			strbuf_adds(sb, chart_blocks[cell]);
	}
}

void chart_axis(size_t n, size_t width, struct strbuf *sb)
{
	char mid[24], end[24];
	size_t lm, le, pos, i, turns = n ? n - 1 : 0;

	snprintf(mid, sizeof mid, "%zu", turns / 2);
	snprintf(end, sizeof end, "%zu", turns);
	lm = strlen(mid);
	le = strlen(end);
	strbuf_addc(sb, '0');
	pos = 1;
	if (width > le + lm + 4 && turns >= 4) {
		size_t at = width / 2 - lm / 2;

		for (i = pos; i < at; i++)
			strbuf_addc(sb, ' ');
		strbuf_adds(sb, mid);
		pos = at + lm;
	}
	for (i = pos; i + le < width; i++)
		strbuf_addc(sb, ' ');
	if (width > le + 1)
		strbuf_adds(sb, end);
}
