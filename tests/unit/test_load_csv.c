/* test_load_csv.c — CSV tables from memory: values, the place of every
 * field (BOM, quotes, commas and line breaks inside quotes, CR LF), and
 * the exact messages for broken tables. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "load/csvt.h"
#include "load/load-msgs.h"
#include "util/strbuf.h"

/* Parse text as "t.csv"; *out gets the printed diagnostics (to free). */
static int parse(struct csvt *t, const char *text, size_t len, char **out)
{
	struct diag d;
	char *buf = NULL;
	size_t n = 0;
	FILE *f;
	int rc;

	diag_init(&d, &load_msgs);
	csvt_init(t);
	rc = csvt_parse(t, "t.csv", text, len, &d);
	f = open_memstream(&buf, &n);
	assert_non_null(f);
	diag_print(&d, f);
	fclose(f);
	diag_release(&d);
	*out = buf;
	return rc;
}

static void want_field(const struct csvt_field *f, const char *s, int line,
		       int col, int quoted)
{
	assert_string_equal(f->s, s);
	assert_int_equal(f->len, strlen(s));
	assert_int_equal(f->line, line);
	assert_int_equal(f->col, col);
	assert_int_equal(f->quoted, quoted);
}

static void want_pos(const struct csvt *t, const struct csvt_field *f,
		     size_t off, int line, int col)
{
	int l, c;

	csvt_pos(t, f, off, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, col);
}

static void test_bom_and_plain_fields(void **state)
{
	static const char text[] = "\xef\xbb\xbfid,name\na, b \n";
	struct csvt t;
	char *msg;

	(void)state;
	assert_int_equal(parse(&t, text, sizeof text - 1, &msg), 0);
	assert_string_equal(msg, "");
	assert_int_equal(t.head.n, 2);
	want_field(&t.head.f[0], "id", 1, 1, 0);
	want_field(&t.head.f[1], "name", 1, 4, 0);
	assert_int_equal(t.nrows, 1);
	assert_int_equal(t.rows[0].line, 2);
	want_field(&t.rows[0].f[0], "a", 2, 1, 0);
	want_field(&t.rows[0].f[1], "b", 2, 4, 0);	/* spaces trimmed */
	assert_int_equal(csvt_column(&t, "name"), 1);
	assert_int_equal(csvt_column(&t, "nope"), -1);
	csvt_release(&t);
	free(msg);
}

static void test_quoted_commas_and_doubled_quotes(void **state)
{
	static const char text[] =
		"id,text,more\nx,\"a, b\",\"say \"\"hi\"\" now\"\n";
	struct csvt t;
	char *msg;

	(void)state;
	assert_int_equal(parse(&t, text, sizeof text - 1, &msg), 0);
	assert_string_equal(msg, "");
	want_field(&t.rows[0].f[1], "a, b", 2, 3, 1);
	want_pos(&t, &t.rows[0].f[1], 0, 2, 4);	/* after the quote */
	want_pos(&t, &t.rows[0].f[1], 3, 2, 7);	/* the b */
	want_field(&t.rows[0].f[2], "say \"hi\" now", 2, 10, 1);
	/* "n" of now: 9 bytes in, 11 characters in the file. */
	want_pos(&t, &t.rows[0].f[2], 9, 2, 22);
	csvt_release(&t);
	free(msg);
}

static void test_line_break_inside_quotes(void **state)
{
	static const char text[] =
		"id,text\nx,\"line one\nline two\"\ny,z\n";
	struct csvt t;
	char *msg;

	(void)state;
	assert_int_equal(parse(&t, text, sizeof text - 1, &msg), 0);
	assert_int_equal(t.nrows, 2);
	want_field(&t.rows[0].f[1], "line one\nline two", 2, 3, 1);
	want_pos(&t, &t.rows[0].f[1], 14, 3, 6);	/* the t of two */
	assert_int_equal(t.rows[1].line, 4);
	want_field(&t.rows[1].f[1], "z", 4, 3, 0);
	csvt_release(&t);
	free(msg);
}

static void test_crlf(void **state)
{
	static const char text[] =
		"id,text\r\nx,\"a\r\nb\"\r\ny,\"\"\r\n";
	struct csvt t;
	char *msg;

	(void)state;
	assert_int_equal(parse(&t, text, sizeof text - 1, &msg), 0);
	assert_string_equal(msg, "");
	assert_int_equal(t.nrows, 2);
	want_field(&t.head.f[1], "text", 1, 4, 0);
	want_field(&t.rows[0].f[1], "a\nb", 2, 3, 1);	/* no CR kept */
	want_pos(&t, &t.rows[0].f[1], 2, 3, 1);
	assert_int_equal(t.rows[1].line, 4);
	want_field(&t.rows[1].f[1], "", 4, 3, 1);
	csvt_release(&t);
	free(msg);
}

