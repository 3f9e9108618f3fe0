#!/bin/sh
# saves.sh — save files through the real binary: `replay` reproduces the
# committed transcripts byte for byte; every bad save in
# tests/data/saves/bad/ gives exactly the message in its .expect file;
# `sim --save` keeps the very game; a write that fails (a directory in
# the way, no folder, a file-size limit, a full or read-only file
# system, a folder the user may not write) leaves the old save whole.
#
# The golden transcripts change with the engine's rules, the scenario or
# the game's wording (assets/lang, text/render.c). After an intended
# change, read the difference, then accept the new transcripts with:
#     UPDATE_GOLDEN=1 sh tests/suites/saves.sh
#
# Some failures can only be staged with privileges: a full device needs
# a small tmpfs (root, and a mount namespace), a folder that refuses
# writes needs an unprivileged user (root writes anywhere). Where that
# is not possible the test says "# SKIP" and why.
cd "$(dirname "$0")/../.." || exit 2

D=tests/data/saves
bin=./detente
pd=scenarios/prisoners-dilemma
data=$(cd "$(dirname "$bin")" && pwd -P)
tmp=$(mktemp -d /tmp/detente-saves-XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { echo "ok - $1"; }
skip() { echo "ok - $1 # SKIP $2"; }
notok() {
	echo "not ok - $1"
	shift
	for f; do
		[ -f "$f" ] && sed 's/^/  /' "$f"
	done
}

# same NAME FILE WANT: FILE and WANT have the same bytes.
same() {
	if cmp -s "$2" "$3"; then
		ok "$1"
	else
		diff -u "$3" "$2" >"$tmp/diff" 2>&1
		notok "$1" "$tmp/diff"
	fi
}

# ---- transcripts: committed goldens ------------------------------------

golden() {
	name=$1 want=$2
	shift 2
	if "$bin" replay "$@" >"$tmp/out" 2>"$tmp/err"; then
		if [ -n "$UPDATE_GOLDEN" ] && [ "${want#$D/good/}" != "$want" ]
		then
			cp "$tmp/out" "$want"
			ok "$name (updated)"
			return
		fi
		same "$name" "$tmp/out" "$want"
	else
		notok "$name" "$tmp/err"
	fi
}

golden "replay reproduces the golden CSV" $D/good/pd.csv \
	$D/good/pd.sav --csv -
golden "replay reproduces the golden text" $D/good/pd.en.txt \
	$D/good/pd.sav --lang en
golden "replay of a save with branches: the current one" \
	$D/good/pd-branches.en.txt $D/good/pd-branches.sav --lang en
golden "replay --branch 1: the line left behind" \
	$D/good/pd-branches.1.csv $D/good/pd-branches.sav --branch 1 --csv -
# A package on trial (tests/e2e/trial, agreement_hold 3): the turn it
# was complete, the act that broke the trial and whose it was; and a
# trial that held to the agreement. In English and Bulgarian.
golden "replay tells the package's trial and what broke it" \
	$D/good/trial.en.txt $D/good/trial.sav --lang en
golden "replay tells the package's trial in Bulgarian" \
	$D/good/trial.bg.txt $D/good/trial.sav --lang bg
golden "replay tells a trial that held to the agreement" \
	$D/good/trial-held.en.txt $D/good/trial-held.sav --lang en

# A save whose scenario folder moved: found in the data folder.
sed 's|^scenario_dir = .*|scenario_dir = /nowhere/pd|' $D/good/pd.sav \
	>"$tmp/moved.sav"
golden "a moved scenario folder is found by its id" $D/good/pd.csv \
	"$tmp/moved.sav" --csv -

# ---- sim --save, then replay, twice --------------------------------------

if "$bin" sim --scenario scenarios/info-security-2020 --a bayes \
	--b random --games 1 --seed 11 --save "$tmp/sim.sav" >"$tmp/out" \
	2>"$tmp/err"; then
	"$bin" replay "$tmp/sim.sav" --lang bg >"$tmp/t1" 2>>"$tmp/err"
	"$bin" replay "$tmp/sim.sav" --lang bg >"$tmp/t2" 2>>"$tmp/err"
	if [ -s "$tmp/t1" ] && [ ! -s "$tmp/err" ]; then
		same "replaying a sim save twice gives the same bytes" \
			"$tmp/t2" "$tmp/t1"
	else
		notok "replaying a sim save twice gives the same bytes" \
			"$tmp/err"
	fi
	"$bin" sim --scenario scenarios/info-security-2020 --a bayes \
		--b random --games 1 --seed 11 --csv - 2>/dev/null |
		sed -n '2s/^[^,]*,[^,]*,[^,]*,[^,]*,\([^,]*\),\([^,]*\),.*/\1 turns, \2/p' \
		>"$tmp/turns"
	if grep -q "^seed 11: $(cat "$tmp/turns");" "$tmp/out"; then
		ok "sim --save keeps the game sim plays"
	else
		notok "sim --save keeps the game sim plays" "$tmp/out" \
			"$tmp/turns"
	fi
else
	notok "sim --save writes a save" "$tmp/err"
fi

"$bin" sim --scenario $pd --a tft --b tft --games 2 --save "$tmp/x.sav" \
	>/dev/null 2>"$tmp/err"
if [ $? -eq 2 ] && [ ! -e "$tmp/x.sav" ]; then
	ok "sim --save with --games 2 is bad usage"
else
	notok "sim --save with --games 2 is bad usage" "$tmp/err"
fi

# ---- bad saves --------------------------------------------------------

for f in $D/bad/*.sav; do
	name=$(basename "$f" .sav)
	sed "s|@DATA@|$data|g" "$D/bad/$name.expect" >"$tmp/want"
	"$bin" replay "$f" --csv - >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -eq 1 ] && [ ! -s "$tmp/out" ] &&
	   cmp -s "$tmp/err" "$tmp/want"; then
		ok "bad save: $name"
	else
		echo "exit $rc; expected:" >"$tmp/why"
		cat "$tmp/want" >>"$tmp/why"
		echo "got:" >>"$tmp/why"
		notok "bad save: $name" "$tmp/why" "$tmp/err"
	fi
done

# expect_fail NAME WANT CMD...: exit 1, exactly WANT on stderr.
expect_fail() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	printf '%s\n' "$want" >"$tmp/want"
	if [ $rc -eq 1 ] && cmp -s "$tmp/err" "$tmp/want"; then
		ok "$name"
	else
		echo "exit $rc, expected: $want" >"$tmp/why"
		notok "$name" "$tmp/why" "$tmp/err"
	fi
}

expect_fail "a directory is not a save" \
	"cannot read '$D': is a directory" "$bin" replay $D
expect_fail "a missing save" \
	"cannot open '$tmp/none.sav': no such file or directory" \
	"$bin" replay "$tmp/none.sav"

# The scenario changed since the save: a warning, then the first turn
# that comes out differently (mutual cooperation pays 4, not 3).
cp -r $pd "$tmp/pd"
sed 's/^cooperate,cooperate,3,3/cooperate,cooperate,4,4/' $pd/payoff.csv \
	>"$tmp/pd/payoff.csv"
if cmp -s $pd/payoff.csv "$tmp/pd/payoff.csv"; then
	notok "a changed scenario is caught" "$pd/payoff.csv"
else
	sed "s|^scenario_dir = .*|scenario_dir = $tmp/pd|" $D/good/pd.sav \
		>"$tmp/changed.sav"
	l=$(grep -n '^scenario_digest' "$tmp/changed.sav" | cut -d: -f1)
	c=$(grep -n '^check.1 ' "$tmp/changed.sav" | cut -d: -f1)
	expect_fail "a changed scenario is caught at the turn it shows" \
		"$tmp/changed.sav:$l:19: warning: scenario 'prisoners-dilemma' has changed since this game was saved; every turn is checked against the save
$tmp/changed.sav:$c:11: the game diverges from the save at turn 1; the scenario may have changed" \
		"$bin" replay "$tmp/changed.sav" --scenario "$tmp/pd"
fi

# ---- saves that travel -------------------------------------------------
# A class: the instructor hands out a scenario folder (here a copy of the
# prisoner's dilemma with its own title, so that it is not the shipped
# one), students play and hand in their saves, and the folder moves
# before the report. The save finds its scenario by id and digest.
hand=$tmp/handout/pd-class
mkdir -p "$tmp/handout" "$tmp/collect" "$tmp/moved"
cp -r $pd "$hand"
sed -i 's/^title = .*/title = Our class dilemma/' "$hand/scenario.ini"
for who in alice bob; do
	"$bin" sim --scenario "$hand" --a tft --b random --games 1 \
		--seed $((${#who} + 3)) --save "$tmp/handout/$who.sav" \
		>/dev/null 2>&1
	mv "$tmp/handout/$who.sav" "$tmp/collect/"
done
mv "$hand" "$tmp/moved/"
# Moved away: the shipped scenario of that id is found, and the warning
# names the file that differs from the class's.
"$bin" report "$tmp/collect" >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 0 ] && grep -q "^  alice" "$tmp/out" &&
   grep -q "scenario 'prisoners-dilemma' in '.*' has changed since this \
game was saved: 'scenario.ini'; every turn is checked" "$tmp/err"; then
	ok "a moved scenario: the report warns, naming the changed file"
else
	notok "a moved scenario: the report warns, naming the changed file" \
		"$tmp/out" "$tmp/err"
fi
"$bin" report --scenario "$tmp/moved/pd-class" "$tmp/collect" \
	>"$tmp/out" 2>"$tmp/err"
if [ $? -eq 0 ] && [ ! -s "$tmp/err" ] && grep -q "^  bob" "$tmp/out"; then
	ok "report --scenario DIR: the moved folder, without a warning"
else
	notok "report --scenario DIR: the moved folder, without a warning" \
		"$tmp/out" "$tmp/err"
fi
# Handed in with the saves: the folder beside them is found first.
mv "$tmp/moved/pd-class" "$tmp/collect/prisoners-dilemma"
abs=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
(cd / && "$abs" replay "$tmp/collect/alice.sav") >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 0 ] && [ ! -s "$tmp/err" ]; then
	ok "a save finds its scenario in the save's own folder"
else
	notok "a save finds its scenario in the save's own folder" "$tmp/err"
fi

# ---- writes that fail leave the old save whole ---------------------------

old_save() {
	mkdir -p "$1"
	cp $D/good/pd.sav "$1/g.sav"
}

# write_fails NAME DIR MESSAGE [PREFIX...]: sim --save to DIR/g.sav
# fails with MESSAGE; DIR/g.sav (when it was there) is unchanged and
# nothing else is left in DIR.
write_fails() {
	name=$1 dir=$2 msg=$3
	shift 3
	"$@" "$bin" sim --scenario $pd --a tft --b random --games 1 \
		--save "$dir/g.sav" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	printf '%s\n' "$msg" >"$tmp/want"
	left=$(ls -A "$dir" 2>/dev/null | tr '\n' ' ')
	if [ $rc -eq 1 ] && cmp -s "$tmp/err" "$tmp/want" &&
	   { [ ! -f "$dir/g.sav" ] || cmp -s "$dir/g.sav" $D/good/pd.sav; } &&
	   { [ "$left" = "g.sav " ] || [ ! -f "$dir/g.sav" ]; }; then
		ok "$name"
	else
		echo "exit $rc; left in the folder: $left; expected: $msg" \
			>"$tmp/why"
		notok "$name" "$tmp/why" "$tmp/err"
	fi
}

mkdir -p "$tmp/isdir/g.sav"
write_fails "a folder where the save should go" "$tmp/isdir" \
	"cannot write '$tmp/isdir/g.sav': is a directory"
echo "a file" >"$tmp/afile"
write_fails "a save under a file" "$tmp/afile" \
	"cannot write '$tmp/afile/g.sav': not a directory"
write_fails "a save in a folder that is not there" "$tmp/nofolder" \
	"cannot write '$tmp/nofolder/g.sav': no such file or directory"

# A file-size limit, the shell's own: ulimit -f counts 512-byte blocks;
# SIGXFSZ ignored so that the write fails rather than the process.
old_save "$tmp/limit"
write_fails "a file-size limit leaves the old save whole" "$tmp/limit" \
	"cannot write '$tmp/limit/g.sav': file too large" \
	sh -c 'ulimit -f 4 && trap "" XFSZ && exec "$@"' sh

# A full device and a read-only file system: a small tmpfs, in a mount
# namespace of our own so that nothing outside sees it.
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
	old_save "$tmp/full"
	cp "$tmp/full/g.sav" "$tmp/full.keep"
	unshare -m sh -c '
		mount -t tmpfs -o size=16k tmpfs "$1/full" || exit 3
		cp "$2" "$1/full/g.sav"
		dd if=/dev/zero of="$1/full/filler" bs=1k count=64 \
			2>/dev/null
		"$3" sim --scenario "$4" --a tft --b random --games 1 \
			--save "$1/full/g.sav" >/dev/null 2>"$1/full.err"
		echo $? >"$1/full.rc"
		cmp -s "$1/full/g.sav" "$2" && echo same >"$1/full.same"
		ls -A "$1/full" | tr "\n" " " >"$1/full.ls"
		mount -o remount,ro "$1/full" || exit 3
		"$3" sim --scenario "$4" --a tft --b random --games 1 \
			--save "$1/full/g.sav" >/dev/null 2>"$1/ro.err"
		echo $? >"$1/ro.rc"
		cmp -s "$1/full/g.sav" "$2" && echo same >"$1/ro.same"
	' sh "$tmp" "$tmp/full.keep" "$bin" $pd
	if [ -f "$tmp/full.rc" ]; then
		printf '%s\n' "cannot write '$tmp/full/g.sav': no space left on device" \
			>"$tmp/want"
		if [ "$(cat "$tmp/full.rc")" = 1 ] &&
		   cmp -s "$tmp/full.err" "$tmp/want" &&
		   [ -f "$tmp/full.same" ] &&
		   [ "$(cat "$tmp/full.ls")" = "filler g.sav " ]; then
			ok "a full device leaves the old save whole"
		else
			echo "left: $(cat "$tmp/full.ls")" >"$tmp/why"
			notok "a full device leaves the old save whole" \
				"$tmp/why" "$tmp/full.err"
		fi
		printf '%s\n' "cannot write '$tmp/full/g.sav': read-only file system" \
			>"$tmp/want"
		if [ "$(cat "$tmp/ro.rc")" = 1 ] &&
		   cmp -s "$tmp/ro.err" "$tmp/want" && [ -f "$tmp/ro.same" ]
		then
			ok "a read-only file system leaves the old save whole"
		else
			notok "a read-only file system leaves the old save whole" \
				"$tmp/ro.err"
		fi
	else
		skip "a full device leaves the old save whole" \
			"no tmpfs mount allowed here"
		skip "a read-only file system leaves the old save whole" \
			"no tmpfs mount allowed here"
	fi
else
	skip "a full device leaves the old save whole" \
		"needs root and a mount namespace"
	skip "a read-only file system leaves the old save whole" \
		"needs root and a mount namespace"
fi

# A folder the user may not write, and a save the user may not read:
# as root, by becoming nobody; otherwise as we are.
as_user=""
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	fi
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
	chmod 755 "$tmp"
	old_save "$tmp/locked"
	chmod 555 "$tmp/locked"
	chmod 644 "$tmp/locked/g.sav"
	if $as_user test -x "$bin" && $as_user test -r $pd/scenario.ini; then
		# shellcheck disable=SC2086
		write_fails "a folder the user may not write" "$tmp/locked" \
			"cannot write '$tmp/locked/g.sav': permission denied" \
			$as_user
		cp $D/good/pd.sav "$tmp/unreadable.sav"
		chmod 000 "$tmp/unreadable.sav"
		# shellcheck disable=SC2086
		expect_fail "a save the user may not read" \
			"cannot open '$tmp/unreadable.sav': permission denied" \
			$as_user "$bin" replay "$tmp/unreadable.sav"
	else
		skip "a folder the user may not write" \
			"the checkout is not readable by nobody"
		skip "a save the user may not read" \
			"the checkout is not readable by nobody"
	fi
	chmod 755 "$tmp/locked"
else
	skip "a folder the user may not write" "root, and no setpriv"
	skip "a save the user may not read" "root, and no setpriv"
fi

# ---- a reader beside a writer -------------------------------------------

# A slowed writer: sim --save over a save, stopped by strace at its first
# fsync, when its temporary file is written but not yet renamed. A
# reader of the same save (replay sweeps abandoned temporary files) runs
# then; the writer, let go, must still save. Polls, never sleeps blind.
slowed_writer() {
	mkdir -p "$tmp/race"
	cp $D/good/pd.sav "$tmp/race/g.sav"
	# LeakSanitizer cannot work under strace (make sanitize).
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
	strace -f -o /dev/null -e trace=fsync \
		-e inject=fsync:signal=SIGSTOP:when=1 \
		sh -c 'echo $$ >"$1/pid"; shift; exec "$@"' sh "$tmp/race" \
		"$bin" sim --scenario $pd --a tft --b random --games 1 \
		--save "$tmp/race/g.sav" >/dev/null 2>"$tmp/race.err" &
	tracer=$!
	n=0 state=""
	while [ "$n" -lt 400 ]; do
		pid=$(cat "$tmp/race/pid" 2>/dev/null)
		[ -n "$pid" ] &&
		state=$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)
		case $state in t|T) break ;; esac
		sleep 0.05
		n=$((n + 1))
	done
	temps=$(ls -A "$tmp/race" | grep -c '^\.g\.sav\.')
	"$bin" replay "$tmp/race/g.sav" >/dev/null 2>>"$tmp/race.err"
	left=$(ls -A "$tmp/race" | grep -c '^\.g\.sav\.')
	[ -n "$pid" ] && kill -s CONT "$pid"
	wait "$tracer"
	rc=$?
	echo "stopped: '$state', temporary files before the reader $temps," \
		"after it $left, writer's exit $rc" >"$tmp/why"
	if [ "$state" != t ] && [ "$state" != T ]; then
		notok "$1" "$tmp/why" "$tmp/race.err"
	elif [ "$temps" -eq 1 ] && [ "$left" -eq 1 ] && [ "$rc" -eq 0 ] &&
	     ! cmp -s "$tmp/race/g.sav" $D/good/pd.sav &&
	     "$bin" replay "$tmp/race/g.sav" >/dev/null 2>>"$tmp/race.err"
	then
		ok "$1"
	else
		notok "$1" "$tmp/why" "$tmp/race.err"
	fi
}

if [ -n "${DETENTE_WRAP:-}" ]; then
	# valgrind makes fsync calls of its own: the first is not the save's.
	skip "a reader leaves the temporary file of a writer alone" \
		"under valgrind, strace would stop valgrind's own fsync"
elif command -v strace >/dev/null 2>&1 && strace -o /dev/null true 2>/dev/null
then
	slowed_writer "a reader leaves the temporary file of a writer alone"
else
	skip "a reader leaves the temporary file of a writer alone" \
		"strace cannot trace here"
fi

# ---- usage ----------------------------------------------------------------

"$bin" replay >/dev/null 2>&1
[ $? -eq 2 ] && ok "replay without a save is bad usage" ||
	notok "replay without a save is bad usage"
"$bin" replay $D/good/pd.sav --branch 7 >/dev/null 2>"$tmp/err"
rc=$?
printf '%s\n' "'$D/good/pd.sav' has no branch 7" >"$tmp/want"
if [ $rc -eq 1 ] && cmp -s "$tmp/err" "$tmp/want"; then
	ok "replay --branch of a branch that is not there"
else
	notok "replay --branch of a branch that is not there" "$tmp/err"
fi
exit 0
