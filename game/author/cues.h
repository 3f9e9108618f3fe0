/* cues.h — the words that mark a proposal, and a sentence's score.
 *
 * A cue is a short pattern of words: "propos*", "call* on", "да се
 * постигне". A word ending in '*' is a stem and matches any word that
 * starts with it; any other word must match whole. Matching is on
 * lowercase words (author/text.h), so "Призоваваме" matches "призова*".
 *
 * Each cue has a weight. Verbs and nouns of proposing, calling, urging,
 * demanding, offering, and modal words ("should", "трябва") are *act*
 * cues; what proposals are about (agreement, guarantee, commitment,
 * dialogue) are *object* cues; words of refusal weigh against. A
 * sentence carries a proposal when its score reaches AUTHOR_CUE_MIN and
 * it has at least one act cue: an agreement merely mentioned is not
 * proposed. Each cue counts once a sentence.
 *
 * The cues are the word lists of assets/author (author/lists.h): en,
 * bg, ru. Any other language is read with all of them. */
#ifndef AUTHOR_CUES_H
#define AUTHOR_CUES_H

#include <stddef.h>

#include "author/text.h"
#include "util/strbuf.h"

#define AUTHOR_CUE_MIN 4

struct author_score {
	int score;		/* the sum of the cues' weights */
	int act;		/* act cues found */
	int objects;		/* object cues found */
	int act_weight;		/* the strongest act cue's weight */
	size_t first_object;	/* byte offset (in the text scored) of the
				   first object cue's first word, or
				   (size_t)-1 */
	size_t act_end;		/* just after the strongest act cue (the
				   first of the strongest), or -1 */
	size_t source;		/* byte offset of the first source cue (a
				   commentator), or -1 */
};

/* Is there a table for lang? */
int author_cues_known(const char *lang);

/* Score s[0..len) with lang's cues. When why is not NULL, the cues found
 * are appended to it ("призова* +3, диалог* +1"). */
void author_cues_score(const char *lang, const char *s, size_t len,
		       struct author_score *out, struct strbuf *why);

/* The same on words already split (of the text at their offsets). */
void author_cues_score_words(const char *lang,
			     const struct author_words *w,
			     struct author_score *out, struct strbuf *why);

/* Does the score make a proposal? */
int author_cues_proposal(const struct author_score *sc);

/* "en" unless most letters are Cyrillic; then "ru" or "bg", by the
 * letters only one of them uses. */
const char *author_guess_lang(const char *text, size_t len);

#endif
