/* ui_int.h — what the terminal game's files share: the context, keys,
 * drawing helpers, the scrollable document, and the screens.
 *
 * Every screen draws the whole of stdscr from its own state, then waits
 * for a key: a resize, a help overlay or a "too small" pause only needs
 * the screen to draw itself again. */
#ifndef UI_UI_INT_H
#define UI_UI_INT_H

#include <stddef.h>
#include <stdint.h>

#include "engine/rng.h"
#include "text/lang.h"
#include "text/render.h"
#include "ui/session.h"
#include "ui/ui.h"

/* Smallest terminal the screens are laid out for. 22 rows leave room
 * for a tmux status line in an 80x24 terminal. */
#define UI_MIN_COLS 76
#define UI_MIN_ROWS 22

/* Keys after translation: arrows and vi keys become K_UP..., Enter
 * K_ENTER, Esc K_BACK; printable keys stay themselves. */
enum {
	K_NONE = 0,
	K_ENTER = 0x110000, K_BACK, K_UP, K_DOWN, K_LEFT, K_RIGHT,
	K_PGUP, K_PGDN, K_HOME, K_END, K_TAB, K_BTAB, K_DEL,
	K_REDRAW,	/* the screen must be drawn again (resize, help) */
	K_HELP,		/* '?' or F1: the screen opens its help (help_key) */
	K_QUIT		/* a signal asked us to stop */
};
/* Clicks come back as these plus the index of what was clicked. */
#define K_HIT_MENU 0x200000
#define K_HIT_FIELD 0x300000
#define K_HIT_CHOICE 0x400000

/* Attributes by meaning; each maps to colour and/or a video attribute
 * so that nothing depends on colour alone. */
enum ui_attr {
	UA_NORM, UA_HEAD, UA_TITLE, UA_GOOD, UA_BAD, UA_HIDDEN, UA_DIM, UA_SEL,
	UA_KEY, UA_QUOTE, UA_N
};

/* A clickable place on the screen, registered while drawing. */
struct ui_hit {
	int y, x0, x1;
	int key;	/* what a click there means */
};

struct ui {
	const struct ui_opts *o;
	struct lang L, en;
	char lang[8];
	int ascii;		/* no UTF-8: draw ASCII only */
	int color;		/* colours in use */
	int rows, cols;
	int my, mx;		/* the last click */
	struct ui_hit hit[64];
	int nhit;
	const char *topic;	/* the help section for the current screen */
	struct rng cosmetic;	/* never the game's stream */
	int quit;		/* leave everything (signal or Quit) */
	int raw;		/* typing text: no vi keys, no '?' help */
	char *saves;		/* the saves folder; owned */
	int status;		/* exit status for ui_main */
	struct scenario *scs;	/* the scenarios found, owned */
	char **sc_dirs;
	int nsc;
};

/* ---- term.c: the terminal ------------------------------------------------ */
int term_start(struct ui *u, struct strbuf *err);
void term_stop(void);
/* Install the signal handlers (before term_start). */
void term_signals(void);
int term_signalled(void);
/* The next key, translated. Handles resizes and the "terminal too
 * small" pause itself, returning K_REDRAW after them; '?' and F1 come
 * back as K_HELP for the screen to handle (help_key). */
int ui_key(struct ui *u);

/* ---- rescue.c: the terminal back after a fault (SIGSEGV, abort...) ------ */
/* Keep the terminal's modes (before curses changes them). */
void rescue_modes_save(void);
/* Once curses is on: the handlers that put the terminal back. */
void rescue_arm(void);
/* Once curses is off: the handlers from before rescue_arm. */
void rescue_disarm(void);

/* ---- draw.c: attributes, and text by display width ---------------------- */
/* Set up the colour pairs (after initscr). */
void draw_colors(struct ui *u);
/* The curses attributes for an enum ui_attr. */
int draw_attr(const struct ui *u, int a);
void ui_clear(struct ui *u);
/* Draw s at y, x in at most w columns; returns the columns used.
 * WRAP_HL_ON/OFF bytes in s switch the quote highlight. */
int ui_put(struct ui *u, int y, int x, int w, int attr, const char *s);
/* Text that did not fit, for the 80x24 test: written to the file
 * DETENTE_CUT_LOG names (when set) as "KIND TOPIC TEXT REST", tab
 * separated. KIND: "cut" (ui_put lost the end of its text), "abbrev"
 * (ui_put_clip shortened a name with "…"), "para" (a paragraph ran out
 * of lines), "doc" (a document ran out of its box with no scrolling). */
