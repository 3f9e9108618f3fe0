/* test_save_game.c — games recorded, saved, loaded and branched: a
 * branch made at turn 3 survives save and load; a loaded game goes on as
 * if it had never stopped (doctrines included); transcripts of a live
 * game and of its save are the same bytes; a changed scenario or a
 * hand-edited save is caught at its line. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "cmd/batch.h"
#include "save/transcript.h"
#include "test_save.h"

static int setup(void **state)
{
	(void)state;
	setenv("SOURCE_DATE_EPOCH", "1601035200", 1);
	return 0;
}

/* Write sg, read it back, open it on sc: the loaded game. */
static void reload(struct savegame *sg, const struct scenario *sc,
		   struct savegame *out)
{
	struct strbuf text = STRBUF_INIT;
	struct save sv;
	struct save_err err;

	save_format(&sg->sv, &text);
	save_init(&sv);
	assert_int_equal(save_parse(&sv, "t.sav", text.buf, text.len, &err),
			 0);
	if (savegame_open(out, &sv, sc, &err) < 0)
		fail_msg("open: %s", ts_err(&err));
	save_release(&sv);
	strbuf_release(&text);
}

/* Open text (a save) on sc: 0, or -1 with the message in msg. */
static int open_text(const char *text, const struct scenario *sc,
		     struct savegame *sg, char *msg, size_t size)
{
	struct save sv;
	struct save_err err;
	int rc;

	save_init(&sv);
	rc = save_parse(&sv, "t.sav", text, strlen(text), &err);
	if (rc == 0)
		rc = savegame_open(sg, &sv, sc, &err);
	snprintf(msg, size, "%s", rc < 0 ? ts_err(&err) : "");
	save_release(&sv);
	return rc;
}

/* Line number of the first line starting with key in text. */
static int line_of(const char *text, const char *key)
{
	const char *p = text;
	int line = 1;

	for (; *p; line++) {
		if (!strncmp(p, key, strlen(key)))
			return line;
		p = strchr(p, '\n');
		if (!p)
			break;
		p++;
	}
	return 0;
}

/* text with the first line starting with key replaced by repl. */
static char *replace_line(const char *text, const char *key,
			  const char *repl)
{
	const char *at = strstr(text, key), *end;

	assert_non_null(at);
	end = strchr(at, '\n');
	return xasprintf("%.*s%s%s", (int)(at - text), text, repl, end);
}

static void test_branch_at_turn_3_survives(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame sg, back;
	struct save_err err;
	uint64_t end1, end2;
	const struct save_branch *b;
	char *dir = ts_tmpdir(), *path = xasprintf("%s/g.sav", dir);

	(void)state;
	ts_players(pl, "human", "tft");
	assert_int_equal(savegame_new(&sg, sc, 5, pl, "en", &err), 0);
	assert_int_equal(savegame_save_as(&sg, path, &err), 0);
	assert_int_equal(ts_play(&sg, 6), 0);
	end1 = save_state_check(&sg.g);
	assert_int_equal(savegame_branch(&sg, 3, NULL, &err), 0);
	assert_int_equal(sg.g.st.turn, 3);
	/* Other moves from turn 4 on: a new line. */
	{
		struct move mv[2];

		ts_moves(&sg.g, 99, mv);
		assert_int_equal(savegame_play(&sg, mv, &err), 0);
	}
	assert_int_equal(ts_play(&sg, 2), 0);
	end2 = save_state_check(&sg.g);
	assert_true(end1 != end2);
	savegame_release(&sg);

	/* From the file, as autosaved after the last turn. */
	{
		struct save sv;

		save_init(&sv);
		assert_int_equal(save_read(&sv, path, &err), 0);
		assert_int_equal(savegame_open(&back, &sv, sc, &err), 0);
		save_release(&sv);
	}
	assert_int_equal(back.sv.nbr, 2);
	b = savegame_current(&back);
	assert_int_equal(b->id, 2);
	assert_int_equal(b->parent, 1);
	assert_int_equal(b->fork, 3);
	assert_int_equal(b->n, 3);
	assert_int_equal(back.g.st.turn, 6);
	assert_true(save_state_check(&back.g) == end2);
	assert_non_null(back.ai[1]);
	assert_null(back.ai[0]);
	assert_string_equal(back.warn.buf, "");
	/* The old line is there, whole. */
	assert_int_equal(savegame_switch(&back, 1, &err), 0);
	assert_int_equal(back.g.st.turn, 6);
	assert_true(save_state_check(&back.g) == end1);
	savegame_release(&back);
	free(path);
	ts_rmdir(dir);
	fixture_free(sc);
}

