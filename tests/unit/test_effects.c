/* test_effects.c — the effects language: what it accepts, what it makes
 * of it, and the exact message and column of what it refuses. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "load/load-msgs.h"
#include "load/effects.h"
#include "load/value.h"

static int parse(const char *s, enum effects_ctx ctx, struct effects *fx,
		 struct effects_error *err)
{
	return effects_parse(fx, s, strlen(s), ctx, err);
}

static void want_effect(const struct effect *e, int stat, int who, int set,
			double v)
{
	assert_int_equal(e->stat, stat);
	assert_int_equal(e->who, who);
	assert_int_equal(e->set, set);
	assert_true(e->value == v);
}

static void test_empty_is_no_effects(void **state)
{
	struct effects fx;
	struct effects_error err;

	(void)state;
	assert_int_equal(parse("", EFX_ACTION, &fx, &err), 0);
	assert_int_equal(fx.n, 0);
	assert_int_equal(parse("  \t ", EFX_EVENT, &fx, &err), 0);
	assert_int_equal(fx.n, 0);
}

static void test_readme_example(void **state)
{
	struct effects fx;
	struct effects_error err;

	(void)state;
	assert_int_equal(parse("tension +5; trust.other -10; security.both = 50",
			       EFX_ACTION, &fx, &err), 0);
	assert_int_equal(fx.n, 3);
	want_effect(&fx.e[0], STAT_TENSION, WHO_NONE, 0, 5);
	want_effect(&fx.e[1], STAT_TRUST, WHO_OTHER, 0, -10);
	want_effect(&fx.e[2], STAT_SECURITY, WHO_BOTH, 1, 50);
}

static void test_spacing_decimals_and_final_semicolon(void **state)
{
	struct effects fx;
	struct effects_error err;

	(void)state;
	assert_int_equal(parse("  score.self-2.5;support.self=0.25 ;",
			       EFX_EVENT, &fx, &err), 0);
	assert_int_equal(fx.n, 2);
	want_effect(&fx.e[0], STAT_SCORE, WHO_SELF, 0, -2.5);
	want_effect(&fx.e[1], STAT_SUPPORT, WHO_SELF, 1, 0.25);
	assert_int_equal(parse("score.both + 1000", EFX_ACTION, &fx, &err), 0);
	want_effect(&fx.e[0], STAT_SCORE, WHO_BOTH, 0, 1000);
}

static void test_proposal_targets_and_modifiers(void **state)
{
	struct effects fx;
	struct effects_error err;

	(void)state;
	assert_int_equal(parse("misattribution -10; detection +5; accident -2;"
			       " trust.a +1; security.b -1; score.both +3",
			       EFX_PROPOSAL, &fx, &err), 0);
	assert_int_equal(fx.n, 6);
	want_effect(&fx.e[0], STAT_MISATTRIBUTION, WHO_NONE, 0, -10);
	want_effect(&fx.e[1], STAT_DETECTION, WHO_NONE, 0, 5);
	want_effect(&fx.e[2], STAT_ACCIDENT, WHO_NONE, 0, -2);
	want_effect(&fx.e[3], STAT_TRUST, WHO_A, 0, 1);
	want_effect(&fx.e[4], STAT_SECURITY, WHO_B, 0, -1);
	want_effect(&fx.e[5], STAT_SCORE, WHO_BOTH, 0, 3);
}

static void test_event_without_victim(void **state)
{
	struct effects fx;
	struct effects_error err;

	(void)state;
	assert_int_equal(parse("tension +3; trust.a -1; trust.both -2",
			       EFX_EVENT_NOVICTIM, &fx, &err), 0);
	assert_int_equal(fx.n, 3);
	want_effect(&fx.e[1], STAT_TRUST, WHO_A, 0, -1);
}

static void test_eight_effects_fit(void **state)
{
	struct effects fx;
	struct effects_error err;

	(void)state;
	assert_int_equal(parse("tension +1; tension +1; tension +1; tension +1;"
			       " tension +1; tension +1; tension +1; tension +1",
			       EFX_ACTION, &fx, &err), 0);
	assert_int_equal(fx.n, EFF_MAX);
}

struct bad {
	const char *text;
	enum effects_ctx ctx;
	int code;
	int col;		/* 1-based, in characters */
	const char *msg;
};

