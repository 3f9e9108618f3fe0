/* test_msg.c — safe text (util/msg.h), the one option parser (cmd/opt.h)
 * and the causes of a failed write (save_err_cause). */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cmd/opt.h"
#include "save/err.h"
#include "save/file.h"
#include "util/msg.h"
#include "util/utf8.h"

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));

static char *fmt(const char *f, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, f);
	msg_vaddf(&sb, f, ap);
	va_end(ap);
	return strbuf_detach(&sb);
}

#define FMT_EQ(want, ...)                                                  \
	do {                                                               \
		char *got_ = fmt(__VA_ARGS__);                             \
		assert_string_equal(got_, want);                           \
		free(got_);                                                \
	} while (0)

static void test_escape(void **state)
{
	(void)state;
	/* C0, DEL, C1 as UTF-8 and a byte that is not UTF-8: escaped */
	FMT_EQ("unknown kind 'd\\u0085iplomatic'", "unknown kind '%s'",
	       "d\xc2\x85iplomatic");
	FMT_EQ("x \\u001B]0;t\\u0007 \\u007F \\u009B \\xFF",
	       "x %s", "\x1b]0;t\x07 \x7f \xc2\x9b \xff");
	/* a line break in a subject stays on the message's line */
	FMT_EQ("'a\\u000Ab\\u0009c'", "'%s'", "a\nb\tc");
	/* Cyrillic and other printable text is left alone */
	FMT_EQ("'Изток'", "'%s'", "Изток");
}

static void test_quote_cut(void **state)
{
	char big[10001], want[100];

	(void)state;
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	snprintf(want, sizeof want, "column '%.*s...'", MSG_QUOTE_MAX, big);
	FMT_EQ(want, "column '%s'", big);
	/* an unquoted string is not a subject: not cut */
	{
		char *got = fmt("%s", big);

		assert_int_equal(strlen(got), sizeof big - 1);
		free(got);
	}
}

static void test_other_conversions(void **state)
{
	(void)state;
	FMT_EQ("-42 007 3.1% ab  |   cd| 18446744073709551615 7 x 001B abc",
	       "%d %03u %.1f%% %-4s| %4s| %llu %zu %c %04X %.*s", -42, 7u,
	       3.14159, "ab", "cd", 18446744073709551615ULL, (size_t)7,
	       'x', 0x1b, 3, "abcdef");
	FMT_EQ("U+0085 at 3:12", "U+%04X at %d:%ld", 0x85u, 3, 12L);
	/* a precision bounds the read: the bytes need not end in NUL */
	{
		static const char unterminated[3] = { 'a', 'b', 'c' };

		FMT_EQ("'ab'", "'%.*s'", 2, unterminated);
	}
}

