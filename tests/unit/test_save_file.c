/* test_save_file.c — the save format: writing, reading back, and every
 * kind of bad save, each with the exact message it must give. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "test_save.h"

/* A small, valid save, by hand; its lines are numbered in the cases. */
static const char good[] =
	"[save]\n"				/* 1 */
	"format = 1\n"				/* 2 */
	"scenario = crisis\n"			/* 3 */
	"scenario_digest = 1234abcd5678ef90\n"	/* 4 */
	"seed = 9\n"				/* 5 */
	"ai_seed.a = 1\n"			/* 6 */
	"ai_seed.b = 1\n"			/* 7 */
	"turn_limit = 40\n"			/* 8 */
	"lang = en\n"				/* 9 */
	"created = 2020-09-25T12:00:00Z\n"	/* 10 */
	"updated = 2020-09-25T12:30:00Z\n"	/* 11 */
	"branch = 1\n"				/* 12 */
	"\n"					/* 13 */
	"[branch.1]\n"				/* 14 */
	"a = human\n"				/* 15 */
	"b = planner:3\n"			/* 16 */
	"turn.1 = statement hold / table:talks share\n"	/* 17 */
	"check.1 = 00000000000000ff\n"		/* 18 */
	"\n"					/* 19 */
	"[end]\n";				/* 20 */

/* good with `from` replaced by `to` (once). */
static char *edit(const char *from, const char *to)
{
	const char *at = strstr(good, from);
	char *s;

	assert_non_null(at);
	s = xasprintf("%.*s%s%s", (int)(at - good), good, to,
		      at + strlen(from));
	return s;
}

/* Parse text as "t.sav" and return the message ("" when it parses). */
static const char *parse_msg(const char *text, size_t len)
{
	static char msg[2200];
	struct save sv;
	struct save_err err;

	save_init(&sv);
	if (save_parse(&sv, "t.sav", text, len, &err) == 0) {
		save_release(&sv);
		return "";
	}
	assert_int_equal(sv.nbr, 0);	/* nothing half-read is kept */
	snprintf(msg, sizeof msg, "%s", ts_err(&err));
	return msg;
}

static void expect(const char *from, const char *to, const char *msg)
{
	char *text = edit(from, to);

	assert_string_equal(parse_msg(text, strlen(text)), msg);
	free(text);
}

static void test_good_parses(void **state)
{
	struct save sv;
	struct save_err err;
	const struct save_branch *b;

	(void)state;
	save_init(&sv);
	assert_int_equal(save_parse(&sv, "t.sav", good, strlen(good), &err),
			 0);
	assert_string_equal(sv.scenario, "crisis");
	assert_true(sv.digest == 0x1234abcd5678ef90ULL);
	assert_true(sv.seed == 9);
	assert_int_equal(sv.turn_limit, 40);
	assert_true(sv.created == 1601035200);	/* date -d ... +%s */
	assert_int_equal(sv.nbr, 1);
	b = &sv.br[0];
	assert_string_equal(b->player[1].name, "planner");
	assert_int_equal(b->player[1].depth, 3);
	assert_int_equal(b->n, 1);
	assert_string_equal(b->turn[0].mv[1].act[0], "table");
	assert_string_equal(b->turn[0].mv[1].prop, "talks");
	assert_int_equal(b->turn[0].mv[1].pkind, 0);
	assert_int_equal(b->turn[0].mv[1].pcol, 33);
	assert_true(b->turn[0].check == 0xff);
	save_release(&sv);
}

/* What a person's editor may do to a file is not an error. */
static void test_editor_habits(void **state)
{
	const char *p;
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	for (p = good; *p; p++)
		strbuf_adds(&sb, *p == '\n' ? "\r\n" : (char[]){ *p, 0 });
	assert_string_equal(parse_msg(sb.buf, sb.len), "");
	strbuf_reset(&sb);
	strbuf_adds(&sb, "\xef\xbb\xbf# a comment\n; another\n");
	strbuf_adds(&sb, good);
	sb.len--;		/* no newline after [end] */
	sb.buf[sb.len] = '\0';
	assert_string_equal(parse_msg(sb.buf, sb.len), "");
	strbuf_release(&sb);
	expect("a = human", "  a\t=   human  ", "");
}

static void test_truncated(void **state)
{
	const char *cut = strstr(good, "hold /");

	(void)state;
	assert_string_equal(parse_msg(good, (size_t)(cut - good)),
			    "t.sav:17:20: the save ends in the middle of a "
			    "line: it is truncated");
	assert_string_equal(parse_msg(good, strlen(good) - 6),
			    "t.sav:19:1: the save ends before '[end]': it is "
			    "truncated");
	assert_string_equal(parse_msg(good, strlen(good) - 2),
			    "t.sav:20:5: the save ends in the middle of a "
			    "line: it is truncated");
	assert_string_equal(parse_msg(good, 0),
			    "'t.sav' is empty: not a save, or cut short");
	assert_string_equal(parse_msg("\xef\xbb\xbf", 3),
			    "'t.sav' is empty: not a save, or cut short");
}

