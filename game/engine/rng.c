/* rng.c — PCG32 XSH RR: a 64-bit LCG whose output is a permuted 32-bit
 * slice of the state (xorshift high, then a random rotation). */
#include "engine/rng.h"

#define RNG_MULT 6364136223846793005ULL

void rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
	/* The reference seeding: advance once from 0, add the seed, advance
	 * again, so nearby seeds do not give nearby first outputs. */
	r->state = 0;
	r->inc = (stream << 1) | 1u;
	rng_next(r);
	r->state += seed;
	rng_next(r);
}

uint32_t rng_next(struct rng *r)
{
	uint64_t old = r->state;
	uint32_t xorshifted, rot;

	r->state = old * RNG_MULT + r->inc;
	xorshifted = (uint32_t)(((old >> 18) ^ old) >> 27);
	rot = (uint32_t)(old >> 59);
	return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

uint32_t rng_below(struct rng *r, uint32_t bound)
{
	/* Reject the low 2^32 mod bound values so every residue is equally
	 * likely; at most half the draws are rejected, usually almost none. */
	uint32_t threshold, x;

	if (bound == 0)
		return 0;
	threshold = (uint32_t)(-bound) % bound;
	for (;;) {
		x = rng_next(r);
		if (x >= threshold)
			return x % bound;
	}
}

double rng_unit(struct rng *r)
{
	return rng_next(r) * (1.0 / 4294967296.0);
}

int rng_chance(struct rng *r, double percent)
{
	/* Always draw, even for 0 and 100: the stream then stays aligned
	 * when a choice changes a probability, so two branches of the same
	 * seed meet the same luck ("common random numbers"). */
	double u = rng_unit(r) * 100.0;

	return u < percent;
}
