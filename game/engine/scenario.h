/* scenario.h — a loaded scenario: everything that shapes play.
 *
 * The loader (game/load) fills one from a scenario folder; the engine only
 * reads it. All numbers live here, not in C, so that an instructor can
 * retune a game without a compiler. Indices (actions, proposals, events,
 * rungs, bands) are positions in these arrays, in file order; ids are
 * the names authors wrote. */
#ifndef ENGINE_SCENARIO_H
#define ENGINE_SCENARIO_H

#include <stddef.h>
#include <stdint.h>

#define SIDES 2
enum side { SIDE_A, SIDE_B };
static inline int side_other(int s) { return s ^ 1; }

/* Caps: a scenario beyond them is refused with a message naming the cap. */
#define SC_MAX_LANGS 8
#define SC_MAX_PROPOSALS 32	/* a bit mask of proposals fits in 32 bits */
#define SC_MAX_ACTIONS 64
#define SC_MAX_EVENTS 64
#define SC_MAX_RUNGS 12
#define SC_MAX_BANDS 8
#define SC_MAX_TURNS 1000
#define SC_ID_MAX 32		/* bytes in an id, with the NUL */
#define SC_LANG_MAX 8
#define EFF_MAX 8		/* effects in one effects field */

/* A translatable text: s[i] is the text in the scenario's language i
 * (sc->langs[i]), or NULL when the author gave none. Owned. */
struct text {
	char *s[SC_MAX_LANGS];
};

/* ---- the effects language ---------------------------------------------
 * "tension +5; trust.other -10" compiles to a list of these. */
enum stat_id {
	STAT_TENSION,		/* shared, 0..100 */
	STAT_TRUST,		/* a side's trust in the other, 0..100 */
	STAT_SECURITY,
	STAT_SUPPORT,
	STAT_SCORE,
	/* Modifiers: only meaningful in a proposal's effects; they hold
	 * while the proposal is in force, in percentage points. */
	STAT_MISATTRIBUTION,	/* added to every incident's ambiguity */
	STAT_DETECTION,		/* added to every covert act's detection */
	STAT_ACCIDENT,		/* added to the rung's accident chance */
	STAT_N
};

/* Whom an effect touches. In an action, self is the actor; in an event,
 * self is the victim; a proposal's effects use a, b or both. */
enum who { WHO_NONE, WHO_SELF, WHO_OTHER, WHO_BOTH, WHO_A, WHO_B };

struct effect {
	uint8_t stat;		/* enum stat_id */
	uint8_t who;		/* enum who; WHO_NONE for shared stats */
	uint8_t set;		/* 1: "= v" sets, 0: "+v"/"-v" adds */
	double value;
};

struct effects {
	uint8_t n;
	struct effect e[EFF_MAX];
};

/* ---- actions ------------------------------------------------------------ */
enum kind { KIND_DIPLO, KIND_CYBER };
#define KINDS 2

enum stance { STANCE_COOP, STANCE_NEUTRAL, STANCE_HOSTILE };

/* What a diplomatic action does to the proposal it names. */
enum prop_op {
	POP_NONE,
	POP_TABLE,	/* put it on the table (again) */
	POP_ACCEPT,	/* sign what the other side tabled */
	POP_REJECT,	/* turn down what the other side tabled */
	POP_WITHDRAW	/* take back one's own offer, or leave an agreement */
};

struct action {
	char id[SC_ID_MAX];
	uint8_t kind;		/* enum kind */
	uint8_t stance;		/* enum stance */
	uint8_t op;		/* enum prop_op; diplomatic only */
	uint8_t covert;		/* 1: seen only when detected */
	uint8_t sides;		/* bit s set: side s may use it */
	double detect;		/* percent chance a covert act is detected */
	double lr;		/* likelihood ratio P(act|coop)/P(act|hostile) */
	uint32_t breaches;	/* proposals a detected act violates (bits) */
	struct effects effects;	/* always */
	struct effects seen;	/* when the other side observes it */
	struct text name, desc;
	int line;		/* where it is defined, for messages */
};

/* ---- proposals ------------------------------------------------------ */
struct proposal {
	char id[SC_ID_MAX];
	char *quote;		/* verbatim, in the article's language */
	size_t quote_at;	/* where the quote starts in sc->article */
	size_t quote_len;	/* its length there, in bytes */
	/* Where quote_tr.s[i] is in sc->article_tr[i], when both are. */
	size_t tr_at[SC_MAX_LANGS], tr_len[SC_MAX_LANGS];
	double signal;		/* LR when the other side signs it */
	double min_trust;	/* trust the signer needs in the proposer */
	double value[SIDES];	/* score a turn while in force */
	int8_t tabled_by;	/* side that has it on the table at the
				   start, or -1 */
	uint8_t in_force;	/* signed before the game: in force from
				   the first turn (tabled_by proposed it) */
	uint8_t required;	/* a comprehensive agreement needs it in
				   force */
	struct effects effects;	/* each turn while in force */
	struct text title, summary, quote_tr;
	int line;
};

/* ---- events ---------------------------------------------------------- */
enum event_kind {
	EVK_SCRIPTED,		/* at a given turn: an instructor's inject */
	EVK_RANDOM,		/* each turn with a chance */
	EVK_ACCIDENT		/* drawn when the ladder's accident roll hits */
};

/* Victim of an event: a side, either one at random, both, or none. */
enum victim { VIC_A, VIC_B, VIC_ANY, VIC_BOTH, VIC_NONE };

