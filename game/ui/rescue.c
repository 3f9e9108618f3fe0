/* rescue.c — the terminal put back when the game dies of a fault.
 *
 * SIGINT, SIGTERM and SIGHUP end the game through its normal path
 * (term.c). A fault cannot: after SIGSEGV, SIGBUS, SIGFPE, SIGILL,
 * SIGABRT or SIGQUIT nothing in the process can be trusted, curses
 * least of all. So everything the handler needs is prepared while the
 * terminal is set up: the bytes that undo curses' drawing modes, and the
 * terminal's modes from before curses. The handler then only writes
 * those bytes, sets those modes (write and tcsetattr are
 * async-signal-safe), and raises the signal again with its default
 * action, so that the process still dies of it (and dumps core where
 * that is allowed). It runs on a stack of its own, so that a stack
 * overflow (a SIGSEGV with no stack left) is put right too. */
#include "ui/tui.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "ui/ui_int.h"

static const int rescue_sigs[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT
};
#define RESCUE_NSIGS (sizeof rescue_sigs / sizeof rescue_sigs[0])

static struct sigaction rescue_old[RESCUE_NSIGS];
static int rescue_armed;
static struct termios rescue_modes;
static int rescue_have_modes;
static char rescue_seq[512];
static size_t rescue_len;
static char rescue_stack[65536];
static stack_t rescue_old_stack;
static int rescue_have_stack;

/* Append a terminfo string, when the terminal has it and it fits. */
static void rescue_add(const char *s)
{
	size_t n;

	if (s == NULL || s == (const char *)-1)
		return;
	n = strlen(s);
	if (rescue_len + n <= sizeof rescue_seq) {
		memcpy(rescue_seq + rescue_len, s, n);
		rescue_len += n;
	}
}

/* Mouse reports off, the way curses turned them on: the terminal's XM
 * string with 0, else xterm's own when the terminal reports a mouse. */
static void rescue_add_mouse(void)
{
	char *xm = tigetstr("XM");
	char *km = tigetstr("kmous");

	if (xm != NULL && xm != (char *)-1)
		rescue_add(tiparm(xm, 0));
	else if (km != NULL && km != (char *)-1)
		rescue_add("\033[?1000l");
}

static void rescue_on_fault(int sig)
{
	ssize_t w;

	if (rescue_len) {
		w = write(STDOUT_FILENO, rescue_seq, rescue_len);
		(void)w;
	}
	if (rescue_have_modes)
		(void)tcsetattr(STDIN_FILENO, TCSADRAIN, &rescue_modes);
	/* SA_RESETHAND has made the action the default one again; the
	 * signal is blocked until the handler returns, and then ends the
	 * process. A fault that returns here happens again, likewise. */
	(void)raise(sig);
}

void rescue_modes_save(void)
{
	rescue_have_modes = tcgetattr(STDIN_FILENO, &rescue_modes) == 0;
}

void rescue_arm(void)
{
	struct sigaction sa;
	stack_t ss;
	size_t i;

	rescue_len = 0;
	rescue_add(tigetstr("sgr0"));
	rescue_add(tigetstr("cnorm"));
	rescue_add(tigetstr("rmkx"));
	rescue_add_mouse();
	rescue_add(tigetstr("rmcup"));
	memset(&ss, 0, sizeof ss);
	ss.ss_sp = rescue_stack;
	ss.ss_size = sizeof rescue_stack;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = rescue_on_fault;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND;
	rescue_have_stack = sigaltstack(&ss, &rescue_old_stack) == 0;
	if (rescue_have_stack)
		sa.sa_flags |= SA_ONSTACK;
	for (i = 0; i < RESCUE_NSIGS; i++)
		sigaction(rescue_sigs[i], &sa, &rescue_old[i]);
	rescue_armed = 1;
}

void rescue_disarm(void)
{
	size_t i;

	if (!rescue_armed)
		return;
	for (i = 0; i < RESCUE_NSIGS; i++)
		sigaction(rescue_sigs[i], &rescue_old[i], NULL);
	if (rescue_have_stack)
		(void)sigaltstack(&rescue_old_stack, NULL);
	rescue_armed = rescue_have_stack = 0;
}
