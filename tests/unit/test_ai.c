/* test_ai.c — doctrines: published iterated prisoner's dilemma totals,
 * and playing only from what their side saw. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <cmocka.h>

#include "ai/ai.h"
#include "ai/script.h"
#include "cmd/batch.h"
#include "fixture.h"

/* Totals over 200 rounds with R=3, S=0, T=5, P=1, worked out by hand
 * from each pair's cycle (and matching Axelrod's tables for these
 * deterministic strategies): { a, b, score a, score b }. */
static const struct {
	const char *a, *b;
	double sa, sb;
} pd_totals[] = {
	{ "tft", "hawk", 199, 204 },
	{ "tft", "tft", 600, 600 },
	{ "tft", "dove", 600, 600 },
	{ "tft", "grim", 600, 600 },
	{ "tft", "pavlov", 600, 600 },
	{ "tft", "alternator", 498, 503 },
	{ "grim", "hawk", 199, 204 },
	{ "grim", "grim", 600, 600 },
	{ "grim", "dove", 600, 600 },
	{ "grim", "pavlov", 600, 600 },
	{ "grim", "alternator", 597, 107 },
	{ "pavlov", "hawk", 100, 600 },
	{ "pavlov", "pavlov", 600, 600 },
	{ "pavlov", "dove", 600, 600 },
	{ "pavlov", "alternator", 450, 450 },
	{ "alternator", "hawk", 100, 600 },
	{ "alternator", "dove", 800, 300 },
	{ "alternator", "alternator", 400, 400 },
	{ "dove", "hawk", 0, 1000 },
	{ "dove", "dove", 600, 600 },
	{ "hawk", "hawk", 200, 200 },
};

static void pd_pair(const struct scenario *sc, const char *a, const char *b,
		    double *sa, double *sb)
{
	struct batch_cfg cfg;
	struct batch_result r;
	struct game g;

	memset(&cfg, 0, sizeof cfg);
	cfg.sc = sc;
	cfg.doctrine[0] = a;
	cfg.doctrine[1] = b;
	game_init(&g, sc, 1);
	assert_int_equal(batch_play(&g, &cfg, &r), 0);
	assert_int_equal(r.turns, 200);
	*sa = r.score[0];
	*sb = r.score[1];
	game_release(&g);
}

static void test_pd_published_totals(void **state)
{
	struct scenario *sc = fixture_pd();
	size_t i;
	double sa, sb;

	(void)state;
	for (i = 0; i < sizeof pd_totals / sizeof *pd_totals; i++) {
		pd_pair(sc, pd_totals[i].a, pd_totals[i].b, &sa, &sb);
		if (sa != pd_totals[i].sa || sb != pd_totals[i].sb)
			fail_msg("%s vs %s: %g/%g, want %g/%g",
				 pd_totals[i].a, pd_totals[i].b, sa, sb,
				 pd_totals[i].sa, pd_totals[i].sb);
		/* And the mirror image, sides swapped. */
		pd_pair(sc, pd_totals[i].b, pd_totals[i].a, &sb, &sa);
		if (sa != pd_totals[i].sa || sb != pd_totals[i].sb)
			fail_msg("%s vs %s (swapped): %g/%g", pd_totals[i].b,
				 pd_totals[i].a, sb, sa);
	}
	fixture_free(sc);
}

