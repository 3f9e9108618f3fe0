/* sides.h — the two parties of an article, and who made each proposal.
 *
 * A news report names its parties far more often than anyone else:
 * "Belmar", "Kestria's government", "the United States". Names are runs
 * of capitalised words (a sentence's first word only when the article
 * also writes it capitalised elsewhere), and the forms of one name are
 * one name: "China" and "Chinese", "Тальмар" and "Тальмара" (a word and
 * one that starts with all of it but its last letter), "Ms. Roos" and
 * "Ana Roos" (a last name). The two names said most are the parties.
 *
 * A person belongs to the party named before them in the sentence that
 * first names them ("Belmar's foreign minister, Ana Roos"; "Президент
 * Тальмара Андрей Светлов"), else to the party the sentence before was
 * about, unless they are described as a third party ("the regional
 * envoy, Irena Velmora": the word lists' `third` words).
 *
 * A sentence is about the first name in it before its act cue that does
 * not follow a preposition ("working from Belmar", "called on Kestria"
 * are not who speaks); a sentence that opens with a quotation is about
 * the speaker named after it; a sentence with no such name ("She also
 * called on...", "He demanded...") is about what the sentence before
 * was about. A proposal was made by its sentence's party.
 *
 * Side a is the party that made the most proposals; side b the other. */
#ifndef AUTHOR_SIDES_H
#define AUTHOR_SIDES_H

#include <stddef.h>

#include "author/find.h"
#include "author/split.h"

/* Fill out->side_name and each proposal's by, from the article's
 * sentences ss; sent[i] is proposal i's sentence. */
void author_sides(const char *text, const struct author_sents *ss,
		  const char *lang, const size_t *sent,
		  struct author_props *out);

#endif
