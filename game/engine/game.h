/* game.h — the turn engine.
 *
 * A game is a scenario, a seed and the moves made so far. Each turn both
 * sides choose in secret (one diplomatic move and one cyber action, for the
 * kinds the scenario has) and game_play() resolves the pair. What happened
 * is reported as data — a list of `struct gev` records with their causes —
 * which the UI, the transcript writer and the tests render or check. The
 * engine never prints, exits or includes curses, and all its randomness
 * comes from one PCG32 stream seeded from the game's seed, so the same
 * scenario, seed and moves give the same game, byte for byte.
 *
 * game/MODEL.md explains every rule below with its formula. */
#ifndef ENGINE_GAME_H
#define ENGINE_GAME_H

#include <stddef.h>
#include <stdint.h>

#include "engine/rng.h"
#include "engine/scenario.h"

enum prop_status {
	PS_NOT_TABLED,
	PS_TABLED,	/* on the table, offered by tabled_by */
	PS_SIGNED,	/* in force */
	PS_BREACHED,	/* violated, detected; no longer in force */
	PS_WITHDRAWN,
	PS_N
};

struct side_state {
	double trust;		/* 100 x P(the other side is cooperative) */
	double security, support, score;
};

/* Who can see a number: each side, or both players at one screen. */
#define SEEN_BOTH 3u		/* seen bits: both sides know */
enum viewer { VIEW_A, VIEW_B, VIEW_PUBLIC, VIEWS };

/* What hidden acts did to a side's numbers that a viewer has not seen:
 * the material effects of covert acts that went undetected, and the
 * score those effects have cost or earned since. The viewer's picture
 * is the true number less this, until the debrief reveals everything. */
struct veil {
	double security, support, score;
};

struct state {
	int turn;		/* turns completed */
	double tension;
	int rung;		/* index into sc->rung */
	struct side_state side[SIDES];
	uint8_t prop[SC_MAX_PROPOSALS];		/* enum prop_status */
	int8_t tabled_by[SC_MAX_PROPOSALS];	/* -1 when nobody */
	int low_turns;		/* turns in a row at collapse-level trust */
	int held_turns;		/* turn-ends in a row the package held */
	uint8_t ending;		/* enum ending; END_NONE while it goes on */
	uint8_t band;		/* trust band of the lower trust, now */
	/* Covert acts each side has run, by action: the other side's
	 * attention, which raises their detection (rules.attention). */
	uint8_t used[SIDES][SC_MAX_ACTIONS];
	/* Turns each proposal has been in force, and turns in which side s
	 * broke it without being seen (the victim's pledge was hollow). */
	int16_t in_force[SC_MAX_PROPOSALS];
	int16_t hollow[SIDES][SC_MAX_PROPOSALS];
	struct veil veil[VIEWS][SIDES];	/* [viewer][side] */
};

/* One side's choice for a turn: an action index per kind (-1 when the
 * scenario has no action of that kind) and, for a diplomatic action that
 * works on a proposal, which one (-1 otherwise). */
struct move {
	int16_t act[KINDS];
	int16_t prop;
};

/* ---- what happened: records with causes ------------------------------- */
enum gev_type {
	GEV_ACT,	/* side played ref (action), ref2 proposal; seen says
			   who saw it: a covert act unseen by the victim is
			   hidden until the debrief */
	GEV_DETECT,	/* side's covert act ref was detected by the other */
	GEV_PROP,	/* proposal ref went from before to after (status);
			   actor caused it */
	GEV_PROP_FAIL,	/* side's op on proposal ref came to nothing: ref2
			   is the status it found */
	GEV_BREACH,	/* side (actor) violated proposal ref with act ref2;
			   seen = 0 when undetected */
	GEV_EVENT,	/* scenario event ref hit side (-1: none, 2: both);
			   ref2: the side it was blamed on, or -1 */
	GEV_STAT,	/* stat of side changed before -> after, by cause */
	GEV_RUNG,	/* tension moved from rung before to after */
	GEV_END		/* the game ended: ref ending, ref2 band */
};

/* Why a stat changed. */
enum cause {
	CAUSE_ACT,	/* actor's action ref (proposal ref2) was observed */
	CAUSE_ACT_FX,	/* actor's action ref, its material effects */
	CAUSE_SIGN,	/* actor signed proposal ref: a costly signal */
	CAUSE_BREACH,	/* actor breached proposal ref */
	CAUSE_EVENT,	/* event ref (effects) */
	CAUSE_BLAME,	/* event ref blamed on actor */
	CAUSE_TREATY,	/* proposal ref in force */
	CAUSE_PAYOFF,	/* the payoff table */
	CAUSE_DRIFT,	/* tension's own drift */
	CAUSE_WEIGHTS,	/* the per-turn score from security, support... */
	CAUSE_ENDING,	/* the ending's weight, ref the ending */
	CAUSE_REST,	/* the turns left after an early ending, at the
			   final state's value; ref the turns */
	CAUSE_BETRAYAL,	/* at the end: proposal ref was secretly broken
			   by actor in ref2 turns, so it was worth less */
	CAUSE_HIDDEN	/* the part of a turn's weighted score that
			   actor's undetected acts took or gave: hidden
			   from the side until the debrief */
};