static const struct bad bad_cases[] = {
	{ "trust.enemy -5", EFX_ACTION, DIAG_FX_TARGET, 1,
	  "unknown target 'trust.enemy' (expected tension; trust, security, support or score with "
	  "'.self', '.other' or '.both')" },
	{ "tension +5; loyalty.self +1", EFX_ACTION, DIAG_FX_TARGET, 13,
	  "unknown target 'loyalty.self' (expected tension; trust, security, support or score with "
	  "'.self', '.other' or '.both')" },
	{ "tension.self +5", EFX_ACTION, DIAG_FX_TARGET, 1,
	  "unknown target 'tension.self' (expected tension; trust, security, support or score with "
	  "'.self', '.other' or '.both')" },
	{ "Спокойствие +5", EFX_ACTION, DIAG_FX_TARGET, 1,
	  "unknown target 'Спокойствие' (expected tension; trust, security, support or score with "
	  "'.self', '.other' or '.both')" },
	{ "+5", EFX_ACTION, DIAG_FX_TARGET, 1, "unknown target '+' (expected tension; trust, security, support or score with "
	  "'.self', '.other' or '.both')" },
	{ "tension +", EFX_ACTION, DIAG_FX_NUMBER, 10,
	  "expected a number after '+'" },
	{ "score.self = -5", EFX_ACTION, DIAG_FX_NUMBER, 14,
	  "expected a number after '='" },
	{ "tension * 2", EFX_ACTION, DIAG_FX_OP, 9,
	  "unknown operator '*' (expected '+', '-' or '=')" },
	{ "trust.self ± 2", EFX_ACTION, DIAG_FX_OP, 12,
	  "unknown operator '±' (expected '+', '-' or '=')" },
	{ "tension 5", EFX_ACTION, DIAG_FX_OP_MISSING, 9,
	  "expected '+', '-' or '=' after 'tension'" },
	{ "tension", EFX_ACTION, DIAG_FX_OP_MISSING, 8,
	  "expected '+', '-' or '=' after 'tension'" },
	{ "detection +5", EFX_ACTION, DIAG_FX_MODIFIER, 1,
	  "modifier 'detection' allowed only in a proposal" },
	{ "tension +1; accident -2", EFX_EVENT, DIAG_FX_MODIFIER, 13,
	  "modifier 'accident' allowed only in a proposal" },
	{ "trust.self +5", EFX_PROPOSAL, DIAG_FX_WHO, 1,
	  "'trust.self' not allowed in a proposal (use '.a', '.b' or "
	  "'.both')" },
	{ "trust.a +5", EFX_ACTION, DIAG_FX_WHO, 1,
	  "'trust.a' not allowed in an action (use '.self', '.other' or "
	  "'.both')" },
	{ "security.other -5", EFX_EVENT_NOVICTIM, DIAG_FX_WHO, 1,
	  "'security.other' not allowed in an event with victim 'none' "
	  "(use '.a', '.b' or '.both')" },
	{ "trust -5", EFX_ACTION, DIAG_FX_NEEDS_WHO, 1,
	  "'trust' needs '.self', '.other' or '.both'" },
	{ "score +5", EFX_PROPOSAL, DIAG_FX_NEEDS_WHO, 1,
	  "'score' needs '.a', '.b' or '.both'" },
	{ "tension +1; tension +1; tension +1; tension +1; tension +1; "
	  "tension +1; tension +1; tension +1; trust.self +1", EFX_ACTION,
	  DIAG_FX_MANY, 97, "too many effects (at most 8)" },
	{ "tension +5;; trust.self +1", EFX_ACTION, DIAG_FX_EMPTY, 12,
	  "expected an effect before ';'" },
	{ "; tension +5", EFX_ACTION, DIAG_FX_EMPTY, 1,
	  "expected an effect before ';'" },
	{ "tension +5 trust.self +1", EFX_ACTION, DIAG_FX_END, 12,
	  "expected ';' or the end, found 'trust.self'" },
	{ "tension +5%", EFX_ACTION, DIAG_FX_END, 11,
	  "expected ';' or the end, found '%'" },
	{ "tension +150", EFX_ACTION, DIAG_RANGE, 10,
	  "'tension' out of range: 150 (-100 to 100)" },
	{ "trust.self -100.5", EFX_ACTION, DIAG_RANGE, 13,
	  "'trust.self' out of range: -100.5 (-100 to 100)" },
	{ "security.both = 101", EFX_ACTION, DIAG_RANGE, 17,
	  "'security.both' out of range: 101 (0 to 100)" },
	{ "score.self +1001", EFX_ACTION, DIAG_RANGE, 13,
	  "'score.self' out of range: 1001 (-1000 to 1000)" },
	{ "tension = 1.2.3", EFX_ACTION, DIAG_NUMBER, 11,
	  "'1.2.3' is not a number" },
	{ "trsut.self +1", EFX_ACTION, DIAG_FX_TARGET_MEAN, 1,
	  "unknown target 'trsut.self': did you mean 'trust.self'? (expected "
	  "tension; trust, security, support or score with '.self', "
	  "'.other' or '.both')" },
	{ "misatribution -5", EFX_PROPOSAL, DIAG_FX_TARGET_MEAN, 1,
	  "unknown target 'misatribution': did you mean 'misattribution'? "
	  "(expected tension; trust, security, support or score with '.a', "
	  "'.b' or '.both'; misattribution, detection, accident)" },
	{ "trust.self +1; Ωmega +1", EFX_ACTION, DIAG_FX_TARGET, 16,
	  "unknown target 'Ωmega' (expected tension; trust, security, support or score with "
	  "'.self', '.other' or '.both')" },
};