static void test_names_and_lookup(void **state)
{
	static const char *want[] = { "dove", "hawk", "tft", "gtft", "grim",
		"pavlov", "alternator", "random", "bayes", "cheater",
		"exploiter", "planner" };
	static const char *levels[][2] = { { "easy", "tft" },
		{ "normal", "gtft" }, { "hard", "planner" },
		{ "expert", "planner" } };
	struct scenario *sc = fixture_crisis();
	struct strbuf err = STRBUF_INIT;
	size_t i;

	(void)state;
	assert_int_equal(ai_count(), 12);
	for (i = 0; i < 12; i++) {
		assert_string_equal(ai_name((int)i), want[i]);
		assert_int_equal(ai_find(want[i]), (int)i);
		assert_true(strlen(ai_summary((int)i)) > 10);
	}
	assert_int_equal(ai_level_count(), 4);
	for (i = 0; i < 4; i++) {
		struct ai *ai = ai_new(levels[i][0], sc, SIDE_B, 1);

		assert_string_equal(ai_level_name((int)i), levels[i][0]);
		assert_string_equal(ai_level_doctrine((int)i), levels[i][1]);
		assert_int_equal(ai_level_find(levels[i][0]), (int)i);
		assert_int_equal(ai_check(levels[i][0], sc, &err), 0);
		assert_non_null(ai);
		assert_string_equal(ai_doctrine(ai), levels[i][1]);
		ai_free(ai);
	}
	assert_int_equal(ai_find("nobody"), -1);
	assert_int_equal(ai_find("expert"), -1);	/* a level, not a doctrine */
	assert_null(ai_new("nobody", sc, 0, 1));
	assert_int_equal(ai_check("nobody", sc, &err), 2);
	assert_string_equal(err.buf, "unknown doctrine 'nobody'");
	strbuf_release(&err);
	fixture_free(sc);
}

/* tft must not answer a covert act that went undetected, and must
 * answer the same act once it is seen. */
static void test_tft_sees_only_what_was_seen(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct ai *tft = ai_new("tft", sc, SIDE_A, 1);
	struct game g;
	struct move mv[SIDES];

	(void)state;
	game_init(&g, sc, 3);
	ai_choose(tft, &g, &mv[0]);
	mv[1].act[KIND_DIPLO] = 0;
	mv[1].act[KIND_CYBER] = 5;	/* probe: covert, never detected */
	mv[1].prop = -1;
	assert_int_equal(game_play(&g, mv), 0);
	ai_observe(tft, &g);
	ai_choose(tft, &g, &mv[0]);
	assert_int_equal(sc->action[mv[0].act[KIND_CYBER]].stance, STANCE_COOP);

	sc->action[5].detect = 100;	/* now the same act is seen */
	mv[1].act[KIND_CYBER] = 5;
	assert_int_equal(game_play(&g, mv), 0);
	ai_observe(tft, &g);
	ai_choose(tft, &g, &mv[0]);
	assert_int_equal(sc->action[mv[0].act[KIND_CYBER]].stance,
			 STANCE_HOSTILE);
	ai_free(tft);
	game_release(&g);
	fixture_free(sc);
}

/* Every doctrine makes only legal moves, on both fixtures, both sides. */
static void test_every_doctrine_plays_legally(void **state)
{
	struct scenario *scs[2] = { fixture_pd(), fixture_crisis() };
	int i, d, s, t;

	(void)state;
	for (i = 0; i < 2; i++) {
		for (d = 0; d < ai_count(); d++) {
			struct game g;
			struct ai *ai[SIDES];
			struct move mv[SIDES];
			const char *why;

			game_init(&g, scs[i], (uint64_t)d);
			for (s = 0; s < SIDES; s++)
				ai[s] = ai_new(ai_name(d), scs[i], s, 9);
			for (t = 0; t < 30 && !game_over(&g); t++) {
				for (s = 0; s < SIDES; s++) {
					ai_choose(ai[s], &g, &mv[s]);
					assert_int_equal(game_check_move(&g, s,
						&mv[s], &why), 0);
				}
				assert_int_equal(game_play(&g, mv), 0);
				for (s = 0; s < SIDES; s++)
					ai_observe(ai[s], &g);
			}
			for (s = 0; s < SIDES; s++)
				ai_free(ai[s]);
			game_release(&g);
		}
		fixture_free(scs[i]);
	}
}

/* The planner's choice must not depend on the game's random stream or
 * on the other side's hidden numbers. */
static void test_planner_ignores_hidden_state(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g1, g2;
	struct ai *p1 = ai_new("planner", sc, SIDE_A, 4);
	struct ai *p2 = ai_new("planner", sc, SIDE_A, 4);
	struct move m1, m2;

	(void)state;
	game_init(&g1, sc, 1);
	game_init(&g2, sc, 2);
	g2.st.side[1].trust = 3;
	g2.st.side[1].security = 1;
	ai_choose(p1, &g1, &m1);
	ai_choose(p2, &g2, &m2);
	assert_memory_equal(&m1, &m2, sizeof m1);
	ai_free(p1);
	ai_free(p2);
	game_release(&g1);
	game_release(&g2);
	fixture_free(sc);
}

