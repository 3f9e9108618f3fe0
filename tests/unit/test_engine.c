/* test_engine.c — the turn engine on hand-built scenarios. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include <math.h>

#include "engine/game.h"
#include "fixture.h"


static int play2(struct game *g, struct move a, struct move b)
{
	struct move mv[SIDES] = { a, b };

	return game_play(g, mv);
}

/* The first record of a type (and side, unless -2) in the last turn. */
static const struct gev *find(const struct game *g, int type, int side)
{
	size_t i;

	for (i = 0; i < g->last.n; i++)
		if (g->last.ev[i].type == type &&
		    (side == -2 || g->last.ev[i].side == side))
			return &g->last.ev[i];
	return NULL;
}

static void test_trust_update_is_bayes(void **state)
{
	(void)state;
	/* Prior odds 1:1 times LR 2 gives 2:1, i.e. 66.7%. */
	assert_true(fabs(trust_update(50, 2, 1, 99) - 200.0 / 3) < 1e-9);
	assert_true(fabs(trust_update(50, 0.5, 1, 99) - 100.0 / 3) < 1e-9);
	/* Odds 1:4 times 4 is even odds. */
	assert_true(fabs(trust_update(20, 4, 1, 99) - 50) < 1e-9);
	assert_true(trust_update(98, 1000, 1, 99) == 99);
	assert_true(trust_update(2, 0.0001, 1, 99) == 1);
}

static void test_pd_payoffs_each_turn(void **state)
{
	struct scenario *sc = fixture_pd();
	struct game g;

	(void)state;
	game_init(&g, sc, 1);
	assert_int_equal(play2(&g, fx_move(0, -1, -1), fx_move(1, -1, -1)), 0);
	assert_true(g.st.side[0].score == 0 && g.st.side[1].score == 5);
	assert_int_equal(play2(&g, fx_move(0, -1, -1), fx_move(0, -1, -1)), 0);
	assert_true(g.st.side[0].score == 3 && g.st.side[1].score == 8);
	assert_int_equal(play2(&g, fx_move(1, -1, -1), fx_move(1, -1, -1)), 0);
	assert_true(g.st.side[0].score == 4 && g.st.side[1].score == 9);
	assert_int_equal(g.st.turn, 3);
	game_release(&g);
	fixture_free(sc);
}

static void test_pd_ends_at_turn_limit(void **state)
{
	struct scenario *sc = fixture_pd();
	struct game g;
	int t;

	(void)state;
	game_init(&g, sc, 1);
	for (t = 0; t < 200; t++)
		assert_int_equal(play2(&g, fx_move(0, -1, -1), fx_move(0, -1, -1)), 0);
	assert_int_equal(g.st.ending, END_LIMIT);
	assert_true(g.st.side[0].score == 600);
	assert_int_equal(play2(&g, fx_move(0, -1, -1), fx_move(0, -1, -1)), -1);
	assert_int_equal(g.st.turn, 200);
	game_release(&g);
	fixture_free(sc);
}

static void test_illegal_moves_change_nothing(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	struct state before;
	const char *why;
	struct move bad[] = {
		fx_move(-1, 4, -1),		/* no diplomatic action */
		fx_move(4, 4, -1),		/* a cyber action as diplomatic */
		fx_move(1, 4, 0),		/* side a accepts its own offer */
		fx_move(0, 4, 0),		/* a proposal with no operation */
		fx_move(2, 4, 0),		/* tabling what is on the table */
		fx_move(99, 4, -1),
	};
	size_t i;

	(void)state;
	game_init(&g, sc, 5);
	before = g.st;
	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		assert_int_equal(game_check_move(&g, 0, &bad[i], &why), -1);
		assert_non_null(why);
		assert_int_equal(play2(&g, bad[i], fx_move(0, 4, -1)), -1);
	}
	assert_memory_equal(&before, &g.st, sizeof before);
	assert_int_equal(g.nmoves, 0);
	game_release(&g);
	fixture_free(sc);
}

