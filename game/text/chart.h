/* chart.h — small charts of values 0..100 made of characters: Unicode
 * block elements (▁▂▃▄▅▆▇█), or ASCII when the terminal cannot show
 * them. Used by the debrief screen and usable by transcripts. */
#ifndef TEXT_CHART_H
#define TEXT_CHART_H

#include <stddef.h>

#include "util/strbuf.h"

/* Row `row` (0 = top) of a strip `height` rows tall showing v[0..n) in
 * `width` columns (values resampled when n != width), appended to sb. */
void chart_row(const double *v, size_t n, size_t width, int height,
	       int row, int ascii, struct strbuf *sb);

/* An axis under a chart of n values over width columns: turn numbers at
 * the start, middle and end. */
void chart_axis(size_t n, size_t width, struct strbuf *sb);

#endif
