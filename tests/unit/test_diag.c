/* test_diag.c — the diagnostics module (util/diag.h): the one formatter,
 * catalogues, severity counts, sorting, the cap, and safe subjects. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "load/load-msgs.h"
#include "save/err.h"
#include "text/lang.h"
#include "util/diag.h"
#include "util/msg.h"

/* A catalogue of our own, as an X-macro list would make it. */
enum { T_BAD, T_ODD, T_TIP, T_N };

static const struct diag_def t_defs[T_N] = {
	[T_BAD] = { "BAD", 'E', "unknown thing '%s'" },
	[T_ODD] = { "ODD", 'W', "odd number %d" },
	[T_TIP] = { "TIP", 'H', "try '%s' instead" },
};

static const struct diag_cat t_cat = { t_defs, T_N, NULL };

/* Everything d prints, as one string (to free). */
static char *all(const struct diag *d)
{
	struct strbuf sb = STRBUF_INIT;

	diag_str(d, &sb);
	return strbuf_detach(&sb);
}

static char *one(const char *file, int line, int col, enum diag_sev sev,
		 const char *text)
{
	struct strbuf sb = STRBUF_INIT;

	diag_format(&sb, file, line, col, sev, text);
	return strbuf_detach(&sb);
}

static void check_one(const char *file, int line, int col,
		      enum diag_sev sev, const char *text, const char *want)
{
	char *got = one(file, line, col, sev, text);

	assert_string_equal(got, want);
	free(got);
}

static void test_format(void **state)
{
	(void)state;
	check_one("a.ini", 3, 7, DIAG_ERROR, "bad", "a.ini:3:7: bad");
	check_one("a.ini", 3, 7, DIAG_WARNING, "odd",
		  "a.ini:3:7: warning: odd");
	check_one("a.ini", 3, 7, DIAG_HINT, "try", "a.ini:3:7: hint: try");
	/* No line: the file alone; no file: the message alone. */
	check_one("a.ini", 0, 0, DIAG_ERROR, "gone", "a.ini: gone");
	check_one("a.ini", 0, 5, DIAG_WARNING, "w", "a.ini: warning: w");
	check_one(NULL, 4, 2, DIAG_ERROR, "cannot open 'x'",
		  "cannot open 'x'");
	check_one("", 0, 0, DIAG_ERROR, "cannot open 'x'",
		  "cannot open 'x'");
	/* A column below 1 is the line's start. */
	check_one("s.sav", 2, 0, DIAG_ERROR, "cut", "s.sav:2:1: cut");
	/* Neither the file's name nor the text reaches a terminal raw. */
	check_one("a\x1b]0;x\a.ini", 1, 1, DIAG_ERROR, "b\xc2\x85z",
		  "a\\u001B]0;x\\u0007.ini:1:1: b\\u0085z");
}

/* A message added without a file is printed alone, not after ": ". */
static void test_no_file(void **state)
{
	struct diag d;
	char *got;

	(void)state;
	diag_init(&d, &t_cat);
	diag_add(&d, NULL, 0, 0, T_BAD, "x");
	diag_add(&d, "a.ini", 2, 1, T_ODD, 3);
	got = all(&d);
	assert_string_equal(got, "unknown thing 'x'\n"
			    "a.ini:2:1: warning: odd number 3\n");
	free(got);
	diag_release(&d);
}

static void test_catalogue(void **state)
{
	(void)state;
	assert_int_equal(diag_cat_sev(&t_cat, T_BAD), DIAG_ERROR);
	assert_int_equal(diag_cat_sev(&t_cat, T_ODD), DIAG_WARNING);
	assert_int_equal(diag_cat_sev(&t_cat, T_TIP), DIAG_HINT);
	assert_string_equal(diag_cat_name(&t_cat, T_ODD), "ODD");
	/* A code outside the list is an error named "?", never a crash. */
	assert_int_equal(diag_cat_sev(&t_cat, T_N), DIAG_ERROR);
	assert_string_equal(diag_cat_name(&t_cat, -1), "?");
	/* Each kind's catalogue is whole: names and severities. */
	assert_string_equal(diag_cat_name(&load_msgs, DIAG_UNKNOWN_KEY),
			    "UNKNOWN_KEY");
	assert_int_equal(diag_cat_sev(&load_msgs, DIAG_NO_TRANSLATION),
			 DIAG_WARNING);
	assert_string_equal(diag_cat_name(&save_msgs, SAVE_DIGEST),
			    "DIGEST");
	assert_int_equal(diag_cat_sev(&save_msgs, SAVE_DIGEST),
			 DIAG_WARNING);
	assert_int_equal(diag_cat_sev(&save_msgs, SAVE_DIVERGE), DIAG_ERROR);
	assert_string_equal(diag_cat_name(&lang_msgs, 0), "OPEN");
}