static void test_accepting_signs_with_costly_signal(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e;

	(void)state;
	game_init(&g, sc, 5);
	assert_int_equal(g.st.prop[0], PS_TABLED);
	assert_int_equal(g.st.tabled_by[0], SIDE_A);
	/* b signs a's channel proposal: a's trust rises by LR 3. */
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	assert_int_equal(g.st.prop[0], PS_SIGNED);
	e = find(&g, GEV_STAT, SIDE_A);
	assert_non_null(e);
	assert_int_equal(e->stat, STAT_TRUST);
	assert_int_equal(e->cause, CAUSE_SIGN);
	assert_int_equal(e->actor, SIDE_B);
	assert_true(fabs(e->after - 75) < 1e-9);
	/* In force: tension falls 2 each turn, both score 1. */
	assert_true(fabs(g.st.tension - 28) < 1e-9);
	assert_true(g.st.side[0].score == 1 && g.st.side[1].score == 1);
	game_release(&g);
	fixture_free(sc);
}

static void test_signing_needs_trust(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	struct move m = fx_move(1, 4, 0);
	const char *why;

	(void)state;
	sc->proposal[0].min_trust = 60;
	game_init(&g, sc, 5);
	/* b trusts a 50: too little to sign the channel. */
	assert_int_equal(game_targets(&g, SIDE_B, 1), 0);
	assert_int_equal(game_check_move(&g, SIDE_B, &m, &why), -1);
	assert_false(game_action_open(&g, SIDE_B, 1));
	g.st.side[SIDE_B].trust = 60;
	assert_int_equal(game_targets(&g, SIDE_B, 1), 1);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), m), 0);
	assert_int_equal(g.st.prop[0], PS_SIGNED);
	game_release(&g);
	fixture_free(sc);
}

static void test_withdrawal_beats_acceptance(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e;

	(void)state;
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(3, 4, 0), fx_move(1, 4, 0)), 0);
	assert_int_equal(g.st.prop[0], PS_WITHDRAWN);
	e = find(&g, GEV_PROP_FAIL, SIDE_B);
	assert_non_null(e);
	assert_int_equal(e->ref, 0);
	game_release(&g);
	fixture_free(sc);
}

static void test_both_tabling_is_agreement(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;

	(void)state;
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(2, 4, 1), fx_move(2, 4, 1)), 0);
	assert_int_equal(g.st.prop[1], PS_SIGNED);
	game_release(&g);
	fixture_free(sc);
}

/* Seats must not matter: with the scenario's sides swapped, both
 * tabling the same proposal gives the mirrored result. */
static void tabling_both(double ta, double tb, double need, struct game *g,
			 struct scenario *sc)
{
	sc->side[0].trust = ta;
	sc->side[1].trust = tb;
	sc->proposal[1].min_trust = need;
	game_init(g, sc, 5);
	assert_int_equal(play2(g, fx_move(2, 4, 1), fx_move(2, 4, 1)), 0);
}

static void test_both_tabling_mirrors(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g, h;
	int s;

	(void)state;
	/* Both able: signed jointly, both trusts move alike. */
	tabling_both(50, 50, 40, &g, sc);
	assert_int_equal(g.st.prop[1], PS_SIGNED);
	assert_int_equal(g.st.tabled_by[1], -1);
	assert_true(g.st.side[0].trust > 50);
	assert_true(fabs(g.st.side[0].trust - g.st.side[1].trust) < 1e-9);
	game_release(&g);
	/* One able: it signs the other's offer; swapped seats mirror. */
	tabling_both(60, 30, 40, &g, sc);
	tabling_both(30, 60, 40, &h, sc);
	assert_int_equal(g.st.prop[1], PS_SIGNED);
	assert_int_equal(h.st.prop[1], PS_SIGNED);
	assert_int_equal(g.st.tabled_by[1], SIDE_B);
	assert_int_equal(h.st.tabled_by[1], SIDE_A);
	for (s = 0; s < SIDES; s++)
		assert_true(fabs(g.st.side[s].trust -
				 h.st.side[side_other(s)].trust) < 1e-9);
	/* The signature reassures the proposer by the proposal's signal;
	 * the signer takes the other's offer as the cheap talk it is. */
	assert_true(fabs(g.st.side[SIDE_B].trust - trust_update(30,
		sc->proposal[1].signal, 1, 99)) < 1e-9);
	assert_true(fabs(g.st.side[SIDE_A].trust - trust_update(60,
		sc->action[2].lr, 1, 99)) < 1e-9);
	game_release(&g);
	game_release(&h);
	/* Neither able: nothing is signed, both tablings fail. */
	tabling_both(30, 30, 40, &g, sc);
	assert_int_not_equal(g.st.prop[1], PS_SIGNED);
	assert_non_null(find(&g, GEV_PROP_FAIL, SIDE_A));
	assert_non_null(find(&g, GEV_PROP_FAIL, SIDE_B));
	game_release(&g);
	fixture_free(sc);
}

