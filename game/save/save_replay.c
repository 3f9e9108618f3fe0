/* save_replay.c — playing a save's moves again, checking each turn. */
#include "save/replay.h"

#include <stdlib.h>
#include <string.h>

static void warn_add(struct strbuf *warn, const char *file, int line,
		     int col, enum save_code code, ...)
{
	struct save_err w;
	va_list ap;

	if (!warn)
		return;
	va_start(ap, code);
	save_err_vset(&w, file, line, col, code, ap);
	va_end(ap);
	save_err_str(&w, warn);
	strbuf_addc(warn, '\n');
}

/* No branch longer than the turn limit: an edited limit is named as
 * such, rather than found as a game that diverges at its last turn. */
static int save_fits_limit(const struct save *sv, struct save_err *err)
{
	size_t i;

	for (i = 0; i < sv->nbr; i++) {
		const struct save_branch *b = &sv->br[i];
		long n = (long)b->fork + (long)b->n;

		if (n <= sv->turn_limit)
			continue;
		save_err_set(err, sv->file, sv->limit_line, sv->limit_col,
			     SAVE_LIMIT_SHORT, sv->turn_limit, b->id, (int)n);
		return -1;
	}
	return 0;
}

int save_fits(const struct save *sv, const struct scenario *sc,
	      struct strbuf *warn, struct save_err *err)
{
	if (strcmp(sv->scenario, sc->id) != 0) {
		save_err_set(err, sv->file, sv->scenario_line,
			     sv->scenario_col, SAVE_SCENARIO_ID, sv->scenario,
			     sc->id);
		return -1;
	}
	if (sv->turn_limit != sc->rules.turns &&
	    sv->turn_limit != sc->rules.class_turns) {
		save_err_set(err, sv->file, sv->limit_line, sv->limit_col,
			     SAVE_TURN_LIMIT, sv->turn_limit, sc->rules.turns);
		return -1;
	}
	if (save_fits_limit(sv, err) < 0)
		return -1;
	if (sv->digest != sc->digest) {
		struct strbuf changed = STRBUF_INIT;

		save_files_changed(sv, sc, &changed);
		if (changed.len)
			warn_add(warn, sv->file, sv->digest_line,
				 sv->digest_col, SAVE_DIGEST_FILES,
				 sv->scenario, sc->dir ? sc->dir : "",
				 changed.buf);
		else
			warn_add(warn, sv->file, sv->digest_line,
				 sv->digest_col, SAVE_DIGEST, sv->scenario);
		strbuf_release(&changed);
	}
	return 0;
}

char *save_files_of(const struct scenario *sc)
{
	struct strbuf sb = STRBUF_INIT;
	int i;

	for (i = 0; i < sc->nfiles; i++)
		strbuf_addf(&sb, "%s%s:%016llx", i ? " " : "",
			    sc->file[i].name,
			    (unsigned long long)sc->file[i].digest);
	return sb.len ? strbuf_detach(&sb) : (strbuf_release(&sb), NULL);
}

/* Is "name:HEX" in the save's list, with that digest? */
static int save_file_same(const char *files, const struct sc_file *f)
{
	char want[300];
	size_t n;
	const char *p;

	snprintf(want, sizeof want, "%s:%016llx", f->name,
		 (unsigned long long)f->digest);
	n = strlen(want);
	for (p = files; (p = strstr(p, want)); p += n)
		if ((p == files || p[-1] == ' ') && (!p[n] || p[n] == ' '))
			return 1;
	return 0;
}

void save_files_changed(const struct save *sv, const struct scenario *sc,
			struct strbuf *out)
{
	int i;

	if (!sv->files)
		return;
	for (i = 0; i < sc->nfiles; i++)
		if (!save_file_same(sv->files, &sc->file[i]))
			strbuf_addf(out, "%s'%s'", out->len ? ", " : "",
				    sc->file[i].name);
}

int save_moves_equal(const struct move *a, const struct move *b)
{
	int k;

	for (k = 0; k < KINDS; k++)
		if (a->act[k] != b->act[k])
			return 0;
	return a->prop == b->prop;
}

/* ---- one line ----------------------------------------------------------- */

