/* lists-msgs.h — every message about the word lists of `detente new`
 * (assets/author/xx.txt), once.
 *
 * LISTS_MSG(NAME, SEVERITY, FORMAT): SEVERITY is E (the lists are
 * refused). FORMAT is a printf format; the comment after an entry names
 * its arguments. Those about a file or the folder as a whole have no
 * place ("file: message"); the others come after "file:line:col: ".
 *
 * Include this file with LISTS_MSG defined; it undefines nothing. */

/* ---- the folder and its files ------------------------------------------- */
LISTS_MSG(DIR_OPEN, E, "cannot open the word lists: %s")	/* strerror */
LISTS_MSG(DIR_EMPTY, E, "no word lists (xx.txt) in it")
LISTS_MSG(OPEN, E, "cannot open: %s")			/* strerror */
LISTS_MSG(TOO_BIG, E, "larger than 256 KiB")
LISTS_MSG(TOO_MANY, E, "too many word lists (at most %d)")	/* cap */
LISTS_MSG(NOT_UTF8, E, "not UTF-8 text")

/* ---- lines -------------------------------------------------------------- */
LISTS_MSG(CAPITAL, E, "'%.*s' has a capital (words are matched in "
	  "lowercase)")					/* n, word */
LISTS_MSG(WEIGHT, E, "a weight from -9 to 9 (not 0) must come first")
LISTS_MSG(NO_WORDS, E, "the entry has no words")
LISTS_MSG(TOPIC, E, "unknown topic '%.*s' (expected channel, incident, "
	  "restraint, talks or sharing)")		/* n, word */
LISTS_MSG(ENTRY, E, "unknown entry '%.*s' (expected act, object, refuse, "
	  "source, abbrev, topic, prep, article, weak, third, clause or "
	  "oblique)")					/* n, word */
