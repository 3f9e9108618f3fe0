/* ui.c — placeholder until the terminal game lands: says so and exits 2
 * (never a silent failure). */
#include <stdio.h>

#include "ui/ui.h"

int ui_main(const struct ui_opts *o)
{
	(void)o;
	fputs("detente: the terminal game is not built yet; try "
	      "'detente sim' or 'detente check'\n", stderr);
	return 2;
}
