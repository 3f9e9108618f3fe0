#!/bin/sh
# make install into a temporary DESTDIR; the installed binary, run from
# another folder, finds its scenarios and assets under PREFIX, keeps its
# saves in the XDG data folder (a game played in tmux for a turn), and
# answers --help and --version as GNU programs do; make uninstall
# removes what install put there.
#
#   INSTALL_BIN=FILE  install that build of the game (tests/whole/run
#                     installs the ASan one)
#   DETENTE_WRAP=CMD  run the installed game under CMD (valgrind)
#
# cd -P: from the shadow checkout of tests/whole/run too, make runs in
# the real one, where scenarios/ and assets/ are folders, not links.
cd -P "$(dirname "$0")/../.." || exit 2
top=$(pwd)
tmp=$(mktemp -d)
trap 'T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
dest=$tmp/dest
prefix=/usr/local
wrap=${DETENTE_WRAP:-}

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; shift; [ $# -gt 0 ] && printf '  %s\n' "$@"; }
# check NAME CMD...: ok when CMD succeeds.
check() {
	name=$1
	shift
	if "$@"; then ok "$name"; else nok "$name"; fi
}

# -o detente: install the game this suite was asked to test, never a
# fresh link of it (a make running beside this one may be rewriting the
# library at that moment).
if make -s -o detente install DESTDIR="$dest" PREFIX=$prefix \
	${INSTALL_BIN:+INSTALL_BIN="$INSTALL_BIN"} >"$tmp/install.log" 2>&1
then
	ok "make install into a DESTDIR"
else
	nok "make install into a DESTDIR" "$(tail -n 5 "$tmp/install.log")"
fi
share=$dest$prefix/share/detente
bin=$dest$prefix/games/detente
for f in games/detente share/detente/scenarios/info-security-2020/scenario.ini \
	 share/detente/scenarios/README.md share/detente/assets/lang/en.txt \
	 share/detente/assets/lang/bg.txt share/man/man6/detente.6; do
	[ -e "$dest$prefix/$f" ] && ok "installed $f" || nok "installed $f"
done
[ -z "$(find "$share" -type l)" ] &&
	ok "installed data holds files, not links" ||
	nok "installed data holds files, not links" "$(find "$share" -type l)"
man6=$dest$prefix/share/man/man6/detente.6
grep -q '^\.TH DETENTE 6' "$man6" 2>/dev/null &&
	ok "man page detente.6 is section 6" || nok "man page detente.6 is section 6"
grep -q "^\.I $prefix/share/detente/scenarios/" "$man6" && ! grep -q @ "$man6" &&
	ok "man page names the installed data folder" ||
	nok "man page names the installed data folder" "$(grep -n '^\.I /' "$man6")"
if command -v groff >/dev/null 2>&1; then
	out=$(groff -man -Tutf8 -ww -z "$man6" 2>&1)
	[ -z "$out" ] && ok "man page formats without warnings" ||
		nok "man page formats without warnings" "$out"
fi

# The hardened build (-fPIE -pie, -z relro -z now, the stack protector,
# _FORTIFY_SOURCE), as the binary shows it. An ASan build is not one.
if [ -z "${INSTALL_BIN:-}" ] && command -v readelf >/dev/null 2>&1; then
	readelf -h "$bin" | grep -q 'Type: *DYN' &&
	readelf -l "$bin" | grep -q GNU_RELRO &&
	readelf -d "$bin" | grep -q 'FLAGS.*BIND_NOW' &&
	nm -D "$bin" | grep -q ' U __stack_chk_fail' &&
	nm -D "$bin" | grep -q ' U __[a-z]*printf_chk' &&
		ok "installed binary is hardened: PIE, full RELRO, canaries, fortify" ||
		nok "installed binary is hardened: PIE, full RELRO, canaries, fortify" \
			"$(readelf -hld "$bin" | grep -E 'Type:|RELRO|FLAGS')"
fi

# Elsewhere, with a home and an XDG data folder of its own.
mkdir -p "$tmp/elsewhere" "$tmp/home"
cd "$tmp/elsewhere" || exit 2
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/xdg"
unset DETENTE_DATA
run() { $wrap "$bin" "$@"; }

# ---- --help, --version and usage errors, as GNU asks --------------------------

run --version >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ] &&
   sed -n 1p "$tmp/out" | grep -qx 'detente [0-9]*\.[0-9]*\.[0-9]*' &&
   sed -n 2p "$tmp/out" | grep -q '^Copyright (C) [0-9]\{4\} ' &&
   sed -n '3,$p' "$tmp/out" | grep -q 'NO$' &&
   sed -n '3,$p' "$tmp/out" | grep -qi 'warranty'; then
	ok "--version: name and version, copyright, terms, on stdout"
else
	nok "--version: name and version, copyright, terms, on stdout" \
		"exit $rc" "$(cat "$tmp/out" "$tmp/err")"
fi
run --help >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ] &&
   head -n 1 "$tmp/out" | grep -q '^Usage: detente ' &&
   grep -q -- '--version' "$tmp/out" &&
   grep -q '^Report bugs to ' "$tmp/out" &&
   grep -qF "Scenarios and assets: $share" "$tmp/out"; then
	ok "--help: usage, options, data folder, where to report bugs"
