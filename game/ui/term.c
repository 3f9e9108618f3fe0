/* term.c — the terminal: curses on and off, colours, signals, keys, and
 * the "terminal too small" pause. */
#include "ui/tui.h"
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text/wrap.h"
#include "ui/ui_int.h"

static volatile sig_atomic_t term_sig;
static SCREEN *term_screen;

static void term_on_signal(int sig)
{
	term_sig = sig;
}

void term_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = term_on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a key wait returns at once, and the game unwinds
	 * through its normal path, which restores the terminal. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

int term_signalled(void)
{
	return term_sig;
}

/* Has the terminal gone? When its other end closes without a SIGHUP
 * reaching us (a wrapper that ignores it, a terminal that is not our
 * controlling one), reads give EOF or EIO, which curses reports as a
 * key wait that timed out, at once, for ever. poll says POLLHUP (or
 * POLLERR) then; the game takes it for the hang-up it is. */
static int term_gone(void)
{
	struct pollfd p;

	p.fd = STDIN_FILENO;
	p.events = POLLIN;
	p.revents = 0;
	if (poll(&p, 1, 0) <= 0)
		return 0;
	if (!(p.revents & (POLLHUP | POLLERR | POLLNVAL)))
		return 0;
	/* When it was our controlling terminal, the kernel's SIGHUP and
	 * SIGCONT come right after: wait for them a moment (the signal
	 * ends the wait), so that the game ends after them, not beside
	 * them. (A leak checker at exit stops the process with SIGSTOP,
	 * which a late SIGCONT would cancel, leaving it waiting for ever.) */
	if (!term_sig)
		(void)poll(NULL, 0, 100);
	if (!term_sig)
		term_sig = SIGHUP;
	return 1;
}

int term_start(struct ui *u, struct strbuf *err)
{
	const char *term = getenv("TERM");
	const char *cup;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		strbuf_adds(err, ui_tr(u, "err.no_tty"));
		return -1;
	}
	rescue_modes_save();
	term_screen = newterm(NULL, stdout, stdin);
	if (!term_screen) {
		lang_fmt(err, ui_tr(u, "err.term_type"), "term",
			 term && *term ? term : "(unset)", LANG_END);
		return -1;
	}
	set_term(term_screen);
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		term_stop();
		lang_fmt(err, ui_tr(u, "err.term_cup"), "term",
			 term && *term ? term : "(unset)", LANG_END);
		return -1;
	}
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	timeout(200);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED,
		  NULL);
	mouseinterval(0);
	draw_colors(u);
	getmaxyx(stdscr, u->rows, u->cols);
	rescue_arm();
	return 0;
}

void term_stop(void)
{
	if (!term_screen)
		return;
	curs_set(1);
	endwin();
	delscreen(term_screen);
	term_screen = NULL;
	rescue_disarm();
}

/* ---- the too-small pause ------------------------------------------------ */

static int term_too_small(const struct ui *u)
{
	return u->rows < UI_MIN_ROWS || u->cols < UI_MIN_COLS;
}

static void term_small_draw(struct ui *u)
{
	struct strbuf sb = STRBUF_INIT, n1 = STRBUF_INIT, n2 = STRBUF_INIT;
	int lines;

	strbuf_addf(&n1, "%d×%d", u->cols, u->rows);
	strbuf_addf(&n2, "%d×%d", UI_MIN_COLS, UI_MIN_ROWS);
	lang_fmt(&sb, ui_tr(u, "small.text"), "size", n1.buf,
		 "need", n2.buf, LANG_END);
	erase();
	lines = (int)wrap_count(sb.buf, (size_t)(u->cols > 2 ? u->cols - 2 :
						  1));
	ui_para(u, (u->rows - lines) / 2 > 0 ? (u->rows - lines) / 2 : 0,
		1, u->cols - 2, u->rows, UA_BAD, sb.buf);
	refresh();
	strbuf_release(&sb);
	strbuf_release(&n1);
	strbuf_release(&n2);
}

/* Wait, showing the notice, until the terminal is big enough again. */
static int term_wait_size(struct ui *u)
{
	wint_t ch;
	int r;

	while (term_too_small(u)) {
		term_small_draw(u);
		if (term_sig) {
			u->quit = 1;
			return K_QUIT;
		}
		r = get_wch(&ch);
		if (r == ERR && term_gone()) {
			u->quit = 1;
			return K_QUIT;
		}
		if (r == KEY_CODE_YES && ch == KEY_RESIZE)
			getmaxyx(stdscr, u->rows, u->cols);
	}
	return K_REDRAW;
}

/* ---- keys ------------------------------------------------------------------ */

static int term_click(struct ui *u)
{
	MEVENT me;
	int i;

	if (getmouse(&me) != OK)
		return K_NONE;
	if (!(me.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)))
		return K_NONE;
	u->my = me.y;
	u->mx = me.x;
	for (i = 0; i < u->nhit; i++)
		if (u->hit[i].y == me.y && me.x >= u->hit[i].x0 &&
		    me.x < u->hit[i].x1)
			return u->hit[i].key;
	return K_NONE;
}

static int term_fkey(struct ui *u, wint_t ch)
{
	switch (ch) {
	case KEY_UP: return K_UP;
	case KEY_DOWN: return K_DOWN;
	case KEY_LEFT: return K_LEFT;
	case KEY_RIGHT: return K_RIGHT;
	case KEY_PPAGE: return K_PGUP;
	case KEY_NPAGE: return K_PGDN;
	case KEY_HOME: return K_HOME;
	case KEY_END: return K_END;
	case KEY_ENTER: return K_ENTER;
	case KEY_BTAB: return K_BTAB;
	case KEY_BACKSPACE: case KEY_DC: return K_DEL;
	case KEY_F(1): return u->raw ? K_NONE : K_HELP;
	case KEY_MOUSE: return term_click(u);
	case KEY_RESIZE:
		getmaxyx(stdscr, u->rows, u->cols);
		return K_REDRAW;
	}
	return K_NONE;
}

static int term_char(const struct ui *u, wint_t ch)
{
	/* Typing a name: letters are letters. */
	if (u->raw && ch >= ' ' && ch != 127)
		return (int)ch;
	switch (ch) {
	case '\r': case '\n': return K_ENTER;
	case 27: return K_BACK;
	case '\t': return K_TAB;
	case 8: case 127: return K_DEL;
	case 'k': return K_UP;
	case 'j': return K_DOWN;
	case 'h': return K_LEFT;
	case 'l': return K_RIGHT;
	case 2: return K_PGUP;		/* Ctrl-B */
	case 6: return K_PGDN;		/* Ctrl-F */
	case 12: return K_REDRAW;	/* Ctrl-L */
	}
	return (int)ch;
}

int ui_key(struct ui *u)
{
	wint_t ch;
	int r, k;

	for (;;) {
		if (term_sig || term_gone()) {
			u->quit = 1;
			return K_QUIT;
		}
		if (term_too_small(u))
			return term_wait_size(u);
		r = get_wch(&ch);
		if (r == ERR)
			continue;	/* the timeout, a signal, or the
					   terminal gone (term_gone) */
		k = r == KEY_CODE_YES ? term_fkey(u, ch) : term_char(u, ch);
		if (k == K_NONE)
			continue;
		if (k == K_REDRAW && r == KEY_CODE_YES)
			clearok(curscr, TRUE);
		if (k == '?' && !u->raw)
			k = K_HELP;	/* the screen opens its help */
		return k;
	}
}
