/* fuzz_author.c — `detente new`'s proposal finder, from memory: the
 * article is cut into sentences, scored with cue words, repeats merged;
 * then the names the article says most. The first byte picks the
 * language (en, bg, ru, or one with no table of its own, read with all
 * of them); the rest is the article.
 *
 * Beyond not crashing, what the header promises is checked: at most
 * AUTHOR_MAX_PROPS proposals, in article order, each inside the article,
 * on the line its bytes are on, its quote the article's bytes with
 * white space squeezed (so never longer). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "author/find.h"
#include "author/lists.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The word lists, from the source tree (the targets run from its top):
 * without them every sentence scores nothing and little is reached. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct strbuf err = STRBUF_INIT;

	(void)argc;
	(void)argv;
	if (author_lists_load("assets/author", &err) < 0)
		__builtin_trap();
	strbuf_release(&err);
	return 0;
}

/* The line byte at of text is on, from 1. */
static int fuzz_line(const char *text, size_t at)
{
	int line = 1;
	size_t i;

	for (i = 0; i < at; i++)
		line += text[i] == '\n';
	return line;
}

static void fuzz_check(const char *text, size_t len,
		       const struct author_props *p)
{
	size_t i;

	if (p->n > AUTHOR_MAX_PROPS || p->n > p->candidates ||
	    p->candidates > p->sentences)
		__builtin_trap();
	for (i = 0; i < p->n; i++) {
		const struct author_prop *q = &p->v[i];

		if (q->at > len || q->len > len - q->at)
			__builtin_trap();
		if (i > 0 && q->at <= p->v[i - 1].at)
			__builtin_trap();
		if (!q->quote || !q->title || !q->why)
			__builtin_trap();
		if (strlen(q->quote) > q->len || q->len > AUTHOR_QUOTE_MAX)
			__builtin_trap();
		if (q->line != fuzz_line(text, q->at) || q->col < 1)
			__builtin_trap();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = { "en", "bg", "ru", "xx" };
	struct author_props p;
	struct strbuf names = STRBUF_INIT;
	const char *text;
	size_t len;

	if (size < 1)
		return 0;
	text = (const char *)data + 1;
	len = size - 1;
	author_find(text, len, langs[data[0] % 4], &p);
	fuzz_check(text, len, &p);
	author_props_release(&p);
	author_names(text, len, 5, &names);
	strbuf_release(&names);
	return 0;
}
