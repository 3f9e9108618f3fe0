/* load-check.c — rules that span a scenario's files. */
#include "load/load-int.h"

#include <string.h>

/* Does side s have any action at all? */
static int ld_side_acts(const struct scenario *sc, int s)
{
	int i;

	for (i = 0; i < sc->nactions; i++)
		if (sc->action[i].sides & (1u << s))
			return 1;
	return 0;
}

/* Each side needs, for each kind the scenario uses, an action with op
 * none open to it: otherwise some turn could leave it no legal move. A
 * side with no action at all (a table with only its header, say) is
 * told so once, rather than passing because no kind is used. */
static void ld_check_moves(struct ld *ld)
{
	const struct scenario *sc = ld->sc;
	const struct ld_place *at = &ld->actions_head;
	const char *file = ld->path[LF_ACTIONS];
	int s, k, i, used, ok, none[SIDES];

	if (!file || ld->bad[LF_ACTIONS])
		return;
	for (s = 0; s < SIDES; s++) {
		none[s] = !ld_side_acts(sc, s);
		if (none[s])
			diag_add(ld->d, file, at->line, at->col,
				 DIAG_NO_ACTIONS, s ? "b" : "a");
	}
	for (k = 0; k < KINDS; k++)
		for (s = 0; s < SIDES; s++) {
			used = ok = 0;
			for (i = 0; i < sc->nactions; i++) {
				const struct action *a = &sc->action[i];

				used |= a->kind == k;
				ok |= a->kind == k && a->op == POP_NONE &&
				      (a->sides & (1u << s));
			}
			if (used && !ok && !none[s])
				diag_add(ld->d, file, at->line, at->col,
					 DIAG_NO_MOVE, s ? "b" : "a",
					 ld_kind_names[k]);
		}
}

/* Rungs and bands: by rising `from`, the first at 0. A rung whose
 * own values were wrong is left out, not to blame its neighbours. */
static void ld_check_ladder(struct ld *ld, const char *what, int n,
			    const double *from, const char *const *ids,
			    const struct ld_place *at, const uint8_t *bad)
{
	const char *path = ld->ini_file.path;
	int i;

	for (i = 0; i < n; i++) {
		if (bad[i] || (i > 0 && bad[i - 1]))
			continue;
		if (i == 0 && from[0] != 0)
			diag_add(ld->d, path, at[0].line, at[0].col,
				 DIAG_ORDER_FIRST, what, ids[0], from[0]);
		else if (i > 0 && from[i] <= from[i - 1])
			diag_add(ld->d, path, at[i].line, at[i].col,
				 DIAG_ORDER, what, ids[i], what, ids[i - 1],
				 from[i - 1]);
	}
}

static void ld_check_ladders(struct ld *ld)
{
	const struct scenario *sc = ld->sc;
	const char *ids[SC_MAX_RUNGS > SC_MAX_BANDS ? SC_MAX_RUNGS
						     : SC_MAX_BANDS];
	double from[SC_MAX_RUNGS > SC_MAX_BANDS ? SC_MAX_RUNGS
						 : SC_MAX_BANDS];
	int i;

	for (i = 0; i < sc->nrungs; i++) {
		ids[i] = sc->rung[i].id;
		from[i] = sc->rung[i].from;
	}
	ld_check_ladder(ld, "rung", sc->nrungs, from, ids, ld->rung_from,
			ld->rung_bad);
	for (i = 0; i < sc->nbands; i++) {
		ids[i] = sc->band[i].id;
		from[i] = sc->band[i].from;
	}
	ld_check_ladder(ld, "band", sc->nbands, from, ids, ld->band_from,
			ld->band_bad);
}

/* No band at all, and no band section refused for its own reasons. */
static void ld_check_bands(struct ld *ld)
{
	const struct ini_scan *s = &ld->ini.scan;
	int i;

	if (ld->sc->nbands)
		return;
	for (i = 0; i < s->nsect; i++)
		if (!strncmp(s->sect[i].lname, "band.", 5))
			return;
	diag_add(ld->d, ld->ini_file.path, 1, 1, DIAG_NO_BANDS);
}

void ld_check(struct ld *ld)
{
	const struct scenario *sc = ld->sc;

	ld_check_moves(ld);
	ld_check_ladders(ld);
	ld_check_bands(ld);
	if (ld->signed_at.line && !ld->bad[LF_PROPOSALS] &&
	    sc->rules.agreement_signed > sc->nproposals)
		diag_add(ld->d, ld->ini_file.path, ld->signed_at.line,
			 ld->signed_at.col, DIAG_AGREEMENT_SIGNED,
			 sc->rules.agreement_signed, sc->nproposals);
	if (ld->class_at.line && sc->rules.class_turns > sc->rules.turns)
		diag_add(ld->d, ld->ini_file.path, ld->class_at.line,
			 ld->class_at.col, DIAG_CLASS_TURNS,
			 sc->rules.class_turns, sc->rules.turns);
}