struct event {
	char id[SC_ID_MAX];
	uint8_t kind;		/* enum event_kind */
	uint8_t victim;		/* enum victim */
	int turn;		/* scripted: the turn it happens */
	double chance;		/* random: percent a turn */
	int min_rung;		/* random: only from this rung up */
	double ambiguity;	/* percent chance the victim blames the
				   other side (misattribution) */
	double lr;		/* LR applied to the victim's trust if blamed */
	struct effects effects;	/* always; self is the victim */
	struct effects blamed;	/* when blamed on the other side */
	struct text name, text;
	int line;
};

/* ---- ladder, bands, endings ------------------------------------------ */
struct rung {
	char id[SC_ID_MAX];
	double from;		/* tension at which this rung starts */
	double accident;	/* percent chance of an accident a turn */
	struct text name, desc;
};

struct band {
	char id[SC_ID_MAX];
	double from;		/* lower of the two trusts, at least this */
	struct text name, desc;
};

enum ending { END_NONE, END_AGREEMENT, END_CONFLICT, END_COLLAPSE,
	      END_LIMIT, END_N };

struct side_def {
	char id[SC_ID_MAX];
	double trust, security, support;	/* at the start */
	struct text name, briefing, objectives;
};

struct rules {
	int turns;		/* turn limit: the scenario's full length */
	int class_turns;	/* a shorter length for a lesson, or 0 */
	/* The calendar: turn 1 is start_month (1-12) of start_year, and
	 * each turn turn_months later; start_year 0: no calendar. */
	int start_year, start_month, turn_months;
	double trust_min, trust_max;	/* belief never reaches certainty */
	double tension;		/* at the start */
	double drift;		/* tension change each turn */
	double breach_lr;	/* extra LR when a breach is detected */
	double withdraw;	/* percent: the victim leaves a breached deal */
	double collapse_trust;	/* talks collapse when a trust stays */
	int collapse_turns;	/*   at or below this for so many turns */
	double agreement_trust;	/* comprehensive agreement: both trusts */
	int agreement_signed;	/*   at least this, this many in force */
	int agreement_hold;	/*   for this many turn-ends in a row: the
				   package is on trial until then */
	double attention;	/* percentage points a covert act's detection
				   gains for each earlier use of it by the
				   same side: the target learns to look */
	double betrayal;	/* share of an agreement's value a side
				   forfeits, at the final reckoning, for
				   each turn the other side secretly broke
				   it (1: that turn's value is lost) */
};

/* Score each turn: payoff + values of agreements in force +
 * w.security*security/100 + w.support*support/100 - w.tension*tension/100.
 * A game that ends early is valued over the whole period: its remaining
 * turns count at the per-turn value of the state it ended in. */
struct weights {
	double security, support, tension;
	double ending[END_N];	/* added to both scores when it ends so */
};

#define SC_MAX_FILES (6 + SC_MAX_LANGS)	/* scenario.ini, the five it may
					   name, articles translated */

struct scenario {
	char *dir;		/* the folder it was loaded from */
	char id[SC_ID_MAX];
	int nlangs;
	char langs[SC_MAX_LANGS][SC_LANG_MAX];	/* first: the fallback */
	struct text title, desc, intro;
	char *article_file;	/* name inside dir, or NULL */
	char article_lang[SC_LANG_MAX];
	char *article;		/* the text, NUL-terminated, or NULL */
	size_t article_len;
	/* Translations of the article, article.LANG.txt beside it:
	 * article_tr[i] in language i, or NULL. Owned. */
	char *article_tr[SC_MAX_LANGS];
	size_t article_tr_len[SC_MAX_LANGS];

	struct side_def side[SIDES];
	struct rules rules;
	struct weights w;

	int nactions, nproposals, nevents, nrungs, nbands;
	struct action action[SC_MAX_ACTIONS];
	struct proposal proposal[SC_MAX_PROPOSALS];
	struct event event[SC_MAX_EVENTS];
	struct rung rung[SC_MAX_RUNGS];		/* by rising `from` */
	struct band band[SC_MAX_BANDS];		/* by rising `from` */
	struct text ending_name[END_N], ending_text[END_N];

	/* Payoff table over joint actions, or NULL: payoff[(a*n+b)*2+s]
	 * with a, b action indices, n = nactions, s the side. */
	double *payoff;
	uint8_t payoff_kind;	/* the kind of action it is over */

	uint64_t digest;	/* FNV-1a over every file it read */
	/* Each file it read, in the digest's order: its name inside dir
	 * and its own digest (FNV-1a of its bytes), so that a save can say
	 * which file changed since the game was played. */
	int nfiles;
	struct sc_file {
		char *name;	/* owned */
		uint64_t digest;
	} file[SC_MAX_FILES];
	char *events_file;	/* the events table's name, or NULL */
};

/* Release what a scenario owns (not the struct itself). */
void scenario_release(struct scenario *sc);

/* Index of a language among the scenario's, or -1. */
int scenario_lang(const struct scenario *sc, const char *lang);

/* The text in lang, else in the scenario's first language, else any. */
const char *scenario_text(const struct scenario *sc, const struct text *t,
			  const char *lang);

int scenario_action(const struct scenario *sc, const char *id);
int scenario_proposal(const struct scenario *sc, const char *id);

/* Number of actions of a kind side may use (0: the choice is skipped). */
int scenario_kind_count(const struct scenario *sc, int side, int kind);

/* The rung a tension value falls on; the band a trust value falls in. */
int scenario_rung_of(const struct scenario *sc, double tension);
int scenario_band_of(const struct scenario *sc, double trust);

/* Does anything in sc move or weigh stat (an effect of an action,
 * proposal or event, or a score weight)? A payoff game moves none of
 * security, support and tension: screens leave out what a scenario
 * does not use. Tension also counts as used when the ladder has rungs
 * to climb. */
int scenario_uses(const struct scenario *sc, int stat);

/* Release a text's strings. */
void text_release(struct text *t);

#endif
