/* savegame.c — a game being played, recorded and autosaved. */
#include "save/savegame.h"

#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

/* Doctrine seeds: derived from the game's, far from it in PCG's space.
 * Batches (cmd/batch.c) use this too, so that a saved sim game is the
 * very game sim played. */
#define SAVEGAME_AI_SALT 0x9e3779b97f4a7c15ULL

uint64_t savegame_ai_seed(uint64_t seed)
{
	return seed ^ SAVEGAME_AI_SALT;
}

static void sg_clear(struct savegame *sg)
{
	memset(sg, 0, sizeof *sg);
	save_init(&sg->sv);
	strbuf_init(&sg->warn);
}

static void sg_free_ais(struct ai *ai[SIDES])
{
	int s;

	for (s = 0; s < SIDES; s++) {
		ai_free(ai[s]);
		ai[s] = NULL;
	}
}

void savegame_release(struct savegame *sg)
{
	sg_free_ais(sg->ai);
	game_release(&sg->g);
	save_release(&sg->sv);
	if (sg->own) {
		scenario_release(sg->own);
		free(sg->own);
	}
	free(sg->path);
	strbuf_release(&sg->warn);
	sg_clear(sg);
}

/* Release all but the warnings, which say why. */
static void sg_fail(struct savegame *sg)
{
	struct strbuf w = sg->warn;

	strbuf_init(&sg->warn);
	savegame_release(sg);
	strbuf_release(&sg->warn);
	sg->warn = w;
}

const struct save_branch *savegame_current(const struct savegame *sg)
{
	return save_branch_find(&sg->sv, sg->sv.current);
}

int savegame_human(const struct savegame *sg, int side)
{
	return sg->ai[side] == NULL;
}

/* Rebuild the game and doctrines at the end of branch id; on failure
 * the game in hand is kept. */
static int sg_rebuild(struct savegame *sg, int id, struct save_err *err)
{
	struct game g;
	struct ai *ai[SIDES] = { NULL, NULL };

	if (save_replay_differs(&sg->sv, sg->sc, id, &g, ai, &sg->warn,
				sg->differs, err) < 0)
		return -1;
	sg_free_ais(sg->ai);
	game_release(&sg->g);
	sg->g = g;
	sg->ai[0] = ai[0];
	sg->ai[1] = ai[1];
	sg->sv.current = id;
	return 0;
}

/* A player the save can write and read back: spelt and read again, so
 * that the messages are the reader's. */
static int sg_player_ok(const struct save_player *p, struct save_err *err)
{
	struct strbuf sb = STRBUF_INIT;
	struct save_player back;
	int rc;

	save_player_str(p, &sb);
	rc = save_player_parse(sb.buf, &back, err);
	strbuf_release(&sb);
	return rc;
}

/* A language code the reader takes back ([a-z]{2,7}), else none. */
static void sg_lang(struct save *sv, const char *lang)
{
	size_t n = lang ? strspn(lang, "abcdefghijklmnopqrstuvwxyz") : 0;

	if (lang && n >= 2 && n < sizeof sv->lang && !lang[n])
		memcpy(sv->lang, lang, n + 1);
	else
		sv->lang[0] = '\0';
}

int savegame_new(struct savegame *sg, const struct scenario *sc,
		 uint64_t seed, const struct save_player pl[SIDES],
		 const char *lang, struct save_err *err)
{
	struct save *sv = &sg->sv;

	sg_clear(sg);
	save_err_clear(err);
	if (sg_player_ok(&pl[0], err) < 0 || sg_player_ok(&pl[1], err) < 0)
		return -1;
	sg->sc = sc;
	sv->file = xstrdup("(new game)");
	snprintf(sv->scenario, sizeof sv->scenario, "%s", sc->id);
	sv->scenario_dir = sc->dir ? xstrdup(sc->dir) : NULL;
	sv->digest = sc->digest;
	sv->files = save_files_of(sc);
	sv->seed = seed;
	sv->ai_seed[0] = sv->ai_seed[1] = savegame_ai_seed(seed);
	sv->turn_limit = sc->rules.turns;
	sg_lang(sv, lang);
	sv->created = sv->updated = save_now();
	sv->current = save_branch_add(sv, 0, 0, pl)->id;
	if (sg_rebuild(sg, sv->current, err) < 0) {
		savegame_release(sg);
		return -1;
	}
	return 0;
}

