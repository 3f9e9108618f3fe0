/* draft.h — the files of a draft scenario, written as text.
 *
 * What `detente new` writes into a fresh folder: scenario.ini,
 * proposals.csv (when the article has proposals), actions.csv and
 * events.csv. Every number is a commented default that gives a playable,
 * balanced game (cooperation can reach an agreement, hostility reaches
 * open conflict or a collapse of talks), so that the draft passes
 * `detente check` and `detente sim` at once and the author tunes from
 * there. The generic texts exist in English and Bulgarian; the
 * scenario's languages are English and the article's (English first,
 * the fallback, as in the shipped scenarios). For a language without
 * our texts, `check` then lists the translations to write.
 *
 * Proposals get draft effects from what they are about (channels,
 * incidents, talks, restraint, data sharing), recognised by a few word
 * stems; the disruptive attack breaches every proposal, and covert
 * probing breaches the pledges of restraint. */
#ifndef AUTHOR_DRAFT_H
#define AUTHOR_DRAFT_H

#include "author/find.h"
#include "engine/scenario.h"
#include "util/strbuf.h"

struct author_draft {
	const char *id;		/* the scenario's id (author_draft_id) */
	const char *lang;	/* the article's language */
	const char *article;	/* its file name inside the folder */
	const char *source;	/* where it was copied from, for comments */
	const struct author_props *props;
	size_t sentences;	/* in the article */
	const char *headline;	/* the article's headline, or NULL */
	const char *names;	/* likely names (author_names), or "" */
};

/* An id for a scenario in folder dir: its last component, lowercase,
 * with anything but letters, digits, '-' and '_' made '-' (a draft
 * when nothing is left). out holds SC_ID_MAX bytes. */
void author_draft_id(const char *dir, char *out);

/* "article.bg.txt" for lang bg, into out (size bytes). */
void author_draft_article_name(const char *lang, char *out, size_t size);

/* The four files. */
void author_draft_ini(const struct author_draft *d, struct strbuf *out);
void author_draft_proposals(const struct author_draft *d,
			    struct strbuf *out);
void author_draft_actions(const struct author_draft *d, struct strbuf *out);
void author_draft_events(const struct author_draft *d, struct strbuf *out);

/* What a proposal is about, from its quote: the draft's effects,
 * signal, min_trust and a note for its summary. */
struct author_topic {
	int index;		/* -1: nothing recognised (the defaults) */
	const char *effects;
	double signal;
	int min_trust;
	const char *note;	/* in English */
};

void author_draft_topic(const char *quote, struct author_topic *out);

#endif