static void test_not_a_save(void **state)
{
	(void)state;
	assert_string_equal(parse_msg("\x89PNG\r\n\x1a\n", 8),
			    "t.sav:1:1: not a Détente save: it must begin "
			    "with '[save]'");
	assert_string_equal(parse_msg("[scenario]\nid = x\n", 18),
			    "t.sav:1:1: not a Détente save: it must begin "
			    "with '[save]'");
	assert_string_equal(parse_msg("# hi\n\nformat = 1\n", 18),
			    "t.sav:3:1: not a Détente save: it must begin "
			    "with '[save]'");
}

static void test_format_versions(void **state)
{
	(void)state;
	expect("format = 1", "format = 2",
	       "t.sav:2:10: save format 2 is newer than this version reads "
	       "(1): update Détente to load it");
	expect("format = 1", "format = 0",
	       "t.sav:2:10: unknown save format 0 (this version reads 1)");
	expect("format = 1\n", "",
	       "t.sav:1:1: missing key 'format' in section 'save'");
	/* The format is judged before any other key of a newer save. */
	expect("format = 1\n", "colour = red\nformat = 3\n",
	       "t.sav:3:10: save format 3 is newer than this version reads "
	       "(1): update Détente to load it");
}

static void test_syntax(void **state)
{
	(void)state;
	expect("a = human", "a human",
	       "t.sav:15:3: expected '=' after the key 'a'");
	expect("a = human", "= human",
	       "t.sav:15:1: expected '[section]', 'key = value' or a "
	       "comment");
	expect("a = human", "A = human",
	       "t.sav:15:1: invalid key (lowercase letters, digits, '.', "
	       "'_' and '-' only)");
	expect("a = human", "a/b = human",
	       "t.sav:15:2: invalid key (lowercase letters, digits, '.', "
	       "'_' and '-' only)");
	expect("[branch.1]", "[branch.1",
	       "t.sav:14:10: missing ']' at the end of the section header");
	expect("[branch.1]", "[branch.1] x",
	       "t.sav:14:12: unexpected text after ']'");
	expect("[branch.1]", "[Branch 1]",
	       "t.sav:14:2: invalid section name 'Branch 1'");
	expect("[end]\n", "[end]\nseed = 3\n",
	       "t.sav:21:1: unexpected text after '[end]'");
	expect("lang = en", "lang = \xc3",
	       "t.sav:9:8: invalid UTF-8");
	expect("lang = en", "lang = e\x01n",
	       "t.sav:9:9: unexpected control character U+0001");
	expect("a = human", "a = hum\xd0\x90\x01n",
	       "t.sav:15:9: unexpected control character U+0001");
}

static void test_sections_and_keys(void **state)
{
	(void)state;
	expect("branch = 1\n", "branch = 1\ncolour = red\n",
	       "t.sav:13:1: unknown key 'colour' in section 'save'");
	expect("seed = 9", "seed = 9\nseed = 10",
	       "t.sav:6:1: duplicate key 'seed' (first on line 5)");
	expect("seed = 9\n", "",
	       "t.sav:1:1: missing key 'seed' in section 'save'");
	expect("[end]", "[tactics]\n[end]",
	       "t.sav:20:1: unknown section 'tactics'");
	expect("[end]", "[save]\n[end]",
	       "t.sav:20:1: duplicate section 'save' (first on line 1)");
	expect("b = planner:3\n", "",
	       "t.sav:14:1: missing key 'b' in section 'branch.1'");
	expect("[branch.1]", "[branch.01]",
	       "t.sav:14:1: unknown section 'branch.01'");
	expect("branch = 1\n\n[branch.1]\na = human\nb = planner:3\n"
	       "turn.1 = statement hold / table:talks share\n"
	       "check.1 = 00000000000000ff\n", "branch = 1\n",
	       "t.sav:1:1: no branch: add a '[branch.1]' section");
}

