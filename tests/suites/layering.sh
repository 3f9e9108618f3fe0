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

check "no curses outside game/ui" no_curses_outside_ui
check "engine uses C and libc only" engine_libc_only
check "library needs no curses" library_has_no_curses
check "doctrines use the engine's API only" ai_uses_engine_api_only
check "the authoring library stands alone" author_is_self_contained
check "only main.c exits" main_only_exits