/* An agreement at turn 2 of 10: the last 8 turns count at the final
 * state's per-turn value, which the record says. */
static void test_early_end_counts_the_whole_period(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e;
	double before, value;
	size_t i;

	(void)state;
	sc->rules.turns = 10;
	sc->rules.agreement_trust = 0;
	sc->rules.agreement_signed = 1;
	sc->w.security = 10;
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	assert_int_equal(g.st.ending, END_AGREEMENT);
	value = game_turn_value(&g, SIDE_A);
	/* channel's value 1, plus 10 x security 50 / 100. */
	assert_true(fabs(value - 6) < 1e-9);
	e = NULL;
	for (i = 0; i < g.last.n; i++)
		if (g.last.ev[i].type == GEV_STAT &&
		    g.last.ev[i].cause == CAUSE_REST &&
		    g.last.ev[i].side == SIDE_A)
			e = &g.last.ev[i];
	assert_non_null(e);
	assert_int_equal(e->ref, 9);
	before = e->before;
	assert_true(fabs(e->after - before - 9 * value) < 1e-9);
	assert_true(fabs(g.st.side[0].score - e->after) < 1e-9);
	game_release(&g);
	fixture_free(sc);
}

/* Each earlier use of a covert act adds rules.attention points. */
static void test_attention_raises_detection(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;

	(void)state;
	sc->rules.attention = 15;
	game_init(&g, sc, 5);
	assert_true(game_detect_chance(&g, SIDE_B, 5) == 0);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 5, -1)), 0);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 5, -1)), 0);
	assert_true(fabs(game_detect_chance(&g, SIDE_B, 5) - 30) < 1e-9);
	/* The other side's count is its own. */
	assert_true(game_detect_chance(&g, SIDE_A, 5) == 0);
	game_release(&g);
	fixture_free(sc);
}

/* A hidden act's damage is not on the victim's screen, nor on the
 * shared one, until the game is over; the actor knows its own. */
static void test_hidden_damage_is_veiled(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	struct side_state v;
	size_t i;
	int told = 0;

	(void)state;
	sc->w.security = 10;
	sc->rules.turns = 2;
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 5, -1)), 0);
	assert_true(fabs(g.st.side[SIDE_A].security - 45) < 1e-9);
	game_view(&g, VIEW_A, SIDE_A, &v);
	assert_true(fabs(v.security - 50) < 1e-9);
	/* What the lost security cost this turn's score is hidden too, and
	 * the record A is told of adds up to what its screen shows. */
	assert_true(fabs(v.score - 5) < 1e-9);
	assert_true(fabs(g.st.side[SIDE_A].score - 4.5) < 1e-9);
	for (i = 0; i < g.last.n; i++) {
		const struct gev *e = &g.last.ev[i];

		if (e->type != GEV_STAT || e->stat != STAT_SCORE ||
		    e->side != SIDE_A)
			continue;
		if (e->cause == CAUSE_WEIGHTS) {
			assert_true(fabs(e->after - e->before - 5) < 1e-9);
			assert_int_equal(e->seen, 1);
			told++;
		} else if (e->cause == CAUSE_HIDDEN) {
			assert_true(fabs(e->after - e->before + 0.5) < 1e-9);
			assert_int_equal(e->seen, 2);
			told++;
		}
	}
	assert_int_equal(told, 2);
	game_view(&g, VIEW_PUBLIC, SIDE_A, &v);
	assert_true(fabs(v.security - 50) < 1e-9);
	game_view(&g, VIEW_B, SIDE_A, &v);
	assert_true(fabs(v.security - 45) < 1e-9);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 4, -1)), 0);
	assert_true(game_over(&g));
	game_view(&g, VIEW_A, SIDE_A, &v);
	assert_true(fabs(v.security - 45) < 1e-9);
	game_release(&g);
	fixture_free(sc);
}