static void test_values(void **state)
{
	(void)state;
	expect("seed = 9", "seed = nine",
	       "t.sav:5:8: 'nine' is not a whole number");
	expect("seed = 9", "seed = -9",
	       "t.sav:5:8: '-9' is not a whole number");
	expect("seed = 9", "seed =",
	       "t.sav:5:7: missing value for 'seed'");
	expect("turn_limit = 40", "turn_limit = 5000",
	       "t.sav:8:14: '5000' out of range for 'turn_limit' (1 to "
	       "1000)");
	expect("turn_limit = 40", "turn_limit = 040",
	       "t.sav:8:14: '040' is not a whole number");
	expect("scenario_digest = 1234abcd5678ef90",
	       "scenario_digest = 1234abcd5678ef9",
	       "t.sav:4:19: '1234abcd5678ef9' is not 16 hexadecimal "
	       "digits");
	expect("scenario = crisis", "scenario = cri sis",
	       "t.sav:3:12: invalid id 'cri sis' (letters, digits, '-' "
	       "and '_' only, at most 31)");
	expect("created = 2020-09-25T12:00:00Z",
	       "created = 2021-02-29T12:00:00Z",
	       "t.sav:10:11: '2021-02-29T12:00:00Z' is not a UTC time "
	       "like 2020-09-25T12:00:00Z");
	expect("lang = en", "lang = EN",
	       "t.sav:9:8: invalid language code 'EN' (2 to 7 lowercase "
	       "letters, or nothing)");
	expect("lang = en", "lang =", "");
	expect("b = planner:3", "b = robot",
	       "t.sav:16:5: unknown player 'robot' (expected 'human' or a "
	       "doctrine: dove, hawk, tft, gtft, grim, pavlov, alternator, "
	       "random, bayes, cheater, exploiter, planner)");
	expect("b = planner:3", "b = planner:9",
	       "t.sav:16:5: 'planner:9': a planner looks 1 to 4 turns "
	       "ahead");
	expect("b = planner:3", "b = tft:2",
	       "t.sav:16:5: 'tft:2': only the planner takes a depth");
	expect("branch = 1", "name = a\tx\nbranch = 1",
	       "t.sav:12:9: control characters are not allowed in 'name'");
}

static void test_turns(void **state)
{
	(void)state;
	expect("table:talks share", "table:talks",
	       "t.sav:17:10: expected \"<side a's move> / <side b's "
	       "move>\", each one action id (or '-') a kind");
	expect("statement hold /", "statement hold ;",
	       "t.sav:17:10: expected \"<side a's move> / <side b's "
	       "move>\", each one action id (or '-') a kind");
	expect("statement hold", "statement h@ld",
	       "t.sav:17:20: invalid action 'h@ld' (an id, 'id:proposal' "
	       "or '-')");
	expect("table:talks share", "table:talks share:channel",
	       "t.sav:17:39: a move names one proposal at most");
	expect("table:talks", "table:",
	       "t.sav:17:27: invalid action 'table:' (an id, "
	       "'id:proposal' or '-')");
	expect("check.1 = 00000000000000ff\n", "",
	       "t.sav:17:1: missing 'check.1' for 'turn.1'");
	expect("check.1 = 00000000000000ff\n",
	       "check.1 = 00000000000000ff\ncheck.2 = 00000000000000ff\n",
	       "t.sav:19:1: 'check.2' without 'turn.2'");
	expect("check.1 = 00000000000000ff\n",
	       "check.1 = 00000000000000ff\nturn.3 = - - / - -\n"
	       "check.3 = 00000000000000ff\n",
	       "t.sav:14:1: missing 'turn.2' in section 'branch.1' (turns "
	       "run without gaps)");
	expect("turn.1 = statement hold / table:talks share\n",
	       "turn.1 = statement hold / table:talks share\n"
	       "turn.1 = - - / - -\n",
	       "t.sav:18:1: duplicate key 'turn.1' (first on line 17)");
	expect("check.1 =", "check.01 =",
	       "t.sav:18:1: unknown key 'check.01' in section 'branch.1'");
	expect("turn.1 =", "turn.1001 =",
	       "t.sav:17:1: too many turns (at most 1000)");
}

static void test_branches(void **state)
{
	static const char two[] = "[branch.2]\nparent = 1\nfork = 1\n"
				  "a = human\nb = human\n[end]";
	char *base = edit("[end]", two), *text;
	struct save sv;
	struct save_err err;

	(void)state;
	assert_string_equal(parse_msg(base, strlen(base)), "");
	save_init(&sv);
	assert_int_equal(save_parse(&sv, "t.sav", base, strlen(base), &err),
			 0);
	assert_int_equal(sv.nbr, 2);
	assert_int_equal(save_branch_turns(&sv.br[1]), 1);
	save_release(&sv);
#define BAD(from, to, msg) do { \
	char *at = strstr(base, from); \
	text = xasprintf("%.*s%s%s", (int)(at - base), base, to, \
			 at + strlen(from)); \
	assert_string_equal(parse_msg(text, strlen(text)), msg); \
	free(text); } while (0)
	BAD("parent = 1", "parent = 5",
	    "t.sav:21:10: unknown parent branch 5 (a parent must come "
	    "before its branches)");
	BAD("fork = 1", "fork = 2",
	    "t.sav:22:8: fork at turn 2, but branch 1 has only 1 turns");
	BAD("parent = 1\n", "", "t.sav:20:1: missing key 'parent' in "
	    "section 'branch.2'");
	BAD("b = human\n[end]", "b = human\n"
	    "turn.1 = - - / - -\ncheck.1 = 0000000000000000\n[end]",
	    "t.sav:25:1: turn 1 is outside branch 2, which starts after "
	    "turn 1");
	BAD("a = human\nb = planner:3", "parent = 1\na = human\n"
	    "b = planner:3", "t.sav:15:1: the first branch has no parent: "
	    "remove 'parent' and 'fork' or set them to 0");
	BAD("branch = 1", "branch = 3", "t.sav:12:10: unknown branch 3");
