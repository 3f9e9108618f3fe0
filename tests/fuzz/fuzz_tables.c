/* fuzz_tables.c — each CSV table of a scenario, through the loader's
 * checks of meaning. The first byte picks the table. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_saved[4][1 << 16];
static size_t fuzz_saved_len[4];
static const char *const fuzz_tables[4] = { "actions.csv", "proposals.csv",
					    "events.csv", "payoff.csv" };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[128];
	FILE *f;
	int i;

	(void)argc; (void)argv;
	fuzz_setup();
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof path, "%s/%s", fuzz_dir, fuzz_tables[i]);
		f = fopen(path, "rb");
		if (!f)
			continue;
		fuzz_saved_len[i] = fread(fuzz_saved[i], 1,
					  sizeof fuzz_saved[i], f);
		fclose(f);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int t;

	if (size < 1)
		return 0;
	t = data[0] % 4;
	fuzz_write(fuzz_tables[t], data + 1, size - 1);
	fuzz_load();
	/* Put the table back, so the next input changes one file only. */
	fuzz_write(fuzz_tables[t], fuzz_saved[t], fuzz_saved_len[t]);
	return 0;
}