/* An agreement broken unseen in 2 of its 3 turns: at the end the victim
 * gives back 2 turns of its value, and the record names the breaker. */
static void test_hollow_pledge_is_settled(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g, kept;
	const struct gev *e = NULL;
	size_t i;
	int t;

	(void)state;
	sc->action[5].breaches = 1;	/* probe: covert, never detected */
	sc->proposal[0].value[0] = 4;
	sc->rules.turns = 4;
	sc->rules.betrayal = 1;
	game_init(&g, sc, 5);
	game_init(&kept, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	assert_int_equal(play2(&kept, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	for (t = 0; t < 3; t++) {
		assert_int_equal(play2(&g, fx_move(0, 4, -1),
				       fx_move(0, t < 2 ? 5 : 4, -1)), 0);
		assert_int_equal(play2(&kept, fx_move(0, 4, -1), fx_move(0, 4, -1)), 0);
	}
	assert_true(game_over(&g));
	for (i = 0; i < g.last.n; i++)
		if (g.last.ev[i].type == GEV_STAT &&
		    g.last.ev[i].cause == CAUSE_BETRAYAL)
			e = &g.last.ev[i];
	assert_non_null(e);
	assert_int_equal(e->side, SIDE_A);
	assert_int_equal(e->actor, SIDE_B);
	assert_int_equal(e->ref2, 2);
	assert_true(fabs(e->before - e->after - 8) < 1e-9);
	/* Security has no weight here: the pledge accounts for it all. */
	assert_true(fabs(kept.st.side[SIDE_A].score - g.st.side[SIDE_A].score -
			 8) < 1e-9);
	game_release(&g);
	game_release(&kept);
	fixture_free(sc);
}

static void test_undetected_covert_act_is_hidden(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e;
	size_t i;

	(void)state;
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 5, -1), fx_move(0, 4, -1)), 0);
	e = find(&g, GEV_ACT, SIDE_A);
	assert_non_null(e);
	while (e->ref != 5)
		e++;
	assert_int_equal(e->seen, 1);	/* only a knows */
	/* Security still fell; b's belief did not move for it. */
	assert_true(g.st.side[1].security == 45);
	for (i = 0; i < g.last.n; i++)
		if (g.last.ev[i].type == GEV_STAT &&
		    g.last.ev[i].stat == STAT_TRUST && g.last.ev[i].side == 1)
			assert_int_not_equal(g.last.ev[i].ref, 5);
	assert_true(fabs(g.st.tension - 30) < 1e-9);
	game_release(&g);
	fixture_free(sc);
}

static void test_detected_breach_withdraws(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e;
	double before;

	(void)state;
	sc->rules.withdraw = 100;
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	assert_int_equal(g.st.prop[0], PS_SIGNED);
	before = g.st.side[0].trust;
	/* b spies (covert, always detected) and breaches the channel. */
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 7, -1)), 0);
	e = find(&g, GEV_BREACH, SIDE_B);
	assert_non_null(e);
	assert_int_equal(e->seen, 3);
	assert_int_equal(g.st.prop[0], PS_WITHDRAWN);
	/* LR 1.2 for b's statement, 0.5 for the spying, then 0.3 for the
	 * breach, in that order. */
	before = trust_update(before, 1.2, 1, 99);
	before = trust_update(before, 0.5, 1, 99);
	assert_true(fabs(g.st.side[0].trust -
			 trust_update(before, 0.3, 1, 99)) < 1e-9);
	assert_non_null(find(&g, GEV_DETECT, SIDE_B));
	game_release(&g);
	fixture_free(sc);
}

