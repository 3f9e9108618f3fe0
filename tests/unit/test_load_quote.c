/* test_load_quote.c — finding quotes despite spaces, quotation marks and
 * dashes, and naming the nearest passage when they are not there. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "load/quote.h"

static int find(const char *text, const char *quote, size_t *at,
		size_t *len)
{
	return quote_find(text, strlen(text), quote, strlen(quote), at, len);
}

static void want_found(const char *text, const char *quote,
		       const char *original)
{
	size_t at = 0, len = 0;

	if (find(text, quote, &at, &len) != 0)
		fail_msg("not found: %s", quote);
	if (len != strlen(original) || memcmp(text + at, original, len))
		fail_msg("found '%.*s', want '%s'", (int)len, text + at,
			 original);
}

static void test_exact_and_offsets(void **state)
{
	static const char text[] = "One. Two three. Four.";
	size_t at, len;

	(void)state;
	assert_int_equal(find(text, "Two three.", &at, &len), 0);
	assert_int_equal(at, 5);
	assert_int_equal(len, 10);
}

static void test_spaces_quotes_and_dashes(void **state)
{
	static const char text[] =
		"Той каза: „Да,  това е\nвярно“ — и си тръгна.\n"
		"She said: \xc2\xab" "agree on \xe2\x80\x98rules\xe2\x80\x99"
		"\xc2\xbb \xe2\x80\x93 then left.";

	(void)state;
	/* Runs of space and line breaks are one space; „ “ are one mark;
	 * — and - are one dash. The found bytes are the article's own. */
	want_found(text, "\"Да, това е вярно\" - и", "„Да,  това е\nвярно“ — и");
	want_found(text, "  'agree on \"rules\"' - then  ",
		   "\xc2\xab" "agree on \xe2\x80\x98rules\xe2\x80\x99\xc2\xbb "
		   "\xe2\x80\x93 then");
}

static void test_invisible_characters(void **state)
{
	/* A soft hyphen and a no-break space, as pasted from the web. */
	static const char text[] = "non\xc2\xadinterference\xc2\xa0in elections";

	(void)state;
	want_found(text, "noninterference in", "non\xc2\xadinterference"
		   "\xc2\xa0in");
}

static void test_not_found(void **state)
{
	static const char text[] = "He said yes.";
	size_t at, len;

	(void)state;
	assert_int_equal(find(text, "he said yes", &at, &len), -1); /* case */
	assert_int_equal(find(text, "He said no", &at, &len), -1);
	assert_int_equal(find(text, "   ", &at, &len), -1);	/* empty */
	assert_int_equal(find("", "x", &at, &len), -1);
	assert_int_equal(find(text, "He said yes. And", &at, &len), -1);
}

static void test_repetitive_text(void **state)
{
	/* KMP's failure function on a self-overlapping pattern. */
	static const char text[] = "aaaaaaaaabaaaaaaaaaab";
	size_t at, len;

	(void)state;
	assert_int_equal(find(text, "aaaaaaaaaab", &at, &len), 0);
	assert_int_equal(at, 10);
	assert_int_equal(len, 11);
	assert_int_equal(find(text, "abaab", &at, &len), -1);
}

static void nearest(const char *text, const char *quote, char *out,
		    size_t size)
{
	quote_nearest(text, strlen(text), quote, strlen(quote), out, size);
}

static void test_nearest_passage(void **state)
{
	static const char text[] =
		"The ministers met in Geneva.\n\nThey agreed to keep the "
		"hotline open at all times. Nothing else was decided.";
	char out[256];

	(void)state;
	/* A changed word: the window that shares most trigrams. */
	nearest(text, "agreed to keep the hot line working at all times",
		out, sizeof out);
	assert_string_equal(out, "agreed to keep the hotline open at all "
			    "times. Nothing");
	/* Case and a missing word do not hide the passage. */
	nearest(text, "THE MINISTERS MET IN", out, sizeof out);
	assert_string_equal(out, "The ministers met in");
}

static void test_nearest_is_trimmed(void **state)
{
	static const char text[] =
		"Intro. Alpha beta gamma delta epsilon zeta eta theta iota "
		"kappa lambda mu nu xi omicron pi rho sigma tau upsilon.";
	char out[256];

	(void)state;
	nearest(text, "Alpha beta gamma delta epsilon zeta eta theta iota "
		"kappa lambda mu nu xi omicron pi rho sigma tau", out,
		sizeof out);
	/* 60 characters, then an ellipsis. */
	assert_string_equal(out, "Alpha beta gamma delta epsilon zeta eta "
			    "theta iota kappa lam...");
	/* Never more than the buffer. */
	nearest(text, "Alpha beta gamma", out, 8);
	assert_true(strlen(out) < 8);
}

static void test_nearest_in_cyrillic(void **state)
{
	static const char text[] =
		"Първо изречение.  Русия предлага да се договорим за\n"
		"ненамеса във вътрешните работи. Трето изречение.";
	char out[256];

	(void)state;
	nearest(text, "предлагаме да се договорим за невмешателство", out,
		sizeof out);
	assert_string_equal(out, "предлага да се договорим за ненамеса "
			    "във вътрешните");
	nearest("", "x", out, sizeof out);
	assert_string_equal(out, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact_and_offsets),
		cmocka_unit_test(test_spaces_quotes_and_dashes),
		cmocka_unit_test(test_invisible_characters),
		cmocka_unit_test(test_not_found),
		cmocka_unit_test(test_repetitive_text),
		cmocka_unit_test(test_nearest_passage),
		cmocka_unit_test(test_nearest_is_trimmed),
		cmocka_unit_test(test_nearest_in_cyrillic),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
