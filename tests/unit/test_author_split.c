/* test_author_split.c — cutting articles into sentences: quotations,
 * abbreviations, paragraphs, headlines and hard-wrapped text, in
 * English, Bulgarian and Russian; case and words without the C locale. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "author/abbrev.h"
#include "author/split.h"
#include "author/text.h"
#include "util/xmalloc.h"

#include "author_lists.h"

/* Split text and compare the sentences with want (NULL-terminated). */
static void want_sentences(const char *text, const char *const *want)
{
	struct author_sents s;
	size_t i, n = 0;

	memset(&s, 0, sizeof s);
	author_split(text, strlen(text), &s);
	while (want[n])
		n++;
	for (i = 0; i < s.n && i < n; i++)
		if (s.v[i].len != strlen(want[i]) ||
		    memcmp(text + s.v[i].at, want[i], s.v[i].len))
			fail_msg("sentence %zu is '%.*s', want '%s'", i,
				 (int)s.v[i].len, text + s.v[i].at, want[i]);
	if (s.n != n)
		fail_msg("%zu sentences, want %zu", s.n, n);
	author_sents_release(&s);
}

static void test_plain_sentences(void **state)
{
	static const char *const want[] = { "One two.", "Three four?",
		"Five!", "Six...", NULL };

	(void)state;
	want_sentences("One two. Three four? Five! Six...", want);
}

static void test_lowercase_goes_on(void **state)
{
	static const char *const want[] = {
		"It said e.g. that the plan... went on.",
		"Then it stopped.", NULL };

	(void)state;
	want_sentences("It said e.g. that the plan... went on. Then it "
		       "stopped.", want);
}

/* The shipped article's hardest case: "г." before a closing quote. */
static void test_year_before_quote(void **state)
{
	static const char *const want[] = {
		"\"… от 25 май 1972 г.\", посочи той третото предложение.",
		"Втората.", NULL };

	(void)state;
	want_sentences("\"… от 25 май 1972 г.\", посочи той третото "
		       "предложение. Втората.", want);
}

static void test_year_ends_a_sentence(void **state)
{
	static const char *const want[] = { "Подписано е през 1972 г.",
		"Тогава започна всичко.", NULL };

	(void)state;
	want_sentences("Подписано е през 1972 г. Тогава започна всичко.",
		       want);
}

static void test_titles_and_initials(void **state)
{
	static const char *const want[] = {
		"Mr. Smith met Dr. Jones and J. R. Brown in the U.S. Senate.",
		"Г-н В. Петров и проф. Иванов говориха.", NULL };

	(void)state;
	want_sentences("Mr. Smith met Dr. Jones and J. R. Brown in the U.S. "
		       "Senate. Г-н В. Петров и проф. Иванов говориха.", want);
}

static void test_quotations_hold_together(void **state)
{
	static const char *const want[] = {
		"\xe2\x80\x9cWe will come. We will win,\xe2\x80\x9d he said.",
		"„Ще дойдем. Ще победим“, каза той.",
		"«Мы придём. Мы победим», — сказал он.",
		"«Не полигон!» — подчеркнул он.", "Конец.", NULL };

	(void)state;
	want_sentences("\xe2\x80\x9cWe will come. We will win,\xe2\x80\x9d he "
		       "said. „Ще дойдем. Ще победим“, каза той. «Мы придём. "
		       "Мы победим», — сказал он. «Не полигон!» — подчеркнул "
		       "он. Конец.", want);
}

static void test_quote_closing_a_sentence(void **state)
{
	static const char *const want[] = {
		"He added: \"It will be an important contribution.\"",
		"Next.", NULL };

	(void)state;
	want_sentences("He added: \"It will be an important contribution.\" "
		       "Next.", want);
}

static void test_unpaired_quote_opens_nothing(void **state)
{
	static const char *const want[] = { "A stray \" mark.",
		"Then a sentence.", NULL };

	(void)state;
	want_sentences("A stray \" mark. Then a sentence.", want);
}

