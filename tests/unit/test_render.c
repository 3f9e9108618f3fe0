/* test_render.c — turn records in words: who sees what, every trust
 * change with its reason, the explanation of a choice, the debrief, and
 * the small text helpers (numbers, wrapping, charts). The scenario is
 * built here by hand, so these tests need no loader. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine/game.h"
#include "text/chart.h"
#include "text/debrief.h"
#include "text/explain.h"
#include "text/render.h"
#include "text/trial.h"
#include "text/wrap.h"
#include "util/xmalloc.h"

enum { A_HOLD, A_SIGN, A_HARDEN, A_SPY, A_STRIKE };

struct fx {
	struct scenario sc;
	struct lang en;
	struct game g;
};

static void fx_action(struct scenario *sc, int i, const char *name,
		      int kind, int stance, int op, int covert,
		      double detect, double lr)
{
	struct action *a = &sc->action[i];

	snprintf(a->id, sizeof a->id, "a%d", i);
	a->name.s[0] = xstrdup(name);
	a->kind = (uint8_t)kind;
	a->stance = (uint8_t)stance;
	a->op = (uint8_t)op;
	a->covert = (uint8_t)covert;
	a->detect = detect;
	a->lr = lr;
	a->sides = 3;
}

static void fx_effect(struct effects *f, int stat, int who, double v)
{
	f->e[f->n].stat = (uint8_t)stat;
	f->e[f->n].who = (uint8_t)who;
	f->e[f->n].value = v;
	f->n++;
}

static void fx_scenario(struct scenario *sc)
{
	int s;

	memset(sc, 0, sizeof *sc);
	sc->nlangs = 1;
	strcpy(sc->langs[0], "en");
	sc->title.s[0] = xstrdup("Fixture");
	sc->side[0].name.s[0] = xstrdup("Russia");
	sc->side[1].name.s[0] = xstrdup("the United States");
	for (s = 0; s < SIDES; s++) {
		sc->side[s].trust = 50;
		sc->side[s].security = 50;
		sc->side[s].support = 50;
	}
	sc->rules = (struct rules){ .turns = 5, .trust_min = 1,
		.trust_max = 99, .tension = 20, .breach_lr = 0.3,
		.agreement_trust = 95, .agreement_signed = 1 };
	sc->nactions = 5;
	fx_action(sc, A_HOLD, "Hold", KIND_DIPLO, STANCE_NEUTRAL, POP_NONE,
		  0, 0, 1);
	fx_action(sc, A_SIGN, "Sign", KIND_DIPLO, STANCE_COOP, POP_ACCEPT,
		  0, 0, 1.3);
	fx_action(sc, A_HARDEN, "Harden", KIND_CYBER, STANCE_NEUTRAL,
		  POP_NONE, 0, 0, 1);
	fx_effect(&sc->action[A_HARDEN].effects, STAT_SECURITY, WHO_SELF, 3);
	fx_action(sc, A_SPY, "Spy", KIND_CYBER, STANCE_HOSTILE, POP_NONE,
		  1, 0, 0.5);
	fx_effect(&sc->action[A_SPY].effects, STAT_SECURITY, WHO_OTHER, -2);
	fx_effect(&sc->action[A_SPY].seen, STAT_TENSION, WHO_NONE, 4);
	sc->action[A_SPY].breaches = 1;
	fx_action(sc, A_STRIKE, "Strike", KIND_CYBER, STANCE_HOSTILE,
		  POP_NONE, 1, 100, 0.2);
	fx_effect(&sc->action[A_STRIKE].seen, STAT_TENSION, WHO_NONE, 30);
	sc->action[A_STRIKE].breaches = 1;
	sc->nproposals = 1;
	sc->proposal[0].title.s[0] = xstrdup("CERT channels");
	sc->proposal[0].signal = 2;
	sc->proposal[0].tabled_by = SIDE_B;
	fx_effect(&sc->proposal[0].effects, STAT_MISATTRIBUTION, WHO_NONE, -10);
	sc->nrungs = 3;
	sc->rung[0].name.s[0] = xstrdup("Calm");
	sc->rung[1].name.s[0] = xstrdup("Crisis");
	sc->rung[1].from = 40;
	sc->rung[2].name.s[0] = xstrdup("War");
	sc->rung[2].from = 95;
	sc->nbands = 1;
	sc->band[0].name.s[0] = xstrdup("Any trust");
}

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	const char *d = getenv("DETENTE_DATA");
	char *path = xasprintf("%s/assets/lang/en.txt", d && *d ? d : ".");
	struct diag dg;

	fx_scenario(&f->sc);
	lang_init(&f->en, "en");
	diag_init(&dg, &lang_msgs);
	lang_load(&f->en, path, &dg);
	diag_print(&dg, stderr);
	diag_release(&dg);
	free(path);
	game_init(&f->g, &f->sc, 7);
	f->g.keep_logs = 1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	game_release(&f->g);
	lang_release(&f->en);
	scenario_release(&f->sc);
	free(f);
	return 0;
}

static void play(struct fx *f, int a0, int a1, int p, int b0, int b1)
{
	struct move mv[SIDES] = {
		{ { (int16_t)a0, (int16_t)a1 }, (int16_t)p },
		{ { (int16_t)b0, (int16_t)b1 }, -1 }
	};

	assert_int_equal(game_play(&f->g, mv), 0);
}

/* The lines' texts, each ended with a newline, into sb. */
static void join(const struct rlines *rl, struct strbuf *sb)
{
	size_t i;

	for (i = 0; i < rl->n; i++) {
		strbuf_adds(sb, rl->v[i].text);
		strbuf_addc(sb, '\n');
	}
}