/* Stopping and resuming changes nothing: 12 turns in one go give the
 * same save as 6, a save, a load and 6 more, doctrines with their own
 * streams (random) and look-ahead (planner) included. */
static void test_resume_is_seamless(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame a, b, c;
	struct save_err err;
	struct strbuf ta = STRBUF_INIT, tc = STRBUF_INIT;

	(void)state;
	ts_players(pl, "random", "planner");
	assert_int_equal(savegame_new(&a, sc, 31, pl, NULL, &err), 0);
	assert_int_equal(ts_play(&a, 12), 0);
	assert_int_equal(savegame_new(&b, sc, 31, pl, NULL, &err), 0);
	assert_int_equal(ts_play(&b, 6), 0);
	reload(&b, sc, &c);
	assert_string_equal(c.warn.buf, "");
	assert_int_equal(ts_play(&c, 6), 0);
	save_format(&a.sv, &ta);
	save_format(&c.sv, &tc);
	assert_string_equal(ta.buf, tc.buf);
	strbuf_release(&ta);
	strbuf_release(&tc);
	savegame_release(&a);
	savegame_release(&b);
	savegame_release(&c);
	fixture_free(sc);
}

/* A refused move changes nothing, not even the doctrine's stream. */
static void test_illegal_move_changes_nothing(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame a, b;
	struct save_err err;
	struct move bad[2];
	struct strbuf ta = STRBUF_INIT, tb = STRBUF_INIT;

	(void)state;
	/* The doctrine plays side a: it would choose before b's move is
	 * looked at, were the order wrong. */
	ts_players(pl, "random", "human");
	assert_int_equal(savegame_new(&a, sc, 4, pl, NULL, &err), 0);
	assert_int_equal(savegame_new(&b, sc, 4, pl, NULL, &err), 0);
	assert_int_equal(ts_play(&a, 2), 0);
	assert_int_equal(ts_play(&b, 2), 0);
	ts_moves(&b.g, 2, bad);
	bad[1].act[KIND_CYBER] = 0;	/* a diplomatic action */
	assert_int_equal(savegame_play(&b, bad, &err), -1);
	assert_string_equal(ts_err(&err), "the move of b at turn 3 is not "
			    "legal here: no action of this kind chosen");
	assert_int_equal(b.g.st.turn, 2);
	assert_int_equal(ts_play(&a, 5), 0);
	assert_int_equal(ts_play(&b, 5), 0);
	save_format(&a.sv, &ta);
	save_format(&b.sv, &tb);
	assert_string_equal(ta.buf, tb.buf);
	strbuf_release(&ta);
	strbuf_release(&tb);
	savegame_release(&a);
	savegame_release(&b);
	fixture_free(sc);
}

/* A transcript from the live game and from its save: the same bytes,
 * every time. */
static void test_transcript_reproduced(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame live, back, again;
	struct save_err err;
	struct strbuf t1 = STRBUF_INIT, t2 = STRBUF_INIT, t3 = STRBUF_INIT;
	struct strbuf c1 = STRBUF_INIT, c2 = STRBUF_INIT;

	(void)state;
	ts_players(pl, "human", "random");
	assert_int_equal(savegame_new(&live, sc, 8, pl, "en", &err), 0);
	assert_int_equal(ts_play(&live, 15), 0);
	transcript_text(&live.sv, &live.g, NULL, "en", &t1);
	transcript_csv(&live.g, &c1);
	reload(&live, sc, &back);
	reload(&back, sc, &again);
	transcript_text(&back.sv, &back.g, NULL, "en", &t2);
	transcript_csv(&back.g, &c2);
	transcript_text(&again.sv, &again.g, NULL, "en", &t3);
	assert_true(t1.len > 1000);
	assert_string_equal(t1.buf, t2.buf);
	assert_string_equal(t1.buf, t3.buf);
	assert_string_equal(c1.buf, c2.buf);
	{
		char head[32], row[16];

		assert_true(live.g.st.turn >= 5);
		snprintf(head, sizeof head, "\nTurn %d: ", live.g.st.turn);
		snprintf(row, sizeof row, "\n%d,", live.g.st.turn);
		assert_non_null(strstr(t1.buf, head));
		assert_non_null(strstr(c1.buf, row));
	}
	strbuf_release(&t1);
	strbuf_release(&t2);
	strbuf_release(&t3);
	strbuf_release(&c1);
	strbuf_release(&c2);
	savegame_release(&live);
	savegame_release(&back);
	savegame_release(&again);
	fixture_free(sc);
}