static void test_bad_strings(void **state)
{
	struct effects fx;
	struct effects_error err;
	size_t i;
	int col;

	(void)state;
	for (i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
		const struct bad *b = &bad_cases[i];

		if (parse(b->text, b->ctx, &fx, &err) != -1)
			fail_msg("accepted: %s", b->text);
		col = 1 + value_cols(b->text, err.at);
		if (err.code != b->code || col != b->col ||
		    strcmp(err.msg, b->msg))
			fail_msg("%s\n got %s at %d: %s\nwant %s at %d: %s",
				 b->text, diag_cat_name(&load_msgs, err.code),
				 col, err.msg,
				 diag_cat_name(&load_msgs, b->code), b->col,
				 b->msg);
	}
}

static void test_not_nul_terminated(void **state)
{
	/* Only len bytes count: what follows must not be read. */
	const char buf[] = "tension +5XYZ";
	struct effects fx;
	struct effects_error err;

	(void)state;
	assert_int_equal(effects_parse(&fx, buf, 10, EFX_ACTION, &err), 0);
	assert_int_equal(fx.n, 1);
	want_effect(&fx.e[0], STAT_TENSION, WHO_NONE, 0, 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_is_no_effects),
		cmocka_unit_test(test_readme_example),
		cmocka_unit_test(test_spacing_decimals_and_final_semicolon),
		cmocka_unit_test(test_proposal_targets_and_modifiers),
		cmocka_unit_test(test_event_without_victim),
		cmocka_unit_test(test_eight_effects_fit),
		cmocka_unit_test(test_bad_strings),
		cmocka_unit_test(test_not_nul_terminated),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