void ui_cut(const struct ui *u, const char *kind, const char *text,
	    const char *rest);
/* Like ui_put, with "…" at the end when s does not fit. */
int ui_put_clip(struct ui *u, int y, int x, int w, int attr, const char *s);
/* Like ui_put, right-aligned so that it ends at column x + w. */
void ui_put_right(struct ui *u, int y, int x, int w, int attr,
		  const char *s);
/* Wrap s into at most h lines at y, x, w; returns the lines used. */
int ui_para(struct ui *u, int y, int x, int w, int h, int attr,
	    const char *s);
/* A horizontal rule with an optional label: "── Proposals ───". */
void ui_rule(struct ui *u, int y, const char *label);
/* A message in the rows just above the key line (keyrows of them),
 * wrapped, over what was there: why a key did nothing. */
void ui_message_row(struct ui *u, int keyrows, const char *text);
/* The header bar (row 0): title left, right text right. */
void ui_header(struct ui *u, const char *left, const char *right);
/* The key line from a lang key listing "key:label" pairs: the last
 * row, or the last two when the pairs do not fit on one. */
void ui_keyline(struct ui *u, const char *keys);
/* The rows ui_keyline takes for keys (1 or 2). */
int ui_keyline_rows(struct ui *u, const char *keys);
/* A bar of width cells for v in 0..100. */
void ui_bar(struct ui *u, int y, int x, int width, double v, int attr);
/* Register a clickable area. */
void ui_hit(struct ui *u, int y, int x0, int x1, int key);
/* The lang value of key. */
const char *ui_tr(const struct ui *u, const char *key);
/* A symbol: the Unicode one, or its ASCII stand-in. */
const char *ui_sym(const struct ui *u, const char *utf8, const char *ascii);
int ui_tone_attr(int tone);
/* Display width of s (markers excluded). */
int ui_width(const char *s);

/* ---- doc.c: a scrollable document ------------------------------------------ */
struct doc {
	struct rlines l;	/* RL_HEAD lines are headings */
	int top;		/* first screen line shown */
	int sections[16];	/* line index of each numbered heading */
	int nsections;
	int scrolls;		/* the screen shows where the reader is and
				   lets them scroll: lines below are not lost */
};
void doc_init(struct doc *d);
void doc_release(struct doc *d);
void doc_head(struct doc *d, const char *text);	/* a numbered heading */
void doc_line(struct doc *d, int tone, const char *text);
void doc_lines(struct doc *d, const struct rlines *rl);
void doc_blank(struct doc *d);
/* Screen lines the document takes at width w. */
int doc_height(const struct doc *d, int w);
/* Draw the document in the box; returns the wrapped line count. */
int doc_draw(struct ui *u, struct doc *d, int y, int x, int h, int w);
/* Scroll so that paragraph line is at the top (w: the width). */
void doc_goto(struct doc *d, int line, int w);
/* Handle a scrolling key; 1 if it was one. */
int doc_scroll(struct ui *u, struct doc *d, int key, int h, int w);
/* A full-screen viewer: title, document, key line. Returns the first
 * key it does not handle itself (Enter, Esc, letters...). */
int doc_view(struct ui *u, const char *title, const char *right,
	     struct doc *d, const char *keys);

/* ---- menu.c: a vertical list ---------------------------------------------- */
struct menu_item {
	const char *label;
	const char *note;	/* shown dimmed after it, or NULL */
	int enabled;
};
/* Draw items at y, x, w; sel is the highlighted one. */
void menu_draw(struct ui *u, const struct menu_item *it, int n, int sel,
	       int y, int x, int w, int top);
/* Move sel for key (arrows, digits, clicks); returns 1 when key chose
 * the item (Enter, a digit, a click), 0 when it only moved or was not
 * a menu key. */
int menu_key(struct ui *u, const struct menu_item *it, int n, int *sel,
	     int key);

/* ---- screens --------------------------------------------------------------- */
/* What a screen reports when it returns. */
enum ui_rc {
	UI_DONE,	/* it did its job: a choice made, play goes on */
	UI_CHANGED,	/* the game changed there (a rewind, a branch
			   switched to): what the caller showed is stale */
	UI_BACK		/* the player went back, left, or a signal came */
};
/* What a dialog reports: OK (yes, for a question) or cancelled (no). */
enum box_rc { BOX_OK, BOX_CANCEL };
int title_run(struct ui *u);		/* returns a TITLE_* choice */
enum { TITLE_NEW, TITLE_CONTINUE, TITLE_LOAD, TITLE_HELP, TITLE_LANG,
       TITLE_QUIT };
