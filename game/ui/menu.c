/* menu.c — a vertical list of choices, numbered, with disabled items
 * that say why. */
#include "ui/tui.h"
#include <stdio.h>

#include "ui/ui_int.h"

void menu_draw(struct ui *u, const struct menu_item *it, int n, int sel,
	       int y, int x, int w, int top)
{
	int i, cx, row, nw;
	char num[16];

	for (i = top; i < n; i++) {
		int attr = !it[i].enabled ? UA_DIM : i == sel ? UA_SEL : UA_NORM;

		row = y + i - top;
		if (row >= u->rows - 1)
			break;
		if (i == sel)
			for (cx = x; cx < x + w; cx++)
				ui_put(u, row, cx, 1, attr, " ");
		if (i < 9)
			snprintf(num, sizeof num, "%d", i + 1);
		else
			num[0] = '\0';
		ui_put(u, row, x, 2, i == sel ? UA_SEL : UA_KEY,
		       i == sel ? ui_sym(u, "\u25b6", ">") : "");
		ui_put(u, row, x + 2, 3, i == sel ? UA_SEL : UA_KEY, num);
		/* The note keeps its words; a long label gives way. */
		nw = it[i].note && *it[i].note ? ui_width(it[i].note) + 2 : 0;
		if (nw > w / 2)
			nw = w / 2;
		cx = x + 5 + ui_put_clip(u, row, x + 5, w - 5 - nw, attr,
					 it[i].label);
		if (nw)
			ui_put(u, row, cx + 2, x + w - cx - 2,
			       i == sel ? UA_SEL : UA_DIM, it[i].note);
		ui_hit(u, row, x, x + w, K_HIT_MENU + i);
	}
}

/* The next enabled item from sel in direction dir, or sel. */
static int menu_step(const struct menu_item *it, int n, int sel, int dir)
{
	int i = sel;

	for (;;) {
		i += dir;
		if (i < 0 || i >= n)
			return sel;
		if (it[i].enabled)
			return i;
	}
}

int menu_key(struct ui *u, const struct menu_item *it, int n, int *sel,
	     int key)
{
	int i;

	(void)u;
	switch (key) {
	case K_UP: *sel = menu_step(it, n, *sel, -1); return 0;
	case K_DOWN: case K_TAB: *sel = menu_step(it, n, *sel, 1); return 0;
	case K_HOME: *sel = menu_step(it, n, -1, 1); return 0;
	case K_END: *sel = menu_step(it, n, n, -1); return 0;
	case K_ENTER: return *sel >= 0 && *sel < n && it[*sel].enabled;
	}
	if (key >= K_HIT_MENU && key < K_HIT_MENU + n) {
		i = key - K_HIT_MENU;
		if (!it[i].enabled)
			return 0;
		*sel = i;
		return 1;
	}
	if (key >= '1' && key <= '9' && key - '1' < n) {
		i = key - '1';
		if (!it[i].enabled)
			return 0;
		*sel = i;
		return 1;
	}
	return 0;
}