/* Play one turn: a's move from its doctrine (or *ma), b's given. */
static void play_turn(struct game *g, struct ai *a, const struct move *mb,
		      struct move *ma)
{
	struct move mv[SIDES];

	ai_choose(a, g, &mv[0]);
	mv[1] = *mb;
	assert_int_equal(game_play(g, mv), 0);
	ai_observe(a, g);
	if (ma)
		*ma = mv[0];
}


/* The cheater signs and cooperates in public and runs a covert hostile
 * act every turn; on the crisis fixture that is probe (never detected,
 * so it risks nothing) rather than spy (always detected). */
static void test_cheater(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct ai *ai = ai_new("cheater", sc, SIDE_B, 1);
	struct game g;
	struct move mv[SIDES];
	int t;

	(void)state;
	game_init(&g, sc, 1);
	for (t = 0; t < 5; t++) {
		mv[0] = fx_move(0, 8, -1);	/* statement, share */
		ai_choose(ai, &g, &mv[1]);
		assert_int_equal(sc->action[mv[1].act[KIND_DIPLO]].stance,
				 STANCE_COOP);
		assert_int_equal(mv[1].act[KIND_CYBER], 5);	/* probe */
		if (t == 0)	/* it signs what is on the table */
			assert_int_equal(mv[1].act[KIND_DIPLO], 1);
		assert_int_equal(game_play(&g, mv), 0);
		ai_observe(ai, &g);
	}
	ai_free(ai);
	game_release(&g);
	fixture_free(sc);
}

/* The exploiter cooperates until an agreement is in force, then defects
 * covertly behind it. */
static void test_exploiter(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct ai *ai = ai_new("exploiter", sc, SIDE_B, 1);
	struct game g;
	struct move mv[SIDES];

	(void)state;
	game_init(&g, sc, 1);
	mv[0] = fx_move(0, 8, -1);
	ai_choose(ai, &g, &mv[1]);
	assert_int_equal(mv[1].act[KIND_DIPLO], 1);	/* accept channel */
	assert_int_equal(mv[1].prop, 0);
	assert_int_equal(sc->action[mv[1].act[KIND_CYBER]].stance, STANCE_COOP);
	assert_int_equal(game_play(&g, mv), 0);
	ai_observe(ai, &g);
	assert_true(game_in_force(&g, 0));
	ai_choose(ai, &g, &mv[1]);
	assert_int_equal(sc->action[mv[1].act[KIND_DIPLO]].stance, STANCE_COOP);
	assert_true(sc->action[mv[1].act[KIND_CYBER]].covert);
	assert_int_equal(sc->action[mv[1].act[KIND_CYBER]].stance,
			 STANCE_HOSTILE);
	ai_free(ai);
	game_release(&g);
	fixture_free(sc);
}

/* Where the package is on trial before it ends the game, the exploiter
 * waits for the whole of it: one agreement of two is not yet its
 * moment. */
static void test_exploiter_waits_for_the_package(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct ai *ai = ai_new("exploiter", sc, SIDE_B, 1);
	struct game g;
	struct move mv[SIDES];

	(void)state;
	sc->rules.agreement_hold = 2;
	game_init(&g, sc, 1);
	mv[0] = fx_move(0, 8, -1);
	ai_choose(ai, &g, &mv[1]);
	assert_int_equal(game_play(&g, mv), 0);
	ai_observe(ai, &g);
	assert_int_equal(game_signed_count(&g), 1);
	ai_choose(ai, &g, &mv[1]);
	assert_int_equal(sc->action[mv[1].act[KIND_CYBER]].stance,
			 STANCE_COOP);
	ai_free(ai);
	game_release(&g);
	fixture_free(sc);
}

/* A measured reply: with no score weights, an act's size is how much
 * distrust it carries, -ln(lr): strike 1.61, spy 0.69 (seen for sure).
 * tft answers each with the hostile act closest in size: itself. */
