#!/bin/sh
# End-to-end tests of the terminal game: the real ./detente in tmux at
# 80x24, driven by keys alone, reading the screen as a student would.
# Prints "ok - NAME" or "not ok - NAME" a test (see tests/run).
#
# The games use tests/e2e/mini, a four-turn scenario kept stable for the
# tests, so that a change to the real scenarios' texts cannot break them;
# one test opens the game with no arguments, on whatever scenarios ship.
# Every test has a saves folder of its own (--saves), so that no test
# sees another's games and none writes into saves/.
cd "$(dirname "$0")/../.." || exit 2

. tests/e2e/lib.sh

BASE=$(mktemp -d "${TMPDIR:-/tmp}/detente-e2e-XXXXXX")
K=0
before_each() {
	K=$((K + 1))
	SAVES=$BASE/saves-$K
	mkdir -p "$SAVES"
	PLAY="./detente play --scenario $MINI --seed 7 --saves $SAVES"
	TITLE="./detente --saves $SAVES"
}
before_each

# ---- the tests ---------------------------------------------------------------

t_title() {
	start "$TITLE" &&
	wait_for "New game" &&
	wait_for "Continue  (no saved game yet)" &&
	wait_for "How to play" && wait_for "Language  English" &&
	wait_for "Quit" && wait_for "Enter choose" &&
	keys q && exited 0
}

# The default scenario, with no --scenario: Russia and the United States.
t_default() {
	start "./detente play --seed 42 --vs tft --side a --saves $SAVES" &&
	wait_for "You play Russia" && keys Enter && wait_for "Turn 1 of" &&
	wait_for "Proposals" && wait_for "on the table (Russia)" &&
	keys 2 && wait_for "Choose your cyber action" && keys Escape &&
	keys 3 && wait_for "Turn 1 (October 2020): what happened" &&
	wait_for "Russia: Hold position · No operation" &&
	wait_for "Press f for the full account" &&
	keys f && wait_for "The moves" && wait_for "Russia · diplomatic move"
}

