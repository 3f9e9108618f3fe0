/* test_load_ini.c — the scenario.ini pre-scan: places of sections, keys
 * and values, syntax errors with their places, and agreement with what
 * iniparser then reads from the same bytes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <iniparser.h>

#include "load/load-msgs.h"
#include "load/ini.h"
#include "util/strbuf.h"

static char *print_diag(const struct diag *d)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	assert_non_null(f);
	diag_print(d, f);
	fclose(f);
	return buf;
}

/* Scan text as "s.ini"; *out gets the diagnostics (to free). */
static int scan(struct ini_scan *s, const char *text, char **out)
{
	struct diag d;
	int rc;

	diag_init(&d, &load_msgs);
	ini_scan_init(s);
	rc = ini_scan(s, "s.ini", text, strlen(text), &d);
	*out = print_diag(&d);
	diag_release(&d);
	return rc;
}

static void want_entry(const struct ini_scan *s, int i, const char *sect,
		       const char *key, int line, int col, int vline, int vcol)
{
	const struct ini_ent *e = &s->ent[i];

	assert_true(i < s->nent);
	assert_string_equal(s->sect[e->sect].lname, sect);
	assert_string_equal(e->key, key);
	assert_int_equal(e->line, line);
	assert_int_equal(e->col, col);
	assert_int_equal(e->vline, vline);
	assert_int_equal(e->vcol, vcol);
}

static void test_places(void **state)
{
	static const char text[] =
		"; comment\n[Scenario]\nid = x\n  Title = \"A; B\" ; c\n"
		"\n  [ side.a ]  \nname=Изток # inline comment\n";
	struct ini_scan s;
	char *msg;

	(void)state;
	assert_int_equal(scan(&s, text, &msg), 0);
	assert_string_equal(msg, "");
	assert_int_equal(s.nsect, 2);
	assert_string_equal(s.sect[0].name, "Scenario");
	assert_string_equal(s.sect[0].lname, "scenario");
	assert_int_equal(s.sect[0].line, 2);
	assert_int_equal(s.sect[0].col, 1);
	assert_int_equal(s.sect[0].ncol, 2);
	assert_string_equal(s.sect[1].name, "side.a");
	assert_int_equal(s.sect[1].line, 6);
	assert_int_equal(s.sect[1].col, 3);
	assert_int_equal(s.sect[1].ncol, 5);
	assert_int_equal(s.nent, 3);
	want_entry(&s, 0, "scenario", "id", 3, 1, 3, 6);
	want_entry(&s, 1, "scenario", "title", 4, 3, 4, 12);
	assert_string_equal(s.ent[1].rawkey, "Title");
	assert_true(s.ent[1].quoted);
	want_entry(&s, 2, "side.a", "name", 7, 1, 7, 6);
	assert_int_equal(ini_scan_section(&s, "side.a"), 1);
	assert_int_equal(ini_scan_entry(&s, 0, "title"), 1);
	assert_int_equal(ini_scan_entry(&s, 1, "title"), -1);
	ini_scan_release(&s);
	free(msg);
}

static void test_bom_and_crlf(void **state)
{
	static const char text[] = "\xef\xbb\xbf[a]\r\nk = v\r\n";
	struct ini_scan s;
	char *msg;

	(void)state;
	assert_int_equal(scan(&s, text, &msg), 0);
	assert_string_equal(msg, "");
	assert_int_equal(s.sect[0].col, 1);
	want_entry(&s, 0, "a", "k", 2, 1, 2, 5);
	ini_scan_release(&s);
	free(msg);
}

static void test_continued_lines(void **state)
{
	/* As iniparser: the backslash goes, the next line joins as it is,
	 * and a comment continued swallows the line after it. */
	static const char text[] =
		"[a]\nk = ab\\\n  cd \\  \nef\n; note \\\nhidden = 1\nz = 2\n";
	struct ini_scan s;
	char *msg;
	int line, col;

	(void)state;
	assert_int_equal(scan(&s, text, &msg), 0);
	assert_string_equal(msg, "");
	assert_int_equal(s.nent, 2);
	want_entry(&s, 0, "a", "k", 2, 1, 2, 5);
	want_entry(&s, 1, "a", "z", 7, 1, 7, 5);
	/* The value is "ab  cd ef": c is byte 4, e byte 7. */
	ini_scan_pos(&s, &s.ent[0], 4, &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 3);
	ini_scan_pos(&s, &s.ent[0], 7, &line, &col);
	assert_int_equal(line, 4);
	assert_int_equal(col, 1);
	ini_scan_release(&s);
	free(msg);
}

