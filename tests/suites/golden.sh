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
PLAY="./detente play --scenario $MINI --seed 7"

# A data folder of our own: the shipped assets, and only the test
# scenario, so that adding a scenario to scenarios/ changes no capture.
DATA=$(mktemp -d)
trap 'T kill-server 2>/dev/null; rm -rf "$DATA"' EXIT INT TERM
ln -s "$PWD/assets" "$DATA/assets"
mkdir "$DATA/scenarios"
cp -R "$MINI" "$DATA/scenarios/mini"
ENV="-e DETENTE_DATA=$DATA"

# golden NAME: compare the settled screen with tests/golden/NAME.txt.
golden() {
	settle
	got=$(T capture-pane -p -t main)
	if [ -n "$UPDATE_GOLDEN" ]; then
		printf '%s\n' "$got" > "$GOLD/$1.txt"
		echo "ok - golden $1 (updated)"
		return
	fi
	if [ ! -f "$GOLD/$1.txt" ]; then
		echo "not ok - golden $1"
		echo "# no $GOLD/$1.txt; run with UPDATE_GOLDEN=1"
		return
	fi
	if printf '%s\n' "$got" | diff -u "$GOLD/$1.txt" - > /tmp/golden-$$.diff
	then
		echo "ok - golden $1"
	else
		echo "not ok - golden $1"
		sed 's/^/# /' /tmp/golden-$$.diff
	fi
	rm -f /tmp/golden-$$.diff
}

# shot NAME TEXT: wait for TEXT, then compare; a missing TEXT fails.
shot() {
	if wait_for "$2" 5 >/dev/null; then
		golden "$1"
	else
		echo "not ok - golden $1"
		echo "# never showed: $2"
		screen | sed 's/^/# | /'
	fi
}

mkdir -p "$GOLD"

start ./detente $ENV
shot title "How to play"
keys 4
shot help "What the game is"

start "$PLAY" $ENV
shot newgame "Start the game"

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

start "$PLAY --vs human --side a" $ENV
shot handover "Pass the keyboard to the player for North"

start "$PLAY --vs tft --side a" $ENV
wait_for "You play North" >/dev/null
T resize-window -t main -x 40 -y 12
shot too-small "too small"

start "$PLAY --vs tft --side a --lang bg" $ENV
wait_for "Вие играете за Север" >/dev/null
keys Enter
shot turn-bg "Ход 1 от 4"
keys 2
wait_for "Изберете кибер действие" >/dev/null
keys 3 3
shot resolution-bg "Ход 1: какво стана"