static void test_undetected_breach_stays_secret(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e;

	(void)state;
	sc->action[5].breaches = 1;	/* probe: covert, never detected */
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 5, -1)), 0);
	e = find(&g, GEV_BREACH, SIDE_B);
	assert_non_null(e);
	assert_int_equal(e->seen, 2);
	assert_int_equal(g.st.prop[0], PS_SIGNED);
	game_release(&g);
	fixture_free(sc);
}

static void add_incident(struct scenario *sc, double ambiguity)
{
	struct event *e = &sc->event[sc->nevents++];

	strcpy(e->id, "incident");
	e->kind = EVK_RANDOM;
	e->chance = 100;
	e->victim = VIC_A;
	e->ambiguity = ambiguity;
	e->lr = 0.5;
	fx_add(&e->blamed, STAT_TENSION, WHO_NONE, 5);
}

static void test_misattribution_and_channels(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e;

	(void)state;
	add_incident(sc, 100);
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 4, -1)), 0);
	e = find(&g, GEV_EVENT, SIDE_A);
	assert_non_null(e);
	assert_int_equal(e->ref2, SIDE_B);	/* blamed on b */
	assert_true(g.st.side[0].trust < 50);
	/* Once the channel is signed, nothing is misattributed. */
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 4, -1)), 0);
	e = find(&g, GEV_EVENT, SIDE_A);
	assert_non_null(e);
	assert_int_equal(e->ref2, -1);
	game_release(&g);
	fixture_free(sc);
}

static void test_scripted_event_fires_once(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct event *e = &sc->event[sc->nevents++];
	struct game g;
	int t, fired = 0;

	(void)state;
	strcpy(e->id, "inject");
	e->kind = EVK_SCRIPTED;
	e->turn = 3;
	e->victim = VIC_BOTH;
	fx_add(&e->effects, STAT_SUPPORT, WHO_SELF, -10);
	game_init(&g, sc, 5);
	for (t = 1; t <= 5; t++) {
		assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 4, -1)), 0);
		if (find(&g, GEV_EVENT, -2)) {
			assert_int_equal(t, 3);
			fired++;
		}
	}
	assert_int_equal(fired, 1);
	assert_true(g.st.side[0].support == 40 && g.st.side[1].support == 40);
	game_release(&g);
	fixture_free(sc);
}

static void test_top_rung_is_conflict(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	int t;

	(void)state;
	game_init(&g, sc, 5);
	for (t = 0; t < 3 && !game_over(&g); t++)
		assert_int_equal(play2(&g, fx_move(0, 6, -1), fx_move(0, 6, -1)), 0);
	assert_int_equal(g.st.ending, END_CONFLICT);
	assert_int_equal(g.st.rung, 2);
	assert_non_null(find(&g, GEV_END, -2));
	assert_non_null(find(&g, GEV_RUNG, -2));
	game_release(&g);
	fixture_free(sc);
}

static void test_agreement_and_collapse(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	int t;

	(void)state;
	sc->rules.agreement_trust = 60;
	game_init(&g, sc, 5);
	/* b signs the channel; a tables talks; b signs them. */
	assert_int_equal(play2(&g, fx_move(2, 8, 1), fx_move(1, 8, 0)), 0);
	assert_int_equal(g.st.ending, END_NONE);
	assert_int_equal(play2(&g, fx_move(0, 8, -1), fx_move(1, 8, 1)), 0);
	assert_int_equal(game_signed_count(&g), 2);
	assert_int_equal(g.st.ending, END_AGREEMENT);
	assert_int_equal(g.st.band, 2);
	game_release(&g);

	sc->rules.agreement_trust = 101;
	sc->rules.collapse_trust = 20;
	sc->rules.collapse_turns = 2;
	sc->rung[2].from = 100;
	game_init(&g, sc, 5);
	for (t = 0; t < 20 && !game_over(&g); t++)
		assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(0, 7, -1)), 0);
	assert_int_equal(g.st.ending, END_COLLAPSE);
	assert_int_equal(g.st.band, 0);
	game_release(&g);
	fixture_free(sc);
}