struct bad {
	const char *text;
	const char *msg;
};

static const struct bad bad_cases[] = {
	{ "[a]\nthis is not valid\n",
	  "s.ini:2:1: expected '[section]', 'key = value' or a comment\n" },
	{ "[rules\nk = 1\n",
	  "s.ini:1:1: missing ']' at the end of the section header\n" },
	{ "[a] ; comment\n", "s.ini:1:5: unexpected text after ']'\n" },
	{ "[a]]\n", "s.ini:1:4: unexpected text after ']'\n" },
	{ "[  ]\n", "s.ini:1:1: empty section name\n" },
	{ "[a]\n  = v\n", "s.ini:2:3: missing key before '='\n" },
	{ "[a]\nk = \"abc\n", "s.ini:2:5: missing closing '\"'\n" },
	{ "[a]\nk = 'abc\n", "s.ini:2:5: missing closing \"'\"\n" },
	{ "[a]\nk = \"a\" b\n",
	  "s.ini:2:9: unexpected text after the closing quote\n" },
	{ "k = v\n[a]\n", "s.ini:1:1: key 'k' outside any section\n" },
	{ "[a]\nk=1\n[b]\n[A]\n",
	  "s.ini:4:1: duplicate section 'a' (first on line 1)\n" },
	{ "[a]\nName=1\n[b]\nname=2\n[a]\nNAME = 3\n",
	  "s.ini:5:1: duplicate section 'a' (first on line 1)\n"
	  "s.ini:6:1: duplicate key 'Name' (first on line 2)\n" },
	{ "[a]\nk = a\x01z\n",
	  "s.ini:2:6: unexpected control character U+0001\n" },
	{ "[a]\nk = a\rz\n",
	  "s.ini:2:6: unexpected control character U+000D\n" },
	{ "[a]\nk = ab \\\n",
	  "s.ini:2:8: line continued past the end of the file\n" },
	{ "[a]\nk = Изток\\\nx\x7f\n",
	  "s.ini:3:2: unexpected control character U+007F\n" },
};

static void test_syntax_errors(void **state)
{
	struct ini_scan s;
	size_t i;
	char *msg;

	(void)state;
	for (i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
		if (scan(&s, bad_cases[i].text, &msg) != -1)
			fail_msg("accepted: %s", bad_cases[i].text);
		if (strcmp(msg, bad_cases[i].msg))
			fail_msg("%s\n got %s\nwant %s", bad_cases[i].text, msg,
				 bad_cases[i].msg);
		ini_scan_release(&s);
		free(msg);
	}
}

static void test_line_length(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct ini_scan s;
	char *msg;
	int i;

	(void)state;
	strbuf_adds(&sb, "[a]\nk = ");
	for (i = 0; i < 996; i++)
		strbuf_addc(&sb, 'x');		/* 1000 bytes: fine */
	strbuf_adds(&sb, "\nj = ");
	for (i = 0; i < 500; i++)
		strbuf_adds(&sb, "я");		/* 1004 bytes */
	strbuf_adds(&sb, "\n");
	assert_int_equal(scan(&s, sb.buf, &msg), -1);
	/* Byte 1001 starts the 499th я: column 4 + 498 + 1. */
	assert_string_equal(msg, "s.ini:3:503: line too long (at most 1000 "
			    "bytes, continued lines counted together)\n");
	assert_int_equal(s.nent, 1);
	ini_scan_release(&s);
	free(msg);

	/* Continued lines count together: 600 + 600 bytes. */
	strbuf_reset(&sb);
	strbuf_adds(&sb, "[a]\nk = ");
	for (i = 0; i < 595; i++)
		strbuf_addc(&sb, 'x');
	strbuf_adds(&sb, "\\\n");
	for (i = 0; i < 600; i++)
		strbuf_addc(&sb, 'y');
	strbuf_adds(&sb, "\n");
	assert_int_equal(scan(&s, sb.buf, &msg), -1);
	assert_string_equal(msg, "s.ini:3:402: line too long (at most 1000 "
			    "bytes, continued lines counted together)\n");
	ini_scan_release(&s);
	free(msg);
	strbuf_release(&sb);
}

