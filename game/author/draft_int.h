/* draft_int.h — what the draft writer's two files share. */
#ifndef AUTHOR_DRAFT_INT_H
#define AUTHOR_DRAFT_INT_H

#include "author/draft.h"

/* A generic text in the two languages we write. */
struct tr {
	const char *en, *bg;
};

/* The scenario's second language (the article's when it is not
 * English), or NULL. */
const char *draft_lang2(const struct author_draft *d);
/* 1 when the second language is one we have texts for. */
int draft_has_bg(const struct author_draft *d);

/* A CSV field, quoted when it must be; a comma before it unless first. */
void draft_csv(struct strbuf *out, const char *s, int first);
/* The CSV header cells of a text column: "name" and "name.bg". */
void draft_csv_text_head(struct strbuf *out, const struct author_draft *d,
			 const char *col);
/* The cells of a text. */
void draft_csv_text(struct strbuf *out, const struct author_draft *d,
		    const struct tr *t);
/* "# ..." comment lines, wrapped at 76 columns. */
void draft_comment(struct strbuf *out, const char *prefix, const char *text);

#endif
