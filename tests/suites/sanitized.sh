#!/bin/sh
# The game built with ASan and UBSan (build/asan/detente) on every bad
# input and every cap: the paths that refuse a file are the ones a unit
# test rarely walks (a name freed before its message was written slipped
# through the unit tests that way). A report changes the exit status
# (86) and the messages, so the suites' own checks fail. `make sanitize`
# runs the whole suite this way.
cd "$(dirname "$0")/../.." || exit 2
bin=build/asan/detente
if [ ! -x "$bin" ]; then
	echo "not ok - $bin is built (make $bin)"
	exit 0
fi
ASAN_OPTIONS=exitcode=86:detect_leaks=1
UBSAN_OPTIONS=exitcode=86:print_stacktrace=1
LSAN_OPTIONS=suppressions=$(pwd)/tests/whole/lsan.supp:print_suppressions=0
DETENTE=$bin
export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS DETENTE
for s in bad_inputs caps; do
	sh tests/suites/$s.sh | sed "s/^\(not ok\|ok\) - /\1 - asan: /"
done

# Terminals the game cannot use: a clear message and exit 1, and no
# report (ncurses' own block is suppressed by name in lsan.supp). On a
# pseudo-terminal of script(1), so that the game gets as far as ncurses.
if command -v script >/dev/null 2>&1; then
	for t in dumb no-such-terminal; do
		out=$(TERM=$t DETENTE_DATA=$(pwd) timeout 60 script -qec \
			"$bin play --vs tft --side a" /dev/null </dev/null 2>&1)
		rc=$?
		if [ $rc = 1 ] && echo "$out" | grep -q "(TERM)" &&
		   ! echo "$out" | grep -q "Sanitizer"; then
			echo "ok - asan: TERM=$t is refused cleanly"
		else
			echo "not ok - asan: TERM=$t is refused cleanly (exit $rc)"
			echo "$out" | head -n 20 | sed 's/^/  /'
		fi
	done
else
	echo "ok - asan: unusable terminals # SKIP no script(1)"
fi
