/* save-msgs.h — every message about a save file, once.
 *
 * SAVE_MSG(NAME, SEVERITY, FORMAT): SEVERITY is E (the save is refused)
 * or W (said, but the game loads). FORMAT is a printf format; the comment
 * after an entry names its arguments. Messages follow git's habits:
 * lowercase, no full stop, the subject in single quotes. A message with
 * no place in the file names the file itself; the others are printed
 * after "file:line:col: ".
 *
 * Include this file with SAVE_MSG defined; it undefines nothing. Each
 * kind of input keeps its own list (the scenario loader's is
 * load/diag-list.h); util/diag.h formats and prints them all alike. */

/* ---- the file as a whole (no place: they name the file) ----------------- */
SAVE_MSG(OPEN, E, "cannot open '%s': %s")		/* file, strerror */
SAVE_MSG(READ, E, "cannot read '%s': %s")		/* file, strerror */
SAVE_MSG(NOT_FILE, E, "cannot read '%s': not a regular file")	/* file */
SAVE_MSG(TOO_BIG, E, "'%s' is too large for a save (at most 16 MiB)")
SAVE_MSG(EMPTY, E, "'%s' is empty: not a save, or cut short")	/* file */
SAVE_MSG(WRITE, E, "cannot write '%s': %s")		/* file, strerror */

/* ---- syntax ------------------------------------------------------------- */
SAVE_MSG(NOT_SAVE, E, "not a Détente save: it must begin with '[save]'")
SAVE_MSG(CUT, E, "the save ends in the middle of a line: it is truncated")
SAVE_MSG(LINE_LONG, E, "line too long (at most %d bytes)")	/* cap */
SAVE_MSG(NO_END, E, "the save ends before '[end]': it is truncated")
SAVE_MSG(AFTER_END, E, "unexpected text after '[end]'")
SAVE_MSG(UTF8, E, "invalid UTF-8")
SAVE_MSG(CONTROL, E, "unexpected control character U+%04X")	/* code */
SAVE_MSG(SYNTAX, E, "expected '[section]', 'key = value' or a comment")
SAVE_MSG(KEY_CHARS, E,
	 "invalid key (lowercase letters, digits, '.', '_' and '-' only)")
SAVE_MSG(NO_EQUALS, E, "expected '=' after the key '%.*s'")	/* n, key */
SAVE_MSG(BRACKET, E, "missing ']' at the end of the section header")
SAVE_MSG(AFTER_BRACKET, E, "unexpected text after ']'")
SAVE_MSG(SECTION_CHARS, E, "invalid section name '%.*s'")	/* n, name */

/* ---- sections and keys -------------------------------------------------- */
SAVE_MSG(UNKNOWN_SECTION, E, "unknown section '%s'")	/* name */
SAVE_MSG(DUP_SECTION, E, "duplicate section '%s' (first on line %d)")
SAVE_MSG(UNKNOWN_KEY, E, "unknown key '%s' in section '%s'")	/* k, s */
SAVE_MSG(DUP_KEY, E, "duplicate key '%s' (first on line %d)")	/* k, l */
SAVE_MSG(MISSING_KEY, E, "missing key '%s' in section '%s'")	/* k, s */
SAVE_MSG(NO_BRANCH, E, "no branch: add a '[branch.1]' section")

/* ---- values ------------------------------------------------------------- */
SAVE_MSG(FORMAT_NEW, E, "save format %ld is newer than this version "
	 "reads (%d): update Détente to load it")	/* found, ours */
SAVE_MSG(FORMAT_OLD, E, "unknown save format %ld (this version reads %d)")
SAVE_MSG(NUMBER, E, "'%s' is not a whole number")	/* text */
SAVE_MSG(RANGE, E, "'%s' out of range for '%s' (%ld to %ld)")
							/* text, key, lo, hi */
SAVE_MSG(HEX, E, "'%s' is not 16 hexadecimal digits")	/* text */
SAVE_MSG(TIME, E, "'%s' is not a UTC time like 2020-09-25T12:00:00Z")
SAVE_MSG(ID, E, "invalid id '%s' (letters, digits, '-' and '_' only, "
	 "at most 31)")					/* text */
SAVE_MSG(EMPTY_VALUE, E, "missing value for '%s'")	/* key */
SAVE_MSG(LANG, E, "invalid language code '%s' (2 to 7 lowercase letters, "
	 "or nothing)")					/* text */
