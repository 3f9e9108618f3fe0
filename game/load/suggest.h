/* suggest.h — "did you mean ...?" for a misspelt key, column or target.
 *
 *	struct suggest sg;
 *	suggest_init(&sg, "agremeent_trust");
 *	for (...) suggest_try(&sg, known[i]);
 *	if (sg.found) ... "did you mean '%s'?", sg.best ...
 *
 * The nearest known word by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours, case ignored), when it is near
 * enough to be a slip: at most a third of the word's letters, and at
 * least one; a tie keeps the first tried. */
#ifndef LOAD_SUGGEST_H
#define LOAD_SUGGEST_H

#define SUGGEST_MAX 64		/* longer words get no suggestion */

struct suggest {
	const char *word;	/* borrowed */
	char best[SUGGEST_MAX + 1];	/* the nearest so far, a copy */
	int found;
	int dist;
};

void suggest_init(struct suggest *sg, const char *word);
void suggest_try(struct suggest *sg, const char *known);

/* Edit distance between a and b, or a large number when either is
 * longer than SUGGEST_MAX. */
int suggest_distance(const char *a, const char *b);

#endif
