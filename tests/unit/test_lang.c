/* test_lang.c — the language-file parser, lookups, placeholders, and the
 * shipped language files: both complete, with the same keys and the same
 * placeholders in every entry. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <errno.h>

#include "ai/ai.h"
#include "ai/script.h"
#include "author/lists.h"
#include "cmd/common.h"
#include "load/load-msgs.h"
#include "save/save.h"
#include "text/lang.h"
#include "util/msg.h"
#include "util/xmalloc.h"

/* Parse text; return the error count, errors in *err (to free). */
static int parse(struct lang *l, const char *text, char **err)
{
	struct strbuf sb = STRBUF_INIT;
	struct diag d;
	int n;

	diag_init(&d, &lang_msgs);
	lang_init(l, "xx");
	n = lang_parse(l, "t.txt", text, strlen(text), &d);
	assert_int_equal(diag_errors(&d), n);
	diag_str(&d, &sb);
	diag_release(&d);
	*err = strbuf_detach(&sb);
	return n;
}

static void test_basic(void **state)
{
	struct lang l;
	char *err;

	(void)state;
	assert_int_equal(parse(&l, "# comment\n\n a.b = Hello  \n"
			       "c_d-e=x = y\n", &err), 0);
	assert_string_equal(lang_get(&l, "a.b"), "Hello");
	assert_string_equal(lang_get(&l, "c_d-e"), "x = y");
	assert_null(lang_find(&l, "nope"));
	assert_string_equal(lang_get(&l, "nope"), "nope");
	free(err);
	lang_release(&l);
}

static void test_escapes_and_continuation(void **state)
{
	struct lang l;
	char *err;

	(void)state;
	assert_int_equal(parse(&l, "k = one\\ntwo\\t\\\\ \\{x}\n"
			       "long = first \\\n   second \\\n third\n"
			       "crlf = yes\r\n", &err), 0);
	assert_string_equal(lang_get(&l, "k"), "one\ntwo\t\\ {x}");
	assert_string_equal(lang_get(&l, "long"), "first second third");
	assert_string_equal(lang_get(&l, "crlf"), "yes");
	free(err);
	lang_release(&l);
}

static void test_errors(void **state)
{
	struct lang l;
	char *err;

	(void)state;
	assert_int_equal(parse(&l, "ok = 1\nno equals here\n"
			       "bad key! = 2\n = 3\nok = again\n"
			       "e = \\q\nph = {open\nцц = 4\n", &err), 7);
	assert_non_null(strstr(err, "t.txt:2:1: expected 'key = value'\n"));
	assert_non_null(strstr(err, "t.txt:3:4: invalid character in key"));
	assert_non_null(strstr(err, "t.txt:4:2: missing key before '='"));
	assert_non_null(strstr(err, "t.txt:5:1: duplicate key 'ok' "
			       "(first at line 1)"));
	assert_non_null(strstr(err, "t.txt:6:5: unknown escape '\\q'"));
	assert_non_null(strstr(err, "t.txt:7:6: '{' must start a "
			       "placeholder"));
	/* Columns count characters, not bytes. */
	assert_non_null(strstr(err, "t.txt:8:1: invalid character"));
	assert_string_equal(lang_get(&l, "ok"), "1");
	free(err);
	lang_release(&l);
}

static void test_bad_utf8(void **state)
{
	struct lang l;
	char *err;

	(void)state;
	assert_int_equal(parse(&l, "a = ок\nb = o\xff\n", &err), 1);
	assert_string_equal(err, "t.txt:2:6: invalid UTF-8\n");
	free(err);
	lang_release(&l);
}

/* Every error is counted; the first DIAG_CAP are printed, then how many
 * were left out. A file that cannot be read is one error, with no
 * place. */
