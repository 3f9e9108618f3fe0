#!/bin/sh
# Every fuzz target: first each regression input once (crashes found
# earlier stay fixed), then a few seconds of fuzzing from the seed corpus,
# with the target's dictionary. The long runs are `make fuzz`.
cd "$(dirname "$0")/../.." || exit 2
secs=${FUZZ_TEST_SECONDS:-3}
n=0
for bin in build/fuzz/bin/fuzz_*; do
	[ -x "$bin" ] || continue
	n=$((n + 1))
	t=$(basename "$bin")
	reg=tests/fuzz/regress/$t
	if [ -d "$reg" ] && [ -n "$(ls "$reg" 2>/dev/null)" ]; then
		if out=$("$bin" "$reg"/* 2>&1); then
			echo "ok - $t regression inputs ($(ls "$reg" | wc -l))"
		else
			echo "not ok - $t regression inputs"
			printf '%s\n' "$out" | tail -n 30
		fi
	fi
	[ -d tests/fuzz/corpus/"$t" ] || echo "not ok - $t has a seed corpus"
	work=$(mktemp -d)
	dict=tests/fuzz/dict/$t.dict
	set -- -max_total_time="$secs" -max_len=65536 -timeout=30 \
		-artifact_prefix="$work/" -print_final_stats=1
	[ -f "$dict" ] && set -- "$@" -dict="$dict"
	if out=$("$bin" "$@" "$work" tests/fuzz/corpus/"$t" 2>&1); then
		execs=$(printf '%s\n' "$out" |
			sed -n 's/^stat::number_of_executed_units: *//p')
		cov=$(printf '%s\n' "$out" |
			sed -n 's/.* cov: \([0-9]*\) .*/\1/p' | tail -n 1)
		echo "ok - $t fuzzes $secs seconds clean ($execs runs, cov $cov)"
	else
		echo "not ok - $t fuzzes $secs seconds clean"
		printf '%s\n' "$out" | grep -v '^#' | tail -n 30
		ls "$work" | grep -E '^(crash|leak|timeout|oom|slow-unit)-' |
			sed 's/^/  finding: /'
	fi
	rm -rf "$work"
done
[ "$n" -ge 6 ] && echo "ok - six fuzz targets built ($n)" ||
	echo "not ok - six fuzz targets built ($n)"
