/* fuzz_word_lists.c — the word lists of `detente new`
 * (assets/author/xx.txt): the parser, then a short article read with
 * whatever lists it accepted (cues, sources, abbreviations, names and
 * the sets a title and a proposer are found with). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "author/draft.h"
#include "author/find.h"
#include "author/lists.h"
#include "util/strbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char article[] =
	"Belmar offers Kestria a hotline\n\n"
	"BELMAR CITY, 2 May — Belmar's minister, Ana Roos, proposed a "
	"hotline between the two countries' teams, a week after the attack.\n\n"
	"\"Our teams should talk,\" Ms. Roos said. She also called on "
	"Kestria to agree to a moratorium on attacks against ports.\n\n"
	"Analysts suggested a treaty. Kestria demanded that Belmar first "
	"extradite the suspects, which it denies holding.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf err = STRBUF_INIT;
	struct author_props p;
	struct author_topic t;

	if (author_lists_parse("fuzz.txt", "xx", (const char *)data, size,
			       &err) == 0) {
		author_find(article, sizeof article - 1, "xx", &p);
		if (p.n)
			author_draft_topic(p.v[0].quote, &t);
		author_props_release(&p);
	}
	strbuf_release(&err);
	return 0;
}