static void test_many_and_missing(void **state)
{
	struct strbuf text = STRBUF_INIT, sb = STRBUF_INIT;
	struct lang l;
	struct diag d;
	char *err;
	int i;

	(void)state;
	for (i = 0; i < DIAG_CAP + 5; i++)
		strbuf_adds(&text, "no equals sign\n");
	assert_int_equal(parse(&l, text.buf, &err), DIAG_CAP + 5);
	assert_non_null(strstr(err, "t.txt:20:1: expected 'key = value'\n"
			       "t.txt: 5 more errors not shown\n"));
	assert_null(strstr(err, "t.txt:21:"));
	free(err);
	lang_release(&l);
	strbuf_release(&text);

	diag_init(&d, &lang_msgs);
	lang_init(&l, "xx");
	assert_int_equal(lang_load(&l, "/nonexistent/xx.txt", &d), 1);
	diag_str(&d, &sb);
	assert_string_equal(sb.buf, "/nonexistent/xx.txt: cannot open: no "
			    "such file or directory\n");
	strbuf_release(&sb);
	diag_release(&d);
	lang_release(&l);
}

/* A terminal would obey these: ESC (C0), DEL, and C1 as UTF-8. A CR
 * ending a line is a line end, not a control. */
static void test_control(void **state)
{
	static const struct { const char *text, *err; } cases[] = {
		{ "a = ok\nb = x\x1b]0;t\x07\n",
		  "t.txt:2:6: unexpected control character U+001B\n" },
		{ "a = \xc2\x9b""31m\n",
		  "t.txt:1:5: unexpected control character U+009B\n" },
		{ "a = ab\x7f\n",
		  "t.txt:1:7: unexpected control character U+007F\n" },
		{ "a = a\rb\n",
		  "t.txt:1:6: unexpected control character U+000D\n" },
	};
	struct lang l;
	char *err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_int_equal(parse(&l, cases[i].text, &err), 1);
		assert_string_equal(err, cases[i].err);
		free(err);
		lang_release(&l);
	}
	assert_int_equal(parse(&l, "a = ok\r\nb = fine\tx\r\n", &err), 0);
	assert_string_equal(lang_get(&l, "b"), "fine\tx");
	free(err);
	lang_release(&l);
}

static void test_fallback(void **state)
{
	struct lang en, bg;
	char *err;

	(void)state;
	parse(&en, "a = A\nb = B\n", &err);
	free(err);
	parse(&bg, "a = А\n", &err);
	free(err);
	bg.fallback = &en;
	assert_string_equal(lang_get(&bg, "a"), "А");
	assert_string_equal(lang_get(&bg, "b"), "B");
	assert_string_equal(lang_get(&bg, "c"), "c");
	assert_string_equal(lang_getf(&bg, "%s", "b"), "B");
	assert_string_equal(lang_getf(&bg, "x.%d", 3), "?");
	lang_release(&bg);
	lang_release(&en);
}

static void test_fmt(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	lang_fmt(&sb, "{b} then {a}, {a}; {c} {not closed", "a", "1",
		 "b", "два", LANG_END);
	assert_string_equal(sb.buf, "два then 1, 1; {c} {not closed");
	strbuf_reset(&sb);
	lang_fmt(&sb, "{a}'s and {b}'s, {a}'s", "a", "States", "b", "Russia",
		 LANG_END);
	assert_string_equal(sb.buf, "States' and Russia's, States'");
	strbuf_reset(&sb);
	lang_placeholders("{z} x {a} {z} {bad", &sb);
	assert_string_equal(sb.buf, "a z");
	strbuf_release(&sb);
}

static void test_env(void **state)
{
	(void)state;
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "bg_BG.UTF-8", 1);
	assert_string_equal(lang_from_env(), "bg");
	setenv("LC_ALL", "C.UTF-8", 1);
	assert_string_equal(lang_from_env(), "en");
	unsetenv("LC_ALL");
	unsetenv("LANG");
	assert_string_equal(lang_from_env(), "en");
}

/* ---- the shipped files ------------------------------------------------- */

/* tests/run starts in the source tree; the file may be run from
 * elsewhere with DETENTE_DATA set. */
static char *asset(const char *rel)
{
	const char *d = getenv("DETENTE_DATA");

	return xasprintf("%s/%s", d && *d ? d : ".", rel);
}

static void load_real(struct lang *l, const char *code)
{
	char *rel = xasprintf("assets/lang/%s.txt", code), *path = asset(rel);
	struct diag d;
	int n;

	diag_init(&d, &lang_msgs);
	lang_init(l, code);
	n = lang_load(l, path, &d);
	diag_print(&d, stderr);
	assert_int_equal(n, 0);
	diag_release(&d);
	free(rel);
	free(path);
}

