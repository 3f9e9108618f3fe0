/* fuzz_script.c — the script doctrine's files (game/ai/script.h), parsed
 * against the article scenario; a script that parses is asked for every
 * turn's rule, and each rule must name the scenario's own actions and
 * proposals, of the right kind. Run from the repository's top. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "ai/script.h"
#include "load/load.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct scenario *fz_sc;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diag d;

	(void)argc; (void)argv;
	fz_sc = calloc(1, sizeof *fz_sc);
	diag_init(&d, &load_msgs);
	if (!fz_sc || scenario_load(fz_sc, "scenarios/info-security-2020",
				    &d) < 0) {
		fprintf(stderr, "cannot load scenarios/info-security-2020: run "
			"the fuzz target from the repository's top\n");
		exit(2);
	}
	diag_release(&d);
	return 0;
}

static void fz_check_rules(const struct script *s)
{
	int16_t act[KINDS], prop;
	int t, k;

	for (t = 1; t <= SC_MAX_TURNS; t++) {
		if (script_rule(s, t, act, &prop) < 0)
			continue;
		for (k = 0; k < KINDS; k++)
			if (act[k] >= fz_sc->nactions ||
			    (act[k] >= 0 && fz_sc->action[act[k]].kind != k))
				abort();
		if (prop >= fz_sc->nproposals)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf err = STRBUF_INIT;
	struct script *s = script_parse("fuzz.txt", (const char *)data, size,
					fz_sc, &err);

	/* Refused with messages, or accepted without: never both. */
	if (!s == !err.len)
		abort();
	if (s)
		fz_check_rules(s);
	script_free(s);
	strbuf_release(&err);
	return 0;
}
