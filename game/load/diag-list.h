/* diag-list.h — every message the scenario loader can give, once.
 *
 * DIAG(NAME, SEVERITY, FORMAT): SEVERITY is E (an error: the scenario is
 * refused) or W (a warning: printed, but the scenario loads). FORMAT is a
 * printf format; the comment after each entry names its arguments, and
 * every caller must pass exactly those. Messages follow git's habits:
 * lowercase, no full stop, the subject in single quotes. The list becomes
 * the catalogue load_msgs (load-msgs.h) of the diagnostics module
 * (util/diag.h), which formats, sorts and prints every message.
 *
 * Include this file with DIAG defined; it undefines nothing. */

/* ---- files --------------------------------------------------------- */
DIAG(OPEN, E, "cannot open '%s': %s")		/* name, strerror */
DIAG(READ, E, "cannot read '%s': %s")		/* name, strerror */
DIAG(NOT_FILE, E, "cannot read '%s': not a regular file")	/* name */
DIAG(TOO_BIG, E, "'%s' is too large (at most 1 MiB)")	/* name */
DIAG(PATH_EMPTY, E, "empty file name")
DIAG(PATH_ABSOLUTE, E,
     "'%s' is an absolute path; name a file inside the scenario folder")
DIAG(PATH_DOTDOT, E,
     "'%s' contains '..'; name a file inside the scenario folder")
DIAG(PATH_OUTSIDE, E, "'%s' resolves outside the scenario folder")
DIAG(UTF8, E, "invalid UTF-8")
DIAG(UTF16, E, "the file is UTF-16 text: save it as UTF-8")
DIAG(UTF8_1252, E, "invalid UTF-8: the file looks like Windows-1252 "
     "(Latin-1) text; save it as UTF-8")
DIAG(UTF8_1251, E, "invalid UTF-8: the file looks like Windows-1251 "
     "(Cyrillic) text; save it as UTF-8")
DIAG(NUL, E, "NUL byte in a text file")
DIAG(CONTROL, E, "unexpected control character U+%04X")	/* unsigned */
DIAG(TEMP, E, "cannot make a temporary copy of '%s': %s") /* name, err */

/* ---- scenario.ini syntax ------------------------------------------- */
DIAG(INI_LONG, E, "line too long (at most 1000 bytes, continued lines "
     "counted together)")
DIAG(INI_SYNTAX, E, "expected '[section]', 'key = value' or a comment")
DIAG(INI_BRACKET, E, "missing ']' at the end of the section header")
DIAG(INI_AFTER_BRACKET, E, "unexpected text after ']'")
DIAG(INI_EMPTY_SECTION, E, "empty section name")
DIAG(INI_EMPTY_KEY, E, "missing key before '='")
DIAG(INI_QUOTE, E, "missing closing %s")		/* the quote, quoted */
DIAG(INI_AFTER_QUOTE, E, "unexpected text after the closing quote")
DIAG(INI_CONTINUED_EOF, E, "line continued past the end of the file")
DIAG(INI_OUTSIDE, E, "key '%s' outside any section")	/* key */
DIAG(INI_DUP_SECTION, E, "duplicate section '%s' (first on line %d)")
DIAG(INI_DUP_KEY, E, "duplicate key '%s' (first on line %d)")
DIAG(INI_LOAD, E, "iniparser could not read this file")

/* ---- scenario.ini meaning ------------------------------------------ */
DIAG(UNKNOWN_SECTION, E, "unknown section '%s'")	/* name */
DIAG(UNKNOWN_KEY, E, "unknown key '%s' in section '%s'")	/* key, sect */
DIAG(UNKNOWN_KEY_MEAN, E, "unknown key '%s' in section '%s': did you mean "
     "'%s'?")					/* key, sect, nearest */
DIAG(UNKNOWN_SECTION_MEAN, E, "unknown section '%s': did you mean '%s'?")
							/* name, nearest */
DIAG(MISSING_SECTION, E, "missing section '%s'")	/* name */
DIAG(MISSING_KEY, E, "missing key '%s' in section '%s'")	/* key, sect */
DIAG(NO_BANDS, E, "no trust bands: add a [band.ID] section")
DIAG(ORDER_FIRST, E, "the first %s, '%s', must start at 0, not %g")
							/* what, id, from */
DIAG(ORDER, E, "%s '%s' must start above %s '%s' (%g)")
					/* what, id, what, previous id, from */
DIAG(CLASS_TURNS, E,
     "'class_turns' is %d but 'turns' is only %d")	/* class, turns */
DIAG(AGREEMENT_SIGNED, E,
     "'agreement_signed' is %d but there are only %d proposals")

/* ---- languages and texts -------------------------------------------- */
DIAG(LANG_CODE, E, "invalid language code '%s' (2 to 7 lowercase letters)")
DIAG(LANG_MANY, E, "too many languages (at most 8)")
DIAG(LANG_DUP, E, "duplicate language '%s'")		/* code */
DIAG(LANG_UNKNOWN, E, "unknown language '%s'")		/* code */
DIAG(TEXT_TWICE, E, "text for language '%s' given twice (also on line %d)")
DIAG(NO_TRANSLATION, W, "missing '%s' translation of '%s'") /* lang, key */
DIAG(NO_TRANSLATION_COLUMN, W, "missing column '%s' for language '%s'")
DIAG(TEXT_WIDE, W, "'%s' is %d columns wide: an 80-column screen shows "
     "%d of it, cut with '...' (shorten it)")	/* key, width, room */