#undef BAD
	free(base);
	/* A file made to hurt: endless branches. */
	{
		struct strbuf sb = STRBUF_INIT;
		int i;

		strbuf_adds(&sb, good);
		sb.len -= strlen("[end]\n");
		for (i = 2; i <= SAVE_MAX_BRANCHES + 1; i++)
			strbuf_addf(&sb, "[branch.%d]\nparent = %d\nfork = 1\n"
				    "a = human\nb = human\n", i, i - 1);
		strbuf_adds(&sb, "[end]\n");
		assert_string_equal(parse_msg(sb.buf, sb.len),
				    "t.sav:5015:1: too many branches (at most "
				    "1000)");
		strbuf_release(&sb);
	}
}

/* Written saves read back as they were, byte for byte. */
static void test_roundtrip(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame sg;
	struct save_err err;
	struct save sv;
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;

	(void)state;
	ts_players(pl, "human", "planner");
	pl[1].depth = 2;
	assert_int_equal(savegame_new(&sg, sc, 77, pl, "bg", &err), 0);
	assert_int_equal(ts_play(&sg, 6), 0);
	assert_int_equal(savegame_branch(&sg, 3, NULL, &err), 0);
	assert_int_equal(ts_play(&sg, 2), 0);
	ts_players(pl, "human", "human");
	assert_int_equal(savegame_branch(&sg, 4, pl, &err), 0);
	assert_int_equal(ts_play(&sg, 1), 0);
	assert_int_equal(savegame_set_name(&sg, " Class, \"Tuesday\"\t ",
					   &err), 0);
	save_format(&sg.sv, &a);
	save_init(&sv);
	assert_int_equal(save_parse(&sv, "r.sav", a.buf, a.len, &err), 0);
	save_format(&sv, &b);
	assert_string_equal(a.buf, b.buf);
	assert_string_equal(sv.name, "Class, \"Tuesday\"");
	assert_int_equal(sv.nbr, 3);
	assert_int_equal(sv.current, 3);
	assert_string_equal(sv.lang, "bg");
	save_release(&sv);
	strbuf_release(&a);
	strbuf_release(&b);
	savegame_release(&sg);
	fixture_free(sc);
}

static void test_messages_and_codes(void **state)
{
	struct save_err e;
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	save_err_set(&e, "x.sav", 0, 0, SAVE_WRITE, "x.sav",
		     "no space left on device");
	assert_string_equal(ts_err(&e), "cannot write 'x.sav': no space "
			    "left on device");
	save_err_set(&e, "x.sav", 4, 19, SAVE_DIGEST, "crisis");
	save_err_str(&e, &sb);
	assert_string_equal(sb.buf, "x.sav:4:19: warning: scenario 'crisis' "
			    "has changed since this game was saved; every turn "
			    "is checked against the save");
	assert_string_equal(diag_cat_name(&save_msgs, SAVE_DIVERGE), "DIVERGE");
	assert_int_equal(diag_cat_sev(&save_msgs, SAVE_AI_DIFFERS), DIAG_WARNING);
	assert_int_equal(diag_cat_sev(&save_msgs, SAVE_DIVERGE), DIAG_ERROR);
	strbuf_release(&sb);
}

static void test_times(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	int64_t t;

	(void)state;
	assert_int_equal(save_time_parse("1970-01-01T00:00:00Z", &t), 0);
	assert_true(t == 0);
	assert_int_equal(save_time_parse("2000-02-29T23:59:59Z", &t), 0);
	assert_true(t == 951868799);
	save_time_str(t, &sb);
	assert_string_equal(sb.buf, "2000-02-29T23:59:59Z");
	assert_int_equal(save_time_parse("2000-02-29 23:59:59Z", &t), -1);
	assert_int_equal(save_time_parse("1900-02-28T23:59:59Z", &t), -1);
	assert_int_equal(save_time_parse("2020-13-01T00:00:00Z", &t), -1);
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_parses),
		cmocka_unit_test(test_editor_habits),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_not_a_save),
		cmocka_unit_test(test_format_versions),
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_sections_and_keys),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_turns),
		cmocka_unit_test(test_branches),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_messages_and_codes),
		cmocka_unit_test(test_times),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
