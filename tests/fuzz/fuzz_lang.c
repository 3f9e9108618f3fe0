/* fuzz_lang.c — language files: the parser, from memory, then what the
 * game does with the words: look them up and fill their placeholders. */
#include <stddef.h>
#include <stdint.h>

#include "text/lang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char en_text[] = "app.name = Détente\nside = {side}'s\n";
	struct lang l, en;
	struct strbuf sb = STRBUF_INIT;
	struct diag d;
	size_t i;

	lang_init(&en, "en");
	lang_parse(&en, "en.txt", en_text, sizeof en_text - 1, NULL);
	lang_init(&l, "xx");
	diag_init(&d, &lang_msgs);
	/* Each error is counted once, whatever the cap on printing. */
	if (lang_parse(&l, "fuzz.txt", (const char *)data, size, &d) !=
	    diag_errors(&d))
		__builtin_trap();
	diag_str(&d, &sb);
	strbuf_reset(&sb);
	l.fallback = &en;
	for (i = 0; i < l.n; i++) {
		/* Every key is found again, in the sorted table (a key is
		 * never kept twice). */
		if (lang_find(&l, l.e[i].key) != l.e[i].val)
			__builtin_trap();
		lang_fmt(&sb, l.e[i].val, "side", "States", "turn", "3",
			 "name", "x", LANG_END);
		lang_placeholders(l.e[i].val, &sb);
		strbuf_reset(&sb);
	}
	lang_get(&l, "app.name");
	lang_getf(&l, "status.%d", 3);
	lang_release(&l);
	lang_release(&en);
	diag_release(&d);
	strbuf_release(&sb);
	return 0;
}
