#!/bin/sh
# Nothing that carries meaning is cut at 80x24: every screen of every
# shipped scenario, in English and Bulgarian, against the computer and
# hotseat, walked by keys in tmux. The game writes what did not fit to
# DETENTE_CUT_LOG (game/ui/draw.c, ui_cut); a test fails on any text cut
# short, paragraph or box that ran out of lines without scrolling, or
# name abbreviated ("…") at the cost of a number. Prints "ok - NAME" or
# "not ok - NAME" with the offending texts.
cd "$(dirname "$0")/../.." || exit 2

. tests/e2e/lib.sh

BASE=$(mktemp -d "${TMPDIR:-/tmp}/detente-fit-XXXXXX")
trap 'T kill-server 2>/dev/null; rm -rf "$BASE"' EXIT INT TERM

# k KEY...: press keys one at a time, letting the screen settle after
# each, so that every screen on the way is drawn.
k() {
	for key in "$@"; do
		keys "$key"
		settle
	done
}

# cuts LOG: the meaningful cuts in a log, one a line; none prints nothing.
cuts() {
	[ -f "$1" ] || return 0
	awk -F '\t' '$1 != "abbrev" || $4 ~ /[0-9]/' "$1" | sort -u
}

# The screens of one game: briefing, turn, both pick lists with every
# item highlighted, help, a turn played, the resolution's summary and
# full account, the next turn's news, history, timeline, save-as, the
# leave box; then the title screen, Load, New game, How to play.
walk_game() {
	k PgDn PgDn PgDn o End Home Enter
	k Down Up 1
	for i in 1 2 3 4 5 6 7 8 9 10 11; do k Down; done
	k Escape 2
	for i in 1 2 3 4 5 6 7 8 9 10 11; do k Down; done
	k Escape '?' Escape
	# Choose something in a game without neutral moves, then confirm.
	k 1 Enter c c Enter f Escape
	k f f Enter
	k t Escape T Escape S Escape Escape Enter Escape y
	k 3 Down Escape 1 Down Down Down Right Down Down Escape 4 Escape q
}

# A finished game: its debrief and, from it, the history of it all.
walk_debrief() {
	k End Home t Escape Enter
}

# A hotseat turn: the hand-overs and the shared screens.
walk_hotseat() {
	k Enter Enter Enter c Enter Enter c Enter f Enter Escape y q
}

fit() {
	sc=$1 lang=$2 log=$BASE/cut-$(basename "$sc")-$lang.log
	saves=$BASE/saves-$(basename "$sc")-$lang
	mkdir -p "$saves"
	rm -f "$log"
	env="-e DETENTE_CUT_LOG=$log"
	start "./detente play --scenario $sc --vs expert --seed 5 --lang $lang --saves $saves" $env &&
		settle && walk_game
	start "./detente play --scenario $sc --vs human --seed 5 --lang $lang --saves $saves" $env &&
		settle && walk_hotseat
	./detente sim --scenario "$sc" --a tft --b hawk --games 1 --turns 3 \
		--seed 5 --save "$saves/done.sav" >/dev/null 2>&1 &&
	start "./detente load $saves/done.sav --lang $lang --saves $saves" $env &&
		settle && walk_debrief
	bad=$(cuts "$log")
	[ -z "$bad" ] || { printf '%s\n' "$bad" | sed 's/^/# /'; return 1; }
	# The walk itself: it must have drawn something, or it proved nothing.
	[ -s "$log" ] || [ -n "$(T capture-pane -p -t main 2>/dev/null)" ]
}

for sc in scenarios/*/; do
	sc=${sc%/}
	for lang in en bg; do
		run "nothing cut at 80x24: $(basename "$sc") ($lang)" fit "$sc" "$lang"
	done
done

# A package on trial (tests/e2e/trial, agreement_hold 3): dove signs in
# turn 1, so the resolution, the next turn's news and the history tell
# the trial; a finished game whose trial a detected breach broke gives
# the debrief's turning points. The trial's lines must fit too.
fit_trial() {
	lang=$1 log=$BASE/cut-trial-$lang.log saves=$BASE/saves-trial-$lang
	mkdir -p "$saves"
	rm -f "$log"
	env="-e DETENTE_CUT_LOG=$log"
	start "./detente play --scenario tests/e2e/trial --vs dove --side a --seed 7 --lang $lang --saves $saves" $env &&
		settle && walk_game
	./detente sim --scenario tests/e2e/trial --a random --b dove \
		--games 1 --seed 8 --save "$saves/done.sav" >/dev/null 2>&1 &&
	start "./detente load $saves/done.sav --lang $lang --saves $saves" $env &&
		settle && k 4 && walk_debrief
	bad=$(cuts "$log")
	[ -z "$bad" ] || { printf '%s\n' "$bad" | sed 's/^/# /'; return 1; }
	[ -s "$log" ] || [ -n "$(T capture-pane -p -t main 2>/dev/null)" ]
}
for lang in en bg; do
	run "nothing cut at 80x24: a package on trial ($lang)" fit_trial "$lang"
done

# The log itself works: a screen narrower than its text records a cut.
t_log_works() {
	log=$BASE/cut-narrow.log
	start "./detente --lang bg --saves $BASE/saves-narrow" -e DETENTE_CUT_LOG=$log &&
		settle && T resize-window -t main -x 77 >/dev/null 2>&1; settle
	k 1
	[ -s "$log" ] && grep -q . "$log"
}
run "a cut is recorded" t_log_works
