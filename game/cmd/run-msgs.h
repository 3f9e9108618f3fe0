/* run-msgs.h — the commands' own messages about files and their output,
 * once: what `sim`, `report` and the others say before (or instead of)
 * a screen, after "detente: " or "detente COMMAND: ".
 *
 * RUN_MSG(NAME, SEVERITY, FORMAT): SEVERITY is E (the command fails) or
 * W (it goes on; the format says "warning: " itself). FORMAT is a printf
 * format; the comment after an entry names its arguments. They are said
 * in the message language (cmd/opt.h) under the keys diag.run.NAME.
 *
 * Include this file with RUN_MSG defined; it undefines nothing. */

RUN_MSG(WRITE, E, "cannot write '%s': %s")		/* file, strerror */
RUN_MSG(DIR_READ, E, "cannot read '%s': %s")		/* folder, strerror */
RUN_MSG(NO_SAVES, W, "warning: no saves in '%s'")	/* folder */
RUN_MSG(NO_GAMES, E, "no games to report")
RUN_MSG(STDOUT, E, "write error: %s")			/* strerror */
