/* load-int.h — what the parts of the scenario loader share.
 *
 * load.c runs the load and reads files; load-ini.c fills the scenario
 * from scenario.ini; load-csv.c maps table columns; load-tables.c reads
 * the rows of each table; load-check.c checks rules that span files.
 * Not for use outside game/load. */
#ifndef LOAD_LOAD_INT_H
#define LOAD_LOAD_INT_H

#include "engine/scenario.h"
#include "load/csvt.h"
#include "load/load-msgs.h"
#include "load/ini.h"
#include "load/lfile.h"

/* The files scenario.ini may name. */
enum ld_file { LF_ARTICLE, LF_PROPOSALS, LF_ACTIONS, LF_EVENTS, LF_PAYOFF,
	       LF_N };

struct ld_place {
	int line, col;
};

struct ld {
	struct scenario *sc;
	struct diag *d;
	const char *dir;
	char *rdir;		/* the folder, resolved */
	struct lfile ini_file;
	struct ini ini;
	int langs_ok;		/* languages read without a problem */
	int alang;		/* index of the article's language */
	char *name[LF_N];	/* file names from scenario.ini, or NULL */
	struct ld_place name_at[LF_N];	/* where they are named */
	char *path[LF_N];	/* display paths of the files read */
	int bad[LF_N];		/* the file had an error */
	int rung_refused;	/* a [rung.ID] section was refused */
	struct ld_place rung_from[SC_MAX_RUNGS], band_from[SC_MAX_BANDS];
	uint8_t rung_bad[SC_MAX_RUNGS], band_bad[SC_MAX_BANDS];
	struct ld_place signed_at;	/* [rules] agreement_signed */
	struct ld_place class_at;	/* [rules] class_turns */
	struct ld_place actions_head;	/* actions.csv's header row */
};

/* How a number is checked. */
struct ld_num {
	double lo, hi;
	int integer;
};

/* Check text (the value of key, at file:line:col) as a number within
 * ns and store it. Returns 0, or -1 after reporting. */
int ld_number(struct ld *ld, const char *file, int line, int col,
	      const char *key, const char *text, const struct ld_num *ns,
	      double *out);

/* Check text as one of names (NULL-terminated); returns its index, or
 * -1 after reporting "unknown WHAT 'text' (expected EXPECTED)". */
int ld_enum(struct ld *ld, const char *file, int line, int col,
	    const char *what, const char *expected,
	    const char *const *names, const char *text);

/* Check an id (at file:line:col; key names it when empty) and copy it
 * into out (SC_ID_MAX bytes). Returns 0 or -1. */
int ld_id(struct ld *ld, const char *file, int line, int col,
	  const char *key, const char *text, char *out);

/* The kinds' and sides' names, for messages. */
extern const char *const ld_kind_names[];

/* Read scenario.ini's sections into ld->sc; returns 0 or -1. */
/* With d->lint (check), warn when text t (the value of key, at
 * file:line:col) is wider than room columns in any language. */
void ld_width(struct ld *ld, const char *file, int line, int col,
	      const char *key, const struct text *t, int room);

int ld_ini(struct ld *ld);

/* Read the tables. Each returns 0 or -1. */
int ld_proposals(struct ld *ld, const struct lfile *f);
int ld_actions(struct ld *ld, const struct lfile *f);
int ld_events(struct ld *ld, const struct lfile *f);
int ld_payoff(struct ld *ld, const struct lfile *f);

/* Rules that span files, after everything is read. */
void ld_check(struct ld *ld);

#endif
