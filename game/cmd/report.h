/* report.h — a class's saved games in one summary (`detente report`).
 *
 * One row a game: its sides and who played each (a person or a
 * doctrine), the ending, the trust band the lower trust ended in, turns,
 * scores, the agreements signed and the breaches. Then the distribution
 * of endings across the class, and of trust bands for each scenario
 * (bands are the scenario's own). The rows are plain data, filled from a
 * save (report_row_from_game) or by a test, so that the table, the CSV
 * and the distribution can be checked without any save.
 *
 * The CSV has one row a game, with ids rather than words, so that it is
 * the same in every language:
 *
 *	file, name      the save's file and the game's name
 *	scenario, seed
 *	side_a, side_b  the sides' ids
 *	a, b            who played them: "human" or a doctrine
 *	turns, turn_limit
 *	outcome         agreement, conflict, collapse, limit, or unfinished
 *	band, band_name the trust band at the end (id, and its name)
 *	trust_a, trust_b, tension, score_a, score_b   at the end
 *	signed          agreements signed during the game
 *	in_force        agreements in force at the end, and
 *	agreements      their ids, separated by spaces
 *	breaches        breaches the victim detected
 *	hidden_breaches breaches never detected (the debrief shows them)
 *	person_a, person_b  the names of the people who played (empty for
 *	                a doctrine, or a save without names)
 *
 * Each row also keeps the game turn by turn (report_game.c), for the
 * per-game details, `--turns-csv` and `--html` (report_html.c). */
#ifndef CMD_REPORT_H
#define CMD_REPORT_H

#include <stdint.h>

#include "engine/scenario.h"
#include "util/strbuf.h"

struct savegame;

/* One turn of a game, after it was resolved. */
struct report_turn {
	double trust[SIDES], tension, score[SIDES];
	int rung;
	int stance[SIDES][3];	/* acts by stance: cooperative, neutral,
				   hostile */
	int covert[SIDES];	/* covert acts... */
	int unseen[SIDES];	/* ...of which the other side never learnt */
	int detected[SIDES];	/* ...and those it detected */
	int breaches, hidden;	/* breaches seen, and unseen */
	int blamed;		/* incidents blamed on the wrong side */
	int signed_n;		/* agreements signed this turn */
	char *acts[SIDES];	/* the acts' ids, ' '-separated; owned */
	char *blame;		/* "event: victim blamed other", or NULL;
				   owned */
};

struct report_row {
	char *file, *name;		/* owned */
	char scenario[SC_ID_MAX];
	uint64_t seed;
	char side_id[SIDES][SC_ID_MAX];
	char *side_name[SIDES];		/* owned */
	char player[SIDES][24];		/* "human", "tft", "planner:3" */
	int turns, turn_limit;
	int ending;			/* enum ending; END_NONE: unfinished */
	int band;			/* index among the scenario's bands */
	char band_id[SC_ID_MAX];
	char *band_name;		/* owned */
	int nbands;			/* the scenario's bands... */
	char (*band_ids)[SC_ID_MAX];	/* ...their ids and names, owned, */
	char **band_names;		/* for the distribution */
	double trust[SIDES], tension, score[SIDES];
	int signed_n, in_force;
	char *agreements;		/* owned */
	int breaches, hidden;
	char *person[SIDES];		/* people's names, or NULL; owned */
	struct report_turn *turn;	/* turn t at t-1; owned */
	int nturn;
	double trust0[SIDES], tension0;	/* at the start */
};

struct report {
	struct report_row *v;		/* owned */
	size_t n, cap;
};

void report_init(struct report *r);
void report_release(struct report *r);
/* Append a row; the report takes what it owns. */
void report_add(struct report *r, struct report_row *row);

/* A row for the game in sg (its current branch), named file; texts in
 * lang, falling back to the scenario's first language. */
void report_row_from_game(struct report_row *row, const struct savegame *sg,
			  const char *file, const char *lang);
void report_row_release(struct report_row *row);

/* The game's turns, played again from its seed and moves (the same
 * game, byte for byte), into row->turn. */
void report_row_turns(struct report_row *row, const struct savegame *sg);

/* The rows' turns as CSV, one row a game and turn (report.h, report
 * --turns-csv). */
void report_turns_csv(const struct report *r, struct strbuf *out);
/* Per game: its move profile, hidden acts and breaches, incidents
 * blamed on the wrong side, and its turning points. */
void report_details(const struct report *r, struct strbuf *out);
/* The whole report as one self-contained HTML page (report_html.c). */
void report_html(const struct report *r, struct strbuf *out);

/* A CSV field (quoted when it must be) and a comma. */
void report_csv_field(struct strbuf *out, const char *s);
/* Who played side s of row: the person's name, "person", or the
 * doctrine. */
const char *report_who(const struct report_row *row, int s);

/* "agreement", ..., "unfinished". */
const char *report_outcome(int ending);

/* The table, grouped by scenario (a line naming its sides, then its
 * games, in the order added). */
void report_table(const struct report *r, struct strbuf *out);
/* The distribution of endings, and of trust bands per scenario. */
void report_distribution(const struct report *r, struct strbuf *out);
/* The CSV, with its header. */
void report_csv(const struct report *r, struct strbuf *out);

#endif