struct gev {
	uint8_t type;		/* enum gev_type */
	uint8_t stat;		/* GEV_STAT: enum stat_id */
	uint8_t cause;		/* GEV_STAT: enum cause */
	uint8_t seen;		/* bit s: side s knows of it */
	int8_t side;		/* the side it concerns */
	int8_t actor;		/* the side that caused it, or -1 */
	int16_t ref, ref2;
	double before, after;
};

/* Every record of one turn. */
struct turn_log {
	int turn;
	struct move mv[SIDES];
	size_t n, cap;
	struct gev *ev;		/* owned */
};

/* The public part of a game (fields are read-only for callers). */
struct game {
	const struct scenario *sc;	/* borrowed; must outlive the game */
	uint64_t seed;
	int turns;		/* the period's length: sc->rules.turns unless
				   a shorter class length was chosen */
	struct rng rng;
	struct state st;
	int keep_logs;		/* keep every turn's log (UI, replay); 0 for
				   batch runs, which only need the last */
	int lean;		/* batch runs: leave GEV_STAT records other
				   than trust out of the log (the state still
				   changes; doctrines read trust records) */
	uint8_t kinds[SIDES][KINDS];	/* actions of each kind a side has */
	struct move (*moves)[SIDES];	/* every turn's moves, owned */
	size_t nmoves, capmoves;
	struct turn_log last;		/* the latest turn */
	struct turn_log *logs;		/* when keep_logs: turn t at t-1 */
	size_t nlogs, caplogs;
};

/* Start a game at turn 0. The RNG stream is fixed; the seed picks it. */
void game_init(struct game *g, const struct scenario *sc, uint64_t seed);
void game_release(struct game *g);
/* A copy as side sees the game, for looking ahead: what side cannot know
 * is replaced by estimates (the other side's trust by their_trust, side's
 * reckoning of it; its security and support by their starting values),
 * the move history is dropped, and the random stream is reseeded from
 * seed, so nothing hidden and no future luck leaks into a plan. */
void game_copy_public(struct game *dst, const struct game *src, int side,
		      double their_trust, uint64_t seed);

int game_over(const struct game *g);

/* Does m hold a hostile act of either kind? */
int game_move_hostile(const struct scenario *sc, const struct move *m);

/* Side's numbers as viewer sees them (VIEW_A, VIEW_B, or VIEW_PUBLIC for
 * a screen both players see): the truth less what undetected acts did.
 * Once the game is over, the truth. */
void game_view(const struct game *g, int viewer, int side,
	       struct side_state *out);

/* The per-turn value of the state now for side: what each remaining turn
 * would add to its score if this state held (agreements in force, less
 * what the other side's secret breaches made them worth, and the
 * weighted security, support and tension). */
double game_turn_value(const struct game *g, int side);

/* Is m a legal choice for side now? On -1, *why names the problem with
 * a static English phrase (for tests and logs, not for players). */
int game_check_move(const struct game *g, int side, const struct move *m,
		    const char **why);

/* The proposals an action may target now for side (bit mask), or 0 when
 * the action needs none or has none available. */
uint32_t game_targets(const struct game *g, int side, int act);
/* Can side use action act this turn (its sides allow it and, for an
 * operation on proposals, some proposal is open to it)? */
int game_action_open(const struct game *g, int side, int act);
/* A legal move that does nothing provocative: the first open neutral
 * or cooperative action of each kind. Always legal. */
void game_default_move(const struct game *g, int side, struct move *m);

/* Resolve one turn from both sides' moves. Returns -1 (and changes
 * nothing) when a move is illegal or the game is over; the turn's records
 * are in g->last (and in g->logs when keep_logs). */
int game_play(struct game *g, const struct move mv[SIDES]);

/* The log of turn t (1-based) when keep_logs, else NULL. */
const struct turn_log *game_log(const struct game *g, int turn);

/* Things the UI and the AI may ask. */
/* Actions of kind a side may use (0: that choice is skipped). */
static inline int game_kind_count(const struct game *g, int side, int kind)
{
	return g->kinds[side][kind];
}
int game_in_force(const struct game *g, int prop);
int game_signed_count(const struct game *g);
/* The package on trial: turns it has held so far (0: not complete, or
 * broken since), of the rules' agreement_hold. While 0 < held < hold
 * the game goes on, and a detected act that drops a trust below
 * agreement_trust sets it back to 0. */
static inline int game_package_held(const struct game *g)
{
	return g->st.held_turns;
}
/* Current modifier (percentage points) from agreements in force. */
double game_modifier(const struct game *g, int stat);
/* Percent chance that side's covert act act is detected now: its own
 * chance, the agreements' verification, and the attention that side's
 * earlier uses of it drew. */
double game_detect_chance(const struct game *g, int side, int act);

/* Trust after observing an act of likelihood ratio lr (Kydd's update). */
double trust_update(double trust, double lr, double lo, double hi);

#endif