int savegame_set_turns(struct savegame *sg, int turns)
{
	const struct rules *r = &sg->sc->rules;

	if (sg->g.st.turn != 0 || sg->g.nlogs ||
	    (turns != r->turns && turns != r->class_turns))
		return -1;
	sg->sv.turn_limit = turns;
	sg->g.turns = turns;
	return 0;
}

int savegame_open(struct savegame *sg, const struct save *sv,
		  const struct scenario *sc, struct save_err *err)
{
	sg_clear(sg);
	save_err_clear(err);
	sg->sc = sc;
	save_copy(&sg->sv, sv);
	if (save_fits(&sg->sv, sc, &sg->warn, err) < 0 ||
	    save_verify(&sg->sv, sc, err) < 0 ||
	    sg_rebuild(sg, sv->current, err) < 0) {
		sg_fail(sg);
		return -1;
	}
	return 0;
}

void savegame_detach(struct savegame *sg)
{
	free(sg->path);
	sg->path = NULL;
}

/* ---- writing ------------------------------------------------------------ */

int savegame_write(struct savegame *sg, struct save_err *err)
{
	save_err_clear(err);
	if (!sg->path)
		return 0;
	sg->sv.updated = save_now();
	return save_write(&sg->sv, sg->path, err);
}

int savegame_save_as(struct savegame *sg, const char *path,
		     struct save_err *err)
{
	char *old = sg->path;

	save_clean_temps(path);
	sg->path = xstrdup(path);
	if (savegame_write(sg, err) < 0) {
		free(sg->path);
		sg->path = old;
		return -1;
	}
	free(old);
	free(sg->sv.file);
	sg->sv.file = xstrdup(path);
	return 0;
}

/* After a change in memory: 0 when saved (or nothing to save to), 1
 * when the autosave failed. */
static int sg_autosave(struct savegame *sg, struct save_err *err)
{
	return savegame_write(sg, err) < 0 ? 1 : 0;
}

int savegame_set_name(struct savegame *sg, const char *name,
		      struct save_err *err)
{
	free(sg->sv.name);
	sg->sv.name = name && *name ? xstrdup(name) : NULL;
	return sg_autosave(sg, err);
}

/* ---- playing ------------------------------------------------------------ */

/* The moves of the turn: the people's as given, the doctrines' own. */
static int sg_moves(struct savegame *sg, const struct move in[SIDES],
		    struct move mv[SIDES], struct save_err *err)
{
	const char *why;
	int s;

	if (game_over(&sg->g)) {
		save_err_set(err, sg->path, 0, 0, SAVE_OVER,
			     sg->g.st.turn + 1, sg->g.st.turn);
		return -1;
	}
	/* The people's moves first: a doctrine that chose (its stream
	 * moved on) for a turn that then did not happen would no longer be
	 * the doctrine a replay of the save rebuilds. */
	for (s = 0; s < SIDES; s++) {
		mv[s] = in[s];
		if (sg->ai[s] ||
		    game_check_move(&sg->g, s, &mv[s], &why) == 0)
			continue;
		save_err_set(err, sg->path, 0, 0, SAVE_ILLEGAL,
			     sg->sc->side[s].id, sg->g.st.turn + 1, why);
		return -1;
	}
	for (s = 0; s < SIDES; s++)
		if (sg->ai[s])
			ai_choose(sg->ai[s], &sg->g, &mv[s]);
	return 0;
}

int savegame_play(struct savegame *sg, const struct move in[SIDES],
		  struct save_err *err)
{
	struct save_branch *b = save_branch_find(&sg->sv, sg->sv.current);
	struct move mv[SIDES];
	struct save_turn *t;
	int s;

	save_err_clear(err);
	if (sg_moves(sg, in, mv, err) < 0 || game_play(&sg->g, mv) < 0)
		return -1;
	t = save_branch_push(b);
	for (s = 0; s < SIDES; s++)
		save_move_set(sg->sc, &mv[s], &t->mv[s]);
	t->check = save_state_check(&sg->g);
	for (s = 0; s < SIDES; s++)
		if (sg->ai[s])
			ai_observe(sg->ai[s], &sg->g);
	return sg_autosave(sg, err);
}