static void test_counts_and_order(void **state)
{
	struct diag d;
	char *s;

	(void)state;
	diag_init(&d, &t_cat);
	diag_add(&d, "b.csv", 9, 1, T_BAD, "z");
	diag_add(&d, "a.ini", 5, 3, T_ODD, 7);
	diag_add(&d, "b.csv", 2, 4, T_TIP, "y");
	diag_add(&d, "a.ini", 5, 2, T_BAD, "first");
	diag_add(&d, "a.ini", 5, 3, T_BAD, "tie");
	diag_add(&d, "a.ini", 0, 0, T_BAD, "whole");
	assert_int_equal(diag_errors(&d), 4);
	assert_int_equal(diag_warnings(&d), 1);
	assert_int_equal(d.count[DIAG_HINT], 1);
	assert_int_equal(diag_file_errors(&d, "a.ini"), 3);
	assert_int_equal(diag_file_errors(&d, "b.csv"), 1);
	assert_int_equal(diag_file_errors(&d, "c.txt"), 0);
	/* Files in the order they first got a message; in a file by line,
	 * then column, then the order of addition. */
	s = all(&d);
	assert_string_equal(s,
		"b.csv:2:4: hint: try 'y' instead\n"
		"b.csv:9:1: unknown thing 'z'\n"
		"a.ini: unknown thing 'whole'\n"
		"a.ini:5:2: unknown thing 'first'\n"
		"a.ini:5:3: warning: odd number 7\n"
		"a.ini:5:3: unknown thing 'tie'\n");
	free(s);
	diag_release(&d);
	/* Released, the list is empty again and keeps its catalogue. */
	assert_int_equal(diag_errors(&d), 0);
	assert_ptr_equal(d.cat, &t_cat);
	s = all(&d);
	assert_string_equal(s, "");
	free(s);
}

static int lines(const char *s)
{
	int n = 0;

	for (; (s = strchr(s, '\n')); s++)
		n++;
	return n;
}

static void test_cap(void **state)
{
	struct diag d;
	char *s;
	int i;

	(void)state;
	diag_init(&d, &t_cat);
	for (i = DIAG_CAP + 3; i > 0; i--) {
		diag_add(&d, "f", i, 1, T_BAD, "x");
		diag_add(&d, "f", i, 2, T_TIP, "x");
	}
	diag_add(&d, "f", 1, 1, T_ODD, 1);
	diag_add(&d, "g", 1, 1, T_BAD, "x");
	/* The counts keep what printing leaves out. */
	assert_int_equal(diag_errors(&d), DIAG_CAP + 4);
	s = all(&d);
	assert_int_equal(lines(s), 2 * DIAG_CAP + 1 + 1 + 1);
	assert_non_null(strstr(s, "f:20:1: unknown thing 'x'\n"
			       "f:20:2: hint: try 'x' instead\n"
			       "f: 3 more errors and 3 more hints not "
			       "shown\ng:1:1: unknown thing 'x'\n"));
	assert_null(strstr(s, "f:21:"));
	free(s);
	/* Three kinds left out: a list, "and" before the last. */
	diag_release(&d);
	for (i = 0; i < DIAG_CAP + 2; i++) {
		diag_add(&d, "h", 1, 1, T_BAD, "x");
		diag_add(&d, "h", 1, 1, T_ODD, 2);
	}
	diag_add(&d, "h", 1, 1, T_TIP, "x");
	for (i = 0; i < DIAG_CAP; i++)
		diag_add(&d, "h", 2, 1, T_TIP, "x");
	s = all(&d);
	assert_non_null(strstr(s, "h: 2 more errors, 2 more warnings and "
			       "1 more hint not shown\n"));
	free(s);
	diag_release(&d);
}

static void test_subjects(void **state)
{
	struct diag d;
	char long_name[200], *s, *want;

	(void)state;
	memset(long_name, 'k', sizeof long_name - 1);
	long_name[sizeof long_name - 1] = '\0';
	diag_init(&d, &t_cat);
	diag_add(&d, "f", 1, 1, T_BAD, long_name);
	diag_add(&d, "f", 2, 1, T_BAD, "d\xc2\x85iplomatic");
	diag_add(&d, "f", 3, 1, T_BAD, "a\x1b[31mred\nb");
	diag_add(&d, "f", 4, 1, T_BAD, "\xff");
	/* Text given whole keeps to its line. */
	diag_add_text(&d, "f", 5, 1, T_BAD, "two\nlines\x7f");
	s = all(&d);
	want = malloc(MSG_QUOTE_MAX + 64);
	snprintf(want, MSG_QUOTE_MAX + 64, "f:1:1: unknown thing '%.*s...'\n",
		 MSG_QUOTE_MAX, long_name);
	assert_non_null(strstr(s, want));
	assert_non_null(strstr(s, "f:2:1: unknown thing "
			       "'d\\u0085iplomatic'\n"));
	assert_non_null(strstr(s, "f:3:1: unknown thing "
			       "'a\\u001B[31mred\\u000Ab'\n"));
	assert_non_null(strstr(s, "f:4:1: unknown thing '\\xFF'\n"));
	assert_non_null(strstr(s, "f:5:1: two?lines?\n"));
	assert_int_equal(lines(s), 5);
	free(want);
	free(s);
	diag_release(&d);
}

/* A save's problem prints with the same formatter. */
static void test_save_err(void **state)
{
	struct save_err e;
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	save_err_set(&e, "g.sav", 4, 0, SAVE_DIGEST, "pd");
	save_err_str(&e, &sb);
	assert_string_equal(sb.buf, "g.sav:4:1: warning: scenario 'pd' has "
			    "changed since this game was saved; every turn "
			    "is checked against the save");
	strbuf_reset(&sb);
	save_err_set(&e, "g.sav", 0, 0, SAVE_EMPTY, "g.sav");
	save_err_str(&e, &sb);
	assert_string_equal(sb.buf, "'g.sav' is empty: not a save, or cut "
			    "short");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_no_file),
		cmocka_unit_test(test_catalogue),
		cmocka_unit_test(test_counts_and_order),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_subjects),
		cmocka_unit_test(test_save_err),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
