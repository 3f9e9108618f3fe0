#!/bin/sh
# Golden screens: 80x24 captures of every screen of the terminal game for
# a fixed seed (tests/e2e/mini, seed 7, against tit for tat), compared
# with tests/golden/NAME.txt. Prints "ok - NAME" or "not ok - NAME".
#
# After an intended change to a screen, look at the new captures and
# accept them with:
#     UPDATE_GOLDEN=1 sh tests/suites/golden.sh
cd "$(dirname "$0")/../.." || exit 2

. tests/e2e/lib.sh

GOLD=tests/golden
TOP=$PWD

# A data folder of our own: the shipped assets, and only the test
# scenario, so that adding a scenario to scenarios/ changes no capture.
# The games run there, with their saves in its saves/ (paths on the
# screen are then always "saves/..."), at a fixed time in UTC (dates on
# the screen and in file names).
DATA=$(mktemp -d)
trap 'T kill-server 2>/dev/null; rm -rf "$DATA"' EXIT INT TERM
ln -s "$PWD/assets" "$DATA/assets"
mkdir "$DATA/scenarios"
cp -R "$MINI" "$DATA/scenarios/mini"
EPOCH=1601035200
ENV="-e DETENTE_DATA=$DATA -e SOURCE_DATE_EPOCH=$EPOCH -e TZ=UTC -c $DATA"
BIN="$TOP/detente"
PLAY="$BIN play --scenario scenarios/mini --seed 7 --saves saves"

# fresh: an empty saves folder for the next game.
fresh() {
	rm -rf "$DATA/saves"
	mkdir "$DATA/saves"
}

# golden NAME: the screen must come to be tests/golden/NAME.txt; it is
# polled until it is (a screen still being drawn is not yet a failure),
# and at the deadline the difference is shown.
golden() {
	if [ -n "$UPDATE_GOLDEN" ]; then
		settle
		printf '%s\n' "$(T capture-pane -p -t main)" >"$GOLD/$1.txt"
		echo "ok - golden $1 (updated)"
		return
	fi
	if [ ! -f "$GOLD/$1.txt" ]; then
		echo "not ok - golden $1"
		echo "# no $GOLD/$1.txt; run with UPDATE_GOLDEN=1"
		return
	fi
	if wait_screen "$GOLD/$1.txt"; then
		echo "ok - golden $1"
	else
		echo "not ok - golden $1"
		printf '%s\n' "$GOT" | diff -u "$GOLD/$1.txt" - | sed 's/^/# /'
	fi
}

# shot NAME TEXT: wait for TEXT, then compare; a missing TEXT fails.
shot() {
	if wait_for "$2" >/dev/null; then
		golden "$1"
	else
		echo "not ok - golden $1"
		echo "# never showed: $2"
		screen | sed 's/^/# | /'
	fi
}

mkdir -p "$GOLD"

fresh
start "$BIN --saves saves" $ENV
shot title "How to play"
keys 4
shot help "What the game is"

fresh
start "$PLAY" $ENV
wait_for "You play North" >/dev/null
keys Enter
wait_for "Turn 1 of 4" >/dev/null
keys Escape
wait_for "Leave this game" >/dev/null
keys y
wait_for "How to play" >/dev/null
keys 1
shot newgame "Start the game"

fresh
start "$PLAY --vs tft --side a" $ENV
shot briefing "You play North"
keys Enter
shot turn "Turn 1 of 4"
keys 2
shot pick "Choose your cyber action"
keys 3
shot turn-chosen "Quiet probe (covert)"
keys 3
shot resolution "Turn 1: what happened"
keys f
shot resolution-full "The moves"
keys Enter
shot turn-2 "What happened in turn 1"
keys t
shot history "Past turns"
keys Escape 3
wait_for "Turn 2: what happened" >/dev/null
keys Enter 3
wait_for "Turn 3: what happened" >/dev/null
keys Enter 3
wait_for "Turn 4: what happened" >/dev/null
keys Enter
shot debrief "Trust and tension, turn by turn"
keys 3
shot debrief-hidden "Every hidden act, revealed"
keys 5
shot debrief-ideas "The ideas at work"
keys t
wait_for "Past turns" >/dev/null
keys r
shot rewind "Rewind or take over"
keys Enter y
wait_for "Turn 4 of 4" >/dev/null
keys S
wait_for "A name for this game" >/dev/null
keys "Class 1"
shot saveas "Class 1"
keys Enter Enter T
shot timeline "Branch 2, from branch 1"
keys Escape Escape y
SOURCE_DATE_EPOCH=$((EPOCH - 3600)) "$BIN" sim --scenario "$DATA/scenarios/mini" \
	--a tft --b hawk --games 1 --seed 3 --save "$DATA/saves/sim.sav" >/dev/null
echo "not a save" >"$DATA/saves/notes.sav"
shot title-continue "Test valley, turn"
keys 3
shot load "Load a saved game"
keys Down
shot load-sim "── sim ──"
keys Enter t r a y
shot takeover "You play North"
keys Enter
shot takeover-turn "Turn 3 of 4"

fresh
start "$PLAY --vs human --side a" $ENV
shot handover "Pass the keyboard to the player for North"

fresh
start "$PLAY --vs tft --side a" $ENV
wait_for "You play North" >/dev/null
T resize-window -t main -x 40 -y 12
shot too-small "too small"

fresh
start "$PLAY --vs tft --side a --lang bg" $ENV
wait_for "Вие играете за Север" >/dev/null
keys Enter
shot turn-bg "Ход 1 от 4"
keys 2
wait_for "Изберете кибер действие" >/dev/null
keys 3 3
shot resolution-bg "Ход 1: какво стана"

# A package on trial (tests/e2e/trial, agreement_hold 3), against dove,
# which signs the hotline in turn 1: the summary and the next turn say
# how many turns it must still hold; in turn 2 North opens the sluices,
# which is seen and breaches the hotline, and the summary says what
# broke the trial and whose act it was. In English and Bulgarian.
# (Added last, so that the New game list above shows one scenario.)
cp -R tests/e2e/trial "$DATA/scenarios/trial"
TRIAL="$BIN play --scenario scenarios/trial --seed 7 --saves saves --vs dove --side a"
fresh
start "$TRIAL" $ENV
wait_for "You play North" >/dev/null
keys Enter
wait_for "Turn 1 of 6" >/dev/null
keys 3
shot trial-resolution "on trial"
keys Enter
shot trial-turn "Turn 2 of 6"
keys 2
wait_for "Choose your cyber action" >/dev/null
keys 4 3
shot trial-broke "trial broke"

fresh
start "$TRIAL --lang bg" $ENV
wait_for "Вие играете за Север" >/dev/null
keys Enter
wait_for "Ход 1 от 6" >/dev/null
keys 3
wait_for "Ход 1: какво стана" >/dev/null
keys Enter
shot trial-turn-bg "Ход 2 от 6"
keys 2
wait_for "Изберете кибер действие" >/dev/null
keys 4 3
shot trial-broke-bg "срок на пакета се прекъсна"
