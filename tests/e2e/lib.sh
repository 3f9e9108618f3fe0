# lib.sh — helpers for the tmux suites (e2e.sh, golden.sh): a private
# tmux server a test, keys in, the screen out, polling with a timeout
# rather than sleeping blindly. Sourced from the repository's top.

MINI=tests/e2e/mini
N=0
SOCK="detente-test-$$-$N"
T() { tmux -L "$SOCK" "$@"; }
trap 'T kill-server 2>/dev/null' EXIT INT TERM

if ! command -v tmux >/dev/null 2>&1; then
	echo "not ok - tmux is installed"
	exit 0
fi
if [ ! -x ./detente ]; then
	echo "not ok - ./detente is built"
	exit 0
fi

# How long a test waits for what it expects before it fails: generous,
# so that a machine busy with other work is slow, never wrong. The loops
# below poll the screen every POLL seconds until the deadline; nothing
# waits a fixed time for the game.
DEADLINE=${E2E_DEADLINE:-20}
POLL=0.05

# polls SECONDS: how many polls fit in SECONDS.
polls() { echo $(( $1 * 20 )); }

# start CMD [ENV=VALUE...]: a fresh session of 80x24 running CMD, which
# says how it ended ("EXIT=n") and then, on one line that ends in
# ";END", what the terminal's modes are after it (stty -a). The sleep
# only keeps the pane open for reading.
start() {
	cmd=$1
	shift
	# A server of its own for each test: one that is shutting down
	# cannot then refuse the next session.
	T kill-server 2>/dev/null
	PANE=main
	N=$((N + 1))
	SOCK="detente-test-$$-$N"
	set -- -e LANG=C.UTF-8 -e LC_ALL= -e LANGUAGE= "$@"
	T new-session -d -s main -x 80 -y 24 "$@" \
		"$cmd; echo EXIT=\$?; stty -a | tr '\\n' ' ' | \
		sed 's/^/STTY /; s/\$/ ;END/'; echo; sleep 600"
	T set-option -t main status off >/dev/null
}
# The screen and the keys of the session PANE (start makes it "main";
# a test that runs a second session sets it to that one for a while).
PANE=main
screen() { T capture-pane -p -J -t "$PANE"; }
keys() { T send-keys -t "$PANE" "$@"; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows (DEADLINE
# seconds at most); if it never does, say so and show the screen.
wait_for() {
	n=0
	limit=$(polls "${2:-$DEADLINE}")
	while [ "$n" -lt "$limit" ]; do
		screen | grep -qF -- "$1" && return 0
		sleep "$POLL"
		n=$((n + 1))
	done
	echo "# timed out waiting for: $1"
	screen | sed 's/^/# | /'
	return 1
}

# wait_screen FILE: poll until the pane, captured as it is (no joined
# lines), is exactly FILE's text: 0, or 1 at the deadline. The last
# capture is in GOT either way.
wait_screen() {
	n=0
	limit=$(polls "$DEADLINE")
	want=$(cat "$1")
	while [ "$n" -lt "$limit" ]; do
		GOT=$(T capture-pane -p -t main)
		[ "$GOT" = "$want" ] && return 0
		sleep "$POLL"
		n=$((n + 1))
	done
	return 1
}

# settle: the screen once two captures a poll apart are the same, for
# recording new golden screens only (UPDATE_GOLDEN): a comparison waits
# for the expected screen instead (wait_screen).
settle() {
	prev=""
	n=0
	limit=$(polls "$DEADLINE")
	while [ "$n" -lt "$limit" ]; do
		cur=$(T capture-pane -p -t main)
		[ -n "$prev" ] && [ "$cur" = "$prev" ] && return 0
		prev=$cur
		sleep "$POLL"
		n=$((n + 1))
	done
}

# exited STATUS: the command ended with STATUS and its terminal is back
# in its normal modes: line editing and echo on (stty, whose whole line
# is waited for: it is printed after the status), and for tmux the main
# screen, a visible cursor, no mouse reports, cursor keys in their
# normal mode.
exited() {
	wait_for "EXIT=$1" && wait_for ";END" &&
	flags=$(T display -p -t main \
		'#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}') &&
	if [ "$flags" != "0 1 0 0" ]; then
		echo "# screen, cursor, mouse, cursor keys: $flags, not 0 1 0 0"
		return 1
	fi &&
	modes=$(screen | grep "^STTY ") &&
	case " $modes " in
	*" icanon "*) ;;
	*) echo "# icanon is off: $modes"; return 1 ;;
	esac &&
	case " $modes " in
	*" echo "*) ;;
	*) echo "# echo is off: $modes"; return 1 ;;
	esac
}

# absent TEXT [SECONDS]: the screen must come to be without TEXT
# (DEADLINE seconds at most). Polled like wait_for: right after a key,
# the screen may not yet be redrawn, and what the key takes away is
# still there.
absent() {
	n=0
	limit=$(polls "${2:-$DEADLINE}")
	while [ "$n" -lt "$limit" ]; do
		screen | grep -qF -- "$1" || return 0
		sleep "$POLL"
		n=$((n + 1))
	done
	echo "# should not be on screen: $1"
	screen | sed 's/^/# | /'
	return 1
}

# gone TEXT [SECONDS]: the same, said of a dialog that a key closes.
gone() { absent "$@"; }

# run NAME FUNCTION: one test; a suite may define before_each (a fresh
# saves folder, say), which runs first.
run() {
	name=$1
	shift
	if command -v before_each >/dev/null 2>&1; then
		before_each
	fi
	if "$@"; then
		echo "ok - $name"
	else
		echo "not ok - $name"
	fi
}