/* The lines of turn t for viewer: the summary (sum) or the full
 * account, joined. */
static char *turn_lines(struct fx *f, int viewer, int t, int sum)
{
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;

	render_init(&r, &f->sc, &f->en, "en", viewer);
	r.g = &f->g;
	rlines_init(&rl);
	if (sum)
		render_turn_summary(&r, &f->g.logs[t - 1], &rl);
	else
		render_turn(&r, &f->g.logs[t - 1], &rl);
	assert_true(!sum || rl.n <= 6);
	join(&rl, &sb);
	rlines_release(&rl);
	return strbuf_detach(&sb);
}

/* All lines of the latest turn for viewer, joined with newlines. */
static char *lines(struct fx *f, int viewer)
{
	return turn_lines(f, viewer, (int)f->g.nlogs, 0);
}

#define HAS(s, sub) do { \
		if (!strstr((s), (sub))) \
			fprintf(stderr, "no '%s' in:\n%s", (sub), (s)); \
		assert_non_null(strstr((s), (sub))); \
	} while (0)

/* Turn 1: Russia signs and spies unseen; the US holds and hardens. */
static void test_views(void **state)
{
	struct fx *f = *state;
	struct side_state view;
	char *a, *b, *pub, *all;

	play(f, A_SIGN, A_SPY, 0, A_HOLD, A_HARDEN);
	a = lines(f, SIDE_A);
	b = lines(f, SIDE_B);
	pub = lines(f, RV_PUBLIC);
	all = lines(f, RV_ALL);
	/* The victim sees no cyber action, as when one does nothing. */
	HAS(b, "Russia · cyber action: nothing you could see\n");
	assert_null(strstr(b, "Spy"));
	assert_null(strstr(pub, "Spy"));
	HAS(pub, "Russia · cyber action: nothing the United States could "
	    "see\n");
	/* ...and doing nothing openly looks the same to the other side. */
	HAS(a, "The United States · diplomatic move: nothing you could "
	    "see\n");
	/* The actor sees its secret, marked as its own. */
	HAS(a, "Russia · cyber action: Spy (covert, not detected: the "
	    "United States does not know) (only you know)\n");
	HAS(a, "Russia breached “CERT channels” with “Spy”, unseen by the "
	    "United States (only you know)\n");
	/* The debrief's view marks what was hidden, and from whom. */
	HAS(all, "Spy (covert, not detected: the United States does not "
	    "know) [hidden from the United States]\n");
	/* Every trust change says why; a sentence starts with a capital. */
	HAS(b, "The United States' trust in Russia: 50 → 67 (+17), because "
	    "Russia signed “CERT channels”, a costly signal\n");
	HAS(b, "“CERT channels”: on the table → signed, in force (Russia)\n");
	/* The damage of the unseen act shows nowhere the victim looks:
	 * not even in the "before" of the next change (50, not 48). */
	HAS(b, "The United States' security: 50 → 53 (+3), because of the "
	    "United States' “Harden”\n");
	HAS(pub, "The United States' security: 50 → 53 (+3), because of the "
	    "United States' “Harden”\n");
	/* The actor saw it, and reckons from the true value. */
	HAS(a, "The United States' security: 48 → 51 (+3), because of the "
	    "United States' “Harden”\n");
	HAS(all, "The United States' security: 48 → 51 (+3)");
	/* ...and agrees with the engine's picture of the victim. */
	game_view(&f->g, VIEW_B, SIDE_B, &view);
	assert_true(view.security == 53);
	game_view(&f->g, VIEW_PUBLIC, SIDE_B, &view);
	assert_true(view.security == 53);
	game_view(&f->g, VIEW_A, SIDE_B, &view);
	assert_true(view.security == 51);
	free(a);
	free(b);
	free(pub);
	free(all);
}

