/* fuzz_common.h — a scratch scenario folder for the fuzz targets that
 * load whole scenarios: a copy of tests/data/good/base in a temporary
 * folder, where one file at a time is replaced by the fuzzer's input. */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine/scenario.h"
#include "load/load.h"

static char fuzz_dir[64];

static void fuzz_write(const char *name, const void *data, size_t size)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", fuzz_dir, name);
	f = fopen(path, "wb");
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
}

static const char *const fuzz_files[] = { "scenario.ini", "actions.csv",
	"proposals.csv", "events.csv", "article.txt", "payoff.csv" };
#define FUZZ_NFILES (sizeof fuzz_files / sizeof *fuzz_files)

/* At the end of a run: the scratch folder goes (a crash leaves it, with
 * the files that were being read). */
static void fuzz_cleanup(void)
{
	char path[128];
	size_t i;

	for (i = 0; i < FUZZ_NFILES; i++) {
		snprintf(path, sizeof path, "%s/%s", fuzz_dir, fuzz_files[i]);
		unlink(path);
	}
	rmdir(fuzz_dir);
}

/* Copy the base scenario's files, so that all but one stay valid. */
static void fuzz_setup(void)
{
	const char *const *files = fuzz_files;
	char src[256], buf[1 << 16];
	size_t i, n;
	FILE *f;

	snprintf(fuzz_dir, sizeof fuzz_dir, "/tmp/detente-fuzz-XXXXXX");
	if (!mkdtemp(fuzz_dir))
		abort();
	atexit(fuzz_cleanup);
	for (i = 0; i < FUZZ_NFILES; i++) {
		snprintf(src, sizeof src, "tests/data/good/base/%s", files[i]);
		f = fopen(src, "rb");
		if (!f) {
			/* Else every input is a scenario without its files:
			 * the same few error paths, over and over. */
			fprintf(stderr, "cannot read %s: run the fuzz target "
				"from the repository's top\n", src);
			exit(2);
		}
		n = fread(buf, 1, sizeof buf, f);
		fclose(f);
		fuzz_write(files[i], buf, n);
	}
}

static void fuzz_load(void)
{
	struct scenario *sc = calloc(1, sizeof *sc);
	struct diag d;

	if (!sc)
		abort();
	diag_init(&d, &load_msgs);
	scenario_load(sc, fuzz_dir, &d);
	scenario_release(sc);
	free(sc);
	diag_release(&d);
}

#endif
