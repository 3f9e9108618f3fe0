/* author_lists.h — the word lists for the author tests: the source
 * tree's assets/author (tests/run starts at the top of the tree), or
 * $DETENTE_DATA's. Included by test files only. */
#ifndef TESTS_AUTHOR_LISTS_H
#define TESTS_AUTHOR_LISTS_H

#include <stdio.h>
#include <stdlib.h>

#include "author/lists.h"
#include "util/strbuf.h"
#include "util/xmalloc.h"

static inline int test_author_lists(void)
{
	const char *d = getenv("DETENTE_DATA");
	char *dir = xasprintf("%s/assets/author", d && *d ? d : ".");
	struct strbuf err = STRBUF_INIT;
	int rc = author_lists_load(dir, &err);

	if (rc < 0)
		fprintf(stderr, "%s", err.buf);
	strbuf_release(&err);
	free(dir);
	return rc;
}

#endif
