/* render.h — turn records (struct gev) as sentences in the player's
 * language.
 *
 * The engine reports what happened as data; this module says it in words,
 * for one viewer at a time:
 *   - a side (SIDE_A, SIDE_B) sees only what its `seen` bit allows, and
 *     its own secrets are marked as private to it;
 *   - RV_PUBLIC sees what both sides know (a hotseat's shared screen);
 *   - RV_ALL sees everything and marks what was hidden and from whom
 *     (the debrief and the transcript).
 * Each trust change comes with its reason, e.g.
 *     "United States' trust in Russia: 50 → 59 (+9): Russia signed
 *      “CERT channels” — a costly signal".
 * No curses here: the terminal game, `detente replay` and the tests all
 * use it. */
#ifndef TEXT_RENDER_H
#define TEXT_RENDER_H

#include <stddef.h>
#include <stdint.h>

#include "engine/game.h"
#include "text/lang.h"
#include "util/strbuf.h"

enum { RV_ALL = -1, RV_PUBLIC = -2 };

struct render {
	const struct scenario *sc;
	const struct lang *L;
	const char *lang;	/* for the scenario's own texts */
	int viewer;		/* a side, RV_PUBLIC or RV_ALL */
	int ascii;		/* 1: plain ASCII arrows and signs */
	/* The game the records come from, or NULL. With it, a viewer's
	 * numbers leave out every change it did not see, in earlier turns
	 * too: a security drop from an undetected act is neither shown nor
	 * felt in the next "before" (render_seen_stat). */
	const struct game *g;
	/* The turn being rendered (render_turn sets it), or NULL: the
	 * lines of one number in a turn share one format. */
	const struct turn_log *log;
	/* The turns the package had held at the end of each turn of g
	 * (trial_series, index 0: the start), or NULL: replayed when a
	 * turn's trial is told (text/trial.h). */
	const int *held;
	/* The screen shows the package's trial apart: the turn's lines
	 * leave it out. */
	int trial_apart;
};

/* What a line is about, so that a screen can colour or group it. */
enum rl_kind {
	RL_MOVE, RL_DETECT, RL_PROP, RL_BREACH, RL_EVENT, RL_TRUST,
	RL_STAT, RL_RUNG, RL_END, RL_NOTE, RL_HEAD,
	RL_POINT	/* a point about this game (debrief) */
};

/* Good or bad news for the viewer (for RV_ALL and RV_PUBLIC: for
 * peace — trust up, tension down). Screens add a symbol besides colour. */
enum rl_tone { TONE_NEUTRAL, TONE_GOOD, TONE_BAD };

struct rline {
	uint8_t kind;		/* enum rl_kind */
	uint8_t tone;		/* enum rl_tone */
	uint8_t hidden;		/* RV_ALL: a side did not know of it */
	uint8_t priv;		/* a side's view: only the viewer knows */
	int8_t side;		/* the side it concerns, or -1 */
	int turn;
	char *text;		/* owned, UTF-8, no newline */
};

struct rlines {
	size_t n, cap;
	struct rline *v;	/* owned, with their texts */
};

void rlines_init(struct rlines *rl);
void rlines_release(struct rlines *rl);
void rlines_reset(struct rlines *rl);
/* Append a line (text copied); returns it for the caller to tag. */
struct rline *rlines_add(struct rlines *rl, int kind, int tone,
			 const char *text);

void render_init(struct render *r, const struct scenario *sc,
		 const struct lang *L, const char *lang, int viewer);

/* Does r's viewer know of e? */
int render_sees(const struct render *r, const struct gev *e);

/* A score change of the final reckoning (the rest of the period, a
 * pledge broken unseen) as one sentence into sb, whoever the viewer:
 * the debrief's, where everything is revealed. */
void render_score_gev(const struct render *r, const struct gev *e,
		      struct strbuf *sb);
/* e as one sentence into sb (appended). Returns 1 when a line was
 * written, 0 when the viewer does not see it or it says nothing worth
 * a line (per-turn score bookkeeping, which render_turn sums). */
int render_gev(const struct render *r, const struct gev *e,
	       struct strbuf *sb);

/* The same, for use inside a sentence: the first letter as written
 * ("the United States' trust..."). */