/* `sim --games 1 --save` keeps the very game sim plays. */
static void test_sim_game_is_batch_game(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame sg;
	struct save_err err;
	struct batch_cfg cfg;
	struct batch_result r;
	struct game g;
	struct move none[2];

	(void)state;
	memset(none, 0, sizeof none);
	memset(&cfg, 0, sizeof cfg);
	cfg.sc = sc;
	cfg.doctrine[0] = "gtft";
	cfg.doctrine[1] = "random";
	ts_players(pl, "gtft", "random");
	assert_int_equal(savegame_new(&sg, sc, 1234, pl, NULL, &err), 0);
	while (!game_over(&sg.g))
		assert_int_equal(savegame_play(&sg, none, &err), 0);
	game_init(&g, sc, 1234);
	assert_int_equal(batch_play(&g, &cfg, &r), 0);
	assert_int_equal(g.st.turn, sg.g.st.turn);
	assert_true(save_state_check(&g) == save_state_check(&sg.g));
	game_release(&g);
	savegame_release(&sg);
	fixture_free(sc);
}

/* A person takes a doctrine's side at turn 4: the other doctrine goes
 * on exactly as it would have. */
static void test_take_over(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame sg, back;
	struct save_err err;
	struct move none[2];
	const struct save_branch *b1, *b2;
	struct strbuf m1 = STRBUF_INIT, m2 = STRBUF_INIT;

	(void)state;
	memset(none, 0, sizeof none);
	ts_players(pl, "tft", "random");
	assert_int_equal(savegame_new(&sg, sc, 99, pl, NULL, &err), 0);
	while (!game_over(&sg.g) && sg.g.st.turn < 10)
		assert_int_equal(savegame_play(&sg, none, &err), 0);
	ts_players(pl, "human", "random");
	assert_int_equal(savegame_branch(&sg, 4, pl, &err), 0);
	assert_null(sg.ai[0]);
	assert_non_null(sg.ai[1]);
	assert_int_equal(ts_play(&sg, 3), 0);
	b1 = save_branch_find(&sg.sv, 1);
	b2 = savegame_current(&sg);
	assert_int_equal(b2->fork, 4);
	assert_string_equal(b2->player[0].name, "human");
	/* Turn 5: the doctrine has seen the same four turns, so it makes
	 * the same move as on the old line. */
	save_move_str(&b1->turn[4].mv[1], &m1);
	save_move_str(&b2->turn[0].mv[1], &m2);
	assert_string_equal(m1.buf, m2.buf);
	reload(&sg, sc, &back);
	assert_string_equal(back.warn.buf, "");
	assert_true(save_state_check(&back.g) == save_state_check(&sg.g));
	strbuf_release(&m1);
	strbuf_release(&m2);
	savegame_release(&sg);
	savegame_release(&back);
	fixture_free(sc);
}

