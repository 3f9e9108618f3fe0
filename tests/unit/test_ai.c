/* test_ai.c — doctrines: published iterated prisoner's dilemma totals,
 * and playing only from what their side saw. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "ai/ai.h"
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
		"pavlov", "alternator", "random", "bayes", "planner" };
	size_t i;

	(void)state;
	assert_int_equal(ai_count(), 10);
	for (i = 0; i < 10; i++) {
		assert_string_equal(ai_name((int)i), want[i]);
		assert_int_equal(ai_find(want[i]), (int)i);
		assert_true(strlen(ai_summary((int)i)) > 10);
	}
	assert_int_equal(ai_find("nobody"), -1);
	assert_null(ai_new("nobody", NULL, 0, 1));
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pd_published_totals),
		cmocka_unit_test(test_names_and_lookup),
		cmocka_unit_test(test_tft_sees_only_what_was_seen),
		cmocka_unit_test(test_every_doctrine_plays_legally),
		cmocka_unit_test(test_planner_ignores_hidden_state),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
