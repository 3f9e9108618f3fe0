/* effects.h — the effects language: "tension +5; trust.other -10".
 *
 * A field is a list of effects separated by ';' (a final ';' is allowed;
 * an empty field is an empty list). An effect is a target, an operator
 * ('+' or '-' add, '=' sets) and a plain decimal number. Which targets
 * are allowed depends on where the field is (enum effects_ctx); see
 * scenarios/README.md. Parsing works on memory only, so that a fuzz
 * target can call it directly. */
#ifndef LOAD_EFFECTS_H
#define LOAD_EFFECTS_H

#include <stddef.h>

#include "engine/scenario.h"

enum effects_ctx {
	EFX_ACTION,		/* self, other, both */
	EFX_EVENT,		/* self (the victim), other, both */
	EFX_EVENT_NOVICTIM,	/* an event with victim none: a, b, both */
	EFX_PROPOSAL		/* a, b, both, and the modifiers */
};

/* The first problem found: its byte offset in the text and its message
 * (from diag-list.h). */
struct effects_error {
	size_t at;
	int code;		/* enum diag_code */
	char msg[320];
};

/* Parse s[0..len) into *out. Returns 0, or -1 with *err filled (and *out
 * holding the effects before the problem). */
int effects_parse(struct effects *out, const char *s, size_t len,
		  enum effects_ctx ctx, struct effects_error *err);

/* The largest magnitude a number may have for a stat: 1000 for the
 * score, 100 for everything else. */
double effects_limit(int stat);

#endif
