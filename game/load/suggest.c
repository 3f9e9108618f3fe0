/* suggest.c — the nearest known word (Damerau-Levenshtein, restricted). */
#include "load/suggest.h"

#include <stdio.h>
#include <string.h>

#define SUGGEST_FAR 1000

static char suggest_low(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int suggest_min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

int suggest_distance(const char *a, const char *b)
{
	int d[SUGGEST_MAX + 1][SUGGEST_MAX + 1];
	size_t n = strlen(a), m = strlen(b), i, j;
	int cost;

	if (n > SUGGEST_MAX || m > SUGGEST_MAX)
		return SUGGEST_FAR;
	for (i = 0; i <= n; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= m; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= n; i++)
		for (j = 1; j <= m; j++) {
			cost = suggest_low(a[i - 1]) != suggest_low(b[j - 1]);
			d[i][j] = suggest_min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
					       d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 &&
			    suggest_low(a[i - 1]) == suggest_low(b[j - 2]) &&
			    suggest_low(a[i - 2]) == suggest_low(b[j - 1]) &&
			    d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	return d[n][m];
}

void suggest_init(struct suggest *sg, const char *word)
{
	sg->word = word;
	sg->best[0] = '\0';
	sg->found = 0;
	sg->dist = SUGGEST_FAR;
}

void suggest_try(struct suggest *sg, const char *known)
{
	int len = (int)strlen(sg->word), most = len / 3 > 1 ? len / 3 : 1;
	int dist = suggest_distance(sg->word, known);

	if (dist > 0 && dist <= most && dist < sg->dist) {
		snprintf(sg->best, sizeof sg->best, "%s", known);
		sg->found = 1;
		sg->dist = dist;
	}
}
