/* fuzz_effects.c — the effects language, in every context. The first
 * byte picks the context; the rest is the field. */
#include <stddef.h>
#include <stdint.h>

#include "load/effects.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct effects fx;
	struct effects_error err;

	if (size < 1)
		return 0;
	effects_parse(&fx, (const char *)data + 1, size - 1,
		      (enum effects_ctx)(data[0] % 4), &err);
	return 0;
}
