#!/bin/sh
# Bad inputs and good ones, through `detente check`.
#
# Every folder under tests/data/bad is a scenario with one defect: check
# must exit 1 and print to stderr exactly the folder's file `expected`.
# Every folder under tests/data/good must pass (exit 0) and print to
# stderr exactly its `expected` (warnings) or nothing. A folder with a
# generate.sh is checked in a temporary copy, after running it there
# (for inputs too large to commit). Prints "ok - NAME" or "not ok - NAME"
# with a diff, as tests/run expects.
#
#   DETENTE=path/to/binary sh tests/suites/bad_inputs.sh
cd "$(dirname "$0")/../.." || exit 2
root=$(pwd)
DETENTE=${DETENTE:-./detente}
case $DETENTE in /*) ;; *) DETENTE=$root/$DETENTE ;; esac
# strerror() texts in the messages are the C locale's.
LC_ALL=C
export LC_ALL

if [ ! -x "$DETENTE" ]; then
	echo "not ok - $DETENTE exists (run make first)"
	exit 1
fi
tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

# check NAME DIR WANT_STATUS EXPECTED_FILE: run from the repository root,
# or from a copy of its tree under $tmp when DIR has a generate.sh.
check() {
	name=$1 dir=$2 want=$3 expected=$4 where=$root
	if [ -f "$dir/generate.sh" ]; then
		where=$tmp/tree
		mkdir -p "$where/$dir"
		cp -R "$dir/." "$where/$dir/" &&
			(cd "$where/$dir" && sh ./generate.sh) || {
			echo "not ok - $name (generate.sh failed)"
			return
		}
	fi
	(cd "$where" && "$DETENTE" check -q "$dir") >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ -f "$expected" ]; then
		cp "$expected" "$tmp/want"
	else
		: >"$tmp/want"
	fi
	if [ "$got" -eq "$want" ] && [ ! -s "$tmp/out" ] &&
	   cmp -s "$tmp/want" "$tmp/err"; then
		echo "ok - $name"
	else
		echo "not ok - $name (exit $got, want $want)"
		diff -u "$tmp/want" "$tmp/err" | sed 's/^/  /'
		sed 's/^/  stdout: /' "$tmp/out"
	fi
}

for d in tests/data/bad/*/; do
	d=${d%/}
	check "bad $(basename "$d")" "$d" 1 "$d/expected"
done
for d in tests/data/good/*/; do
	d=${d%/}
	check "good $(basename "$d")" "$d" 0 "$d/expected"
done

# A file we may not read. Root reads it anyway, so there the test can
# say nothing (03-unreadable-file covers a file that cannot be read by
# anyone: a folder where the file should be).
if [ "$(id -u)" = 0 ]; then
	echo "ok - unreadable file (permission) # SKIP running as root"
else
	mkdir -p "$tmp/perm"
	cp -R tests/data/good/base/. "$tmp/perm/"
	chmod 000 "$tmp/perm/events.csv"
	(cd "$tmp" && "$DETENTE" check -q perm) >/dev/null 2>"$tmp/err"
	got=$?
	line=$(grep -n '^events = ' "$tmp/perm/scenario.ini" | cut -d: -f1)
	echo "perm/scenario.ini:$line:10: cannot open 'events.csv':" \
		"permission denied" >"$tmp/want"
	if [ "$got" -eq 1 ] && cmp -s "$tmp/want" "$tmp/err"; then
		echo "ok - unreadable file (permission)"
	else
		echo "not ok - unreadable file (permission) (exit $got)"
		diff -u "$tmp/want" "$tmp/err" | sed 's/^/  /'
	fi
fi

# A folder we may search but not list (mode --x) whose files we may read
# loads: opening a file needs no listing. As root, by becoming nobody.
as_user=
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ "$(id -u)" = 0 ] && [ -z "$as_user" ]; then
	echo "ok - execute-only folder with readable files # SKIP root, no setpriv"
else
	xo=$(mktemp -d /tmp/detente-xo-XXXXXX)
	cp -R tests/data/good/base/. "$xo/s/" 2>/dev/null ||
		{ mkdir -p "$xo/s" && cp -R tests/data/good/base/. "$xo/s/"; }
	chmod -R a+rX "$xo" && chmod 711 "$xo/s"
	if (cd /tmp && $as_user "$DETENTE" check "$xo/s") >"$tmp/out" \
		2>"$tmp/err" && grep -qx "$xo/s: ok" "$tmp/out"; then
		echo "ok - execute-only folder with readable files"
	else
		echo "not ok - execute-only folder with readable files"
		sed 's/^/  /' "$tmp/out" "$tmp/err"
	fi
	chmod 755 "$xo/s"
	rm -rf "$xo"
fi

# The command line itself.
usage() {
	name=$1 want=$2
	shift 2
	"$DETENTE" "$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -eq "$want" ]; then
		echo "ok - $name"
	else
		echo "not ok - $name (exit $got, want $want)"
		sed 's/^/  /' "$tmp/err"
	fi
}
usage "check without a folder is bad usage" 2 check
usage "check with an unknown option is bad usage" 2 check --frobnicate \
	tests/data/good/base
usage "check fails when one folder of several is bad" 1 check \
	tests/data/good/base tests/data/bad/02-missing-file

"$DETENTE" check tests/data/good/minimal tests/data/bad/17-duplicate-id \
	>"$tmp/out" 2>/dev/null
printf '%s\n' "tests/data/good/minimal: ok" \
	"tests/data/bad/17-duplicate-id: 1 error" >"$tmp/want"
if cmp -s "$tmp/want" "$tmp/out"; then
	echo "ok - check says ok or counts errors on stdout"
else
	echo "not ok - check says ok or counts errors on stdout"
	diff -u "$tmp/want" "$tmp/out" | sed 's/^/  /'
fi