/* Every key of a is in b, with the same placeholders. */
static int same_keys(const struct lang *a, const struct lang *b)
{
	struct strbuf pa = STRBUF_INIT, pb = STRBUF_INIT;
	size_t i;
	int bad = 0;

	for (i = 0; i < a->n; i++) {
		const char *v = lang_find(b, a->e[i].key);

		if (!v) {
			fprintf(stderr, "%s: key '%s' (%s:%d) is missing\n",
				b->code, a->e[i].key, a->file, a->e[i].line);
			bad++;
			continue;
		}
		strbuf_reset(&pa);
		strbuf_reset(&pb);
		lang_placeholders(a->e[i].val, &pa);
		lang_placeholders(v, &pb);
		if (strcmp(pa.buf, pb.buf)) {
			fprintf(stderr, "%s: key '%s' has placeholders '%s', "
				"not '%s'\n", b->code, a->e[i].key, pb.buf,
				pa.buf);
			bad++;
		}
	}
	strbuf_release(&pa);
	strbuf_release(&pb);
	return bad;
}

static void test_files_match(void **state)
{
	struct lang en, bg;

	(void)state;
	load_real(&en, "en");
	load_real(&bg, "bg");
	assert_true(en.n > 200);
	assert_int_equal(same_keys(&en, &bg), 0);
	assert_int_equal(same_keys(&bg, &en), 0);
	assert_int_equal(en.n, bg.n);
	lang_release(&en);
	lang_release(&bg);
}

/* Keys the code builds at run time (by number or name) exist. */
static void test_built_keys(void **state)
{
	static const char *const stats[] = {
		"tension", "trust", "security", "support", "score",
		"misattribution", "detection", "accident"
	};
	static const char *const ideas[] = {
		"dilemma", "signals", "verification", "misattribution"
	};
	static const char *const who[] = { "you", "them", "both", "side" };
	struct lang en;
	char key[96];
	int i, j;

	(void)state;
	load_real(&en, "en");
#define HAVE(...) do { snprintf(key, sizeof key, __VA_ARGS__); \
	if (!lang_find(&en, key)) fprintf(stderr, "missing %s\n", key); \
	assert_non_null(lang_find(&en, key)); } while (0)
	for (i = 0; i < 5; i++) {
		HAVE("status.%d", i);
		HAVE("ending.%d.text", i);
	}
	for (i = 1; i < 5; i++)
		HAVE("ending.%d", i);
	for (i = 0; i < 2; i++) {
		HAVE("kind.%d", i);
		HAVE("kind.label.%d", i);
		HAVE("pick.title.%d", i);
	}
	for (i = 0; i < 3; i++)
		HAVE("ex.stance.%d", i);
	for (i = 0; i < 6; i++)
		HAVE("title.desc.%d", i);
	for (i = 0; i < 8; i++) {
		HAVE("stat.%s", stats[i]);
		HAVE("eff.%s.both", stats[i]);
		if (i == 0 || i >= 5)
			HAVE("eff.%s", stats[i]);
		else
			for (j = 0; j < 4; j++)
				HAVE("eff.%s.%s", stats[i], who[j]);
	}
	for (i = 0; i < 4; i++) {
		HAVE("idea.%s", ideas[i]);
		HAVE("idea.%s.what", ideas[i]);
		HAVE("idea.%s.game", ideas[i]);
		HAVE("idea.%s.none", ideas[i]);
	}
	for (i = 0; i < ai_count(); i++) {
		HAVE("doctrine.%s", ai_name(i));
		HAVE("doctrine.%s.desc", ai_name(i));
	}
	HAVE("langname.en");
	HAVE("langname.bg");
#undef HAVE
	lang_release(&en);
}

/* ---- messages about files (util/msg.h) ---------------------------------- */

static const struct diag_cat *const msg_cats[] = {
	&load_msgs, &save_msgs, &script_msgs, &lists_msgs, &run_msgs,
};
#define NCATS (sizeof msg_cats / sizeof *msg_cats)

