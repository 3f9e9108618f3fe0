/* test_author_articles.c — how well `detente new` finds proposals, over
 * the test set in tests/articles/.
 *
 * Each article NAME.xx.txt (xx: its language) has NAME.xx.expected
 * beside it: one line a proposal, "WHO | FRAGMENT", where FRAGMENT is a
 * piece of the proposal's words and WHO the side that made it, as the
 * draft names it ('*': either side, a joint one; '-': neither, a third
 * party's). A found proposal is right when its quote holds an expected
 * fragment not matched yet. Recall is the share of expected proposals
 * found, precision the share of found ones that are right; the proposer
 * is checked on the right ones. The figures are printed as "# measure:"
 * lines (tests/run shows them) and must reach 90% recall, 80%
 * precision and 90% right proposers. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "author/find.h"
#include "util/strbuf.h"
#include "util/xmalloc.h"

#include "author_lists.h"

#define ARTICLES "tests/articles"
#define MAX_EXPECTED 64

struct tally {
	int articles, expected, found, right, proposer;
};

struct expected {
	char who[64];
	char frag[256];
	int matched;
};

static int read_all(const char *path, struct strbuf *sb)
{
	FILE *f = fopen(path, "rb");
	char buf[4096];
	size_t n;

	if (!f)
		return -1;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(sb, buf, n);
	fclose(f);
	return 0;
}

static int read_expected(const char *path, struct expected *e)
{
	struct strbuf sb = STRBUF_INIT;
	char *line, *bar, *save = NULL;
	int n = 0;

	assert_int_equal(read_all(path, &sb), 0);
	for (line = strtok_r(sb.buf, "\n", &save); line && n < MAX_EXPECTED;
	     line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || !line[0])
			continue;
		bar = strstr(line, " | ");
		assert_non_null(bar);
		snprintf(e[n].who, sizeof e[n].who, "%.*s", (int)(bar - line),
			 line);
		snprintf(e[n].frag, sizeof e[n].frag, "%s", bar + 3);
		e[n++].matched = 0;
	}
	strbuf_release(&sb);
	return n;
}

static int proposer_ok(const struct author_props *p, int i,
		       const char *who)
{
	int by = p->v[i].by;

	if (!strcmp(who, "*"))
		return by >= 0;
	if (!strcmp(who, "-"))
		return by < 0;
	return by >= 0 && p->side_name[by] && !strcmp(p->side_name[by], who);
}

/* One article: its proposals against the expected list. */
static void score_article(const char *name, struct tally *t)
{
	char path[512], lang[8];
	const char *dot;
	struct expected e[MAX_EXPECTED];
	struct strbuf text = STRBUF_INIT;
	struct author_props p;
	int n, i, k, right = 0, prop = 0;

	snprintf(path, sizeof path, "%s/%s", ARTICLES, name);
	n = read_expected(path, e);
	dot = strrchr(name, '.');
	snprintf(path, sizeof path, "%s/%.*s.txt", ARTICLES,
		 (int)(dot - name), name);
	assert_int_equal(read_all(path, &text), 0);
	for (k = (int)(dot - name); k > 0 && name[k - 1] != '.'; k--)
		;
	snprintf(lang, sizeof lang, "%.*s", (int)(dot - name - k), name + k);
	author_find(text.buf, text.len, lang, &p);
	for (i = 0; i < (int)p.n; i++) {
		for (k = 0; k < n; k++)
			if (!e[k].matched && strstr(p.v[i].quote, e[k].frag))
				break;
		if (k == n) {
			fprintf(stderr, "#   %s: not a proposal: %.70s\n", name,
				p.v[i].quote);
			continue;
		}
		e[k].matched = 1;
		right++;
		if (proposer_ok(&p, i, e[k].who))
			prop++;
		else
			fprintf(stderr, "#   %s: '%s' is %s's, not %s's\n",
				name, e[k].frag, p.v[i].by < 0 ? "nobody" :
				p.side_name[p.v[i].by], e[k].who);
	}
	for (k = 0; k < n; k++)
		if (!e[k].matched)
			fprintf(stderr, "#   %s: missed '%s'\n", name, e[k].frag);
	fprintf(stderr, "#   %s: %d expected, %zu found, %d right, "
		"%d proposers right\n", name, n, p.n, right, prop);
	t->articles++;
	t->expected += n;
	t->found += (int)p.n;
	t->right += right;
	t->proposer += prop;
	author_props_release(&p);
	strbuf_release(&text);
}

static int is_expected(const char *name)
{
	size_t n = strlen(name);

	return n > 9 && !strcmp(name + n - 9, ".expected");
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_recall_and_precision(void **state)
{
	struct tally t = { 0, 0, 0, 0, 0 };
	DIR *dp = opendir(ARTICLES);
	struct dirent *de;
	char *names[64];
	size_t n = 0, i;
	double recall, precision, proposer;

	(void)state;
	assert_non_null(dp);
	while ((de = readdir(dp)) && n < 64)
		if (is_expected(de->d_name))
			names[n++] = xstrdup(de->d_name);
	closedir(dp);
	qsort(names, n, sizeof *names, name_cmp);
	for (i = 0; i < n; i++) {
		score_article(names[i], &t);
		free(names[i]);
	}
	recall = t.expected ? 100.0 * t.right / t.expected : 0;
	precision = t.found ? 100.0 * t.right / t.found : 0;
	proposer = t.right ? 100.0 * t.proposer / t.right : 0;
	fprintf(stderr, "# measure: new over %s (%d articles, %d proposals): "
		"recall %.1f%% (%d/%d), precision %.1f%% (%d/%d), proposer "
		"right %.1f%% (%d/%d)\n", ARTICLES, t.articles, t.expected,
		recall, t.right, t.expected, precision, t.right, t.found,
		proposer, t.proposer, t.right);
	assert_true(t.articles >= 6);
	assert_true(t.expected >= 30);
	assert_true(recall >= 90.0);
	assert_true(precision >= 80.0);
	assert_true(proposer >= 90.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recall_and_precision),
	};

	if (test_author_lists() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