/* Turn 2: a covert strike, always detected, breaches the agreement. */
static void test_detected(void **state)
{
	struct fx *f = *state;
	char *b, *a;

	play(f, A_SIGN, A_SPY, 0, A_HOLD, A_HARDEN);
	play(f, A_HOLD, A_STRIKE, -1, A_HOLD, A_HARDEN);
	b = lines(f, SIDE_B);
	a = lines(f, SIDE_A);
	HAS(b, "Russia · cyber action: Strike (covert, and detected)\n");
	HAS(b, "The United States detected a covert act by Russia: "
	    "“Strike”\n");
	HAS(b, "Russia breached “CERT channels” with “Strike”\n");
	HAS(b, "because Russia was seen to play “Strike”, a hostile signal\n");
	HAS(b, "because Russia breached “CERT channels”\n");
	HAS(b, "Escalation: the ladder rises from “Calm” to “Crisis”.\n");
	HAS(a, "Tension: 20 → 50 (+30), because Russia was seen to play "
	    "“Strike”\n");
	free(a);
	free(b);
}

static void test_their_trust(void **state)
{
	struct fx *f = *state;
	double ta[8], tb[8], tn[8];

	play(f, A_SIGN, A_SPY, 0, A_HOLD, A_HARDEN);
	play(f, A_HOLD, A_STRIKE, -1, A_HOLD, A_HARDEN);
	/* Every change of the US's trust was seen by Russia. */
	assert_true(render_their_trust(&f->g, SIDE_A) ==
		    f->g.st.side[SIDE_B].trust);
	render_series(&f->g, ta, tb, tn);
	assert_true(ta[0] == 50 && tb[0] == 50 && tn[0] == 20);
	assert_true(tb[2] == f->g.st.side[SIDE_B].trust);
	assert_true(tn[2] == f->g.st.tension);
	assert_true(tb[1] > 60);
}

static char *explain(struct fx *f, int side, int act)
{
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	render_init(&r, &f->sc, &f->en, "en", side);
	rlines_init(&rl);
	explain_action(&r, &f->g, side, act, -1,
		       render_their_trust(&f->g, side), &rl);
	for (i = 0; i < rl.n; i++) {
		strbuf_adds(&sb, rl.v[i].text);
		strbuf_addc(&sb, '\n');
	}
	rlines_release(&rl);
	return strbuf_detach(&sb);
}

static void test_explain(void **state)
{
	struct fx *f = *state;
	char *s;

	s = explain(f, SIDE_A, A_SPY);
	HAS(s, "Hostile. Covert: a 0% chance that the United States detects "
	    "it.\n");
	HAS(s, "Always: their security −2.\n");
	HAS(s, "If detected: their trust in you −17 (about 50 → 33), tension "
	    "+4.\n");
	HAS(s, "Would breach “CERT channels” if it were in force.\n");
	free(s);
	s = explain(f, SIDE_A, A_SIGN);
	HAS(s, "Next you choose the proposal it works on.\n");
	free(s);
	play(f, A_SIGN, A_HARDEN, 0, A_HOLD, A_HARDEN);
	s = explain(f, SIDE_A, A_SPY);
	HAS(s, "Breaches “CERT channels”, which is in force: if detected, "
	    "their trust falls further, and there is a 0% chance they leave "
	    "the agreement.\n");
	free(s);
	s = explain(f, SIDE_B, A_HARDEN);
	HAS(s, "Neutral. Open: Russia will see it.\n");
	HAS(s, "Always: your security +3.\n");
	free(s);
}