/* ---- agreement with iniparser ------------------------------------ */

static const char tricky[] =
	"\xef\xbb\xbf; every form the scan accepts\n"
	"[Scenario]\n"
	"Title = \"A; B # C\"   ; comment\n"
	"quoted1 = 'single; quoted'\n"
	"empty =\n"
	"empty2 = \"\"\n"
	"empty3 = ; nothing\n"
	"plain = x = y # not a comment\n"
	"name = China #2 economy\n"
	"spaces =    lots   of   space   \n"
	"cont = one \\\n"
	"   two\\\n"
	"three\n"
	"utf = Изток — Запад\n"
	"# [not a section]\n"
	"  [ side.a ]\n"
	"k.bg = да\n"
	"crlf = yes\r\n";

struct kv {
	const char *sect, *key, *val;
};

static const struct kv tricky_values[] = {
	{ "scenario", "title", "A; B # C" },
	{ "scenario", "quoted1", "single; quoted" },
	{ "scenario", "empty", "" },
	{ "scenario", "empty2", "" },
	/* Comments are whole lines: iniparser would cut these three at
	 * ';' or '#', silently; the scan keeps them whole. */
	{ "scenario", "empty3", "; nothing" },
	{ "scenario", "plain", "x = y # not a comment" },
	{ "scenario", "name", "China #2 economy" },
	{ "scenario", "spaces", "lots   of   space" },
	{ "scenario", "cont", "one    twothree" },
	{ "scenario", "utf", "Изток — Запад" },
	{ "side.a", "k.bg", "да" },
	{ "side.a", "crlf", "yes" },
};

static void test_iniparser_agrees(void **state)
{
	struct diag d;
	struct ini ini;
	const struct ini_scan *s = &ini.scan;
	size_t i;
	char *msg;
	int si;

	(void)state;
	diag_init(&d, &load_msgs);
	ini_init(&ini);
	/* With a BOM and no such file on disk, only the temporary copy
	 * can give iniparser the text. */
	assert_int_equal(ini_load(&ini, "s.ini", "/nonexistent/s.ini", tricky,
				  sizeof tricky - 1, &d), 0);
	msg = print_diag(&d);
	assert_string_equal(msg, "");
	free(msg);
	assert_int_equal(s->nent, (int)(sizeof tricky_values /
					sizeof *tricky_values));
	for (i = 0; i < sizeof tricky_values / sizeof *tricky_values; i++) {
		const struct kv *kv = &tricky_values[i];
		const char *got = ini_get(&ini, kv->sect, kv->key);

		assert_non_null(got);
		assert_string_equal(got, kv->val);
		si = ini_scan_section(s, kv->sect);
		assert_true(ini_scan_entry(s, si, kv->key) >= 0);
	}
	/* iniparser saw the same sections and keys, no more. */
	assert_int_equal(iniparser_getnsec(ini.dict), s->nsect);
	for (si = 0; si < s->nsect; si++) {
		int n = 0, ei;

		for (ei = 0; ei < s->nent; ei++)
			n += s->ent[ei].sect == si;
		assert_int_equal(iniparser_getsecnkeys(ini.dict,
						       s->sect[si].lname), n);
	}
	/* Only "section:key": a section name alone is no value. */
	assert_null(ini_get(&ini, "scenario", ""));
	assert_null(ini_get(&ini, "scenario", "nosuchkey"));
	ini_release(&ini);
	diag_release(&d);
}

static void test_load_refuses_bad_syntax(void **state)
{
	static const char text[] = "[a]\nk = \"open\n";
	struct diag d;
	struct ini ini;
	char *msg;

	(void)state;
	diag_init(&d, &load_msgs);
	ini_init(&ini);
	assert_int_equal(ini_load(&ini, "s.ini", "/nonexistent", text,
				  sizeof text - 1, &d), -1);
	assert_null(ini.dict);
	msg = print_diag(&d);
	assert_string_equal(msg, "s.ini:2:5: missing closing '\"'\n");
	free(msg);
	ini_release(&ini);
	diag_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_bom_and_crlf),
		cmocka_unit_test(test_continued_lines),
		cmocka_unit_test(test_syntax_errors),
		cmocka_unit_test(test_line_length),
		cmocka_unit_test(test_iniparser_agrees),
		cmocka_unit_test(test_load_refuses_bad_syntax),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