static void test_branch_rules(void **state)
{
	struct scenario *sc = ts_scenario();
	struct save_player pl[2];
	struct savegame sg;
	struct save_err err;
	struct save_binfo *info;
	size_t n;

	(void)state;
	ts_players(pl, "human", "human");
	assert_int_equal(savegame_new(&sg, sc, 3, pl, NULL, &err), 0);
	/* Changing players before the first turn changes the branch. */
	ts_players(pl, "human", "dove");
	assert_int_equal(savegame_branch(&sg, 0, pl, &err), 0);
	assert_int_equal(sg.sv.nbr, 1);
	assert_non_null(sg.ai[1]);
	assert_int_equal(ts_play(&sg, 5), 0);
	/* Going back to now, as now, is nothing. */
	assert_int_equal(savegame_branch(&sg, 5, NULL, &err), 0);
	assert_int_equal(sg.sv.nbr, 1);
	assert_int_equal(savegame_branch(&sg, 6, NULL, &err), -1);
	assert_string_equal(ts_err(&err), "turn 6 is not on branch 1, which "
			    "has 5");
	/* An empty branch is replaced, not left behind. */
	assert_int_equal(savegame_branch(&sg, 2, NULL, &err), 0);
	assert_int_equal(savegame_branch(&sg, 1, NULL, &err), 0);
	assert_int_equal(sg.sv.nbr, 2);
	assert_int_equal(savegame_current(&sg)->fork, 1);
	assert_int_equal(ts_play(&sg, 2), 0);
	/* From turn 0: a branch of the first. */
	assert_int_equal(savegame_branch(&sg, 0, NULL, &err), 0);
	assert_int_equal(savegame_current(&sg)->parent, 1);
	assert_int_equal(ts_play(&sg, 1), 0);
	/* Turn 2 of branch 3 (forked at 1) is its own: a branch of it. */
	assert_int_equal(savegame_switch(&sg, 3, &err), 0);
	assert_int_equal(savegame_branch(&sg, 2, NULL, &err), 0);
	assert_int_equal(savegame_current(&sg)->parent, 3);
	/* Its turn 1 is the first branch's (and the empty one goes). */
	assert_int_equal(savegame_branch(&sg, 1, NULL, &err), 0);
	assert_int_equal(savegame_current(&sg)->parent, 1);
	assert_int_equal(savegame_current(&sg)->id, 6);
	assert_int_equal(sg.sv.nbr, 4);
	assert_int_equal(savegame_switch(&sg, 9, &err), -1);
	assert_string_equal(ts_err(&err), "'(new game)' has no branch 9");
	ts_players(pl, "human", "oracle");
	assert_int_equal(savegame_branch(&sg, 0, pl, &err), -1);
	assert_int_equal(savegame_timeline(&sg, &info, &n, &err), 0);
	assert_int_equal(n, 4);
	assert_int_equal(info[0].turns, 5);
	assert_int_equal(info[1].fork, 1);
	assert_int_equal(info[1].turns, 3);
	assert_int_equal(info[2].parent, 1);
	assert_int_equal(info[2].turns, 1);
	assert_int_equal(info[3].id, 6);
	assert_int_equal(info[3].turns, 1);
	assert_true(info[0].npath >= 1);
	assert_int_equal(info[0].ending, END_NONE);
	free(info);
	savegame_release(&sg);
	fixture_free(sc);
}

/* ---- saves that no longer fit -------------------------------------- */

/* A save of a few turns of human play, as text (free it). */
static char *some_save(const struct scenario *sc, int turns)
{
	struct save_player pl[2];
	struct savegame sg;
	struct save_err err;
	struct strbuf sb = STRBUF_INIT;

	ts_players(pl, "human", "human");
	assert_int_equal(savegame_new(&sg, sc, 21, pl, NULL, &err), 0);
	assert_int_equal(ts_play(&sg, turns), 0);
	save_format(&sg.sv, &sb);
	savegame_release(&sg);
	return strbuf_detach(&sb);
}

static void test_scenario_changed(void **state)
{
	struct scenario *sc = ts_scenario();
	char *text = some_save(sc, 8), msg[2200], want[2200];
	struct savegame sg;
	int t = 0, line;

	(void)state;
	/* The files changed, the game did not: a warning. */
	sc->digest ^= 1;
	assert_int_equal(open_text(text, sc, &sg, msg, sizeof msg), 0);
	snprintf(want, sizeof want, "t.sav:%d:19: warning: scenario 'crisis' "
		 "has changed since this game was saved; every turn is "
		 "checked against the save\n",
		 line_of(text, "scenario_digest"));
	assert_string_equal(sg.warn.buf, want);
	savegame_release(&sg);
	/* A rule changed: caught at the first turn it shows. */
	sc->action[0].lr = 1.7;
	sc->action[8].lr = 1.1;
	assert_int_equal(open_text(text, sc, &sg, msg, sizeof msg), -1);
	assert_int_equal(sscanf(strstr(msg, "turn "), "turn %d", &t), 1);
	snprintf(want, sizeof want, "check.%d = ", t);
	line = line_of(text, want);
	snprintf(want, sizeof want, "t.sav:%d:%d: the game diverges from "
		 "the save at turn %d; the scenario may have changed", line,
		 t < 10 ? 11 : 12, t);
	assert_string_equal(msg, want);
	savegame_release(&sg);
	/* Another turn limit, another scenario. */
	sc->action[0].lr = 1.2;
	sc->action[8].lr = 1.5;
	sc->rules.turns = 30;
	assert_int_equal(open_text(text, sc, &sg, msg, sizeof msg), -1);
	snprintf(want, sizeof want, "t.sav:%d:14: the game was played with "
		 "a limit of 40 turns, but the scenario given has 30",
		 line_of(text, "turn_limit"));
	assert_string_equal(msg, want);
	savegame_release(&sg);
	sc->rules.turns = 40;
	strcpy(sc->id, "crisis2");
	assert_int_equal(open_text(text, sc, &sg, msg, sizeof msg), -1);
	snprintf(want, sizeof want, "t.sav:%d:12: the save is for scenario "
		 "'crisis', not 'crisis2'", line_of(text, "scenario ="));
	assert_string_equal(msg, want);
	savegame_release(&sg);
	free(text);
	fixture_free(sc);
}