static void test_debrief(void **state)
{
	struct fx *f = *state;
	struct render r;
	struct rlines rl;
	struct debrief_stats st;
	struct strbuf sb = STRBUF_INIT;

	play(f, A_SIGN, A_SPY, 0, A_HOLD, A_HARDEN);
	play(f, A_HOLD, A_STRIKE, -1, A_HOLD, A_STRIKE);
	debrief_count(&f->g, &st);
	assert_int_equal(st.covert[0], 2);
	assert_int_equal(st.detected[0], 1);
	assert_int_equal(st.signings, 1);
	assert_int_equal(st.hidden_breaches, 1);
	render_init(&r, &f->sc, &f->en, "en", RV_ALL);
	rlines_init(&rl);
	debrief_hidden(&r, &f->g, &rl);
	debrief_turning(&r, &f->g, &rl);
	debrief_ideas(&r, &f->g, &rl);
	join(&rl, &sb);
	HAS(sb.buf, "Turn 1: Russia · cyber action: Spy (covert, not "
	    "detected: the United States does not know) [hidden from the "
	    "United States]\n");
	HAS(sb.buf, "Turn 1: the first agreement was signed.\n");
	HAS(sb.buf, "Turn 2: a covert act was caught for the first time.\n");
	HAS(sb.buf, "Costly signals\n");
	HAS(sb.buf, "In this game: agreements signed: 1; the signatures alone "
	    "moved trust by +17.\n");
	HAS(sb.buf, "In this game: covert acts: 3, detected: 2; breaches of "
	    "agreements: 2, never seen by the victim: 1.\n");
	strbuf_release(&sb);
	rlines_release(&rl);
}

/* The final reckoning of a game that ended early is said in the
 * debrief's outcome, a line a side (it was once left empty). */
static void test_debrief_reckoning(void **state)
{
	struct fx *f = *state;
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	f->sc.rules.turns = 10;
	f->sc.rules.agreement_trust = 0;
	f->sc.rules.agreement_signed = 1;
	f->sc.w.security = 10;	/* a value, so that the rest is recorded */
	play(f, A_SIGN, A_HARDEN, 0, A_HOLD, A_HARDEN);
	assert_int_equal(f->g.st.ending, END_AGREEMENT);
	render_init(&r, &f->sc, &f->en, "en", RV_ALL);
	rlines_init(&rl);
	debrief_outcome(&r, &f->g, &rl);
	for (i = 0; i < rl.n; i++)
		assert_true(rl.v[i].text[0] != '\0');
	join(&rl, &sb);
	HAS(sb.buf, "because the game ended early: its last 9 turns count at "
	    "the final state's value\n");
	strbuf_release(&sb);
	rlines_release(&rl);
}

static void test_numbers(void **state)
{
	struct fx *f = *state;
	struct render r;
	struct strbuf sb = STRBUF_INIT;

	render_init(&r, &f->sc, &f->en, "en", SIDE_A);
	render_delta(&r, &sb, 9.4);
	render_delta(&r, &sb, -4.6);
	render_delta(&r, &sb, 0.01);
	render_delta(&r, &sb, 0.3);
	assert_string_equal(sb.buf, "+9−5±0+0.3");
	strbuf_reset(&sb);
	r.ascii = 1;
	render_delta(&r, &sb, -2);
	render_num(&sb, 49.5);
	assert_string_equal(sb.buf, "-250");
	strbuf_release(&sb);
}

/* One stat change as the viewer reads it. */
static void change_line(struct fx *f, double before, double after,
			const char *want)
{
	struct gev e = { GEV_STAT, STAT_TENSION, CAUSE_DRIFT, 3, -1, -1, -1,
			 -1, before, after };
	struct render r;
	struct strbuf sb = STRBUF_INIT;

	render_init(&r, &f->sc, &f->en, "en", SIDE_A);
	assert_int_equal(render_gev(&r, &e, &sb), 1);
	HAS(sb.buf, want);
	strbuf_release(&sb);
}

/* Every shown change is the shown after less the shown before. */
static void test_round_once(void **state)
{
	struct fx *f = *state;

	change_line(f, 20.4, 18.6, "Tension: 20 → 19 (−1)");
	change_line(f, 9.6, 16.4, "Tension: 10 → 16 (+6)");
	/* Rounding would hide it: one decimal for all three. */
	change_line(f, 2.4, 1.6, "Tension: 2.4 → 1.6 (−0.8)");
	change_line(f, 54.4, 55.6, "Tension: 54 → 56 (+2)");
}