struct rp {
	const struct save *sv;
	const struct scenario *sc;
	const struct save_branch *b;	/* the branch being rebuilt */
	const struct save_turn **line;
	const struct save_branch **owner;
	struct game *g;
	struct ai **ai;			/* NULL: the engine only */
	int warned[SIDES];
	struct strbuf *warn;
	struct save_err *err;
};

static int rp_ais(struct rp *r)
{
	int s;

	for (s = 0; s < SIDES; s++) {
		const struct save_player *p = &r->b->player[s];

		r->ai[s] = NULL;
		if (save_player_is_human(p))
			continue;
		r->ai[s] = ai_new(p->name, r->sc, s, r->sv->ai_seed[s]);
		if (!r->ai[s]) {	/* the reader checked the names */
			save_err_set(r->err, r->sv->file, r->b->pline[s],
				     r->b->pcol[s], SAVE_PLAYER, p->name, "");
			return -1;
		}
		if (p->depth)
			ai_set_depth(r->ai[s], p->depth);
	}
	return 0;
}

/* The saved moves of turn t, looked up and legal. */
static int rp_moves(struct rp *r, int t, struct move mv[SIDES])
{
	const struct save_turn *st = r->line[t - 1];
	const char *why;
	int s;

	for (s = 0; s < SIDES; s++)
		if (save_move_get(r->sc, s, &st->mv[s], &mv[s], r->sv->file,
				  st->line, r->err) < 0)
			return -1;
	if (game_over(r->g)) {
		save_err_set(r->err, r->sv->file, st->line, 1, SAVE_OVER, t,
			     r->g->st.turn);
		return -1;
	}
	for (s = 0; s < SIDES; s++) {
		if (game_check_move(r->g, s, &mv[s], &why) == 0)
			continue;
		save_err_set(r->err, r->sv->file, st->line, st->mv[s].col[0],
			     SAVE_ILLEGAL, r->sc->side[s].id, t, why);
		return -1;
	}
	return 0;
}

/* The doctrines that played turn t choose again, as they did then. */
static void rp_choose(struct rp *r, int t, const struct move mv[SIDES])
{
	const struct save_turn *st = r->line[t - 1];
	struct move chosen;
	int s;

	for (s = 0; s < SIDES; s++) {
		const struct save_player *p = &r->b->player[s];

		if (!r->ai || !r->ai[s] ||
		    !save_player_eq(&r->owner[t - 1]->player[s], p))
			continue;
		ai_choose(r->ai[s], r->g, &chosen);
		if (save_moves_equal(&chosen, &mv[s]) || r->warned[s])
			continue;
		r->warned[s] = 1;	/* once a side is enough */
		warn_add(r->warn, r->sv->file, st->line, st->mv[s].col[0],
			 SAVE_AI_DIFFERS, p->name, t);
	}
}

static int rp_turn(struct rp *r, int t)
{
	const struct save_turn *st = r->line[t - 1];
	struct move mv[SIDES];
	int s;

	if (rp_moves(r, t, mv) < 0)
		return -1;
	rp_choose(r, t, mv);
	if (game_play(r->g, mv) < 0 || save_state_check(r->g) != st->check) {
		save_err_set(r->err, r->sv->file, st->cline, st->ccol,
			     SAVE_DIVERGE, t);
		return -1;
	}
	for (s = 0; s < SIDES && r->ai; s++)
		if (r->ai[s])
			ai_observe(r->ai[s], r->g);
	return 0;
}

static void rp_fail(struct rp *r)
{
	int s;

	for (s = 0; s < SIDES && r->ai; s++) {
		ai_free(r->ai[s]);
		r->ai[s] = NULL;
	}
	game_release(r->g);
}

static int rp_run(struct rp *rp, const struct save *sv,
		  const struct scenario *sc, int id, int upto, struct game *g,
		  struct ai *ai[SIDES], struct strbuf *warn,
		  struct save_err *err);

int save_replay(const struct save *sv, const struct scenario *sc, int id,
		int upto, struct game *g, struct ai *ai[SIDES],
		struct strbuf *warn, struct save_err *err)
{
	struct rp r;

	return rp_run(&r, sv, sc, id, upto, g, ai, warn, err);
}