static void test_paragraphs_and_headline(void **state)
{
	static const char text[] =
		"Dostrava offers a hotline\n\n"
		"The first paragraph has one sentence\nwrapped over two "
		"lines.\n\nThe second, no full stop\n";
	static const char *const want[] = { "Dostrava offers a hotline",
		"The first paragraph has one sentence\nwrapped over two "
		"lines.", "The second, no full stop", NULL };
	struct author_sents s;

	(void)state;
	want_sentences(text, want);
	memset(&s, 0, sizeof s);
	author_split(text, strlen(text), &s);
	assert_int_equal(s.v[0].headline, 1);
	assert_int_equal(s.v[1].headline, 0);
	assert_int_equal(s.v[0].para, 0);
	assert_int_equal(s.v[1].para, 1);
	assert_int_equal(s.v[1].line, 3);
	assert_int_equal(s.v[2].para, 2);
	author_sents_release(&s);
}

static void test_short_line_is_a_headline(void **state)
{
	static const char *const want[] = { "Talks resume",
		"The two sides met on Monday and agreed to talk again.",
		NULL };

	(void)state;
	want_sentences("Talks resume\nThe two sides met on Monday and agreed "
		       "to talk again.", want);
}

static void test_list_items(void **state)
{
	static const char *const want[] = { "The offer:",
		"- a hotline between the teams", "- 2. an incidents agreement",
		"1) a treaty", NULL };

	(void)state;
	want_sentences("The offer:\n- a hotline between the teams\n"
		       "- 2. an incidents agreement\n1) a treaty\n", want);
}

/* "à" ends in the byte 0xA0, which is not a no-break space. */
static void test_multibyte_line_ends(void **state)
{
	static const char *const want[] = { "Voilà", "Déjà vu à", NULL };

	(void)state;
	want_sentences("Voilà\nDéjà vu à\n", want);
}

static void test_lines_and_columns(void **state)
{
	static const char text[] = "\xEF\xBB\xBF" "Първо изречение. "
		"Второ.\n\nТрето.";
	struct author_sents s;

	(void)state;
	memset(&s, 0, sizeof s);
	author_split(text, strlen(text), &s);
	assert_int_equal(s.n, 3);
	assert_int_equal(s.v[0].line, 1);
	assert_int_equal(s.v[0].col, 1);
	assert_int_equal(s.v[1].line, 1);
	assert_int_equal(s.v[1].col, 18);	/* characters, not bytes */
	assert_int_equal(s.v[2].line, 3);
	assert_int_equal(s.v[2].col, 1);
	author_sents_release(&s);
}

static void test_quotes_in_a_sentence(void **state)
{
	static const char s[] = "Той призова \"да се поддържа работата\" и "
		"«друго» и „трето“.";
	struct author_span sp[4];
	int n = author_quotes(s, strlen(s), sp, 4);

	(void)state;
	assert_int_equal(n, 3);
	assert_true(sp[0].len == strlen("да се поддържа работата") &&
		    !memcmp(s + sp[0].at, "да се поддържа работата",
			    sp[0].len));
	assert_true(!memcmp(s + sp[1].at, "друго", sp[1].len));
	assert_true(!memcmp(s + sp[2].at, "трето", sp[2].len));
}

static void test_nested_quotes_are_one(void **state)
{
	static const char s[] = "«Он сказал „нет“ дважды», — ответил он.";
	struct author_span sp[4];

	(void)state;
	assert_int_equal(author_quotes(s, strlen(s), sp, 4), 1);
	assert_true(!memcmp(s + sp[0].at, "Он сказал „нет“ дважды",
			    sp[0].len));
}

static void test_empty_and_blank(void **state)
{
	struct author_sents s;

	(void)state;
	memset(&s, 0, sizeof s);
	author_split("", 0, &s);
	assert_int_equal(s.n, 0);
	author_split(" \n\n\t \n", 6, &s);
	assert_int_equal(s.n, 0);
	author_sents_release(&s);
}