/* The lines of one number in a turn show a value the same way as one
 * line's "after" and the next one's "before": a half shown as 23.5
 * is not shown as 24 on the next line. */
static void test_round_chain(void **state)
{
	struct fx *f = *state;
	struct gev ev[] = {
		{ GEV_STAT, STAT_TENSION, CAUSE_DRIFT, 3, -1, -1, -1, -1,
		  22, 24 },
		{ GEV_STAT, STAT_TENSION, CAUSE_DRIFT, 3, -1, -1, -1, -1,
		  24, 23.5 },
		{ GEV_STAT, STAT_TENSION, CAUSE_DRIFT, 3, -1, -1, -1, -1,
		  23.5, 23 },
	};
	struct turn_log log = { .turn = 1, .n = 3, .ev = ev };
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;

	render_init(&r, &f->sc, &f->en, "en", RV_ALL);
	rlines_init(&rl);
	render_turn(&r, &log, &rl);
	join(&rl, &sb);
	/* A whole value shared with a line in decimals stays whole. */
	HAS(sb.buf, "Tension: 22 → 24 (+2)");
	HAS(sb.buf, "Tension: 24.0 → 23.5 (−0.5)");
	HAS(sb.buf, "Tension: 23.5 → 23.0 (−0.5)");
	assert_null(strstr(sb.buf, "24 → 23 "));
	rlines_release(&rl);
	strbuf_release(&sb);
}

/* The turn's score is one rounded change, the same for every viewer
 * that is shown it; another side's per-turn score is private to it. */
static void test_score_agrees(void **state)
{
	struct fx *f = *state;
	char *a, *b, *pub;
	char want[64];
	double sa = 0, sb0 = 0;

	f->sc.w.security = 7;	/* a score from each side's security */
	play(f, A_HOLD, A_HARDEN, -1, A_HOLD, A_HARDEN);
	sa = f->g.st.side[0].score;
	sb0 = f->g.st.side[1].score;
	a = lines(f, SIDE_A);
	b = lines(f, SIDE_B);
	pub = lines(f, RV_PUBLIC);
	snprintf(want, sizeof want, "Score this turn: Russia +%.0f\n", sa);
	HAS(a, want);
	snprintf(want, sizeof want, "Score this turn: the United States "
		 "+%.0f\n", sb0);
	HAS(b, want);
	assert_null(strstr(a, "the United States +"));
	assert_null(strstr(pub, "Score this turn"));
	free(a);
	free(b);
	free(pub);
}

/* The resolution's summary: at most six lines, each side's moves on
 * one, and what was detected. */
static void test_summary(void **state)
{
	struct fx *f = *state;
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;

	play(f, A_SIGN, A_SPY, 0, A_HOLD, A_HARDEN);
	play(f, A_HOLD, A_STRIKE, -1, A_HOLD, A_HARDEN);
	render_init(&r, &f->sc, &f->en, "en", SIDE_B);
	r.g = &f->g;
	rlines_init(&rl);
	render_turn_summary(&r, &f->g.logs[1], &rl);
	join(&rl, &sb);
	assert_true(rl.n >= 4 && rl.n <= 6);
	HAS(sb.buf, "Russia: nothing you could see · Strike\n");
	HAS(sb.buf, "The United States: Hold · Harden\n");
	HAS(sb.buf, "Tension: 20 → 50 (+30); the ladder is now at "
	    "“Crisis”.\n");
	HAS(sb.buf, "The United States detected a covert act by Russia: "
	    "“Strike” (and 1 more in the full account)\n");
	rlines_release(&rl);
	strbuf_release(&sb);
}

/* A package on trial (agreement_hold 3): the turn it is complete, the
 * count, and the detected strike that breaks it, said for each viewer,
 * in the summary, the full account and the debrief. */
