// pcgref.cpp — reference outputs from Debian's libpcg-cpp-dev, for the
// cross-check of our own PCG32 (tests/unit/test_rng.c).
// Usage: pcgref SEED STREAM N [BOUND]
// Prints N lines: the raw 32-bit output in hex and, when BOUND is given,
// pcg32's own unbiased draw below BOUND from a second generator seeded
// the same way.
#include <cstdio>
#include <cstdlib>
#include <pcg_random.hpp>

int main(int argc, char **argv)
{
	if (argc < 4) {
		std::fprintf(stderr, "usage: pcgref SEED STREAM N [BOUND]\n");
		return 2;
	}
	unsigned long long seed = std::strtoull(argv[1], nullptr, 10);
	unsigned long long stream = std::strtoull(argv[2], nullptr, 10);
	long n = std::strtol(argv[3], nullptr, 10);
	unsigned long bound = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 0;
	pcg32 raw(seed, stream), bounded(seed, stream);

	for (long i = 0; i < n; i++) {
		unsigned r = raw();
		if (bound)
			std::printf("%08x %u\n", r, (unsigned)bounded(bound));
		else
			std::printf("%08x\n", r);
	}
	return 0;
}
