#!/bin/sh
# The unit tests of the hardened release build under valgrind memcheck:
# no invalid read or write, no use of an uninitialised value, no definite
# leak. (tests/run runs them natively and under ASan and UBSan; memcheck
# sees what those do not: uninitialised memory, and the release build's
# own code.) `make memcheck` runs the rest of the suite under it too.
cd "$(dirname "$0")/../.." || exit 2

if [ -n "${SKIP_MEMCHECK:-}" ]; then
	echo "ok - unit tests under memcheck # SKIP in the sanitizer run"
	exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
	echo "not ok - valgrind is installed"
	exit 0
fi
# --child-silent-after-fork: test_save_io forks children that it kills
# mid-write or that leave with _exit(), by design; what they hold when
# they die is not a leak. Their code runs in the parent too.
logs=$(mktemp -d) || exit 2
trap 'rm -rf "$logs"' EXIT INT TERM

for t in build/rel/tests/test_*; do
	[ -x "$t" ] || continue
	n=${t##*/}
	valgrind -q --error-exitcode=99 --leak-check=full \
		--show-leak-kinds=definite --errors-for-leak-kinds=definite \
		--suppressions=tests/whole/valgrind.supp \
		--child-silent-after-fork=yes --log-file="$logs/$n.vg" "$t" >"$logs/$n.out" 2>&1
	rc=$?
	# Errors are "==PID== " lines; "--PID-- " ones are valgrind's own
	# notes (it does not know openat2, so the loader's fallback runs).
	if [ "$rc" -eq 0 ] && ! grep -q '^==[0-9]*== ' "$logs/$n.vg"; then
		echo "ok - $n under memcheck"
	else
		echo "not ok - $n under memcheck (exit $rc)"
		grep '^==[0-9]*== ' "$logs/$n.vg" | head -n 40 | sed 's/^/  /'
		[ "$rc" -ne 99 ] && tail -n 10 "$logs/$n.out" | sed 's/^/  /'
	fi
done