/* With agreement_hold 2 the package is on trial for a turn: it ends the
 * game only if it still holds at the next turn's end, and a detected
 * act that drops a trust below agreement_trust breaks the trial. */
static void sign_package(struct game *g)
{
	assert_int_equal(play2(g, fx_move(2, 8, 1), fx_move(1, 8, 0)), 0);
	assert_int_equal(game_package_held(g), 0);
	assert_int_equal(play2(g, fx_move(0, 8, -1), fx_move(1, 8, 1)), 0);
	assert_int_equal(game_signed_count(g), 2);
}

static void test_package_on_trial(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;

	(void)state;
	sc->rules.agreement_trust = 65;
	sc->rules.agreement_hold = 2;
	game_init(&g, sc, 5);
	sign_package(&g);
	assert_int_equal(g.st.ending, END_NONE);
	assert_int_equal(game_package_held(&g), 1);
	assert_int_equal(play2(&g, fx_move(0, 8, -1), fx_move(0, 8, -1)), 0);
	assert_int_equal(game_package_held(&g), 2);
	assert_int_equal(g.st.ending, END_AGREEMENT);
	game_release(&g);

	game_init(&g, sc, 5);
	sign_package(&g);
	/* b spies behind the package, and is caught. */
	assert_int_equal(play2(&g, fx_move(0, 8, -1), fx_move(0, 7, -1)), 0);
	assert_true(fmin(g.st.side[SIDE_A].trust, g.st.side[SIDE_B].trust) < 65);
	assert_int_equal(game_package_held(&g), 0);
	assert_int_equal(g.st.ending, END_NONE);
	game_release(&g);
	fixture_free(sc);
}

/* A class plays the first turns of the period: the rest of the
 * scenario's full length counts at the final state's value. */
static void test_class_length_counts_the_whole_period(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	const struct gev *e = NULL;
	double value;
	size_t i;
	int t;

	(void)state;
	sc->rules.turns = 10;
	sc->w.security = 10;	/* a value, so that the rest is recorded */
	game_init(&g, sc, 5);
	g.turns = 4;
	for (t = 0; t < 4; t++)
		assert_int_equal(play2(&g, fx_move(0, 4, -1),
				       fx_move(0, 4, -1)), 0);
	assert_int_equal(g.st.ending, END_LIMIT);
	value = game_turn_value(&g, SIDE_B);
	for (i = 0; i < g.last.n; i++)
		if (g.last.ev[i].type == GEV_STAT &&
		    g.last.ev[i].cause == CAUSE_REST &&
		    g.last.ev[i].side == SIDE_B)
			e = &g.last.ev[i];
	assert_non_null(e);
	assert_int_equal(e->ref, 6);
	assert_true(fabs(e->after - e->before - 6 * value) < 1e-9);
	game_release(&g);
	fixture_free(sc);
}

/* Play a fixed mixed sequence; every record must match byte for byte. */
static void play_script(struct game *g)
{
	static const int script[][4] = {
		{ 0, 5, 1, 4 }, { 2, 8, 0, 7 }, { 0, 6, 0, 4 }, { 0, 5, 0, 5 },
	};
	int t;

	for (t = 0; t < 12 && !game_over(g); t++) {
		const int *s = script[t % 4];
		struct move a = fx_move(s[0], s[1], s[0] == 2 ? 1 : -1);
		struct move b = fx_move(s[2], s[3], s[2] == 1 ? 0 : -1);
		const char *why;

		if (game_check_move(g, 0, &a, &why) < 0)
			game_default_move(g, 0, &a);
		if (game_check_move(g, 1, &b, &why) < 0)
			game_default_move(g, 1, &b);
		assert_int_equal(play2(g, a, b), 0);
	}
}

