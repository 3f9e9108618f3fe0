/* fuzz_csv.c — the CSV reader with positions (libcsv underneath). */
#include <stddef.h>
#include <stdint.h>

#include "load/csvt.h"
#include "load/load-msgs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvt t;
	struct diag d;
	size_t r;
	int i, line, col;

	diag_init(&d, &load_msgs);
	csvt_init(&t);
	csvt_parse(&t, "fuzz.csv", (const char *)data, size, &d);
	/* Every recorded place must map back inside the buffer. */
	for (r = 0; r < t.nrows; r++)
		for (i = 0; i < t.rows[r].n; i++)
			csvt_pos(&t, &t.rows[r].f[i], t.rows[r].f[i].len,
				 &line, &col);
	csvt_release(&t);
	diag_release(&d);
	return 0;
}
