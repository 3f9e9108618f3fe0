/* test_rng.c — our PCG32 against the published reference outputs and
 * against Debian's libpcg-cpp-dev (build/pcgref). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "engine/rng.h"

static void test_reference_outputs(void **state)
{
	/* pcg32-demo's published first outputs for seed 42, stream 54. */
	static const uint32_t want[] = { 0xa15c02b7, 0x7b47f409, 0xba1d3330,
					 0x83d2f293, 0xbfa4784b, 0xcbed606e };
	struct rng r;
	size_t i;

	(void)state;
	rng_seed(&r, 42, 54);
	for (i = 0; i < sizeof want / sizeof *want; i++)
		assert_int_equal(rng_next(&r), want[i]);
}

static void test_same_seed_same_stream(void **state)
{
	struct rng a, b, c;
	int i, differ = 0;

	(void)state;
	rng_seed(&a, 7, 1);
	rng_seed(&b, 7, 1);
	rng_seed(&c, 7, 2);
	for (i = 0; i < 1000; i++) {
		uint32_t x = rng_next(&a);

		assert_int_equal(x, rng_next(&b));
		differ += x != rng_next(&c);
	}
	assert_true(differ > 990);
}

static void test_below_range_and_spread(void **state)
{
	struct rng r;
	int count[7] = { 0 }, i;

	(void)state;
	rng_seed(&r, 1, 1);
	assert_int_equal(rng_below(&r, 0), 0);
	assert_int_equal(rng_below(&r, 1), 0);
	for (i = 0; i < 70000; i++) {
		uint32_t x = rng_below(&r, 7);

		assert_true(x < 7);
		count[x]++;
	}
	for (i = 0; i < 7; i++)
		assert_true(count[i] > 9500 && count[i] < 10500);
}

static void test_unit_and_chance(void **state)
{
	struct rng r;
	int i, hits = 0;
	double u, lo = 1, hi = 0;

	(void)state;
	rng_seed(&r, 3, 9);
	for (i = 0; i < 100000; i++) {
		u = rng_unit(&r);
		assert_true(u >= 0 && u < 1);
		lo = u < lo ? u : lo;
		hi = u > hi ? u : hi;
		hits += rng_chance(&r, 25);
	}
	assert_true(lo < 0.001 && hi > 0.999);
	assert_true(hits > 24000 && hits < 26000);
	assert_false(rng_chance(&r, 0));
	assert_true(rng_chance(&r, 100));
}

/* Compare raw and bounded outputs with the C++ reference. */
static void cross_check(uint64_t seed, uint64_t stream, uint32_t bound)
{
	char cmd[128], line[64];
	struct rng raw, bounded;
	FILE *p;
	long n = 0;

	snprintf(cmd, sizeof cmd, "build/pcgref %llu %llu 10000 %u",
		 (unsigned long long)seed, (unsigned long long)stream, bound);
	p = popen(cmd, "r");
	assert_non_null(p);
	rng_seed(&raw, seed, stream);
	rng_seed(&bounded, seed, stream);
	while (fgets(line, sizeof line, p)) {
		unsigned want_raw, want_b;

		assert_int_equal(sscanf(line, "%x %u", &want_raw, &want_b), 2);
		assert_int_equal(rng_next(&raw), want_raw);
		assert_int_equal(rng_below(&bounded, bound), want_b);
		n++;
	}
	assert_int_equal(pclose(p), 0);
	assert_int_equal(n, 10000);
}

static void test_cross_check_libpcg(void **state)
{
	static const struct { uint64_t seed, stream; uint32_t bound; } c[] = {
		{ 42, 54, 6 }, { 0, 0, 100 }, { 1, 1, 3 },
		{ 123456789, 987654321, 1000003 },
		{ 18446744073709551615ULL, 7, 2 },
		{ 2024, 0x64657465ULL, 0x80000001u },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof *c; i++)
		cross_check(c[i].seed, c[i].stream, c[i].bound);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_outputs),
		cmocka_unit_test(test_same_seed_same_stream),
		cmocka_unit_test(test_below_range_and_spread),
		cmocka_unit_test(test_unit_and_chance),
		cmocka_unit_test(test_cross_check_libpcg),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
