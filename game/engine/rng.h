/* rng.h — PCG32 (XSH RR 64/32), written from O'Neill's published
 * description ("PCG: A Family of Simple Fast Space-Efficient Statistically
 * Good Algorithms for Random Number Generation", 2014).
 *
 * One stream a game: the seed picks the starting state, the stream picks
 * one of 2^63 independent sequences. Same seed and stream, same numbers,
 * on every machine. */
#ifndef ENGINE_RNG_H
#define ENGINE_RNG_H

#include <stdint.h>

struct rng {
	uint64_t state;
	uint64_t inc;	/* always odd: (stream << 1) | 1 */
};

void rng_seed(struct rng *r, uint64_t seed, uint64_t stream);
uint32_t rng_next(struct rng *r);
/* Uniform in [0, bound) without modulo bias; bound 0 gives 0. */
uint32_t rng_below(struct rng *r, uint32_t bound);
/* Uniform double in [0, 1), 32 bits of precision. */
double rng_unit(struct rng *r);
/* 1 with probability percent/100 (percent clamped to 0..100). */
int rng_chance(struct rng *r, double percent);

#endif
