/* fuzz_save.c — save files: the reader, then the replay.
 *
 * A save that parses is opened against the shipped scenario it names
 * (the prisoner's dilemma or the default one; run from the repository
 * root): first as it is, so that a changed move or check is caught where
 * it should be, then with every turn's check made right by playing the
 * moves through the engine here. Without that repair a mutated save
 * almost never gets past its first check, and the replay, the doctrines
 * playing again, branches, switches and transcripts would go unfuzzed.
 * A save that opens is also written back and read again: the text it
 * gives must read back to the same text. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"
#include "save/savegame.h"
#include "save/transcript.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fz_dirs[] = { "scenarios/prisoners-dilemma",
				       "scenarios/info-security-2020" };
#define FZ_NSC (sizeof fz_dirs / sizeof *fz_dirs)
static struct scenario *fz_sc[FZ_NSC];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diag d;
	size_t i;

	(void)argc; (void)argv;
	for (i = 0; i < FZ_NSC; i++) {
		fz_sc[i] = calloc(1, sizeof *fz_sc[i]);
		diag_init(&d, &load_msgs);
		if (!fz_sc[i] || scenario_load(fz_sc[i], fz_dirs[i], &d) < 0) {
			fprintf(stderr, "cannot load %s: run the fuzz target "
				"from the repository's top\n", fz_dirs[i]);
			exit(2);
		}
		diag_release(&d);
	}
	return 0;
}

/* The loaded scenario the save names, with the save's turn limit (as
 * savegame_load does for `sim --turns`), or NULL. */
static struct scenario *fz_scenario(const struct save *sv)
{
	size_t i;

	for (i = 0; i < FZ_NSC; i++) {
		if (strcmp(fz_sc[i]->id, sv->scenario))
			continue;
		fz_sc[i]->rules.turns = sv->turn_limit;
		return fz_sc[i];
	}
	return NULL;
}

/* Play branch b's own turns through the engine, from the start of its
 * line, and write the state's digest into each check; stop at the first
 * move the engine refuses, leaving the rest for the replay to reject. */
static void fz_repair_branch(struct save *sv, const struct scenario *sc,
			     const struct save_branch *b)
{
	const struct save_turn **line;
	const struct save_branch **owner;
	struct save_err err;
	struct move mv[SIDES];
	struct game g;
	const char *why;
	int n, t, s, ok = 1;

	n = save_line(sv, b->id, &line, &owner);
	if (n < 0)
		return;
	game_init(&g, sc, sv->seed);
	for (t = 1; ok && t <= n && !game_over(&g); t++) {
		for (s = 0; ok && s < SIDES; s++)
			ok = save_move_get(sc, s, &line[t - 1]->mv[s], &mv[s],
					   sv->file, 0, &err) == 0 &&
			     game_check_move(&g, s, &mv[s], &why) == 0;
		if (!ok || game_play(&g, mv) < 0)
			break;
		if (owner[t - 1] == b)
			((struct save_turn *)line[t - 1])->check =
				save_state_check(&g);
	}
	game_release(&g);
	free(line);
	free(owner);
}

/* Parents come before their branches in a save that parsed. */
static void fz_repair(struct save *sv, const struct scenario *sc)
{
	size_t i;

	for (i = 0; i < sv->nbr; i++)
		fz_repair_branch(sv, sc, &sv->br[i]);
}

/* A save must read back as it was written. */
static void fz_round_trip(const struct save *sv)
{
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	struct save back;
	struct save_err err;

	save_format(sv, &a);
	save_init(&back);
	if (save_parse(&back, "round-trip.sav", a.buf, a.len, &err) < 0)
		abort();
	save_format(&back, &b);
	if (a.len != b.len || memcmp(a.buf, b.buf, a.len))
		abort();
	save_release(&back);
	strbuf_release(&a);
	strbuf_release(&b);
}

/* What `detente replay`, the timeline screen and play do with an open
 * game: transcripts, every branch in turn, a new branch half-way, and a
 * turn on it (the people's moves are left empty: the engine refuses
 * them, or takes them where a side has nothing to choose). */
static void fz_use(struct savegame *sg)
{
	struct strbuf out = STRBUF_INIT;
	struct save_binfo *info;
	struct save_err err;
	struct move mv[SIDES];
	size_t i, n;
	int cur = sg->sv.current;

	transcript_csv(&sg->g, &out);
	transcript_text(&sg->sv, &sg->g, NULL, "en", &out);
	if (savegame_timeline(sg, &info, &n, &err) == 0) {
		for (i = 0; i < n && i < 8; i++)
			savegame_switch(sg, info[i].id, &err);
		free(info);
	}
	savegame_switch(sg, cur, &err);
	/* Go back half-way: a new branch, in memory only (no file). */
	if (savegame_branch(sg, sg->g.st.turn / 2, NULL, &err) == 0) {
		memset(mv, 0, sizeof mv);
		savegame_play(sg, mv, &err);
	}
	strbuf_release(&out);
}

static void fz_open(const struct save *sv, const struct scenario *sc,
		    int use)
{
	struct savegame sg;
	struct save_err err;

	if (savegame_open(&sg, sv, sc, &err) == 0 && use) {
		fz_round_trip(&sg.sv);
		fz_use(&sg);
	}
	savegame_release(&sg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct save sv;
	struct save_err err;
	struct scenario *sc;

	save_init(&sv);
	if (save_parse(&sv, "fuzz.sav", (const char *)data, size, &err) == 0) {
		fz_round_trip(&sv);
		sc = fz_scenario(&sv);
		if (sc) {
			fz_open(&sv, sc, 0);
			fz_repair(&sv, sc);
			fz_open(&sv, sc, 1);
		}
	}
	save_release(&sv);
	return 0;
}