static void test_measured_reply(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct ai *tft = ai_new("tft", sc, SIDE_A, 1);
	struct game g;
	struct move mb, ma;

	(void)state;
	sc->rules.tension = 0;	/* room for two strikes below war */
	game_init(&g, sc, 1);
	mb = fx_move(0, 6, -1);	/* statement, strike */
	play_turn(&g, tft, &mb, NULL);
	mb = fx_move(0, 4, -1);	/* statement, hold */
	play_turn(&g, tft, &mb, &ma);
	assert_int_equal(ma.act[KIND_CYBER], 6);	/* strike for strike */
	mb = fx_move(0, 7, -1);	/* spy, detected */
	play_turn(&g, tft, &mb, NULL);
	mb = fx_move(0, 4, -1);
	play_turn(&g, tft, &mb, &ma);
	assert_int_equal(ma.act[KIND_CYBER], 7);	/* spy for spy */
	ai_free(tft);
	game_release(&g);
	fixture_free(sc);
}

/* Deterrence: a spy caught only half the time stands, for the strong
 * levels, for two (size 2 x 0.69 = 1.39), so their answer is a strike
 * (1.61) where tft's stays a spy. Returns the strikes and spies of
 * who's answers over 20 seeds. */
static void caught_spy_answers(struct scenario *sc, const char *who,
			       int *strikes, int *spies)
{
	uint64_t seed;

	*strikes = *spies = 0;
	for (seed = 1; seed <= 20; seed++) {
		struct ai *a = ai_new(who, sc, SIDE_A, seed);
		struct game g;
		struct move mb = fx_move(0, 7, -1), ma;	/* spy */
		size_t i;
		int caught = 0;

		game_init(&g, sc, seed);
		play_turn(&g, a, &mb, NULL);
		for (i = 0; i < g.last.n; i++)
			caught |= g.last.ev[i].type == GEV_ACT &&
				  g.last.ev[i].side == SIDE_B &&
				  (g.last.ev[i].seen & (1u << SIDE_A)) &&
				  g.last.ev[i].ref == 7;
		mb = fx_move(0, 4, -1);
		play_turn(&g, a, &mb, &ma);

		if (caught) {
			*strikes += ma.act[KIND_CYBER] == 6;
			*spies += ma.act[KIND_CYBER] == 7;
		}
		ai_free(a);
		game_release(&g);
	}
}

static void test_strong_levels_deter(void **state)
{
	struct scenario *sc = fixture_crisis();
	int strikes, spies;

	(void)state;
	sc->rules.turns = 12;
	sc->rules.tension = 0;
	sc->action[7].detect = 50;
	caught_spy_answers(sc, "tft", &strikes, &spies);
	assert_int_equal(strikes, 0);
	assert_true(spies >= 3);
	caught_spy_answers(sc, "hard", &strikes, &spies);
	assert_true(strikes >= 3);
	assert_int_equal(spies, 0);
	fixture_free(sc);
}

/* The strong levels answer a detected hostile act at once — save the
 * third they let go, as generous tit for tat does — and forgive when the
 * other side returns to cooperation. Over 12 seeds: about 8 answers. */
static int hard_answers(const struct scenario *sc, uint64_t seed)
{
	struct ai *hard = ai_new("hard", sc, SIDE_A, seed);
	struct game g;
	struct move mb, ma;
	int t, coop = 0, answered;

	game_init(&g, sc, seed);
	mb = fx_move(0, 6, -1);	/* strike */
	play_turn(&g, hard, &mb, NULL);
	mb = fx_move(0, 8, -1);	/* statement, share: back to cooperation */
	play_turn(&g, hard, &mb, &ma);
	answered = game_move_hostile(sc, &ma);
	for (t = 0; t < 3; t++) {
		play_turn(&g, hard, &mb, &ma);
		coop += !game_move_hostile(sc, &ma);
	}
	assert_true(coop >= 2);		/* forgiven */
	ai_free(hard);
	game_release(&g);
	return answered;
}

static void test_hard_answers_and_forgives(void **state)
{
	struct scenario *sc = fixture_crisis();
	int seed, answered = 0;

	(void)state;
	sc->rules.turns = 12;
	sc->rules.tension = 0;
	for (seed = 1; seed <= 12; seed++)
		answered += hard_answers(sc, (uint64_t)seed);
	assert_true(answered >= 6 && answered <= 11);
	fixture_free(sc);
}

