/* simsave.c — `detente sim --games 1 --save FILE`: one game between two
 * doctrines, kept as a save, so that a player can load it, look at it
 * turn by turn, and take either side at any turn. */
#include <stdio.h>
#include <string.h>

#include "ai/ai.h"
#include "cmd/common.h"
#include "save/savegame.h"

static const char *sim_ending(int e)
{
	static const char *const id[END_N] = { "none", "agreement",
		"conflict", "collapse", "limit" };

	return e >= 0 && e < END_N ? id[e] : "?";
}

int cmd_sim_save(struct scenario *sc, const struct batch_cfg *cfg,
		 long turns, const char *path)
{
	struct save_player pl[SIDES];
	struct savegame sg;
	struct save_err err;
	struct move none[SIDES];
	int s, rc = 0;

	if (turns > 0)
		sc->rules.turns = (int)turns;
	memset(pl, 0, sizeof pl);
	memset(none, 0, sizeof none);
	for (s = 0; s < SIDES; s++) {
		snprintf(pl[s].name, sizeof pl[s].name, "%s",
			 cfg->doctrine[s]);
		pl[s].depth = cfg->depth[s];
	}
	/* Game 0 of a sim run with this seed: the same game, move for move
	 * (the doctrines' seed is derived as batch_play derives it). */
	if (savegame_new(&sg, sc, cfg->seed, pl, NULL, &err) < 0) {
		save_err_print(&err, stderr);
		return 1;
	}
	while (!game_over(&sg.g) && rc == 0)
		rc = savegame_play(&sg, none, &err);
	if (rc == 0)
		rc = savegame_save_as(&sg, path, &err);
	if (rc != 0)
		save_err_print(&err, stderr);
	else
		msg_printf(stdout, "seed %llu: %d turns, %s; saved to "
			   "'%s'\n",
		       (unsigned long long)cfg->seed, sg.g.st.turn,
		       sim_ending(sg.g.st.ending), path);
	savegame_release(&sg);
	return rc != 0 ? 1 : 0;
}