DIAG(SCRIPTED_LATE, W, "scripted event '%s' comes at turn %d, after most "
     "cooperative games have ended (%s)")	/* id, turn, evidence */

/* ---- values ------------------------------------------------------------ */
DIAG(EMPTY_VALUE, E, "missing value for '%s'")		/* key or column */
DIAG(NUMBER, E, "'%s' is not a number")			/* text */
DIAG(NUMBER_COMMENT, E, "'%s' is not a number (a comment must be on a "
     "line of its own)")					/* text */
DIAG(NUMBER_DIGITS, E, "'%s' has too many digits (at most 15)")
DIAG(INTEGER, E, "'%s' is not a whole number")		/* text */
DIAG(RANGE, E, "'%s' out of range: %s (%g to %g)")	/* key, text, lo, hi */
DIAG(ENUM, E, "unknown %s '%s' (expected %s)")		/* what, text, list */
DIAG(ID_CHARS, E, "invalid id '%s' (letters, digits, '-' and '_' only)")
DIAG(ID_LONG, E, "id '%s' too long (at most 31 bytes)")	/* id */
DIAG(DUP_ID, E, "duplicate id '%s' (first on line %d)")	/* id, line */
DIAG(TOO_MANY, E, "too many %s (at most %d)")		/* what, cap */
DIAG(UNKNOWN_ACTION, E, "unknown action '%s'")
DIAG(UNKNOWN_PROPOSAL, E, "unknown proposal '%s'")
DIAG(UNKNOWN_RUNG, E, "unknown rung '%s'")
DIAG(NEEDS, E, "a %s event needs '%s'")			/* kind, column */
DIAG(TEXT_PLACEHOLDER, E,
     "unknown placeholder '{%s}' (expected {victim} or {other})") /* name */
DIAG(TEXT_NO_VICTIM, E,
     "'{%s}' needs an event with one victim (victim a, b or any)") /* name */
DIAG(OP_KIND, E, "op '%s' needs a diplomatic action")	/* op */
DIAG(IN_FORCE_BY, E, "a proposal in force from the start needs "
     "'tabled_by' a or b: the side that proposed it")
DIAG(NO_MOVE, E, "side '%s' has no %s action with op 'none'")
							/* a|b, kind */
DIAG(NO_ACTIONS, E, "side '%s' has no actions (it needs a diplomatic or "
     "cyber action with op 'none')")			/* a|b */

/* ---- CSV tables -------------------------------------------------------- */
DIAG(CSV_LONG, E, "line too long (at most 8000 bytes)")
DIAG(CSV_ROWS, E, "too many rows (at most 1000)")
DIAG(CSV_QUOTE, E, "unterminated quoted field")
DIAG(CSV_STRAY_QUOTE, E, "unexpected '\"' in an unquoted field")
DIAG(CSV_AFTER_QUOTE, E, "expected ',' after the closing quote")
DIAG(CSV_FIELDS, E, "expected %d fields, found %d")	/* want, got */
DIAG(CSV_FIELDS_COMMA, E, "expected %d fields, found %d: the row goes "
     "wrong at column '%s' (quote a field that contains a comma)")
							/* want, got, col */
DIAG(CSV_SEMICOLON, E, "the header is separated by ';': save the table "
     "with ',' between fields")
DIAG(CSV_NO_HEADER, E, "missing header row")
DIAG(COL_UNKNOWN, E, "unknown column '%s'")
DIAG(COL_UNKNOWN_MEAN, E, "unknown column '%s': did you mean '%s'?")
							/* name, nearest */
DIAG(COL_MISSING, E, "missing column '%s'")
DIAG(COL_DUP, E, "duplicate column '%s'")

/* ---- the effects language ----------------------------------------- */
DIAG(FX_TARGET, E, "unknown target '%s' (expected %s)")	/* word, list */
DIAG(FX_TARGET_MEAN, E, "unknown target '%s': did you mean '%s'? "
     "(expected %s)")				/* word, nearest, list */
DIAG(FX_NEEDS_WHO, E, "'%s' needs %s")			/* word, suffixes */
DIAG(FX_WHO, E, "'%s' not allowed in %s (use %s)")	/* target, ctx, use */
DIAG(FX_MODIFIER, E, "modifier '%s' allowed only in a proposal")
DIAG(FX_OP_MISSING, E, "expected '+', '-' or '=' after '%s'")
DIAG(FX_OP, E, "unknown operator '%s' (expected '+', '-' or '=')")
DIAG(FX_NUMBER, E, "expected a number after '%s'")	/* operator */
DIAG(FX_END, E, "expected ';' or the end, found '%s'")	/* token */
DIAG(FX_EMPTY, E, "expected an effect before ';'")
DIAG(FX_MANY, E, "too many effects (at most 8)")

/* ---- proposals and the article ------------------------------------- */
DIAG(QUOTE_NOT_FOUND, E, "quote not found in '%s'; nearest passage: '%s'")
							/* file, passage */

/* ---- payoff table ------------------------------------------------- */
DIAG(PAYOFF_KIND, E, "action '%s' is %s, but the table is over %s actions")
DIAG(PAYOFF_SIDE, E, "action '%s' is not open to side '%s'")
DIAG(PAYOFF_DUP, E, "duplicate pair '%s', '%s' (first on line %d)")
DIAG(PAYOFF_MISSING, E, "missing pair '%s', '%s'")	/* a id, b id */
DIAG(PAYOFF_EMPTY, E, "empty payoff table")