static void test_trial(void **state)
{
	struct fx *f = *state;
	struct render r;
	struct rlines rl;
	struct strbuf sb = STRBUF_INIT;
	int held[4];
	char *s;

	f->sc.rules.agreement_trust = 45;
	f->sc.rules.agreement_hold = 3;
	play(f, A_SIGN, A_HARDEN, 0, A_HOLD, A_HARDEN);
	assert_int_equal(game_package_held(&f->g), 1);
	play(f, A_HOLD, A_HARDEN, -1, A_HOLD, A_HARDEN);
	play(f, A_HOLD, A_HARDEN, -1, A_HOLD, A_STRIKE);
	assert_int_equal(game_package_held(&f->g), 0);
	assert_int_equal(f->g.st.ending, END_NONE);
	trial_series(&f->g, 3, held);
	assert_int_equal(held[1], 1);
	assert_int_equal(held[2], 2);
	assert_int_equal(held[3], 0);

	s = turn_lines(f, SIDE_A, 1, 1);
	HAS(s, "The package is complete and on trial: if it still holds at "
	    "the end of 2 more turns, the talks end in a comprehensive "
	    "agreement.\n");
	free(s);
	s = turn_lines(f, RV_PUBLIC, 2, 0);
	HAS(s, "at the end of 1 more turn, the talks end");
	free(s);
	/* The strike breached the agreement: that broke the trial. */
	s = turn_lines(f, SIDE_A, 3, 1);
	HAS(s, "The package's trial broke: “CERT channels” is no longer in "
	    "force (breached, by the United States).\n");
	free(s);
	/* Without a calendar, turns; with one, months. */
	f->sc.rules.start_year = 2020;
	f->sc.rules.start_month = 10;
	f->sc.rules.turn_months = 1;
	s = turn_lines(f, SIDE_B, 1, 0);
	HAS(s, "at the end of 2 more months, the talks end");
	free(s);

	render_init(&r, &f->sc, &f->en, "en", RV_ALL);
	rlines_init(&rl);
	debrief_turning(&r, &f->g, &rl);
	join(&rl, &sb);
	HAS(sb.buf, "Turn 1: the package was complete, and went on trial for "
	    "3 months.\n");
	HAS(sb.buf, "Turn 3: the package's trial broke: “CERT channels” is "
	    "no longer in force (breached, by the United States).\n");
	strbuf_release(&sb);
	rlines_release(&rl);

	/* A scenario without a trial says nothing of one. */
	f->sc.rules.agreement_hold = 1;
	s = turn_lines(f, RV_ALL, 1, 0);
	assert_null(strstr(s, "trial"));
	free(s);
}

/* A detected act that breaches nothing breaks the trial by the trust
 * it costs: whose trust and why, for those who saw it fall. */
static void test_trial_trust(void **state)
{
	struct fx *f = *state;
	char *s;

	f->sc.rules.agreement_trust = 45;
	f->sc.rules.agreement_hold = 2;
	f->sc.action[A_STRIKE].breaches = 0;
	play(f, A_SIGN, A_HARDEN, 0, A_HOLD, A_HARDEN);
	play(f, A_HOLD, A_HARDEN, -1, A_HOLD, A_STRIKE);
	assert_int_equal(game_package_held(&f->g), 0);
	s = turn_lines(f, RV_ALL, 2, 1);
	HAS(s, "The package's trial broke: Russia's trust in the United "
	    "States fell to 17, below 45, because the United States was "
	    "seen to play “Strike”, a hostile signal.\n");
	free(s);
	s = turn_lines(f, SIDE_A, 2, 0);
	HAS(s, "The package's trial broke: Russia's trust in the United "
	    "States fell to 17");
	free(s);	/* The detection is public: the culprit sees the fall too. */
	s = turn_lines(f, SIDE_B, 2, 0);
	HAS(s, "Russia's trust in the United States fell to 17, below 45");
	free(s);
}

/* An event's arrow follows what it does to the viewer; its text names
 * the sides for every reader. */
static void test_event_view(void **state)
{
	struct fx *f = *state;
	struct event *ev = &f->sc.event[0];
	struct gev e = { GEV_EVENT, 0, 0, 3, SIDE_B, -1, 0, -1, 0, 0 };
	struct turn_log log = { 1, { { { 0, 0 }, 0 }, { { 0, 0 }, 0 } }, 1,
				1, &e };
	struct render r;
	struct rlines rl;

	f->sc.nevents = 1;
	ev->name.s[0] = xstrdup("Summit");
	ev->text.s[0] = xstrdup("Leaders of {victim} and {other} meet.");
	fx_effect(&ev->effects, STAT_TRUST, WHO_SELF, 3);
	rlines_init(&rl);
	render_init(&r, &f->sc, &f->en, "en", SIDE_B);
	render_turn(&r, &log, &rl);
	assert_int_equal(rl.v[0].tone, TONE_GOOD);
	HAS(rl.v[0].text, "Leaders of the United States and Russia meet.");
	rlines_reset(&rl);
	/* Good for the US; nothing for Russia either way. */
	render_init(&r, &f->sc, &f->en, "en", SIDE_A);
	render_turn(&r, &log, &rl);
	assert_int_equal(rl.v[0].tone, TONE_NEUTRAL);
	rlines_reset(&rl);
	fx_effect(&ev->effects, STAT_TENSION, WHO_NONE, 5);
	render_turn(&r, &log, &rl);
	assert_int_equal(rl.v[0].tone, TONE_BAD);
	rlines_release(&rl);
}

