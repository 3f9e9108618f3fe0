/* lists.h — the word lists `detente new` reads articles with.
 *
 * The words live in the data folder, one file a language
 * (assets/author/en.txt, bg.txt, ru.txt: the file's name is the
 * language), so that an instructor can add a language or a cue without
 * a compiler. Each line is one entry:
 *
 *	act 3 call* on		a cue of proposing, with its weight
 *	object 2 agreement*	a cue of what is proposed
 *	refuse -2 reject*	a cue of refusal (weighs against)
 *	source analyst*		a commentator: a sentence it leads is no
 *				proposal ("analysts suggested...")
 *	abbrev mr dr st		abbreviations that never end a sentence
 *	topic channel hotline*	a topic's stems (author_draft_topic)
 *
 * and word sets, for telling who proposed what and for cutting titles:
 *
 *	prep from of to that	before a name, it is not the subject
 *				("working from Belmar", "called on Kestria")
 *	article the a an	skipped when looking for a preposition
 *	weak and or also	never ends or starts a title
 *	third envoy* mediator*	a person so described is a third party
 *	clause which who after	a clause starts at it: a title stops
 *	oblique ии ой		endings of a name's oblique forms: the
 *				plain form is preferred as the side's name
 *
 * Lines starting with '#' and blank lines are skipped. Errors are
 * reported as `file:line:col: message`.
 *
 *	struct strbuf err = STRBUF_INIT;
 *	if (author_lists_load(NULL, &err) < 0) ... err.buf ...
 *	l = author_lists();
 *
 * The lists are loaded once, for the whole process: author_lists()
 * loads them from the data folder (util/paths.h) on first use when
 * author_lists_load was not called, and has none (every sentence scores
 * 0) when that fails. */
#ifndef AUTHOR_LISTS_H
#define AUTHOR_LISTS_H

#include <stddef.h>

#include "util/diag.h"
#include "util/strbuf.h"

#define AUTHOR_LANG_MAX 8	/* bytes of a language code, NUL included */
#define AUTHOR_MAX_LISTS 16

enum author_kind {
	AUTHOR_ACT,		/* verbs and nouns of proposing */
	AUTHOR_OBJECT,		/* what is proposed */
	AUTHOR_SOURCE		/* commentators, not parties */
};

struct author_cue {
	const char *pat;	/* words, ' '-separated; into the list */
	int weight;
	enum author_kind kind;
};

/* The topics a draft knows (author_draft_topic), in this order. */
enum author_topic_id {
	AUTHOR_T_CHANNEL, AUTHOR_T_INCIDENT, AUTHOR_T_RESTRAINT,
	AUTHOR_T_TALKS, AUTHOR_T_SHARING, AUTHOR_NTOPICS
};

/* The word sets of a list. */
enum author_set {
	AUTHOR_S_PREP, AUTHOR_S_ARTICLE, AUTHOR_S_WEAK, AUTHOR_S_THIRD,
	AUTHOR_S_CLAUSE, AUTHOR_S_OBLIQUE, AUTHOR_NSETS
};

struct author_list {
	char lang[AUTHOR_LANG_MAX];
	struct strbuf set[AUTHOR_NSETS];	/* ' '-separated words */
	struct author_cue *cues;	/* owned */
	size_t ncues;
	struct strbuf words;	/* the patterns, NUL-ended; owned */
};

struct author_lists {
	struct author_list v[AUTHOR_MAX_LISTS];
	size_t n;
	/* Shared by every language: abbreviations and topic stems, each a
	 * ' '-separated list of lowercase words. */
	struct strbuf abbrev;
	struct strbuf topics[AUTHOR_NTOPICS];
};

/* The catalogue of their messages (author/lists-msgs.h). */
extern const struct diag_cat lists_msgs;

/* Load every *.txt in dir (NULL: the data folder's assets/author) and
 * keep them for author_lists(). Returns 0, or -1 with the messages
 * appended to err (nothing is kept then). */
int author_lists_load(const char *dir, struct strbuf *err);

/* Use only the list of language lang in text[0..len) (path: its name in
 * messages), for tests and fuzzing. 0, or -1 as author_lists_load. */
int author_lists_parse(const char *path, const char *lang, const char *text,
		       size_t len, struct strbuf *err);

/* The lists in use (loaded on first use when needed). Never NULL. */
const struct author_lists *author_lists(void);

/* The list of language lang, or NULL. */
const struct author_list *author_list_of(const char *lang);

/* Is the lowercase word w in set k of lang's list (of any list when
 * lang has none)? */
int author_in_set(const char *lang, enum author_set k, const char *w);

/* Does the ' '-separated pattern list pats hold a word that matches the
 * lowercase word w ('*' ends a stem)? */
int author_words_match(const char *pats, const char *w);

#endif