static void test_deterministic_by_seed(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g1, g2, g3;
	size_t t;
	int differs = 0;

	(void)state;
	add_incident(sc, 50);
	sc->action[5].detect = 50;
	game_init(&g1, sc, 99);
	game_init(&g2, sc, 99);
	game_init(&g3, sc, 100);
	g1.keep_logs = g2.keep_logs = g3.keep_logs = 1;
	play_script(&g1);
	play_script(&g2);
	play_script(&g3);
	assert_memory_equal(&g1.st, &g2.st, sizeof g1.st);
	assert_int_equal(g1.nlogs, g2.nlogs);
	for (t = 1; t <= g1.nlogs; t++) {
		const struct turn_log *a = game_log(&g1, (int)t);
		const struct turn_log *b = game_log(&g2, (int)t);

		assert_int_equal(a->n, b->n);
		assert_memory_equal(a->ev, b->ev, a->n * sizeof *a->ev);
	}
	differs = memcmp(&g1.st, &g3.st, sizeof g1.st) != 0;
	assert_true(differs);
	game_release(&g1);
	game_release(&g2);
	game_release(&g3);
	fixture_free(sc);
}

static void test_public_copy_hides_the_other_side(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g, c;

	(void)state;
	game_init(&g, sc, 5);
	assert_int_equal(play2(&g, fx_move(0, 4, -1), fx_move(1, 4, 0)), 0);
	g.st.side[1].trust = 12;
	g.st.side[1].security = 3;
	game_copy_public(&c, &g, SIDE_A, 41, 77);
	assert_true(c.st.side[1].trust == 41);
	assert_true(c.st.side[1].security == 50);
	assert_true(c.st.side[0].security == g.st.side[0].security);
	assert_int_equal(c.nmoves, 0);
	assert_true(c.rng.state != g.rng.state);
	assert_int_equal(c.st.prop[0], PS_SIGNED);
	game_release(&c);
	game_release(&g);
	fixture_free(sc);
}

static void test_default_move_is_legal_and_mild(void **state)
{
	struct scenario *sc = fixture_crisis();
	struct game g;
	struct move m;
	const char *why;

	(void)state;
	game_init(&g, sc, 5);
	game_default_move(&g, 1, &m);
	assert_int_equal(game_check_move(&g, 1, &m, &why), 0);
	assert_int_not_equal(sc->action[m.act[KIND_CYBER]].stance,
			     STANCE_HOSTILE);
	assert_int_equal(m.act[KIND_CYBER], 4);	/* the neutral hold */
	game_release(&g);
	fixture_free(sc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trust_update_is_bayes),
		cmocka_unit_test(test_pd_payoffs_each_turn),
		cmocka_unit_test(test_pd_ends_at_turn_limit),
		cmocka_unit_test(test_illegal_moves_change_nothing),
		cmocka_unit_test(test_accepting_signs_with_costly_signal),
		cmocka_unit_test(test_signing_needs_trust),
		cmocka_unit_test(test_withdrawal_beats_acceptance),
		cmocka_unit_test(test_both_tabling_is_agreement),
		cmocka_unit_test(test_both_tabling_mirrors),
		cmocka_unit_test(test_early_end_counts_the_whole_period),
		cmocka_unit_test(test_attention_raises_detection),
		cmocka_unit_test(test_hidden_damage_is_veiled),
		cmocka_unit_test(test_hollow_pledge_is_settled),
		cmocka_unit_test(test_undetected_covert_act_is_hidden),
		cmocka_unit_test(test_detected_breach_withdraws),
		cmocka_unit_test(test_undetected_breach_stays_secret),
		cmocka_unit_test(test_misattribution_and_channels),
		cmocka_unit_test(test_scripted_event_fires_once),
		cmocka_unit_test(test_top_rung_is_conflict),
		cmocka_unit_test(test_agreement_and_collapse),
		cmocka_unit_test(test_package_on_trial),
		cmocka_unit_test(test_class_length_counts_the_whole_period),
		cmocka_unit_test(test_deterministic_by_seed),
		cmocka_unit_test(test_public_copy_hides_the_other_side),
		cmocka_unit_test(test_default_move_is_legal_and_mild),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