struct bad_turn {
	const char *turn;	/* a new turn.1 line */
	const char *msg;	/* what follows "t.sav:L:" */
};

/* Hand-edited turns, looked up in the scenario: exact messages. */
static void test_hand_edited_turns(void **state)
{
	static const struct bad_turn cases[] = {
		{ "turn.1 = statment hold / statement hold",
		  "10: unknown action 'statment' in scenario 'crisis'" },
		{ "turn.1 = hold statement / statement hold",
		  "10: action 'hold' is cyber, but this place is for a "
		  "diplomatic action" },
		{ "turn.1 = - hold / statement hold",
		  "10: a needs a diplomatic action here, not '-'" },
		{ "turn.1 = table hold / statement hold",
		  "10: action 'table' works on a proposal: write "
		  "'table:PROPOSAL'" },
		{ "turn.1 = statement:talks hold / statement hold",
		  "10: action 'statement' does not work on a proposal" },
		{ "turn.1 = table:peace hold / statement hold",
		  "16: unknown proposal 'peace' in scenario 'crisis'" },
		{ "turn.1 = accept:talks hold / statement hold",
		  "10: the move of a at turn 1 is not legal here: action "
		  "not open to this side now" },
		{ "turn.1 = statement hold / statement hold",
		  "11: the game diverges from the save at turn 1; the "
		  "scenario may have changed" },
	};
	struct scenario *sc = ts_scenario();
	char *text = some_save(sc, 3), msg[2200], want[2200], *bad;
	struct savegame sg;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		int line = line_of(text, "turn.1 =");

		bad = replace_line(text, "turn.1 =", cases[i].turn);
		if (strstr(cases[i].msg, "diverges"))
			line++;	/* reported at the check */
		snprintf(want, sizeof want, "t.sav:%d:%s", line,
			 cases[i].msg);
		assert_int_equal(open_text(bad, sc, &sg, msg, sizeof msg), -1);
		assert_string_equal(msg, want);
		savegame_release(&sg);
		free(bad);
	}
	free(text);
	/* A turn after the end of the game, which is its turn limit: the
	 * limit is named, as an edited one would be. */
	sc->rules.turns = 2;
	text = some_save(sc, 5);
	{
		const char *after = strchr(strstr(text, "check.2 ="), '\n');

		bad = xasprintf("%.*s\nturn.3 = statement hold / statement "
				"hold\ncheck.3 = 0000000000000000%s",
				(int)(after - text), text, after);
		free(text);
	}
	assert_int_equal(open_text(bad, sc, &sg, msg, sizeof msg), -1);
	snprintf(want, sizeof want, "t.sav:%d:14: 'turn_limit' is 2, but "
		 "branch 1 has 3 turns", line_of(bad, "turn_limit ="));
	assert_string_equal(msg, want);
	savegame_release(&sg);
	free(bad);
	fixture_free(sc);
}

/* A doctrine named for a side whose saved moves it would not make: the
 * game is the saved one, and the player is told. */
static void test_doctrine_differs(void **state)
{
	struct scenario *sc = ts_scenario();
	char *text = some_save(sc, 6), *bad, msg[2200], want[2200];
	struct savegame sg;

	(void)state;
	bad = replace_line(text, "b = human", "b = hawk");
	assert_int_equal(open_text(bad, sc, &sg, msg, sizeof msg), 0);
	snprintf(want, sizeof want, "t.sav:%d:", line_of(text, "turn.1"));
	assert_non_null(strstr(sg.warn.buf, want));
	assert_non_null(strstr(sg.warn.buf, "warning: doctrine 'hawk' would "
			       "now choose differently at turn 1; the saved "
			       "move is kept\n"));
	assert_int_equal(sg.g.st.turn, 6);
	savegame_release(&sg);
	free(bad);
	free(text);
	fixture_free(sc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_branch_at_turn_3_survives),
		cmocka_unit_test(test_resume_is_seamless),
		cmocka_unit_test(test_illegal_move_changes_nothing),
		cmocka_unit_test(test_transcript_reproduced),
		cmocka_unit_test(test_sim_game_is_batch_game),
		cmocka_unit_test(test_take_over),
		cmocka_unit_test(test_branch_rules),
		cmocka_unit_test(test_scenario_changed),
		cmocka_unit_test(test_hand_edited_turns),
		cmocka_unit_test(test_doctrine_differs),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