# Choose the scenario, a computer opponent by level and by doctrine
# (reading each description), and start.
t_choose() {
	start "$PLAY" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	keys Escape && wait_for "Leave this game" && keys y &&
	wait_for "New game" && keys 1 &&
	wait_for "New game" && wait_for "Test valley" &&
	wait_for "Two neighbours share a river" &&
	keys Down Down && wait_for "Normal: Generous tit for tat" &&
	wait_for "forgives a third" &&
	keys Left && wait_for "Easy: Tit for tat" &&
	wait_for "repeats your last move" &&
	keys Right Right && wait_for "Hard: Planner" &&
	wait_for "answers hostility it sees" &&
	keys Right && wait_for "Expert: Planner" &&
	wait_for "ten times the search" &&
	keys Right Right Right && wait_for "Tit for tat  (8 of 17)" &&
	wait_for "Opens kindly" &&
	keys Right && wait_for "Generous tit for tat  (9 of 17)" &&
	keys Left && wait_for "▶ 3 Opponent" &&
	keys Down && wait_for "▶ 4 Length" &&
	wait_for "4 turns: the full game" &&
	wait_for "This scenario has one length." &&
	keys Down && wait_for "[ 7 ]" &&
	keys 4 2 && wait_for "[ 742 ]" && keys BSpace && wait_for "[ 74 ]" &&
	keys s && wait_for "Your name" && wait_for "North" && keys A n a Enter &&
	wait_for "You play North" &&
	wait_for "Your objectives" && wait_for "[1]" &&
	grep -q "^player.a = Ana$" "$SAVES"/*.sav
}

# Pick the cyber action with the list, confirm, read the resolution.
turn_probe() {
	keys 2 && wait_for "Choose your cyber action" && keys 3 &&
	wait_for "Quiet probe (covert)" && keys 3
}

# A whole game against the computer, by keys alone, to the debrief.
t_full_game() {
	start "$PLAY --vs tft --side a" &&
	wait_for "You play North" && keys Enter &&
	wait_for "Turn 1 of 4" && wait_for "Your trust in them" &&
	wait_for "Their trust in you" && wait_for "Hotline" &&
	wait_for "on the table (North)" && wait_for "Tension" &&
	wait_for "What “Hold position” may do" &&
	wait_for "This is the first turn" &&
	turn_probe && wait_for "Turn 1: what happened" &&
	wait_for "(only you know)" && wait_for "because South signed “Hotline”" &&
	wait_for "North's trust in South: 40 → 57" &&
	keys Enter && wait_for "Turn 2 of 4" &&
	wait_for "What happened in turn 1" && wait_for "✔ Hotline" &&
	keys 3 && wait_for "Turn 2: what happened" && keys Enter &&
	wait_for "Turn 3 of 4" && keys 3 && wait_for "Turn 3: what happened" &&
	keys Enter && wait_for "Turn 4 of 4" && keys 3 &&
	wait_for "Turn 4: what happened" && keys Enter &&
	wait_for "Debrief" && wait_for "The outcome" &&
	wait_for "Trust level reached" && wait_for "█" &&
	keys 3 && wait_for "Every hidden act, revealed" &&
	wait_for "[hidden from South]" &&
	keys 5 && wait_for "The ideas at work" &&
	wait_for "The security dilemma" &&
	keys Enter && wait_for "New game" && keys q && exited 0
}

# Two people at one keyboard: the hand-over hides the first choice.
t_hotseat() {
	start "$PLAY --vs human --side a" &&
	wait_for "Pass the keyboard to the player for North" &&
	keys Enter && wait_for "You play North" && keys Enter &&
	wait_for "vs South (another player)" &&
	turn_probe &&
	wait_for "North has chosen" &&
	wait_for "Pass the keyboard to the player for South" &&
	absent "Quiet probe" && keys Enter &&
	wait_for "You play South" && keys Enter &&
	wait_for "You: South" && absent "Quiet probe" &&
	keys 2 && wait_for "Choose your cyber action" &&
	absent "Quiet probe" && keys Escape && wait_for "You: South" &&
	keys 3 && wait_for "Both sides have chosen" && absent "Quiet probe" &&
	keys Enter && wait_for "Turn 1: what happened" &&
	wait_for "North: nothing you could see" && absent "Quiet probe" &&
	keys f && wait_for "nothing South could see" && absent "Quiet probe" &&
	keys Enter && wait_for "Pass the keyboard to the player for North" &&
	keys Enter && wait_for "You: North" &&
	wait_for "(only you know)"
}

t_bulgarian() {
	start "$PLAY --vs tft --side a --lang bg" &&
	wait_for "Вие играете за Север" && wait_for "Вашите цели" &&
	keys Enter && wait_for "Ход 1 от 4" &&
	wait_for "Вашето доверие в тях" && wait_for "Гореща линия" &&
	wait_for "Предложения" && wait_for "на масата (Север)" &&
	turn_probe_bg && wait_for "Ход 1: какво стана" &&
	wait_for "Причина:" && wait_for "(знаете само вие)"
}
turn_probe_bg() {
	keys 2 && wait_for "Изберете кибер действие" && keys 3 &&
	wait_for "Тихо сондиране (тайно)" && keys 3
}

# LANG alone picks the language, and a locale that is not installed
# falls back to C.UTF-8, still drawing Unicode.
t_lang_env() {
	start "$TITLE" -e LANG=bg_BG.UTF-8 &&
	wait_for "Нова игра" && wait_for "Как се играе" &&
	wait_for "█" && keys q && exited 0
}

t_resize() {
	start "$PLAY --vs tft --side a" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	T resize-window -t main -x 40 -y 12 && wait_for "too small" &&
	wait_for "40×12" &&
	T resize-window -t main -x 80 -y 24 && wait_for "Turn 1 of 4" &&
	wait_for "Your move this turn" && absent "too small"
}

# Ctrl-C and SIGTERM leave a terminal in its normal modes.
t_ctrl_c() {
	start "$PLAY --vs tft --side a" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	keys C-c && exited 130
}

# The game's own pid: the shell writes its pid, then becomes the game.
PIDF=$BASE/game.pid
trap 'T kill-server 2>/dev/null; rm -rf "$BASE"' EXIT INT TERM

# kill_game SIGNAL STATUS: the game, sent SIGNAL, ends with STATUS and
# leaves the terminal in its normal modes (no core file: a fault is
# staged by the signal alone).
kill_game() {
	rm -f "$PIDF"
	start "sh -c 'ulimit -c 0; echo \$\$ > $PIDF; exec $PLAY --vs tft --side a'" &&
	wait_for "You play North" && [ -s "$PIDF" ] &&
	kill -s "$1" "$(cat "$PIDF")" && exited "$2"
}

t_sigterm() { kill_game TERM 143; }
t_sighup() { kill_game HUP 129; }
t_sigsegv() { kill_game SEGV 139; }
t_sigabrt() { kill_game ABRT 134; }
# A fault with no stack left, as after a stack overflow: gdb sets the
# game's stack pointer where nothing is mapped. The handler has a stack
# of its own; without it the kernel could only kill the game.
t_no_stack() {
	rm -f "$PIDF"
	start "sh -c 'ulimit -c 0; echo \$\$ > $PIDF; exec $PLAY --vs tft --side a'" &&
	wait_for "You play North" && [ -s "$PIDF" ] &&
	gdb -p "$(cat "$PIDF")" -batch -ex 'set $sp = 0x1000' -ex detach \
		>/dev/null 2>&1 &&
	exited 139
}
# Under valgrind (make memcheck), a death by a fault is valgrind's own
# report, so these two are left to the other runs.
fault() {
	if [ -n "${DETENTE_WRAP:-}" ]; then
		echo "ok - $1 # SKIP under valgrind, a fault is its report"
	else
		run "$@"
	fi
}

# The terminal goes away with no SIGHUP for the game: it runs in a
# session of its own, so the terminal is not its controlling one, under
# a shell that ignores SIGHUP and notes how the game ended. When tmux
# closes the terminal, reads give EOF or EIO: the game must take that
# for a hang-up and end (129) with its game saved, not spin for ever.
t_terminal_gone() {
	rm -f "$PIDF" "$BASE/gone.rc"
	cat >"$BASE/gone.sh" <<EOF
trap '' HUP
setsid sh -c 'echo \$\$ > "$PIDF"; exec $PLAY --vs tft --side a'
echo \$? > "$BASE/gone.rc"
EOF
	start "sh $BASE/gone.sh" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	keys 3 && wait_for "Turn 1: what happened" && keys Enter &&
	wait_for "Turn 2 of 4" && T kill-server || return 1
	n=0
	while [ ! -s "$BASE/gone.rc" ] && [ "$n" -lt "$(polls "$DEADLINE")" ]
	do
		sleep "$POLL"
		n=$((n + 1))
	done
	if [ ! -s "$BASE/gone.rc" ]; then
		echo "# the game did not end when its terminal went away"
		kill -s KILL "$(cat "$PIDF")" 2>/dev/null
		return 1
	fi
	[ "$(cat "$BASE/gone.rc")" = 129 ] &&
	grep -q "^turn.1 = " "$(the_save)"
}

t_help() {
	start "$PLAY --vs tft --side a" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	keys ? && wait_for "How to play" && wait_for "Your turn" &&
	keys Escape && wait_for "Turn 1 of 4"
}

t_no_color() {
	start "$PLAY --vs tft --side a" -e NO_COLOR=1 &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	! T capture-pane -p -e -t main | grep -q "$(printf '\033')\[[0-9;]*3[0-7]m" &&
	wait_for "●"
}

t_ascii() {
	start "$PLAY --vs tft --side a" -e DETENTE_ASCII=1 &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	wait_for "-- Proposals" && absent "●"
}

t_no_terminal() {
	out=$($PLAY --vs tft --side a </dev/null \
	      2>&1 >/dev/null)
	rc=$?
	[ "$rc" -eq 1 ] && echo "$out" | grep -q "needs a terminal"
}

t_dumb_terminal() {
	start "TERM=dumb $PLAY --vs tft --side a" &&
	wait_for "EXIT=1" && wait_for "TERM"
}

# ---- saves -------------------------------------------------------------------

# The one save file in the test's folder.
the_save() { ls "$SAVES"/*.sav 2>/dev/null | head -n 1; }

# Start a game against tit for tat whose pid lands in PIDF, and play two
# turns (a covert probe first); it waits at turn 3.
two_turns() {
	rm -f "$PIDF"
	start "sh -c 'echo \$\$ > $PIDF; exec $PLAY --vs tft --side a'" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	turn_probe && wait_for "Turn 1: what happened" && keys Enter &&
	wait_for "Turn 2 of 4" && keys 3 && wait_for "Turn 2: what happened" &&
	keys Enter && wait_for "Turn 3 of 4" && [ -s "$PIDF" ]
}

# killed_mid_turn SIGNAL: the game, killed while the player is choosing
# at turn 3, resumes from the title screen at turn 3 with both past
# turns in its history.
killed_mid_turn() {
	two_turns && keys 2 && wait_for "Choose your cyber action" &&
	kill -s "$1" "$(cat "$PIDF")" && wait_for "EXIT=" &&
	start "$TITLE" && wait_for "Test valley, turn 3 of 4" &&
	keys 2 && wait_for "Turn 3 of 4" &&
	wait_for "What happened in turn 2" && absent "You play North" &&
	keys t && wait_for "Past turns" && wait_for " Turn 2" &&
	wait_for "“Water data”: not tabled → on the table (South)" &&
	keys Home && wait_for " Turn 1" &&
	wait_for "Quiet probe (covert, not detected"
}

t_sighup_resume() { killed_mid_turn HUP; }
t_sigkill_resume() { killed_mid_turn KILL; }

# stopped PIDFILE: poll until the process whose id is in PIDFILE is
# stopped (strace stops it: "t", or "T").
stopped() {
	n=0
	while [ "$n" -lt "$(polls "$DEADLINE")" ]; do
		pid=$(cat "$1" 2>/dev/null)
		case $(cut -d' ' -f3 "/proc/${pid:-0}/stat" 2>/dev/null) in
		t|T) return 0 ;;
		esac
		sleep "$POLL"
		n=$((n + 1))
	done
	echo "# the process in $1 never stopped"
	return 1
}

# Two games started in the same second in one saves folder (the clock
# held by SOURCE_DATE_EPOCH, so "the same second" is certain). The first
# is stopped by strace at its first fsync, when its first save is
# written but not yet in place: the second then starts, and must not
# take the first one's name. Each gets a file of its own, and each turn
# lands in its own game's file. (LeakSanitizer cannot work under
# strace: in the sanitizer run, the traced game checks no leaks.)
t_two_games() {
	at="-e SOURCE_DATE_EPOCH=1601035200 -e TZ=UTC"
	rm -f "$PIDF"
	# shellcheck disable=SC2086
	start "ASAN_OPTIONS=\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}detect_leaks=0 \
		strace -f -o /dev/null -e trace=fsync \
		-e inject=fsync:signal=SIGSTOP:when=1 \
		sh -c 'echo \$\$ > $PIDF; exec $PLAY --vs tft --side a'" $at &&
	stopped "$PIDF" &&
	T new-session -d -s two -x 80 -y 24 -e LANG=C.UTF-8 $at \
		"$PLAY --vs tft --side a; sleep 600" &&
	PANE=two && wait_for "You play North" && keys Enter &&
	wait_for "Turn 1 of 4" && keys 3 && wait_for "Turn 1: what happened" &&
	PANE=main && kill -s CONT "$(cat "$PIDF")" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	turn_probe && wait_for "Turn 1: what happened" || return 1
	[ "$(ls "$SAVES" | wc -l)" -eq 2 ] &&
	[ -s "$SAVES/e2e-mini-20200925-120000.sav" ] &&
	[ -s "$SAVES/e2e-mini-20200925-120000-2.sav" ] &&
	[ "$(grep -l '^turn.1 = ' "$SAVES"/*.sav | wc -l)" -eq 2 ] &&
	[ "$(grep -l '^turn.1 = hold probe / ' "$SAVES"/*.sav | wc -l)" -eq 1 ]
}

# Play a whole game, go back to the end of turn 3 from the history of
# the debrief, quit; `detente load` opens the new branch, and the
# timeline shows the old line beside it.
t_branch() {
	two_turns && keys 3 && wait_for "Turn 3: what happened" &&
	keys Enter && wait_for "Turn 4 of 4" && keys 3 &&
	wait_for "Turn 4: what happened" && keys Enter &&
	wait_for "Debrief" && keys t && wait_for "Past turns" &&
	keys r && wait_for "Rewind or take over" &&
	wait_for "▶ After turn 3" && keys Enter &&
	wait_for "Go back to the end of turn 3" && keys y &&
	wait_for "Turn 4 of 4" && keys Escape && wait_for "Leave this game" &&
	keys y && wait_for "New game" && keys q && exited 0 &&
	grep -q "^fork = 3" "$(the_save)" &&
	start "./detente load $(the_save) --saves $SAVES" &&
	wait_for "Turn 4 of 4" && wait_for "What happened in turn 3" &&
	keys T && wait_for "Timeline" &&
	wait_for "Branch 2, from branch 1 after turn 3" &&
	wait_for "goes on, turn 4  ◀ playing" &&
	wait_for "Branch 1" && wait_for "(turn limit)" &&
	keys Up Enter && wait_for "Debrief"
}

# A sim game and a file that is not a save: the Load screen lists both,
# the damaged one with what is wrong with it.
t_load_screen() {
	./detente sim --scenario $MINI --a tft --b hawk --games 1 --seed 3 \
		--save "$SAVES/sim.sav" >/dev/null &&
	echo "not a save" > "$SAVES/broken.sav" &&
	start "$TITLE" && wait_for "Load a saved game" && keys 3 &&
	wait_for "The saved games in $SAVES" && wait_for "sim" &&
	wait_for "Open conflict" && wait_for "Test valley" &&
	wait_for "North: Tit for tat · South: Hawk" &&
	wait_for "Turns played: 3; branches: 1" &&
	keys Down && wait_for "damaged" &&
	wait_for "broken.sav:1:1:" && wait_for "not a Détente save" &&
	keys Enter && wait_for "This game cannot be loaded" && keys Enter &&
	keys Up Enter && wait_for "Debrief"
}

# S names the game: its file takes the name, the autosave it replaces
# goes, and the Load screen shows the name.
t_named_save() {
	two_turns && keys S && wait_for "A name for this game" &&
	keys "Class 1" && wait_for "Class 1" && keys Enter &&
	wait_for "Saved as “Class 1”" && keys Enter &&
	[ "$(ls "$SAVES")" = "class-1.sav" ] &&
	grep -q "^name = Class 1" "$SAVES/class-1.sav" &&
	keys 3 && wait_for "Turn 3: what happened" &&
	grep -q "^turn.3 = " "$SAVES/class-1.sav" &&
	keys Enter && wait_for "Turn 4 of 4" && keys Escape && keys y &&
	wait_for "New game" && keys 3 && wait_for "Class 1" &&
	wait_for "turn 4 of 4"
}

# A game between two doctrines from `sim --save`: take North over from
# turn 3 by keys, and play it.
t_take_over() {
	./detente sim --scenario $MINI --a tft --b hawk --games 1 --seed 3 \
		--save "$SAVES/sim.sav" >/dev/null &&
	start "./detente load $SAVES/sim.sav --saves $SAVES" &&
	wait_for "Debrief" && keys t && wait_for "Past turns" && keys r &&
	wait_for "a take over North" && wait_for "b take over South" &&
	wait_for "▶ After turn 2" && keys a &&
	wait_for "Take over North from turn 3?" && keys y &&
	wait_for "You play North" && keys Enter && wait_for "Turn 3 of 4" &&
	wait_for "You: North · vs South (Hawk)" && keys 3 &&
	wait_for "Turn 3: what happened" &&
	grep -q "^turn.3 = hold harden / " "$SAVES/sim.sav" &&
	grep -q "^a = human" "$SAVES/sim.sav" &&
	grep -q "^fork = 2" "$SAVES/sim.sav"
}

# A save that cannot be written: said once, and the game goes on.
t_unsaved() {
	start "./detente play --scenario $MINI --seed 7 --saves /dev/null/x --vs tft --side a" &&
	wait_for "The game could not be saved" && wait_for "not a directory" &&
	wait_for "Press S to save" &&
	absent "Free some space" &&
	keys Enter && wait_for "You play North" && keys Enter &&
	wait_for "Turn 1 of 4 · not saved" && keys 3 &&
	wait_for "Turn 1: what happened" && keys Enter &&
	wait_for "Turn 2 of 4 · not saved" && absent "could not be saved" &&
	keys S && wait_for "A name for this game" &&
	keys "$SAVES/rescued" Enter && wait_for "Saved as “rescued”" &&
	keys Enter && wait_for "Turn 2 of 4" && absent "not saved" &&
	grep -q "^turn.1 = " "$SAVES/rescued.sav"
}

t_load_bad() {
	out=$(./detente load "$MINI/scenario.ini" 2>&1 </dev/null)
	rc=$?
	[ "$rc" -eq 1 ] &&
	echo "$out" | grep -q "scenario.ini:[0-9]*:1: not a Détente save"
}

# Every literal key the code asks for is in the English file.
t_lang_keys() {
	missing=0
	for k in $(grep -ohE '"(title|new|turn|pick|hand|res|hist|deb|debrief|brief|keys|box|err|help|lang|doc|small|line|move|mark|why|ex|act|status|side|app|rew|tl|load|save|saveas|level|transcript)\.[a-z_.]+"' \
		   game/ui/*.c game/text/*.c | tr -d '"' | sort -u); do
		if ! grep -q "^$k =" assets/lang/en.txt; then
			echo "# missing key: $k"
			missing=1
		fi
	done
	[ "$missing" -eq 0 ]
}

# Leaving is a destructive choice: a bordered box, and Enter keeps
# playing; only y leaves.
t_leave_no() {
	start "$PLAY --vs tft" &&
	wait_for "You play North" && keys Enter && wait_for "Turn 1 of 4" &&
	keys Escape && wait_for "Leave this game" && wait_for "┌" &&
	wait_for "└" && wait_for "n / Enter / Esc: no" &&
	keys Enter && gone "Leave this game" && wait_for "Turn 1 of 4" &&
	keys Escape && wait_for "Leave this game" && keys y &&
	wait_for "Load a saved game"
}

# A key on an item that cannot be chosen says why at once, with the
# threshold as the engine applies it (≥).
t_closed_why() {
	start "./detente play --vs tft --side b --seed 3 --saves $SAVES" &&
	wait_for "You play the United States" && keys Enter &&
	wait_for "sign at trust ≥ 25" && keys 1 &&
	wait_for "Choose your diplomatic move" && keys 1 &&
	wait_for "Not possible now: no proposal is open to this move." &&
	keys 2 && wait_for "1  Expert dialogue" && keys 3 &&
	wait_for " Not yet: signing “Communication channels” needs your trust in Russia ≥ 25; it" &&
	wait_for " is 23."
}

# The class length and the calendar; a length the scenario lacks is a
# usage error, in the player's language.
t_class_length() {
	start "./detente play --vs hard --turns 12 --seed 4 --saves $SAVES" &&
	wait_for "You play Russia" && keys Enter &&
	wait_for "October 2020 · Turn 1 of 12" &&
	wait_for "Hold position" && wait_for "No operation" &&
	out=$(./detente play --turns 13 --saves "$SAVES" 2>&1 </dev/null)
	[ $? -eq 2 ] &&
	echo "$out" | grep -qF "'info-security-2020' is played in 24 turns, or 12 for a class, not 13" &&
	out=$(./detente play --turns 13 --lang bg --saves "$SAVES" 2>&1 </dev/null)
	echo "$out" | grep -qF "за урок, не в 13"
}

# A payoff game shows what it uses: no security, support or ladder; one
# move, numbered 1, Confirm 2; nothing is chosen for the player.
t_payoff() {
	start "./detente play --scenario scenarios/prisoners-dilemma --vs tft --saves $SAVES" &&
	wait_for "You play Player A" && absent "Your objectives" && keys Enter &&
	wait_for "1 Your move  (not chosen yet" && wait_for "2 Confirm" &&
	absent "Security" && absent "Support" && absent "Ladder" &&
	absent "Tension" && keys c &&
	wait_for "Choose your move first: nothing is chosen for you." &&
	keys 1 && wait_for "Choose your move" && keys Enter &&
	wait_for "1 Your move  Cooperate" && keys 2 &&
	wait_for "Turn 1: what happened"
}

run "title screen shows the menu, continue disabled with a reason" t_title
run "the default scenario starts and plays a turn" t_default
run "new game: scenario, computer opponent with description, seed" t_choose
run "a whole game against the computer by keys, to the debrief" t_full_game
run "hotseat: the hand-over hides the first player's choice" t_hotseat
run "the Bulgarian UI" t_bulgarian
run "LANG=bg picks Bulgarian; a missing locale falls back to UTF-8" t_lang_env
run "resize to 40x12 shows a notice, and back resumes" t_resize
run "Ctrl-C leaves a usable terminal" t_ctrl_c
run "SIGTERM leaves a usable terminal" t_sigterm
run "SIGHUP leaves a usable terminal" t_sighup
fault "SIGSEGV leaves a usable terminal" t_sigsegv
fault "SIGABRT leaves a usable terminal" t_sigabrt
if command -v gdb >/dev/null 2>&1; then
	fault "a fault with no stack left leaves a usable terminal" t_no_stack
else
	echo "ok - a fault with no stack left # SKIP no gdb"
fi
run "a terminal gone without SIGHUP: the game ends, saved (129)" t_terminal_gone
run "? opens help from a turn" t_help
run "NO_COLOR: no colour codes, symbols still there" t_no_color
run "ASCII drawing when asked" t_ascii
run "no terminal: a clear error and exit 1" t_no_terminal
run "a terminal curses cannot drive: a clear error and exit 1" t_dumb_terminal
run "SIGHUP in the middle of a turn: Continue resumes at turn 3" t_sighup_resume
run "SIGKILL in the middle of a turn: Continue resumes at turn 3" t_sigkill_resume
if [ -n "${DETENTE_WRAP:-}" ]; then
	# valgrind makes fsync calls of its own: the first is not the save's.
	echo "ok - two games started at once in one folder # SKIP under valgrind"
elif command -v strace >/dev/null 2>&1 && strace -o /dev/null true 2>/dev/null
then
	run "two games started at once in one folder: a file each" t_two_games
else
	echo "ok - two games started at once in one folder # SKIP no strace"
fi
run "a branch made at turn 3 from the history survives quitting and load" t_branch
run "the Load screen lists saves, damaged ones with their error" t_load_screen
run "save as: a named save replaces the autosave" t_named_save
run "take over a side of a sim save by keys" t_take_over
run "a save that cannot be written is said once; S saves it elsewhere" t_unsaved
run "detente load of a file that is not a save: its error, exit 1" t_load_bad
run "every UI key the code uses is in assets/lang/en.txt" t_lang_keys
run "leaving asks in a bordered box, and Enter stays" t_leave_no
run "a key on a closed item says why, with the threshold" t_closed_why
run "a class length, with the calendar; a wrong length is refused" t_class_length
run "a payoff game shows only what it uses; nothing pre-chosen" t_payoff
