# Détente — build, tests, benchmarks, installation.
#
#   make          build ./detente (installs missing Debian packages first)
#   make run      start the game
#   make test     every test suite; ends with "N passed, N failed"
#   make bench    speed and memory figures
#   make fuzz     run every fuzz target for FUZZ_SECONDS each (FUZZ_JOBS
#                 at a time, FUZZ_TARGETS to pick some)
#   make fuzz-merge  fold the corpora `make fuzz` grew into the seeds
#   make memcheck the whole suite with ./detente under valgrind memcheck
#   make sanitize the whole suite with ./detente built with ASan and UBSan
#   make analyze  cppcheck (unused functions too) and gcc -fanalyzer over game/
#   make install  PREFIX=/usr/local DESTDIR=...; make uninstall likewise

PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/games
DATADIR   ?= $(PREFIX)/share/detente
MANDIR    ?= $(PREFIX)/share/man
CC        ?= cc
ifeq ($(origin CC),default)
CC        := gcc
endif
CXX       ?= g++
B         := build
VERSION   := 1.0.0

PKG_BUILD := gcc make pkg-config libncurses-dev libcsv-dev libiniparser-dev
PKG_TEST  := libcmocka-dev libpcg-cpp-dev g++ tmux clang libclang-rt-14-dev \
             valgrind locales cppcheck groff-base strace gdb chromium

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wundef -Wvla
ifneq ($(WERROR),)
WARN += -Werror
endif
OPT      ?= -O2 -g
HARDEN   := -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
LDHARDEN := -pie -Wl,-z,relro,-z,now
SAN      := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
            -fno-omit-frame-pointer

# pkg-config runs only when a recipe needs it, after the packages exist.
CURSES_CFLAGS = $(shell pkg-config --cflags ncursesw)
CURSES_LIBS   = $(shell pkg-config --libs ncursesw)
# iniparser's include folder: pkg-config's where it has a module (Debian's
# 4.1 has none), else Debian's folder. Worked out once, when first used,
# which is after the packages exist.
INI_CFLAGS = $(eval INI_CFLAGS := $(shell pkg-config --cflags iniparser \
               2>/dev/null || echo -I/usr/include/iniparser))$(INI_CFLAGS)
INCS      = -Igame $(INI_CFLAGS)
DEFS     := -DDETENTE_VERSION='"$(VERSION)"' -DDETENTE_DATADIR='"$(DATADIR)"'
# -ffp-contract=off: no fused multiply-adds, so a save's state checks
# come out the same on every machine.
BASE_CFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L -ffp-contract=off \
	       $(WARN) $(INCS) $(DEFS)
LIBS     := -lcsv -liniparser -lm -lpthread

