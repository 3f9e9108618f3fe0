/* lang-msgs.h — every message about a language file, once.
 *
 * LANG_MSG(NAME, SEVERITY, FORMAT): SEVERITY is E (an error: the file is
 * refused). FORMAT is a printf format; the comment after an entry names
 * its arguments. Messages follow git's habits: lowercase, no full stop,
 * the subject in single quotes. Those about the file as a whole have no
 * place ("file: message"); the others come after "file:line:col: ".
 *
 * Include this file with LANG_MSG defined; it undefines nothing. */

/* ---- the file as a whole ------------------------------------------------ */
LANG_MSG(OPEN, E, "cannot open: %s")			/* strerror */
LANG_MSG(READ, E, "read error")
LANG_MSG(TOO_BIG, E, "too large for a language file (at most %d MiB)")

/* ---- lines -------------------------------------------------------------- */
LANG_MSG(LINE_LONG, E, "line too long (at most %d bytes)")	/* cap */
LANG_MSG(CONTROL, E, "unexpected control character U+%04X")	/* code */
LANG_MSG(UTF8, E, "invalid UTF-8")
LANG_MSG(SYNTAX, E, "expected 'key = value'")
LANG_MSG(NO_KEY, E, "missing key before '='")
LANG_MSG(KEY_CHARS, E,
	 "invalid character in key (use letters, digits, '.', '_', '-')")
LANG_MSG(DUP_KEY, E, "duplicate key '%s' (first at line %d)")	/* k, l */
LANG_MSG(MANY, E, "too many entries (at most %d)")	/* cap */

/* ---- values ------------------------------------------------------------- */
LANG_MSG(BRACE, E, "'{' must start a placeholder such as {name}")
LANG_MSG(ESCAPE, E, "unknown escape '\\%c'")		/* the char */