/* ---- the timeline ------------------------------------------------------- */

/* The branch on the current line that holds turn t (t > its fork), or
 * the first branch for turn 0. */
static const struct save_branch *sg_owner(const struct savegame *sg, int t)
{
	const struct save_branch *b = savegame_current(sg);

	while (b->parent && t <= b->fork)
		b = save_branch_find(&sg->sv, b->parent);
	return b;
}

/* New players for a first branch that has no turns yet: no new branch,
 * just other doctrines. */
static int sg_recast(struct savegame *sg, const struct save_player p[SIDES],
		     struct save_err *err)
{
	struct save_branch *b = save_branch_find(&sg->sv, sg->sv.current);
	struct save_player was[SIDES];

	was[0] = b->player[0];
	was[1] = b->player[1];
	b->player[0] = p[0];
	b->player[1] = p[1];
	if (sg_rebuild(sg, b->id, err) < 0) {
		b->player[0] = was[0];
		b->player[1] = was[1];
		return -1;
	}
	return sg_autosave(sg, err);
}

int savegame_branch(struct savegame *sg, int turn,
		    const struct save_player *pl, struct save_err *err)
{
	const struct save_branch *cur = savegame_current(sg);
	struct save_player p[SIDES];
	int parent, id, old, n = save_branch_turns(cur);

	save_err_clear(err);
	if (pl && (sg_player_ok(&pl[0], err) < 0 ||
		   sg_player_ok(&pl[1], err) < 0))
		return -1;
	if (turn < 0 || turn > n) {
		save_err_set(err, sg->path, 0, 0, SAVE_BRANCH_TURN, turn,
			     cur->id, n);
		return -1;
	}
	if (sg->sv.nbr >= SAVE_MAX_BRANCHES) {
		save_err_set(err, sg->path, 0, 0, SAVE_BRANCH_MAX,
			     SAVE_MAX_BRANCHES);
		return -1;
	}
	p[0] = pl ? pl[0] : cur->player[0];
	p[1] = pl ? pl[1] : cur->player[1];
	if (turn == n && save_player_eq(&p[0], &cur->player[0]) &&
	    save_player_eq(&p[1], &cur->player[1]))
		return 0;	/* already there, as it is */
	strbuf_reset(&sg->warn);
	if (cur->n == 0 && cur->parent == 0)
		return sg_recast(sg, p, err);
	/* An empty branch left behind is dropped (it has no turn of its own,
	 * so it never holds the turn a new branch starts from). */
	old = cur->n == 0 && !save_branch_has_children(&sg->sv, cur->id) ?
	      cur->id : 0;
	parent = sg_owner(sg, turn)->id;
	id = save_branch_add(&sg->sv, parent, turn, p)->id;
	if (sg_rebuild(sg, id, err) < 0) {
		/* Cannot happen with a checked save; if it does, the game
		 * in hand is the old one: so is the save. */
		save_branch_remove(&sg->sv, id);
		return -1;
	}
	if (old)
		save_branch_remove(&sg->sv, old);
	return sg_autosave(sg, err);
}

int savegame_switch(struct savegame *sg, int id, struct save_err *err)
{
	save_err_clear(err);
	if (!save_branch_find(&sg->sv, id)) {
		save_err_set(err, sg->sv.file, 0, 0, SAVE_NO_SUCH_BRANCH,
			     sg->sv.file, id);
		return -1;
	}
	strbuf_reset(&sg->warn);
	if (sg_rebuild(sg, id, err) < 0)
		return -1;
	return sg_autosave(sg, err);
}

int savegame_timeline(const struct savegame *sg, struct save_binfo **out,
		      size_t *n, struct save_err *err)
{
	size_t i;

	save_err_clear(err);
	*n = sg->sv.nbr;
	*out = xcalloc(*n ? *n : 1, sizeof **out);
	for (i = 0; i < *n; i++) {
		if (save_branch_info(&sg->sv, sg->sc, sg->sv.br[i].id,
				     &(*out)[i], err) < 0) {
			free(*out);
			*out = NULL;
			*n = 0;
			return -1;
		}
	}
	return 0;
}
