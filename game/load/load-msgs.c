/* load-msgs.c — the scenario loader's catalogue, from diag-list.h. */
#include "load/load-msgs.h"

static const struct diag_def load_defs[DIAG_N] = {
#define DIAG(name, sev, text) [DIAG_##name] = { #name, #sev[0], text },
#include "load/diag-list.h"
#undef DIAG
};

const struct diag_cat load_msgs = { load_defs, DIAG_N, "load" };