LIB_SRC  := $(sort $(wildcard game/util/*.c game/engine/*.c game/load/*.c \
              game/ai/*.c game/save/*.c game/text/*.c game/author/*.c \
              game/cmd/*.c))
UI_SRC   := $(sort $(wildcard game/ui/*.c)) game/main.c
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNITS    := $(patsubst tests/unit/%.c,%,$(UNIT_SRC))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZERS  := $(patsubst tests/fuzz/%.c,%,$(FUZZ_SRC))

DEPS_BUILD := $(B)/.deps-build
DEPS_TEST  := $(B)/.deps-test

.PHONY: all run test unit bench fuzz fuzz-merge install uninstall clean check-scenarios \
        analyze analyzer unused asan-unit deps memcheck sanitize fuzzers
.DEFAULT_GOAL := all
# Keep every object: intermediate files deleted at the end would both
# cost rebuilds and print after the test summary, which must come last.
.SECONDARY:

all: detente

$(DEPS_BUILD):
	@mkdir -p $(B)
	@.ci/deps $(PKG_BUILD)
	@touch $@
$(DEPS_TEST): | $(DEPS_BUILD)
	@.ci/deps $(PKG_TEST)
	@touch $@
deps: $(DEPS_BUILD) $(DEPS_TEST)

# --- one set of rules a build variant: rel (hardened), asan, fuzz -------
# $(1) variant, $(2) compiler, $(3) extra flags
# Test, bench and fuzz sources include the test packages' headers, so
# their objects wait for those packages: a rule of its own with a recipe
# (a recipe-less pattern rule would not add the prerequisite), chosen
# over the general one because its stem is shorter.
define variant
$(B)/$(1)/%.o: %.c | $(DEPS_BUILD)
	@mkdir -p $$(@D)
	$(2) $$(BASE_CFLAGS) $(3) $$(if $$(findstring game/ui/,$$<)$$(findstring main.c,$$<),$$(CURSES_CFLAGS)) -MMD -MP -c $$< -o $$@
$(B)/$(1)/tests/%.o: tests/%.c | $(DEPS_TEST)
	@mkdir -p $$(@D)
	$(2) $$(BASE_CFLAGS) $(3) -MMD -MP -c $$< -o $$@
$(B)/$(1)/libdetente.a: $(LIB_SRC:%.c=$(B)/$(1)/%.o)
	@rm -f $$@
	ar rcs $$@ $$^
-include $(LIB_SRC:%.c=$(B)/$(1)/%.d) $(UI_SRC:%.c=$(B)/$(1)/%.d) \
	$(UNIT_SRC:%.c=$(B)/$(1)/%.d) $(B)/$(1)/tests/bench/bench.d
endef

REL_FLAGS  := $(OPT) $(HARDEN)
ASAN_FLAGS := -O1 -g $(SAN)
$(eval $(call variant,rel,$(CC),$(REL_FLAGS)))
$(eval $(call variant,asan,$(CC),$(ASAN_FLAGS)))

detente: $(UI_SRC:%.c=$(B)/rel/%.o) $(B)/rel/libdetente.a
	$(CC) $(OPT) $(LDHARDEN) -o $@ $^ $(CURSES_LIBS) $(LIBS)

# Unit tests: one cmocka binary a file, linked with the library.
$(B)/rel/tests/%: $(B)/rel/tests/unit/%.o $(B)/rel/libdetente.a | $(DEPS_TEST)
	$(CC) $(OPT) $(LDHARDEN) -o $@ $^ -lcmocka $(LIBS)
$(B)/asan/tests/%: $(B)/asan/tests/unit/%.o $(B)/asan/libdetente.a | $(DEPS_TEST)
	$(CC) $(SAN) -o $@ $^ -lcmocka $(LIBS)

unit: $(UNITS:%=$(B)/rel/tests/%)
asan-unit: $(UNITS:%=$(B)/asan/tests/%)

# The game itself under ASan and UBSan, for `make sanitize`.
$(B)/asan/detente: $(UI_SRC:%.c=$(B)/asan/%.o) $(B)/asan/libdetente.a
	$(CC) $(SAN) -o $@ $^ $(CURSES_LIBS) $(LIBS)

# PCG32 cross-check against Debian's libpcg-cpp-dev.
$(B)/pcgref: tests/pcg/pcgref.cpp | $(DEPS_TEST)
	@mkdir -p $(B)
	$(CXX) -O2 -std=c++17 -o $@ $<

# Fuzz targets: libFuzzer with ASan and UBSan, built by clang.
# Undefined behaviour stops the run, so that it is a finding like a crash.
FUZZ_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_FLAGS := -O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)
$(eval $(call variant,fuzz,clang,$(FUZZ_FLAGS)))
$(B)/fuzz/bin/%: $(B)/fuzz/tests/fuzz/%.o $(B)/fuzz/libdetente.a | $(DEPS_TEST)
	@mkdir -p $(@D)
	clang -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $^ $(LIBS)
# Their dependencies, so that a change to fuzz_common.h rebuilds the
# targets that include it (the objects are kept: .SECONDARY above).
-include $(FUZZ_SRC:%.c=$(B)/fuzz/%.d)
fuzzers: $(FUZZERS:%=$(B)/fuzz/bin/%)

test: detente $(B)/asan/detente unit asan-unit $(B)/pcgref fuzzers \
      | $(DEPS_TEST)
	@tests/run

# The whole suite again with every run of ./detente under valgrind
# memcheck, or with ./detente built with ASan and UBSan; a report from
# either is a failure (tests/whole/run says how).
memcheck: detente $(B)/asan/detente unit asan-unit $(B)/pcgref fuzzers \
	  | $(DEPS_TEST)
	@tests/whole/run memcheck
sanitize: detente $(B)/asan/detente unit asan-unit $(B)/pcgref fuzzers \
	  | $(DEPS_TEST)
	@tests/whole/run asan

run: detente
	./detente

$(B)/rel/bench: $(B)/rel/tests/bench/bench.o $(B)/rel/libdetente.a
	$(CC) $(OPT) $(LDHARDEN) -o $@ $^ $(LIBS)

bench: detente $(B)/rel/bench | $(DEPS_TEST)
	@tests/bench/run

FUZZ_SECONDS ?= 600
FUZZ_JOBS    ?= 1
FUZZ_TARGETS ?=
fuzz: fuzzers
	@FUZZ_JOBS=$(FUZZ_JOBS) tests/fuzz/run $(FUZZ_SECONDS) $(FUZZ_TARGETS)
fuzz-merge: fuzzers
	@tests/fuzz/merge $(FUZZ_TARGETS)

check-scenarios: detente
	./detente check scenarios/*/

# cppcheck over game/, then gcc's static analyzer on every file (it runs
# only when code is generated, so each file is compiled to an object
# under build/analyze/, kept so that only changed files are analyzed
# again). Either one's warning fails the target.
ANALYZE_OBJ := $(LIB_SRC:%.c=$(B)/analyze/%.o) $(UI_SRC:%.c=$(B)/analyze/%.o)
analyze: | $(DEPS_TEST)
	cppcheck --quiet --error-exitcode=1 \
	  --enable=warning,portability,performance \
	  --std=c11 --inline-suppr -Igame $(INI_CFLAGS) \
	  -DDETENTE_VERSION='"$(VERSION)"' --suppress=missingIncludeSystem game
	$(MAKE) -s unused
	$(MAKE) -s analyzer
# Functions nothing calls: the whole program, tests included (a function
# only the tests use is an API they pin down), reported for game/ only.
# ctuuninitvar: a caller's out-parameter taken for a read across files.
unused: | $(DEPS_TEST)
	cppcheck --quiet --error-exitcode=1 --enable=unusedFunction \
	  --std=c11 --inline-suppr -Igame -Itests/unit $(INI_CFLAGS) \
	  -DDETENTE_VERSION='"$(VERSION)"' --suppress=missingIncludeSystem \
	  --suppress=ctuuninitvar '--suppress=*:tests/*' \
	  game tests/unit tests/fuzz tests/bench
analyzer: $(ANALYZE_OBJ)
$(B)/analyze/%.o: %.c | $(DEPS_BUILD)
	@mkdir -p $(@D)
	@echo "analyze $<"
	@$(CC) -fanalyzer -Werror $(BASE_CFLAGS) $(if $(findstring game/ui/,$<)$(findstring main.c,$<),$(CURSES_CFLAGS)) -MMD -MP -c $< -o $@
-include $(ANALYZE_OBJ:%.o=%.d)

# The data folder holds scenarios/ and assets/; an installed binary finds
# it at ../share/detente from its own folder (game/util/paths.h).
# INSTALL_BIN: another build of the game to install (the sanitizer run
# installs build/asan/detente).
INSTALL_BIN ?= detente
install: $(INSTALL_BIN)
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(DATADIR)" \
	  "$(DESTDIR)$(MANDIR)/man6"
	install -m 0755 $(INSTALL_BIN) "$(DESTDIR)$(BINDIR)/detente"
	rm -rf "$(DESTDIR)$(DATADIR)/scenarios" "$(DESTDIR)$(DATADIR)/assets"
	cp -R scenarios assets "$(DESTDIR)$(DATADIR)/"
	chmod -R u=rwX,go=rX "$(DESTDIR)$(DATADIR)"
	sed 's|@DATADIR@|$(DATADIR)|g' assets/detente.6 \
	  >"$(DESTDIR)$(MANDIR)/man6/detente.6"
	chmod 0644 "$(DESTDIR)$(MANDIR)/man6/detente.6"
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/detente"
	rm -f "$(DESTDIR)$(MANDIR)/man6/detente.6"
	rm -rf "$(DESTDIR)$(DATADIR)/scenarios" "$(DESTDIR)$(DATADIR)/assets"
	-rmdir "$(DESTDIR)$(DATADIR)" 2>/dev/null

clean:
	rm -rf $(B) detente