int render_gev_inline(const struct render *r, const struct gev *e,
		      struct strbuf *sb);

/* Every line of one turn for r's viewer, in the order things happened:
 * the moves, detections, proposals, acts' effects and trust changes,
 * events, the ladder, the score, the ending. */
void render_turn(const struct render *r, const struct turn_log *log,
		 struct rlines *out);

/* The turn in at most six lines for r's viewer (the resolution opens on
 * it; render_turn is the full account): each side's moves on one line,
 * the largest trust change with its reason, tension (and the ladder
 * when it moved), the turn's score, and the most notable of the rest:
 * the ending, else a detection, a breach or a blamed incident, with how
 * many more the full account has; and, where the scenario puts a
 * complete package on trial, what became of it (text/trial.h), joined
 * to the last line when six are already there. */
void render_turn_summary(const struct render *r, const struct turn_log *log,
			 struct rlines *out);

/* ---- names and numbers -------------------------------------------------- */
const char *render_side(const struct render *r, int side);
const char *render_action(const struct render *r, int act);
const char *render_prop(const struct render *r, int prop);
const char *render_event(const struct render *r, int ev);
const char *render_rung(const struct render *r, int rung);
const char *render_band(const struct render *r, int band);
/* The ending's name: the scenario's, else the game's own word. */
const char *render_ending(const struct render *r, int ending);
/* The date of turn (1-based) by the scenario's calendar, "October
 * 2020", appended; 0 (nothing appended) when it has none. */
int render_date(const struct render *r, int turn, struct strbuf *sb);
/* "Turn 3" or, with a calendar, "Turn 3 (December 2020)", appended. */
void render_turn_name(const struct render *r, int turn, struct strbuf *sb);
/* An action as a label, with the proposal it works on (prop >= 0):
 * "Table a proposal → “CERT channels”"; quoted puts the action's name in
 * quotation marks too, for use inside a sentence. */
void render_act_label(const struct render *r, int act, int prop,
		      int quoted, struct strbuf *sb);
/* Why e's stat changed ("Russia was seen to play “Espionage”, a
 * hostile signal"), appended. */
void render_why(const struct render *r, const struct gev *e,
		struct strbuf *sb);
/* Upper-case the letter at sb->buf + from (Latin or Cyrillic): a
 * sentence may start with "the United States". */
void render_capitalize(struct strbuf *sb, size_t from);
/* "signed", "on the table (Russia)"... into sb. */
void render_status(const struct render *r, int status, int by,
		   struct strbuf *sb);
/* A value rounded for people: "41", or "0.4" when it rounds to 0. */
void render_num(struct strbuf *sb, double v);
/* v as render_num, but with one decimal (rounded down) when v is below
 * threshold and would round up to it: "14.6" beside "at least 15",
 * never "15" beside it. */
void render_num_below(struct strbuf *sb, double v, double threshold);
/* A signed change: "+9", "−4" (U+2212; "-" when ascii). */
void render_delta(const struct render *r, struct strbuf *sb, double d);
/* One effect in words for a viewer: "their trust in you −10". self is
 * the side the effect's "self" means (the actor or victim), or -1 for a
 * proposal's a/b effects. */
void render_effect(const struct render *r, const struct effect *e,
		   int self, struct strbuf *sb);
/* A list of effects joined with ", ". Nothing when there are none. */
void render_effects(const struct render *r, const struct effects *fx,
		    int self, struct strbuf *sb);

/* ---- what a side can tell --------------------------------------------- */

/* Does an act say nothing to those who watch it (neutral, overt, no
 * proposal, no effects: "No operation")? Others see it as they see an
 * undetected covert act — as nothing — so neither gives the other away. */
int render_act_quiet(const struct scenario *sc, int act);

/* The other side's trust in viewer as viewer can reckon it: the
 * scenario's published starting value moved by every change viewer saw.
 * With every change seen it is exact; hidden causes make it an estimate. */
double render_their_trust(const struct game *g, int viewer);

/* Trusts and tension after each turn, from the kept logs: arrays of
 * n + 1 values (index 0: the start), n = g->nlogs. */
void render_series(const struct game *g, double *trust_a, double *trust_b,
		   double *tension);

#endif