/* The calendar: a month a turn from October 2020. */
static void test_date(void **state)
{
	struct fx *f = *state;
	struct render r;
	struct strbuf sb = STRBUF_INIT;

	render_init(&r, &f->sc, &f->en, "en", SIDE_A);
	assert_int_equal(render_date(&r, 1, &sb), 0);
	render_turn_name(&r, 3, &sb);
	assert_string_equal(sb.buf, "Turn 3");
	f->sc.rules.start_year = 2020;
	f->sc.rules.start_month = 10;
	f->sc.rules.turn_months = 1;
	strbuf_reset(&sb);
	render_turn_name(&r, 4, &sb);
	assert_string_equal(sb.buf, "Turn 4 (January 2021)");
	f->sc.rules.turn_months = 3;
	strbuf_reset(&sb);
	assert_int_equal(render_date(&r, 2, &sb), 1);
	assert_string_equal(sb.buf, "January 2021");
	strbuf_release(&sb);
	/* A class game ends at its own length, under its own name. */
	f->sc.ending_name[END_LIMIT].s[0] = xstrdup("Two years later");
	r.g = &f->g;
	assert_string_equal(render_ending(&r, END_LIMIT), "Two years later");
	f->g.turns = 3;
	assert_string_equal(render_ending(&r, END_LIMIT),
			    "The lesson's turns are played");
}

static void test_wrap(void **state)
{
	size_t adv, n;
	const char *s = "aaaa bbbb";
	const char *bg = "Доверие на САЩ";

	(void)state;
	n = wrap_next(s, strlen(s), 4, &adv);
	assert_int_equal(n, 4);
	assert_int_equal(adv, 5);
	n = wrap_next(s, strlen(s), 20, &adv);
	assert_int_equal(n, strlen(s));
	/* Cyrillic: 2 bytes a letter, one column each. */
	n = wrap_next(bg, strlen(bg), 10, &adv);
	assert_int_equal(n, strlen("Доверие на"));
	n = wrap_next("abcdefgh", 8, 3, &adv);
	assert_int_equal(n, 3);
	assert_int_equal(adv, 3);
	n = wrap_next("ab\ncd", 5, 10, &adv);
	assert_int_equal(n, 2);
	assert_int_equal(adv, 3);
	assert_int_equal(wrap_count("one two three", 5), 3);
}

static void test_chart(void **state)
{
	double v[3] = { 0, 50, 100 };
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	chart_row(v, 3, 3, 1, 0, 1, &sb);
	assert_string_equal(sb.buf, " _#");
	strbuf_reset(&sb);
	chart_row(v, 3, 3, 1, 0, 0, &sb);
	assert_string_equal(sb.buf, " ▄█");
	strbuf_reset(&sb);
	/* Two rows: the top row starts filling above 50. */
	chart_row(v, 3, 6, 2, 0, 1, &sb);
	assert_string_equal(sb.buf, "    ##");
	strbuf_reset(&sb);
	chart_axis(25, 30, &sb);
	assert_int_equal(sb.len, 30);
	assert_true(sb.buf[0] == '0' && !strcmp(sb.buf + 28, "24"));
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_views, setup, teardown),
		cmocka_unit_test_setup_teardown(test_detected, setup, teardown),
		cmocka_unit_test_setup_teardown(test_their_trust, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_explain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_debrief_reckoning, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_debrief, setup, teardown),
		cmocka_unit_test_setup_teardown(test_numbers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_once, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_round_chain, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_score_agrees, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_summary, setup, teardown),
		cmocka_unit_test_setup_teardown(test_trial, setup, teardown),
		cmocka_unit_test_setup_teardown(test_trial_trust, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_event_view, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_date, setup, teardown),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_chart),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