/* The new-game form: UI_DONE with *s started, or UI_BACK. With preset
 * (`detente play`), the command line's choices start a game at once. */
enum ui_rc newgame_run(struct ui *u, struct session *s, int preset);
void briefing_run(struct ui *u, struct session *s, int side);
/* One side's choice for this turn: UI_DONE chosen; UI_CHANGED the game
 * changed under it: choose again; UI_BACK to leave. */
enum ui_rc turn_run(struct ui *u, struct session *s, int side, struct move *m);
/* The action picker: UI_DONE with the action (and proposal) chosen in
 * *m, or UI_BACK. */
enum ui_rc pick_action(struct ui *u, struct session *s, int side, int kind,
		struct move *m);
void handover_run(struct ui *u, struct session *s, int to_side, int done);
/* UI_DONE to play on; UI_CHANGED when the game changed there (rewound
 * from its history); UI_BACK to stop watching a game nobody here
 * plays. */
enum ui_rc resolution_run(struct ui *u, struct session *s);
/* UI_CHANGED when the game changed there and goes on: play on;
 * UI_BACK to leave. */
enum ui_rc debrief_run(struct ui *u, struct session *s);
/* Past turns as viewer saw them, with rewind, take-over and timeline:
 * UI_CHANGED when the game changed, else UI_DONE. */
enum ui_rc history_run(struct ui *u, struct session *s, int viewer);
/* Pick a turn of the current line to play on from, or to take a side
 * over from (rewind.c): UI_CHANGED when the game changed, else UI_DONE. */
enum ui_rc rewind_run(struct ui *u, struct session *s, int viewer);
/* The tree of branches: UI_CHANGED when another became current, else
 * UI_DONE. */
enum ui_rc timeline_run(struct ui *u, struct session *s);
void help_run(struct ui *u, const char *topic);
/* A screen's key, with K_HELP handled: the help of u->topic is shown,
 * then K_REDRAW (K_QUIT on a signal) comes back; other keys as they are. */
int help_key(struct ui *u, int key);
int lang_menu_run(struct ui *u);
/* Ask yes/no in a bordered box: BOX_OK only for y; Enter, n and Esc
 * answer no (BOX_CANCEL). */
enum box_rc ui_confirm(struct ui *u, const char *question);
/* A message box until a key. */
void ui_message(struct ui *u, const char *title, const char *text);
/* Ask for a line of text in a box, value holding the text to start
 * from (at most max columns): BOX_OK with the text in value, or
 * BOX_CANCEL. */
enum box_rc ui_prompt(struct ui *u, const char *title, const char *text,
	      struct strbuf *value, int max);
/* Play a session to its end (UI_DONE) or until the player leaves
 * (UI_BACK). */
enum ui_rc ui_play_session(struct ui *u, struct session *s);
/* Say once that the game could not be saved (s->why), if so. */
void ui_tell_unsaved(struct ui *u, struct session *s);

/* ---- saves.c: saved games ----------------------------------------------- */
/* The newest game that goes on, for "continue": 1 with *path (fresh)
 * and a line about it in desc, else 0. */
int saves_latest(struct ui *u, char **path, struct strbuf *desc);
/* Are there any files in the saves folder, readable or not? */
int saves_any(struct ui *u);
/* The save a command line names: path itself, else a name in the
 * saves folder (with or without ".sav"). Fresh. */
char *saves_find(struct ui *u, const char *name);
/* The Load screen: the path of the save chosen (fresh), or NULL. */
char *saves_load_menu(struct ui *u);
/* "Save as…": ask for a name and keep the game under it. */
void saves_save_as(struct ui *u, struct session *s);
/* "a person", "Tit for tat", "Planner, 4 turns ahead", appended. */
void ui_player_words(const struct ui *u, const struct save_player *p,
		     struct strbuf *sb);

/* Switch the UI language (reloads the files). 0 or -1. */
int ui_set_lang(struct ui *u, const char *code);
/* The viewer's render context. */
void ui_render(const struct ui *u, const struct session *s, int viewer,
	       struct render *r);
/* The viewer for screens about the whole game: the one side a person
 * plays, RV_PUBLIC in hotseat, RV_ALL when no person plays. */
int ui_viewer(const struct session *s);
/* Scenario text in the UI language. */
const char *ui_sctext(const struct ui *u, const struct scenario *sc,
		      const struct text *t);
const char *ui_doctrine_name(const struct ui *u, const char *name);
const char *ui_doctrine_desc(const struct ui *u, const char *name);

#endif
