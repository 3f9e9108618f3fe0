/* script-msgs.h — every message about a script (`script:FILE`), once.
 *
 * SCRIPT_MSG(NAME, SEVERITY, FORMAT): SEVERITY is E (the script is
 * refused). FORMAT is a printf format; the comment after an entry names
 * its arguments. Messages follow git's habits: lowercase, no full stop,
 * the subject in single quotes. Those about the file as a whole name it
 * themselves and have no place; the others come after "file:line:col: ".
 *
 * Include this file with SCRIPT_MSG defined; it undefines nothing. Each
 * kind of input keeps its own list; util/diag.h formats and prints them
 * all alike. */

/* ---- the file as a whole (no place: they name the file) ----------------- */
SCRIPT_MSG(OPEN, E, "cannot open script '%s': %s")	/* file, strerror */
SCRIPT_MSG(READ, E, "cannot read script '%s'")		/* file */
SCRIPT_MSG(TOO_BIG, E, "script '%s' is too long (at most 1 MiB)") /* file */
SCRIPT_MSG(NO_RULES, E, "no rules: a script names turns and moves, as "
	   "'1-3: ACTION ACTION'")
SCRIPT_MSG(LINE_LONG, E, "line too long (at most %d bytes)")	/* cap */

/* ---- turns -------------------------------------------------------------- */
SCRIPT_MSG(NO_TURN, E, "expected a turn, a range N-M or '*'")
SCRIPT_MSG(NOT_TURN, E, "expected a turn, a range N-M or '*', not '%s'")
							/* word */
SCRIPT_MSG(TURN_RANGE, E, "turn '%s' is out of range (1 to %d)")
							/* digits, cap */
SCRIPT_MSG(BACKWARDS, E, "range '%s' runs backwards")	/* range */
SCRIPT_MSG(NO_COLON, E, "expected ':' after the turns")
SCRIPT_MSG(TURN_TWICE, E, "turn '%d' is named twice (first on line %d)")
							/* turn, line */
SCRIPT_MSG(STAR_TWICE, E, "'*' is named twice (first on line %d)") /* line */
SCRIPT_MSG(TOO_MANY, E, "too many rules (at most %d)")	/* cap */

/* ---- moves -------------------------------------------------------------- */
SCRIPT_MSG(NO_DIPLO, E, "expected a diplomatic action")
SCRIPT_MSG(NO_CYBER, E, "expected a cyber action")
SCRIPT_MSG(NO_CYBER_AFTER, E, "expected a cyber action after the diplomatic "
	   "one")
SCRIPT_MSG(UNKNOWN_ACTION, E, "unknown action '%s'")	/* id */
SCRIPT_MSG(CYBER_FIRST, E, "'%s' is a cyber action; the diplomatic one "
	   "comes first")				/* id */
SCRIPT_MSG(NOT_CYBER, E, "'%s' is a diplomatic action, not a cyber one")
							/* id */
SCRIPT_MSG(NO_PROPOSAL_OP, E, "'%s' takes no proposal")	/* id */
SCRIPT_MSG(UNKNOWN_PROPOSAL, E, "unknown proposal '%s'")	/* id */
SCRIPT_MSG(EXTRA, E, "unexpected '%s' after the move")	/* word */