static void test_interests(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	struct move m;
	struct ai *ai;

	(void)state;
	game_init(&g, sc, 1);
	sc->proposal[0].value[SIDE_B] = -1;
	ai = ai_new("hard", sc, SIDE_B, 1);
	ai_choose(ai, &g, &m);
	assert_int_not_equal(m.act[KIND_DIPLO], 1);	/* not signed */
	ai_free(ai);
	ai = ai_new("tft", sc, SIDE_B, 1);	/* signs what it can */
	ai_choose(ai, &g, &m);
	assert_int_equal(m.act[KIND_DIPLO], 1);
	ai_free(ai);
	sc->proposal[0].value[SIDE_B] = 1;
	ai = ai_new("hard", sc, SIDE_B, 1);
	ai_choose(ai, &g, &m);
	assert_int_equal(m.act[KIND_DIPLO], 1);
	ai_free(ai);
	game_release(&g);
	fixture_free(sc);
}

/* Expert searches ten times as many whole games as hard; both are
 * reproducible from their seed. */
static void test_expert_budget(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct ai *h = ai_new("hard", sc, SIDE_A, 7);
	struct ai *e = ai_new("expert", sc, SIDE_A, 7);
	struct ai *e2 = ai_new("expert", sc, SIDE_A, 7);
	struct game g;
	struct move m1, m2;

	(void)state;
	game_init(&g, sc, 1);
	ai_choose(h, &g, &m1);
	ai_choose(e, &g, &m1);
	ai_choose(e2, &g, &m2);
	assert_true(ai_rollouts(h) > 0);
	assert_true(ai_rollouts(e) >= 10 * ai_rollouts(h));
	assert_memory_equal(&m1, &m2, sizeof m1);
	ai_free(h);
	ai_free(e);
	ai_free(e2);
	game_release(&g);
	fixture_free(sc);
}

/* A script plays what it names; what is not legal when due becomes the
 * neutral move and is counted. */
static void test_script_plays(void **state)
{
	struct scenario *sc = fixture_crisis();
	char path[] = "/tmp/detente-test-script-XXXXXX";
	char name[64];
	const char *text = "# test\n1: statement:talks share\n"
			   "2-3: accept:channel spy\n*: table:talks hold\n";
	int fd = mkstemp(path);
	struct ai *ai;
	struct game g;
	struct move mv[SIDES];

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
	snprintf(name, sizeof name, "script:%s", path);
	/* "statement" takes no proposal: the file is refused. */
	assert_null(ai_new(name, sc, SIDE_B, 1));
	text = "# test\n1: statement share\n2-3: accept:channel spy\n"
	       "*: table:talks hold\n";
	fd = open(path, O_WRONLY | O_TRUNC);
	assert_int_equal(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
	ai = ai_new(name, sc, SIDE_B, 1);
	assert_non_null(ai);
	game_init(&g, sc, 1);
	mv[0] = fx_move(0, 4, -1);
	ai_choose(ai, &g, &mv[1]);
	assert_int_equal(mv[1].act[KIND_DIPLO], 0);
	assert_int_equal(mv[1].act[KIND_CYBER], 8);
	assert_int_equal(game_play(&g, mv), 0);
	ai_choose(ai, &g, &mv[1]);	/* turn 2: sign the channel, spy */
	assert_int_equal(mv[1].act[KIND_DIPLO], 1);
	assert_int_equal(mv[1].prop, 0);
	assert_int_equal(mv[1].act[KIND_CYBER], 7);
	assert_int_equal(game_play(&g, mv), 0);
	assert_int_equal(ai_fallbacks(ai), 0);
	ai_choose(ai, &g, &mv[1]);	/* turn 3: signed already */
	assert_int_equal(ai_fallbacks(ai), 1);
	assert_int_equal(mv[1].act[KIND_CYBER], 7);
	assert_int_equal(game_check_move(&g, SIDE_B, &mv[1], &text), 0);
	assert_int_equal(game_play(&g, mv), 0);
	ai_choose(ai, &g, &mv[1]);	/* turn 4: '*' */
	assert_int_equal(mv[1].act[KIND_DIPLO], 2);
	assert_int_equal(mv[1].prop, 1);
	assert_int_equal(mv[1].act[KIND_CYBER], 4);
	ai_free(ai);
	game_release(&g);
	unlink(path);
	fixture_free(sc);
}

/* Messages name the file, line and column; every error is reported. */
static void test_script_errors(void **state)
{
	static const struct { const char *text, *want; } cases[] = {
		{ "1-: hold", "f:1:3: expected a turn, a range N-M or '*'\n" },
		{ " 2: statement hold extra",
		  "f:1:20: unexpected 'extra' after the move\n" },
		{ "3: hold statement", "f:1:4: 'hold' is a cyber action; the "
		  "diplomatic one comes first\n" },
		{ "*: accept:nope hold", "f:1:11: unknown proposal 'nope'\n" },
		{ "1: statement hold\n1: statement hold\nx",
		  "f:2:1: turn '1' is named twice (first on line 1)\n"
		  "f:3:1: expected a turn, a range N-M or '*', not 'x'\n" },
		{ "", "f:1:1: no rules: a script names turns and moves, as "
		  "'1-3: ACTION ACTION'\n" },
		/* Columns count characters; a long subject is cut. */
		{ "1: \xd0\xb4\xd0\xb0 hold", "f:1:4: unknown action "
		  "'\xd0\xb4\xd0\xb0'\n" },
		{ "1: statement hold \xd0\xb4 x", "f:1:19: unexpected "
		  "'\xd0\xb4' after the move\n" },
		{ "1: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\xd0\xb4" "b hold",
		  "f:1:4: unknown action "
		  "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...'\n" },
	};
	struct scenario *sc = fixture_crisis();
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct strbuf err = STRBUF_INIT;
		struct script *s = script_parse("f", cases[i].text,
						strlen(cases[i].text), sc,
						&err);

		assert_null(s);
		assert_string_equal(err.buf, cases[i].want);
		strbuf_release(&err);
	}
	fixture_free(sc);
}