int save_replay_differs(const struct save *sv, const struct scenario *sc,
			int id, struct game *g, struct ai *ai[SIDES],
			struct strbuf *warn, int differs[SIDES],
			struct save_err *err)
{
	struct rp r;
	int rc = rp_run(&r, sv, sc, id, -1, g, ai, warn, err), s;

	for (s = 0; s < SIDES; s++)
		differs[s] = rc == 0 && r.warned[s];
	return rc;
}

static int rp_run(struct rp *rp, const struct save *sv,
		  const struct scenario *sc, int id, int upto, struct game *g,
		  struct ai *ai[SIDES], struct strbuf *warn,
		  struct save_err *err)
{
	struct rp r;
	int n, t, rc = 0;

	memset(&r, 0, sizeof r);
	r.sv = sv;
	r.sc = sc;
	r.b = save_branch_find(sv, id);
	r.g = g;
	r.ai = ai;
	r.warn = warn;
	r.err = err;
	game_init(g, sc, sv->seed);
	g->turns = sv->turn_limit;	/* the full length or a class's */
	g->keep_logs = 1;
	n = save_line(sv, id, &r.line, &r.owner);
	if (n < 0) {
		save_err_set(err, sv->file, 0, 0, SAVE_CURRENT, (long)id);
		rc = -1;
	} else if (upto > n) {
		save_err_set(err, sv->file, 0, 0, SAVE_BRANCH_TURN, upto, id,
			     n);
		rc = -1;
	}
	if (rc == 0 && ai)
		rc = rp_ais(&r);
	for (t = 1; rc == 0 && t <= (upto < 0 ? n : upto); t++)
		rc = rp_turn(&r, t);
	if (rc < 0)
		rp_fail(&r);
	free(r.line);
	free(r.owner);
	*rp = r;	/* what it found, for save_replay_differs */
	return rc;
}

int save_verify(const struct save *sv, const struct scenario *sc,
		struct save_err *err)
{
	struct game g;
	size_t i;

	for (i = 0; i < sv->nbr; i++) {
		if (save_replay(sv, sc, sv->br[i].id, -1, &g, NULL, NULL,
				err) < 0)
			return -1;
		game_release(&g);
	}
	return 0;
}

/* ---- a branch in brief -------------------------------------------------- */

static void path_add(struct save_binfo *o, int rung)
{
	if (o->npath && o->path[o->npath - 1] == rung)
		return;
	if (o->npath == SAVE_PATH_MAX) {
		o->cut = 1;
		return;
	}
	o->path[o->npath++] = rung;
}

/* The rung after turn t, from the one before and the turn's records. */
static int rung_after(const struct game *g, int t, int rung)
{
	const struct turn_log *l = game_log(g, t);
	size_t i;

	for (i = 0; l && i < l->n; i++)
		if (l->ev[i].type == GEV_RUNG)
			rung = (int)l->ev[i].after;
	return rung;
}

static void binfo_path(struct save_binfo *o, const struct game *g,
		       const struct scenario *sc, int fork)
{
	int t, rung = scenario_rung_of(sc, sc->rules.tension);

	if (fork == 0)
		path_add(o, rung);
	for (t = 1; t <= g->st.turn; t++) {
		rung = rung_after(g, t, rung);
		if (t >= fork)
			path_add(o, rung);
	}
}

int save_branch_info(const struct save *sv, const struct scenario *sc,
		     int id, struct save_binfo *out, struct save_err *err)
{
	const struct save_branch *b = save_branch_find(sv, id);
	struct game g;
	int s;

	memset(out, 0, sizeof *out);
	if (save_replay(sv, sc, id, -1, &g, NULL, NULL, err) < 0)
		return -1;
	out->id = id;
	out->parent = b->parent;
	out->fork = b->fork;
	out->turns = g.st.turn;
	out->player[0] = b->player[0];
	out->player[1] = b->player[1];
	out->ending = g.st.ending;
	out->band = g.st.band;
	out->rung = g.st.rung;
	binfo_path(out, &g, sc, b->fork);
	out->tension = g.st.tension;
	for (s = 0; s < SIDES; s++) {
		out->trust[s] = g.st.side[s].trust;
		out->score[s] = g.st.side[s].score;
	}
	game_release(&g);
	return 0;
}
