/* load.h — loading a scenario folder (see scenarios/README.md).
 *
 *	struct scenario sc = { 0 };
 *	struct diag d;
 *	diag_init(&d, &load_msgs);
 *	if (scenario_load(&sc, "scenarios/pd", &d) < 0) ...
 *	diag_print(&d, stderr);	(warnings may come with success too)
 *	scenario_release(&sc);
 *	diag_release(&d);
 *
 * The loader reads scenario.ini and the files it names, checks every
 * value, reference and rule the authors' guide states, and reports each
 * problem to d as "file:line:col: message", where file is the folder as
 * given joined with the file's name. It keeps going after a problem, so
 * that an author sees them all at once.
 *
 * Problems with opening a file are reported where scenario.ini names
 * it; problems with opening scenario.ini itself at scenario.ini:1:1.
 *
 * Besides the fields the guide lists, the loader fills:
 *	sc->dir		a copy of dir, as given
 *	sc->article	the article without a leading byte-order mark
 *	p->quote_at, p->quote_len	the quote's bytes in sc->article
 *	p->quote_tr	translations of the quote; the entry for the
 *			article's language is the quote itself
 *	sc->digest	FNV-1a 64 over the files read, in the order
 *			scenario.ini, article, proposals, actions, events,
 *			payoff: each file's bytes, then its length as 8
 *			bytes, least significant first */
#ifndef LOAD_LOAD_H
#define LOAD_LOAD_H

#include "engine/scenario.h"
#include "load/load-msgs.h"

/* Load the scenario in folder dir into *sc, which the caller has
 * zeroed. Returns 0, or -1 when d got at least one error; *sc may then
 * be partly filled, and scenario_release() is still the way to free
 * it. */
int scenario_load(struct scenario *sc, const char *dir, struct diag *d);

#endif