/* Bytes that are not UTF-8 never crash the splitter. */
static void test_invalid_bytes(void **state)
{
	static const char text[] = "Bad \xff\xfe bytes. Next \xc3 one.\xe2";
	struct author_sents s;

	(void)state;
	memset(&s, 0, sizeof s);
	author_split(text, strlen(text), &s);
	assert_int_equal(s.n, 2);
	author_sents_release(&s);
}

/* ---- letters and words -------------------------------------------------- */

static void test_case(void **state)
{
	(void)state;
	assert_int_equal(author_lower('A'), 'a');
	assert_int_equal(author_lower(0x416), 0x436);	/* Ж ж */
	assert_int_equal(author_lower(0x401), 0x451);	/* Ё ё */
	assert_int_equal(author_upper(0x44F), 0x42F);	/* я Я */
	assert_int_equal(author_lower(0xC9), 0xE9);	/* É é */
	assert_int_equal(author_lower(0x10C), 0x10D);	/* Č č */
	assert_int_equal(author_lower(0x141), 0x142);	/* Ł ł */
	assert_int_equal(author_lower(0x394), 0x3B4);	/* Δ δ */
	assert_true(author_is_upper(0x42F) && !author_is_lower(0x42F));
	assert_true(author_is_letter(0x4E2D));		/* 中 */
	assert_false(author_is_letter(0x201E));		/* „ */
	assert_true(author_is_space(0xA0));
}

static void test_words(void **state)
{
	static const char text[] = "Руско-американски dialogue, state's "
		"non-interference - Призоваваме!";
	struct author_words w;

	(void)state;
	author_words_init(&w);
	author_words(text, strlen(text), &w);
	assert_int_equal(w.n, 5);
	assert_string_equal(author_word_low(&w, 0), "руско-американски");
	assert_true(w.v[0].upper);
	assert_string_equal(author_word_low(&w, 2), "state's");
	assert_string_equal(author_word_low(&w, 3), "non-interference");
	assert_string_equal(author_word_low(&w, 4), "призоваваме");
	assert_int_equal(w.v[4].chars, 11);
	author_words_release(&w);
}

static void test_abbreviations(void **state)
{
	static const char s[] = "Mr. J. U.S. etc. проф. г. Proposal.";

	(void)state;
	assert_true(author_abbrev_before(s, 0, 2));		/* Mr. */
	assert_true(author_abbrev_before(s, 0, 5));		/* J. */
	assert_true(author_abbrev_before(s, 0, 10));		/* U.S. */
	assert_false(author_abbrev_before(s, 0, 15));		/* etc. */
	assert_true(author_abbrev_before(s, 0, strstr(s, ". г.") - s));
	assert_false(author_abbrev_before(s, 0, strstr(s, "г.") + 2 - s - 1));
	assert_false(author_abbrev_before(s, 0, strlen(s) - 1));
}

static void test_squeeze(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	author_squeeze(&sb, "  a \n\t b\xc2\xa0 c  ", 14);
	assert_string_equal(sb.buf, "a b c");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_sentences),
		cmocka_unit_test(test_lowercase_goes_on),
		cmocka_unit_test(test_year_before_quote),
		cmocka_unit_test(test_year_ends_a_sentence),
		cmocka_unit_test(test_titles_and_initials),
		cmocka_unit_test(test_quotations_hold_together),
		cmocka_unit_test(test_quote_closing_a_sentence),
		cmocka_unit_test(test_unpaired_quote_opens_nothing),
		cmocka_unit_test(test_paragraphs_and_headline),
		cmocka_unit_test(test_short_line_is_a_headline),
		cmocka_unit_test(test_list_items),
		cmocka_unit_test(test_multibyte_line_ends),
		cmocka_unit_test(test_lines_and_columns),
		cmocka_unit_test(test_quotes_in_a_sentence),
		cmocka_unit_test(test_nested_quotes_are_one),
		cmocka_unit_test(test_empty_and_blank),
		cmocka_unit_test(test_invalid_bytes),
		cmocka_unit_test(test_case),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_squeeze),
	};

	if (test_author_lists() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