SAVE_MSG(TEXT, E, "control characters are not allowed in '%s'")	/* key */
SAVE_MSG(PLAYER, E, "unknown player '%s' (expected 'human' or a "
	 "doctrine: %s)")				/* text, list */
SAVE_MSG(DEPTH, E, "'%s': a planner looks 1 to 4 turns ahead")	/* text */
SAVE_MSG(DEPTH_ONLY, E, "'%s': only the planner takes a depth")	/* text */

/* ---- branches and turns ------------------------------------------------- */
SAVE_MSG(ROOT_PARENT, E, "the first branch has no parent: remove "
	 "'parent' and 'fork' or set them to 0")
SAVE_MSG(PARENT, E, "unknown parent branch %ld (a parent must come "
	 "before its branches)")			/* id */
SAVE_MSG(FORK, E, "fork at turn %ld, but branch %d has only %d turns")
							/* fork, parent, n */
SAVE_MSG(TURN_RANGE, E, "turn %ld is outside branch %d, which starts "
	 "after turn %d")				/* t, id, fork */
SAVE_MSG(TURN_GAP, E, "missing 'turn.%d' in section '%s' (turns run "
	 "without gaps)")				/* t, sect */
SAVE_MSG(NO_CHECK, E, "missing 'check.%d' for 'turn.%d'")	/* t, t */
SAVE_MSG(CHECK_ALONE, E, "'check.%d' without 'turn.%d'")	/* t, t */
SAVE_MSG(TURN_MAX, E, "too many turns (at most %d)")	/* cap */
SAVE_MSG(BRANCH_MAX, E, "too many branches (at most %d)")	/* cap */
SAVE_MSG(MOVE, E, "expected \"<side a's move> / <side b's move>\", each "
	 "one action id (or '-') a kind")
SAVE_MSG(MOVE_TOKEN, E, "invalid action '%.*s' (an id, 'id:proposal' or "
	 "'-')")					/* n, token */
SAVE_MSG(MOVE_PROPS, E, "a move names one proposal at most")
SAVE_MSG(CURRENT, E, "unknown branch %ld")		/* id */
SAVE_MSG(NO_SUCH_BRANCH, E, "'%s' has no branch %d")	/* file, id */

/* ---- the save against its scenario -------------------------------------- */
SAVE_MSG(SCENARIO, E, "cannot load scenario '%s' for this save (looked "
	 "in %s)")					/* id, dirs */
SAVE_MSG(SCENARIO_ID, E, "the save is for scenario '%s', not '%s'")
SAVE_MSG(TURN_LIMIT, E, "the game was played with a limit of %d turns, "
	 "but the scenario given has %d")		/* saved, now */
SAVE_MSG(LIMIT_SHORT, E, "'turn_limit' is %d, but branch %d has %d "
	 "turns")					/* limit, id, n */
SAVE_MSG(DIGEST, W, "scenario '%s' has changed since this game was "
	 "saved; every turn is checked against the save")	/* id */
SAVE_MSG(DIGEST_FILES, W, "scenario '%s' in '%s' has changed since this "
	 "game was saved: %s; every turn is checked against the save")
							/* id, dir, files */
SAVE_MSG(ACTION, E, "unknown action '%s' in scenario '%s'")	/* id, sc */
SAVE_MSG(KIND, E, "action '%s' is %s, but this place is for a %s action")
							/* id, kind, kind */
SAVE_MSG(NO_KIND, E, "the scenario has no %s action for %s: write '-'")
							/* kind, side */
SAVE_MSG(NEED_KIND, E, "%s needs a %s action here, not '-'")
							/* side, kind */
SAVE_MSG(PROPOSAL, E, "unknown proposal '%s' in scenario '%s'")
SAVE_MSG(NEEDS_PROP, E, "action '%s' works on a proposal: write "
	 "'%s:PROPOSAL'")				/* id, id */
SAVE_MSG(NO_PROP_OP, E, "action '%s' does not work on a proposal")
SAVE_MSG(ILLEGAL, E, "the move of %s at turn %d is not legal here: %s")
							/* side, turn, why */
SAVE_MSG(OVER, E, "turn %d comes after the game ended at turn %d")
SAVE_MSG(DIVERGE, E, "the game diverges from the save at turn %d; the "
	 "scenario may have changed")			/* turn */
SAVE_MSG(AI_DIFFERS, W, "doctrine '%s' would now choose differently at "
	 "turn %d; the saved move is kept")		/* name, turn */
SAVE_MSG(BRANCH_TURN, E, "turn %d is not on branch %d, which has %d")
							/* t, id, n */