static void test_write(void **state)
{
	char buf[256];
	FILE *f = tmpfile();
	size_t n;

	(void)state;
	assert_non_null(f);
	msg_puts(f, "Sw\x1b]0;owned\x07\x1b[31merve\xc2\x9b""32m\tok\n");
	rewind(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	assert_string_equal(buf, "Sw\\u001B]0;owned\\u0007\\u001B[31merve"
			    "\\u009B32m\tok\n");
}

static void test_control_at(void **state)
{
	size_t at;
	unsigned cp;

	(void)state;
	assert_false(msg_control_at("a\tb\nc\r\n", 7, &at, &cp));
	assert_true(msg_control_at("ab\rc", 4, &at, &cp));
	assert_int_equal(at, 2);
	assert_int_equal(cp, 0x0d);
	assert_true(msg_control_at("\xe2\x80\x85 x\xc2\x9f", 7, &at, &cp));
	assert_int_equal(at, 5);	/* U+2005 is a space, not C1 */
	assert_int_equal(cp, 0x9f);
	/* a stray continuation byte is invalid UTF-8, not a control */
	assert_false(msg_control_at("a\x85z", 3, &at, &cp));
}

/* ---- the option parser --------------------------------------------------- */

enum { T_GAMES, T_CSV, T_QUIET, T_SIDE, T_N };
static const struct opt_def t_opts[T_N + 1] = {
	[T_GAMES] = { .name = "games", .kind = OPT_INT, .arg = "N", .lo = 1,
		      .hi = 10, .help = "games" },
	[T_CSV] = { .name = "csv", .kind = OPT_OUT, .arg = "FILE|-",
		    .help = "csv" },
	[T_QUIET] = { .name = "quiet", .letter = 'q', .kind = OPT_FLAG,
		      .help = "quiet" },
	[T_SIDE] = { .name = "side", .kind = OPT_CHOICE, .arg = "a|b",
		     .choices = "a|b", .help = "side", .required = 1 },
};
static const struct cmd_spec t_spec = {
	.synopsis_args = "FILE...", .args_what = "a file", .min_args = 1,
	.max_args = 2, .summary = "a test", .opts = t_opts,
};

static int parse(struct cmd_args *a, ...)
{
	char *argv[16];
	int argc = 0, rc;
	va_list ap;

	argv[argc++] = (char *)"t";
	va_start(ap, a);
	while ((argv[argc] = va_arg(ap, char *)))
		argc++;
	va_end(ap);
	fflush(stderr);
	rc = opt_parse("t", &t_spec, argc, argv, a);
	return rc;
}

static void test_opt_good(void **state)
{
	struct cmd_args a;

	(void)state;
	assert_int_equal(parse(&a, "x", "--games=3", "-q", "--side", "b",
			       "--csv", "-", "--", "-y", NULL), -1);
	assert_int_equal(a.v[T_GAMES].n, 3);
	assert_true(a.v[T_QUIET].set);
	assert_string_equal(a.v[T_SIDE].s, "b");
	assert_string_equal(a.v[T_CSV].s, "-");
	assert_int_equal(a.narg, 2);
	assert_string_equal(a.arg[0], "x");
	assert_string_equal(a.arg[1], "-y");
	opt_release(&a);
	/* --opt=VALUE takes a value that begins with '-' */
	assert_int_equal(parse(&a, "x", "--side=a", "--csv=-x", NULL), -1);
	assert_string_equal(a.v[T_CSV].s, "-x");
	opt_release(&a);
}

static void test_opt_bad(void **state)
{
	struct cmd_args a;

	(void)state;
	/* each is a usage error (2) */
	assert_int_equal(parse(&a, "x", "--side", "a", "--games", "11",
			       NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "x", "--side", "a", "--csv",
			       "--games=2", NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "x", "--side", "a", "-q", "--quiet",
			       NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "x", "--side", "c", NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "x", NULL), 2);	/* --side needed */
	opt_release(&a);
	assert_int_equal(parse(&a, "--side", "a", NULL), 2);	/* no FILE */
	opt_release(&a);
	assert_int_equal(parse(&a, "x", "y", "z", "--side", "a", NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "", "--side", "a", NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "x", "--side", "a", "--quiet=1", NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "x", "--side", "a", "--frob", NULL), 2);
	opt_release(&a);
	assert_int_equal(parse(&a, "x", "--side", "a", "--games", NULL), 2);
	opt_release(&a);
}

/* ---- why a write failed ------------------------------------------------- */

static void test_save_cause(void **state)
{
	static const struct { int e; const char *cause; } cases[] = {
		{ ENOSPC, "space" }, { EDQUOT, "space" }, { EFBIG, "space" },
		{ EACCES, "access" }, { EPERM, "access" }, { EROFS, "access" },
		{ EBUSY, "busy" }, { EAGAIN, "busy" }, { ENOTDIR, "other" },
		{ 0, "other" },
	};
	struct save_err err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		save_err_clear(&err);
		err.errnum = cases[i].e;
		assert_string_equal(save_err_cause(&err), cases[i].cause);
	}
	/* a real failure carries its number */
	assert_int_equal(save_write_file("/nonexistent-dir/x.sav", "x", 1,
					 &err), -1);
	assert_int_equal(err.errnum, ENOENT);
	assert_string_equal(save_err_cause(&err), "other");
}

/* ---- templates: a language's words for a format ------------------------- */

static void addt(struct strbuf *sb, const char *tmpl, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msg_vaddt(sb, tmpl, fmt, ap);
	va_end(ap);
}

static void msg_vaddk_test(struct strbuf *sb, const char *key,
			   const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msg_vaddk(sb, key, fmt, ap);
	va_end(ap);
}

static const char *tr_test(const char *key)
{
	if (!strcmp(key, "errno.ENOENT"))
		return "no file";
	return !strcmp(key, "k") ? "[{2}] {1}%s {x} {3} {0} {12" : NULL;
}

static void test_templates(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	msg_template(&sb, "cannot open '%s': %s (%d%%, %.*s, %04X)");
	assert_string_equal(sb.buf, "cannot open '{1}': {2} ({3}%, {4}, {5})");
	/* Every conversion formatted as the English would, a quoted
	 * subject cut and escaped; the rest of the words as they are, but
	 * a {N} the format has not, and anything that is not one. */
	strbuf_reset(&sb);
	addt(&sb, "{2} и '{1}' {3} {x} {0", "'%s' %.*s",
	     "a\033b", 3, "xyzw");
	assert_string_equal(sb.buf, "xyz и 'a\\u001Bb' {3} {x} {0");
	strbuf_reset(&sb);
	addt(&sb, "{1}", "'%s'", "\xd0\xb4\xd0\xb4\xd0\xb4"
	     "0123456789012345678901234567890123456789012345678901234567890");
	assert_int_equal(utf8_chars(sb.buf, sb.len), MSG_QUOTE_MAX + 3);
	/* The hook: a key's words, else the English; strerror too. */
	msg_set_tr(tr_test);
	strbuf_reset(&sb);
	msg_vaddk_test(&sb, "k", "%d of %s", 7, "x");
	assert_string_equal(sb.buf, "[x] 7%s {x} {3} {0} {12");
	strbuf_reset(&sb);
	msg_vaddk_test(&sb, "none", "%d of %s", 7, "x");
	assert_string_equal(sb.buf, "7 of x");
	assert_string_equal(msg_strerror(ENOENT), "no file");
	assert_string_equal(msg_strerror(EACCES), "permission denied");
	msg_set_tr(NULL);
	assert_string_equal(msg_strerror(ENOENT), "no such file or directory");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_quote_cut),
		cmocka_unit_test(test_other_conversions),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_control_at),
		cmocka_unit_test(test_opt_good),
		cmocka_unit_test(test_opt_bad),
		cmocka_unit_test(test_save_cause),
		cmocka_unit_test(test_templates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