/* Past DIAG_CAP errors, the rest are counted, as for every input. */
static void test_script_error_cap(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct strbuf text = STRBUF_INIT, err = STRBUF_INIT;
	const char *last;
	int i, lines = 0;

	(void)state;
	for (i = 0; i < DIAG_CAP + 5; i++)
		strbuf_adds(&text, "x\n");
	assert_null(script_parse("f", text.buf, text.len, sc, &err));
	for (i = 0; err.buf[i]; i++)
		lines += err.buf[i] == '\n';
	assert_int_equal(lines, DIAG_CAP + 1);
	last = strstr(err.buf, "f: 5 more errors not shown\n");
	assert_non_null(last);
	assert_string_equal(last, "f: 5 more errors not shown\n");
	/* A line too long is placed in characters: 2048 of 2 bytes. */
	strbuf_reset(&text);
	strbuf_reset(&err);
	for (i = 0; i < 2100; i++)
		strbuf_adds(&text, "\xd0\xb4");
	assert_null(script_parse("f", text.buf, text.len, sc, &err));
	assert_string_equal(err.buf, "f:1:2049: line too long (at most 4096 "
			    "bytes)\n");
	strbuf_release(&text);
	strbuf_release(&err);
	fixture_free(sc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pd_published_totals),
		cmocka_unit_test(test_names_and_lookup),
		cmocka_unit_test(test_tft_sees_only_what_was_seen),
		cmocka_unit_test(test_every_doctrine_plays_legally),
		cmocka_unit_test(test_planner_ignores_hidden_state),
		cmocka_unit_test(test_cheater),
		cmocka_unit_test(test_exploiter),
		cmocka_unit_test(test_measured_reply),
		cmocka_unit_test(test_hard_answers_and_forgives),
		cmocka_unit_test(test_strong_levels_deter),
		cmocka_unit_test(test_exploiter_waits_for_the_package),
		cmocka_unit_test(test_interests),
		cmocka_unit_test(test_expert_budget),
		cmocka_unit_test(test_script_plays),
		cmocka_unit_test(test_script_errors),
		cmocka_unit_test(test_script_error_cap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
