#!/bin/sh
# Layering: only game/ui/ includes curses; the engine uses C and libc
# only (and our own util/); the library the tests link has no curses in
# it; the AI reaches the game only through the engine's headers.
cd "$(dirname "$0")/../.." || exit 2

check() {
	name=$1; shift
	if out=$("$@" 2>&1); then
		echo "ok - $name"
	else
		echo "not ok - $name"
		printf '%s\n' "$out" | sed 's/^/  /'
	fi
}

no_curses_outside_ui() {
	leaks=$(grep -rlE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|term\.h|panel\.h|menu\.h|form\.h)' game |
		grep -v '^game/ui/' || true)
	[ -z "$leaks" ] || { echo "curses included by: $leaks"; return 1; }
}

engine_libc_only() {
	bad=$(grep -hE '^#[[:space:]]*include' game/engine/*.c game/engine/*.h |
		grep -vE '<(assert|ctype|errno|float|inttypes|limits|math|stdarg|stdbool|stddef|stdint|stdio|stdlib|string)\.h>|"engine/|"util/(xmalloc|strbuf|utf8)\.h"' || true)
	[ -z "$bad" ] || { echo "engine includes: $bad"; return 1; }
}

library_has_no_curses() {
	lib=build/rel/libdetente.a
	[ -f "$lib" ] || { echo "no $lib"; return 1; }
	syms=$(nm -u "$lib" 2>/dev/null | grep -E ' (initscr|newwin|wgetch|endwin|wadd|mvw|keypad|start_color)' || true)
	[ -z "$syms" ] || { echo "curses symbols needed by the library: $syms"; return 1; }
}

ai_uses_engine_api_only() {
	bad=$(grep -hE '^#[[:space:]]*include[[:space:]]*"' game/ai/*.c game/ai/*.h |
		grep -vE '"(ai|engine|util)/' || true)
	[ -z "$bad" ] || { echo "ai includes: $bad"; return 1; }
}

# The authoring library reads articles and writes text: it needs no
# loader, save or command code (the loader checks a draft in cmd/new.c).
author_is_self_contained() {
	bad=$(grep -hE '^#[[:space:]]*include[[:space:]]*"' game/author/*.c game/author/*.h |
		grep -vE '"(author|util)/|"engine/scenario\.h"' || true)
	[ -z "$bad" ] || { echo "author includes: $bad"; return 1; }
}

main_only_exits() {
	bad=$(grep -nE '(^|[^_a-z])(exit|_exit|abort)[[:space:]]*\(' -r game --include='*.c' |
		grep -vE '^game/main\.c:|^game/util/xmalloc\.c:|^game/ui/signals?\.c:' || true)
	[ -z "$bad" ] || { echo "exits outside main.c: $bad"; return 1; }
}

# Files of game/ui/ that call each other in a loop are one tangled module:
# the screens sit on dialogs, which sit on drawing and the terminal, and
# nothing below calls up. Edges "caller callee" from the objects' symbols
# (a file's undefined symbols that another ui file defines); tsort names
# any loop.
ui_edges() {
	dir=build/rel/game/ui
	for o in "$dir"/*.o; do
		nm -g --defined-only "$o" | awk -v f="$(basename "$o" .o)" '{ print "D", $3, f }'
	done
	for o in "$dir"/*.o; do
		nm -u "$o" | awk -v f="$(basename "$o" .o)" '{ print "U", $2, f }'
	done
}
ui_loops_in() {	# edges "a b" on stdin; prints a loop, fails on one
	out=$(tsort 2>&1 >/dev/null)
	[ -z "$out" ] || { printf '%s\n' "$out"; return 1; }
}
no_ui_call_loops() {
	ls build/rel/game/ui/*.o >/dev/null 2>&1 || { echo "no ui objects"; return 1; }
	ui_edges | awk '$1 == "D" { def[$2] = $3; next }
		$2 in def && def[$2] != $3 { print $3, def[$2] }' | sort -u |
		ui_loops_in
}
# Headers of game/ui/ that include each other in a loop.
no_ui_include_loops() {
	for h in game/ui/*.h game/ui/*.c; do
		sed -n 's|^#[[:space:]]*include[[:space:]]*"ui/\([^"]*\)".*|\1|p' "$h" |
			while read -r inc; do echo "$(basename "$h") $inc"; done
	done | ui_loops_in
}
# The loop finder itself finds a planted loop.
loop_finder_finds_loops() {
	printf 'a b\nb c\nc a\n' | ui_loops_in >/dev/null && {
		echo "a -> b -> c -> a not found"; return 1; }
	printf 'a b\nb c\n' | ui_loops_in
}

check "no curses outside game/ui" no_curses_outside_ui
check "engine uses C and libc only" engine_libc_only
check "library needs no curses" library_has_no_curses
check "doctrines use the engine's API only" ai_uses_engine_api_only
check "the authoring library stands alone" author_is_self_contained
check "only main.c exits" main_only_exits
check "the loop finder finds a planted loop" loop_finder_finds_loops
check "no call loop between files of game/ui" no_ui_call_loops
check "no include loop between files of game/ui" no_ui_include_loops
