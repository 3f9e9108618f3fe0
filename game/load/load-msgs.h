/* load-msgs.h — the scenario loader's message catalogue: codes and texts
 * from one list, diag-list.h, for the diagnostics module (util/diag.h),
 * which formats, collects and prints them.
 *
 *	struct diag d;
 *	diag_init(&d, &load_msgs);
 *	diag_add(&d, "scenario.ini", 3, 7, DIAG_UNKNOWN_KEY, key, sect);
 */
#ifndef LOAD_MSGS_H
#define LOAD_MSGS_H

#include "util/diag.h"

enum diag_code {
#define DIAG(name, sev, text) DIAG_##name,
#include "load/diag-list.h"
#undef DIAG
	DIAG_N
};

extern const struct diag_cat load_msgs;

#endif