static void test_comments_blanks_and_empty_fields(void **state)
{
	static const char text[] =
		"# a comment, with \"quotes\n\nid,b,c\n\n   \n# x,y\na,,\n"
		"\"#not\",ы,\n";
	struct csvt t;
	char *msg;

	(void)state;
	assert_int_equal(parse(&t, text, sizeof text - 1, &msg), 0);
	assert_string_equal(msg, "");
	assert_int_equal(t.head.line, 3);
	assert_int_equal(t.nrows, 2);
	assert_int_equal(t.rows[0].line, 7);
	want_field(&t.rows[0].f[1], "", 7, 3, 0);
	want_field(&t.rows[0].f[2], "", 7, 4, 0);
	want_field(&t.rows[1].f[0], "#not", 8, 1, 1);
	want_field(&t.rows[1].f[2], "", 8, 10, 0);	/* after ы counts 1 */
	csvt_release(&t);
	free(msg);
}

static void test_last_line_without_newline(void **state)
{
	static const char text[] = "a,b\n1,2";
	struct csvt t;
	char *msg;

	(void)state;
	assert_int_equal(parse(&t, text, sizeof text - 1, &msg), 0);
	assert_int_equal(t.nrows, 1);
	want_field(&t.rows[0].f[1], "2", 2, 3, 0);
	csvt_release(&t);
	free(msg);
}

struct bad {
	const char *text;
	const char *msg;
	size_t rows;		/* rows kept */
};

static const struct bad bad_cases[] = {
	{ "a,b\n1\n2,3\n", "t.csv:2:1: expected 2 fields, found 1\n", 1 },
	{ "a,b\n1,2,3\n", "t.csv:2:1: expected 2 fields, found 3\n", 0 },
	{ "a\n\"xx\nyy\n", "t.csv:2:1: unterminated quoted field\n", 0 },
	{ "a,b\nx,y\"z\n1,2\n",
	  "t.csv:2:4: unexpected '\"' in an unquoted field\n", 1 },
	{ "a,b\nx,\"y\"z\n1,2\n",
	  "t.csv:2:6: expected ',' after the closing quote\n", 1 },
	{ "", "t.csv:1:1: missing header row\n", 0 },
	{ "# only a comment\n\n", "t.csv:1:1: missing header row\n", 0 },
};

static void test_bad_tables(void **state)
{
	struct csvt t;
	size_t i;
	char *msg;

	(void)state;
	for (i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
		const struct bad *b = &bad_cases[i];

		assert_int_equal(parse(&t, b->text, strlen(b->text), &msg),
				 -1);
		if (strcmp(msg, b->msg))
			fail_msg("%s\n got %s\nwant %s", b->text, msg, b->msg);
		assert_int_equal(t.nrows, b->rows);
		csvt_release(&t);
		free(msg);
	}
}

static void test_line_too_long(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct csvt t;
	char *msg;
	int i;

	(void)state;
	strbuf_adds(&sb, "id,text\nx,");
	for (i = 0; i < 7998; i++)
		strbuf_addc(&sb, 'a');
	strbuf_adds(&sb, "\ny,");		/* 8000 bytes: fine */
	for (i = 0; i < 7999; i++)
		strbuf_adds(&sb, i < 4000 ? "b" : "ж");
	strbuf_adds(&sb, "\n");
	assert_int_equal(parse(&t, sb.buf, sb.len, &msg), -1);
	/* Byte 8001 of line 3 comes after "y,", 4000 b and 1999 ж of
	 * two bytes each: it starts the 2000th ж, in column 6002. */
	assert_string_equal(msg, "t.csv:3:6002: line too long (at most 8000 "
			    "bytes)\n");
	assert_int_equal(t.nrows, 2);
	csvt_release(&t);
	free(msg);
	strbuf_release(&sb);
}

static void test_too_many_rows(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct csvt t;
	char *msg;
	int i;

	(void)state;
	strbuf_adds(&sb, "id\n");
	for (i = 0; i < 1002; i++)
		strbuf_addf(&sb, "r%d\n", i);
	assert_int_equal(parse(&t, sb.buf, sb.len, &msg), -1);
	assert_string_equal(msg, "t.csv:1002:1: too many rows (at most "
			    "1000)\n");
	assert_int_equal(t.nrows, CSVT_MAX_ROWS);
	assert_string_equal(t.rows[999].f[0].s, "r999");
	csvt_release(&t);
	free(msg);
	strbuf_release(&sb);
}

static void test_keeps_going_after_errors(void **state)
{
	static const char text[] =
		"a,b\n1\nx,y\"z\n2,3\n4,5,6\n\"7\",8\n";
	struct csvt t;
	char *msg;

	(void)state;
	assert_int_equal(parse(&t, text, sizeof text - 1, &msg), -1);
	assert_string_equal(msg,
		"t.csv:2:1: expected 2 fields, found 1\n"
		"t.csv:3:4: unexpected '\"' in an unquoted field\n"
		"t.csv:5:1: expected 2 fields, found 3\n");
	assert_int_equal(t.nrows, 2);
	assert_string_equal(t.rows[0].f[1].s, "3");
	want_field(&t.rows[1].f[0], "7", 6, 1, 1);
	csvt_release(&t);
	free(msg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bom_and_plain_fields),
		cmocka_unit_test(test_quoted_commas_and_doubled_quotes),
		cmocka_unit_test(test_line_break_inside_quotes),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_comments_blanks_and_empty_fields),
		cmocka_unit_test(test_last_line_without_newline),
		cmocka_unit_test(test_bad_tables),
		cmocka_unit_test(test_line_too_long),
		cmocka_unit_test(test_too_many_rows),
		cmocka_unit_test(test_keeps_going_after_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
