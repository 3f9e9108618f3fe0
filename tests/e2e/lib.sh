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

# settle: wait until two captures a moment apart are the same.
settle() {
	prev=""
	n=0
	while [ "$n" -lt 40 ]; do
		cur=$(T capture-pane -p -t main)
		[ -n "$prev" ] && [ "$cur" = "$prev" ] && return 0
		prev=$cur
		sleep 0.05
		n=$((n + 1))
	done
	return 0
}

# start CMD [ENV=VALUE...]: a fresh session of 80x24 running CMD, which
# says how it ended ("EXIT=n") and what the terminal looks like after it.
start() {
	cmd=$1
	shift
	# A server of its own for each test: one that is shutting down
	# cannot then refuse the next session.
	T kill-server 2>/dev/null
	N=$((N + 1))
	SOCK="detente-test-$$-$N"
	set -- -e LANG=C.UTF-8 -e LC_ALL= -e LANGUAGE= "$@"
	T new-session -d -s main -x 80 -y 24 "$@" \
		"$cmd; echo EXIT=\$?; stty -a | tr '\\n' ' ' | \
		sed 's/^/STTY /'; echo; sleep 60"
	T set-option -t main status off >/dev/null
}
screen() { T capture-pane -p -J -t main; }
keys() { T send-keys -t main "$@"; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows.
wait_for() {
	n=0
	limit=$(( ${2:-5} * 20 ))
	while [ "$n" -lt "$limit" ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.05
		n=$((n + 1))
	done
	echo "# timed out waiting for: $1"
	screen | sed 's/^/# | /'
	return 1
}

# absent TEXT: the screen must not show TEXT.
absent() {
	if screen | grep -qF -- "$1"; then
		echo "# should not be on screen: $1"
		screen | sed 's/^/# | /'
		return 1
	fi
	return 0
}

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

