/* load-csv.h — a scenario table: CSV columns mapped by name, and cells
 * read as the authors' guide says (empty cell: the default).
 *
 * Private to game/load: load-tables.c declares each table's columns and
 * reads its rows through these helpers, which report every problem at
 * the cell's place. */
#ifndef LOAD_LOAD_CSV_H
#define LOAD_LOAD_CSV_H

#include "load/effects.h"
#include "load/load-int.h"

#define LD_MAXCOLS 16

struct ld_col {
	const char *name;
	uint8_t req;		/* the column must be there */
	uint8_t text;		/* translatable: name.xx columns too */
	uint8_t width;		/* display columns an 80-column screen
				   gives the text, or 0 (load-int.h,
				   ld_width) */
};

struct ld_tab {
	struct ld *ld;
	struct csvt t;
	const struct ld_col *cols;
	int ncols;
	/* Header column of column k in language i, or -1. Columns that
	 * are not texts use language 0 only. */
	int col[LD_MAXCOLS][SC_MAX_LANGS];
	int base[LD_MAXCOLS];	/* language of the plain column */
	int failed;		/* the header is unusable */
};

/* Parse f and map its header onto cols. quote_col is the column whose
 * plain form is in the article's language (-1: none). Returns 0, or -1
 * when the table cannot be read at all. */
int ld_tab_open(struct ld_tab *tb, struct ld *ld, const struct lfile *f,
		const struct ld_col *cols, int ncols, int quote_col);
void ld_tab_close(struct ld_tab *tb);

/* The cell of column k (plain form) in row r, or NULL without it. */
const struct csvt_field *ld_cell(const struct ld_tab *tb, size_t r, int k);
/* Cell of column k in the scenario's language i (the plain column or
 * its name.xx translation), or NULL. */
const struct csvt_field *ld_cell_lang(const struct ld_tab *tb, size_t r,
				      int k, int i);
/* Its text, "" without it. */
const char *ld_str(const struct ld_tab *tb, size_t r, int k);
/* Is the cell empty (or the column missing)? */
int ld_empty(const struct ld_tab *tb, size_t r, int k);

/* Report code at byte off of cell f. */
void ld_tab_err(struct ld_tab *tb, const struct csvt_field *f, size_t off,
		enum diag_code code, ...);
/* Report at the header row. */
void ld_tab_head_err(struct ld_tab *tb, enum diag_code code, ...);

/* Cell readers: an empty cell leaves *out alone (the default) and
 * returns 0; a bad one is reported and returns -1. */
int ld_cell_num(struct ld_tab *tb, size_t r, int k, const struct ld_num *ns,
		double *out);
int ld_cell_enum(struct ld_tab *tb, size_t r, int k, const char *what,
		 const char *expected, const char *const *names, int *out);
int ld_cell_effects(struct ld_tab *tb, size_t r, int k,
		    enum effects_ctx ctx, struct effects *out);
/* A translatable text, every language; warns of missing translations. */
void ld_cell_text(struct ld_tab *tb, size_t r, int k, struct text *t);
/* The row's id (column k): checked, and unique among the first n ids
 * of ids (stride bytes apart, with their lines in lines). */
int ld_cell_id(struct ld_tab *tb, size_t r, int k, char *out,
	       const char *ids, const int *lines, size_t stride, int n);

#endif