/* The code of a diag.LIST.NAME key, or -1 (*cat: its catalogue). */
static int diag_key_code(const char *key, const struct diag_cat **cat)
{
	struct strbuf k = STRBUF_INIT;
	size_t c;
	int i, found = -1;

	for (c = 0; c < NCATS && found < 0; c++)
		for (i = 0; i < msg_cats[c]->n && found < 0; i++) {
			strbuf_reset(&k);
			diag_cat_key(msg_cats[c], i, &k);
			if (!strcmp(k.buf, key)) {
				*cat = msg_cats[c];
				found = i;
			}
		}
	strbuf_release(&k);
	return found;
}

/* en.txt says what the code says: each diag.* key is its message's
 * format as a template, each errno.* key the C library's words; so the
 * English never depends on the file, and no key is stale. */
static void test_file_messages_match_code(void **state)
{
	struct strbuf t = STRBUF_INIT, w = STRBUF_INIT;
	const struct diag_cat *cat = NULL;
	struct lang en;
	size_t i;
	int code, e, nerr = 0;

	(void)state;
	load_real(&en, "en");
	for (i = 0; i < en.n; i++) {
		const char *key = en.e[i].key, *v = en.e[i].val;

		if (!strncmp(key, "diag.", 5)) {
			code = diag_key_code(key, &cat);
			if (code < 0)
				fail_msg("%s names no message", key);
			strbuf_reset(&t);
			msg_template(&t, cat->def[code].fmt);
			if (strcmp(t.buf, v))
				fail_msg("%s = %s, but the code says %s", key,
					 v, t.buf);
		} else if (!strncmp(key, "errno.", 6)) {
			for (e = 1; e < 200; e++)
				if (msg_errno_key(e) &&
				    !strcmp(msg_errno_key(e), key))
					break;
			assert_true(e < 200);
			strbuf_reset(&w);
			strbuf_adds(&w, msg_strerror(e));
			assert_string_equal(v, w.buf);
			nerr++;
		}
	}
	/* Every error with a key has its words. */
	for (e = 1; e < 200; e++)
		nerr -= msg_errno_key(e) && lang_find(&en, msg_errno_key(e));
	assert_int_equal(nerr, 0);
	assert_non_null(lang_find(&en, "diag.save.OPEN"));
	strbuf_release(&t);
	strbuf_release(&w);
	lang_release(&en);
}

static const char *tr_bg(const char *key)
{
	static struct lang bg;

	if (!key) {
		lang_release(&bg);
		return NULL;
	}
	if (!bg.n)
		load_real(&bg, "bg");
	return lang_find(&bg, key);
}

/* With a message language, the same message in its words; the
 * arguments escaped and cut as in English. */
static void test_file_messages_in_bg(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	msg_set_tr(tr_bg);
	diag_cat_addf(&save_msgs, &sb, SAVE_OPEN, "a\033.sav",
		      msg_strerror(ENOENT));
	assert_string_equal(sb.buf, "не може да се отвори 'a\\u001B.sav': "
			    "няма такъв файл или папка");
	/* A message without words in the language stays English. */
	strbuf_reset(&sb);
	diag_cat_addf(&save_msgs, &sb, SAVE_UTF8);
	assert_string_equal(sb.buf, "invalid UTF-8");
	msg_set_tr(NULL);
	tr_bg(NULL);
	strbuf_reset(&sb);
	diag_cat_addf(&save_msgs, &sb, SAVE_OPEN, "a.sav",
		      msg_strerror(ENOENT));
	assert_string_equal(sb.buf, "cannot open 'a.sav': no such file or "
			    "directory");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_escapes_and_continuation),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_bad_utf8),
		cmocka_unit_test(test_control),
		cmocka_unit_test(test_many_and_missing),
		cmocka_unit_test(test_fallback),
		cmocka_unit_test(test_fmt),
		cmocka_unit_test(test_env),
		cmocka_unit_test(test_files_match),
		cmocka_unit_test(test_built_keys),
		cmocka_unit_test(test_file_messages_match_code),
		cmocka_unit_test(test_file_messages_in_bg),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