else
	nok "--help: usage, options, data folder, where to report bugs" \
		"exit $rc" "$(head -n 3 "$tmp/out")" "$(tail -n 6 "$tmp/out")" \
		"$(cat "$tmp/err")"
fi
for args in "--frobnicate" "frobnicate" "play --frobnicate" "sim --games"; do
	run $args >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 2 ] && [ ! -s "$tmp/out" ] &&
	   grep -q '^detente: ' "$tmp/err" &&
	   grep -qx "Try 'detente --help' for more information." "$tmp/err"
	then
		ok "usage error '$args': exit 2, a hint on stderr"
	else
		nok "usage error '$args': exit 2, a hint on stderr" \
			"exit $rc" "$(cat "$tmp/out" "$tmp/err")"
	fi
done

# ---- data under PREFIX, from any folder ---------------------------------------

out=$(run check "$share/scenarios/prisoners-dilemma" 2>&1) &&
	ok "installed scenarios pass check" || nok "installed scenarios pass check" "$out"
out=$(run sim --a tft --b hawk --games 3 2>&1) && echo "$out" | grep -q info-security-2020 &&
	ok "installed binary finds its default scenario" ||
	nok "installed binary finds its default scenario" "$out"
# A relative --save is a path from the working folder, like any file
# named on the command line; the transcript needs assets/lang.
if run sim --scenario "$share/scenarios/prisoners-dilemma" --a tft --b hawk \
	--games 1 --seed 3 --turns 5 --save x.sav >/dev/null 2>"$tmp/err" &&
   [ -f x.sav ] && run replay x.sav --lang en >"$tmp/en.txt" 2>>"$tmp/err" &&
   (cd "$top" && ./detente replay "$tmp/elsewhere/x.sav" --lang en) \
	>"$tmp/want.txt" 2>/dev/null && cmp -s "$tmp/want.txt" "$tmp/en.txt"
then
	ok "installed binary saves (relative path) and replays as in the checkout"
else
	nok "installed binary saves (relative path) and replays as in the checkout" \
		"$(cat "$tmp/err")" "$(diff "$tmp/want.txt" "$tmp/en.txt" | head -n 5)"
fi
run replay x.sav --lang bg >"$tmp/bg.txt" 2>"$tmp/err" &&
	[ ! -s "$tmp/err" ] && grep -q 'Ход' "$tmp/bg.txt" &&
	ok "installed binary finds its Bulgarian words" ||
	nok "installed binary finds its Bulgarian words" "$(cat "$tmp/err")"

# ---- saves in the XDG data folder: a turn played in tmux ----------------------

# play_one_turn: the default scenario against tit for tat, for a turn,
# then quit; the autosave must be in XDG_DATA_HOME (or, without it, in
# ~/.local/share), and nothing written where the game was started.
play_one_turn() {
	start "cd '$tmp/elsewhere' && $wrap '$bin' play --seed 3 --vs tft --side a" \
		-e HOME="$HOME" "$@" &&
	wait_for "You play" 60 && keys Enter && wait_for "Turn 1 of" 60 &&
	keys 3 && wait_for "Turn 1 (October 2020): what happened" 60 && keys Enter &&
	wait_for "Turn 2 of" 60 && keys Escape &&
	wait_for "Leave this game" 30 && keys y && wait_for "New game" 30 &&
	keys q && wait_for "EXIT=0" 60
}
cd "$top" || exit 2
if command -v tmux >/dev/null 2>&1; then
	. tests/e2e/lib.sh
	trap 'T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
	if play_one_turn -e XDG_DATA_HOME="$XDG_DATA_HOME" >"$tmp/tmux.log" &&
	   ls "$XDG_DATA_HOME"/detente/saves/*.sav >/dev/null 2>&1 &&
	   grep -q '^turn.1 = ' "$XDG_DATA_HOME"/detente/saves/*.sav &&
	   [ "$(ls "$tmp/elsewhere")" = x.sav ]; then
		ok "installed game autosaves in \$XDG_DATA_HOME/detente/saves"
	else
		nok "installed game autosaves in \$XDG_DATA_HOME/detente/saves" \
			"$(cat "$tmp/tmux.log")" "$(find "$tmp" -name '*.sav')"
	fi
	if play_one_turn -e XDG_DATA_HOME= >"$tmp/tmux.log" &&
	   grep -q '^turn.1 = ' "$HOME"/.local/share/detente/saves/*.sav; then
		ok "without XDG_DATA_HOME, in ~/.local/share/detente/saves"
	else
		nok "without XDG_DATA_HOME, in ~/.local/share/detente/saves" \
			"$(cat "$tmp/tmux.log")" "$(find "$tmp" -name '*.sav')"
	fi
else
	nok "tmux is installed"
fi
[ -z "$(find "$share" -name '*.sav')" ] &&
	ok "nothing written into the installed data" ||
	nok "nothing written into the installed data" "$(find "$share" -name '*.sav')"

make -s uninstall DESTDIR="$dest" PREFIX=$prefix >/dev/null 2>&1
left=$(find "$dest" -type f 2>&1 | sed "s|$dest||")
[ -d "$dest" ] && [ -z "$left" ] && ok "make uninstall removes every installed file" ||
	nok "make uninstall removes every installed file" $left
