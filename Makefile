# nninit -- a literate C library for neural-network parameter initialization.
#
#   make          install missing Debian packages, tangle book/ into src/ and
#                 tests/, build the library and programs, run the examples
#                 that feed the figures, draw the figures, typeset build/book.pdf
#   make html     the HTML edition only: build/html/ (make builds it too)
#   make check    every test: tangle check, Check suites, golden comparisons,
#                 the HTML edition in headless Chromium
#   make golden   regenerate tests/golden/ from the real PyTorch and NumPy
#   make soak     rerun the statistical suites R times with fresh seeds (R=200;
#                 ALPHA=0.01 for a calibration run); make power: run them
#                 against their mutants, and the library mutants of
#                 tests/mutate.c against their suites; every one must be caught
#   make bench    time the library next to PyTorch and NumPy (a benchmark,
#                 not a test): prints a table, writes build/bench.tsv
#   make install  install the library, headers, pkg-config file, nninit and
#                 its man page under PREFIX (/usr/local); make uninstall
#
# CFLAGS, CPPFLAGS and LDFLAGS given on the command line are added to the
# project's own flags (make CFLAGS=-O3 works); the flags that bit-exactness
# needs come last, so they cannot be overridden by accident.
#
# Everything the compiler makes goes to $(B) (default build/), so that other
# configurations can live side by side:  make B=build/clang CC=clang check-c
.DELETE_ON_ERROR:
.SUFFIXES:
.SECONDARY:
MAKEFLAGS += --no-print-directory
SHELL := /bin/sh

# ---------------------------------------------------------------- sources
# Chapters in book order (ch*.nw), then the appendices (app*.nw).  Chunks may
# be continued across files, so every tangle and weave sees all of them.
NW := $(sort $(wildcard book/ch*.nw)) $(sort $(wildcard book/app*.nw))

# Debian packages: what `make` needs, what `make check` needs, what the
# golden-file scripts need (only `make golden`).  DEPS_HTML: the HTML
# edition (make html); make check builds it too, and opens it in chromium.
# locales: localedef builds the de_DE.UTF-8 locale that check-locale uses;
# g++, binutils, groff-base: check-install (C++, readelf/nm, the man page).
DEPS_HTML   := gcc make pkg-config noweb check gnuplot-nox python3 pandoc \
               libjs-katex texlive-binaries texlive-latex-base fonts-noto-cjk
DEPS_BUILD  := gcc make pkg-config noweb check gnuplot-nox locales \
               texlive-xetex texlive-lang-chinese texlive-latex-recommended \
               texlive-latex-extra texlive-fonts-recommended fonts-noto-cjk \
               fonts-arphic-gkai00mp \
               latexmk lmodern poppler-utils python3 pandoc libjs-katex \
               dieharder
DEPS_CHECK  := clang $(DEPS_HTML) chromium dieharder g++ locales binutils \
               groff-base
DEPS_GOLDEN := python3 python3-torch python3-numpy python3-scipy python3-mpmath \
               python3-sklearn
DEPS_FUZZ   := clang libclang-rt-14-dev make pkg-config noweb check
DEPS_BENCH  := gcc make noweb

# ---------------------------------------------------------------- compiler
B      ?= build
D      ?= build/data
CC     ?= cc
OPT    ?= -O2 -g
WERROR ?= -Werror
# Every compile command is
#     $(CC) <project flags> $(CPPFLAGS) $(CFLAGS) $(CFLAGS_EXACT) $(SANFLAGS)
# The project flags (CFLAGS_LIB or CFLAGS_TEST: standard, warnings, -Isrc,
# dependency files, and the optimisation level OPT, which the repro and
# sanitize configurations change) come first; the user's CPPFLAGS and CFLAGS
# are appended, so `make CFLAGS=-O0` or `make CPPFLAGS=-DX` add to them.
# CFLAGS_EXACT comes last: -ffp-contract=off (the compiler must never fuse
# a*b+c on its own; every fused multiply-add that PyTorch performs is written
# as fma()/fmaf()) and -fno-fast-math are what bit-exactness with PyTorch
# needs, and a later flag wins.  Links use $(LDFLAGS) the same way.
CFLAGS   ?=
CPPFLAGS ?=
LDFLAGS  ?=
CFLAGS_EXACT = -ffp-contract=off -fno-fast-math
CFLAGS_COMMON = -std=c11 $(OPT) -fPIC \
    -Wall -Wextra -Wpedantic -Wshadow -Wundef -Wwrite-strings \
    -Wstrict-prototypes -Wold-style-definition $(WERROR) -Isrc -MMD -MP
CFLAGS_LIB  = $(CFLAGS_COMMON) -Wmissing-prototypes -Wdouble-promotion
CFLAGS_TEST = $(CFLAGS_COMMON) -Itests $(shell pkg-config --cflags check 2>/dev/null)
LDLIBS_TEST = $(shell pkg-config --libs check 2>/dev/null)
SANFLAGS ?=
RUN      ?=

# The version lives in one place, src/base/version.h (tangled from the
# book); the shared library is libnninit.so.MAJOR.MINOR.PATCH with the soname
# libnninit.so.MAJOR.
VERSION   := $(shell sed -n 's/^\#define NNI_VERSION_STRING "\([0-9.]*\)".*/\1/p' src/base/version.h 2>/dev/null)
SOVERSION := $(firstword $(subst ., ,$(VERSION)))

# ---------------------------------------------------------------- top level
.PHONY: all deps tangle build-all lib programs figures data book html html-deps \
        check check-deps check-html \
        check-tangle check-c check-golden repro golden golden-deps sanitize \
        valgrind valgrind-suites check-symbols fuzz fuzz-deps clean help \
        soak power soak-run power-run bench install uninstall check-install \
        locale

all: deps
	@$(MAKE) tangle
	@$(MAKE) build-all
	@echo
	@echo "==> done."
	@echo "    book:     build/book.pdf   (HTML: build/html/index.html)"
	@echo "    library:  $(B)/libnninit.a  $(B)/libnninit.so.$(VERSION)   (headers: src/nninit.h)"
	@echo "    programs: $(patsubst src/bin/%.c,$(B)/bin/%,$(wildcard src/bin/*.c))"

help:
	@sed -n '2,24p' Makefile

deps:
	@scripts/install-deps.sh $(DEPS_BUILD)

# ---------------------------------------------------------------- tangle
# One stamp for the whole tangle: any .nw edit re-runs notangle (cheap), but
# cpif keeps the timestamps of unchanged files, so nothing is recompiled.
tangle: build/tangle.stamp
build/tangle.stamp: $(NW) scripts/tangle.sh scripts/check-nw.sh
	@mkdir -p build
	@scripts/check-nw.sh $(NW)
	@scripts/tangle.sh . $(NW)
	@touch $@

# ---------------------------------------------------------------- the C code
# These lists are read from the tree *after* tangling (the recipes above call
# a fresh make for the build), so a new root chunk needs no Makefile edit.
# The folders follow the book's parts, and each is one archive:
#   src/<module>/   the library            -> libnninit.a, libnninit.so (installed)
#   src/cli/        the tool nninit        -> libcli.a      (links: the library)
#   src/examples/   notebook replay, deepnet, train: code shared by the example
#                   programs               -> libexamples.a (links: cli, library)
#   tests/support/  golden-file replays, synthetic samples: code shared by the
#                   suites and the demos that print the book's checks
#                                          -> libtestsupport.a (never installed)
LIB_SRC  := $(sort $(filter-out src/bin/% src/cli/% src/examples/%,$(shell find src -name '*.c' 2>/dev/null)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
EX_SRC   := $(sort $(wildcard src/examples/*.c))
SUPPORT_SRC := $(sort $(wildcard tests/support/*.c))
PROG_SRC := $(sort $(wildcard src/bin/*.c))
TEST_SRC := $(sort $(wildcard tests/check-*.c))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(B)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:src/%.c=$(B)/obj/%.o)
EX_OBJ   := $(EX_SRC:src/%.c=$(B)/obj/%.o)
SUPPORT_OBJ := $(SUPPORT_SRC:tests/%.c=$(B)/obj/tests/%.o)
PROGS    := $(PROG_SRC:src/bin/%.c=$(B)/bin/%)
TESTS    := $(TEST_SRC:tests/%.c=$(B)/tests/%)
STAT_TESTS := $(filter $(B)/tests/check-stat-%,$(TESTS))
LIBA     := $(B)/libnninit.a
LIBSO    := $(B)/libnninit.so
LIBSO_V  := $(B)/libnninit.so.$(VERSION)
LIBCLI   := $(B)/libcli.a
LIBEX    := $(B)/libexamples.a
LIBSUPPORT := $(B)/libtestsupport.a
# The demos that replay golden files or draw synthetic samples to print the
# book's checks (random-demo, init-demo, train-demo; stats-power and
# stats-calibrate of the appendix on statistical tests) link the test support;
# only they and the suites see its headers (-Itests).  nninit links only
# src/cli/ and the library; deepnet, train and notebook add src/examples/.
SUPPORT_PROGS := $(addprefix $(B)/bin/,random-demo init-demo train-demo \
                                       stats-power stats-calibrate)

lib: $(LIBA) $(LIBSO)
programs: $(PROGS)

$(B)/obj/bin/%.o $(B)/obj/cli/%.o $(B)/obj/examples/%.o $(SUPPORT_OBJ): \
    CFLAGS_LIB += -Wno-missing-prototypes
$(SUPPORT_PROGS:$(B)/bin/%=$(B)/obj/bin/%.o) $(SUPPORT_OBJ): CFLAGS_LIB += -Itests
# The random-number kernels (book appendix 性能, src/random/kernels.c) are
# plain loops for the compiler to vectorize, one copy per instruction set
# chosen at run time: -ftree-vectorize (GCC 12 hardly vectorizes at -O2;
# clang accepts it), -fno-math-errno (sqrtf without an errno branch),
# -fno-trapping-math (the cephes selects become blends).  None of them
# changes a single result; -ffp-contract=off stays.  Inert at -O0.
# They join the project flags (CFLAGS_LIB), so the user's CPPFLAGS and
# CFLAGS and then CFLAGS_EXACT still follow them on the command line.
KERNEL_CFLAGS := -ftree-vectorize -fno-math-errno -fno-trapping-math
$(B)/obj/random/kernels.o: CFLAGS_LIB += $(KERNEL_CFLAGS)
$(B)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_LIB) $(CPPFLAGS) $(CFLAGS) $(CFLAGS_EXACT) $(SANFLAGS) -c $< -o $@

$(LIBA): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

# The shared library exports exactly the public API: the version script
# scripts/libnninit.map keeps every nni_<letter or digit>... name global and
# makes everything else (the nni__ internals) local.  libnninit.so and
# libnninit.so.MAJOR are symbolic links, as ldconfig would make them.
$(LIBSO_V): $(LIB_OBJ) scripts/libnninit.map
	$(CC) -shared -Wl,-soname,libnninit.so.$(SOVERSION) \
	    -Wl,--version-script=scripts/libnninit.map $(SANFLAGS) $(LDFLAGS) \
	    -o $@ $(LIB_OBJ) -lm
$(LIBSO): $(LIBSO_V)
	ln -sf libnninit.so.$(VERSION) $(B)/libnninit.so.$(SOVERSION)
	ln -sf libnninit.so.$(SOVERSION) $@

$(B)/obj/tests/support/%.o: tests/support/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_LIB) $(CPPFLAGS) $(CFLAGS) $(CFLAGS_EXACT) $(SANFLAGS) -c $< -o $@

$(LIBCLI): $(CLI_OBJ)
$(LIBEX): $(EX_OBJ)
$(LIBSUPPORT): $(SUPPORT_OBJ)
$(LIBCLI) $(LIBEX) $(LIBSUPPORT):
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

$(B)/bin/nninit: $(B)/obj/bin/nninit.o $(LIBCLI) $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(SANFLAGS) $(LDFLAGS) -o $@ $^ -lm
$(SUPPORT_PROGS): $(B)/bin/%: $(B)/obj/bin/%.o $(LIBSUPPORT) $(LIBEX) $(LIBCLI) $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(SANFLAGS) $(LDFLAGS) -o $@ $^ -lm
$(B)/bin/%: $(B)/obj/bin/%.o $(LIBEX) $(LIBCLI) $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(SANFLAGS) $(LDFLAGS) -o $@ $^ -lm

# check-alloc reads the book to find every allocation site (appendix B);
# suites that run the programs (check-hostile) find them in NNI_BIN_DIR.
$(B)/obj/tests/check-alloc.o: CFLAGS_TEST += -DNNI_BOOK_FILES='"$(NW)"'
$(B)/obj/tests/%.o: CFLAGS_TEST += -DNNI_BIN_DIR='"$(B)/bin"'
$(B)/obj/tests/check-alloc.o: $(NW)
$(B)/obj/tests/%.o: CFLAGS_TEST += -DNNI_SUITE_FILE='"$*"'
$(B)/obj/tests/check-locale.o: CFLAGS_TEST += -DNNI_LOCALE_DIR='"$(LOCALE_DIR)"'
$(B)/obj/tests/%.o: tests/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_TEST) $(CPPFLAGS) $(CFLAGS) $(CFLAGS_EXACT) $(SANFLAGS) -c $< -o $@

$(B)/tests/%: $(B)/obj/tests/%.o $(LIBSUPPORT) $(LIBEX) $(LIBCLI) $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(SANFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS_TEST) -lm

# check-locale runs under a comma-decimal locale, compiled here with localedef
# from the Debian package locales (no root needed: the suite points LOCPATH
# at build/locale).
LOCALE_DIR := build/locale
LOCALE_DEF := $(LOCALE_DIR)/de_DE.UTF-8/LC_NUMERIC
locale: $(LOCALE_DEF)
$(LOCALE_DEF):
	@mkdir -p $(LOCALE_DIR)
	localedef -i de_DE -f UTF-8 $(LOCALE_DIR)/de_DE.UTF-8 || test -s $@
$(B)/tests/check-locale: | $(LOCALE_DEF)

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(EX_OBJ:.o=.d) $(SUPPORT_OBJ:.o=.d) \
         $(PROG_SRC:src/%.c=$(B)/obj/%.d) \
         $(TEST_SRC:tests/%.c=$(B)/obj/tests/%.d) \
         $(patsubst tests/%.c,$(B)/obj/tests/%.d,$(wildcard tests/fuzz-*.c))

# ---------------------------------------------------------------- figures
# book/generated.mk says which program writes which file under build/data/
# (figure data and the transcripts that the book prints) and which data each
# figure reads.  gnuplot runs from the top directory.
GENERATED :=
include book/generated.mk
FIGS := $(patsubst figures/%.gp,build/figures/%.pdf,$(filter-out figures/style.gp,$(wildcard figures/*.gp)))

build/figures/%.pdf: figures/%.gp figures/style.gp
	@mkdir -p $(@D)
	gnuplot -e "datadir='$(D)'; outfile='$@'" $<

figures: $(FIGS)
data: $(GENERATED)

# ---------------------------------------------------------------- the book
# All chapters are woven in one run, so that cross-references and the
# identifier index span the whole book.
build/book/allcode.tex: $(NW)
	@mkdir -p $(@D)
	noweave -n -index $(NW) > $@.new
	cpif $@ < $@.new
	@rm -f $@.new

build/book/%: book/%
	@mkdir -p $(@D)
	cp $< $@

book: build/book.pdf
# check-layout.sh fails the build when a word of the typeset book runs past the
# right edge of the text block (it lists them, with page numbers; the PDF stays
# in build/book/book.pdf for a look).  `make LAYOUT_MODE=--report` only lists
# them and copies the PDF anyway, for a draft.
LAYOUT_MODE ?=
build/book.pdf: build/book/book.tex build/book/nowebzh.sty build/book/refs.bib build/book/allcode.tex \
                $(FIGS) $(GENERATED) scripts/check-latex-log.sh scripts/check-layout.sh
	cd build/book && latexmk -xelatex -interaction=nonstopmode -halt-on-error \
	    book.tex > latexmk.out 2>&1 || { tail -n 60 latexmk.out; exit 1; }
	scripts/check-latex-log.sh build/book/book.log
	scripts/check-layout.sh build/book/book.pdf build/book/book.log $(LAYOUT_MODE)
	cp build/book/book.pdf $@

# ---------------------------------------------------------------- the HTML edition
# The same $(NW), woven by scripts/html-weave.py (noweb's markup | finduses |
# noidx, then pandoc; the math typeset by KaTeX from libjs-katex in the
# browser), one page per part, chapter and appendix in build/html/.  The
# figures are SVG from the same gnuplot scripts (figformat='svg', see
# figures/style.gp; heat maps keep their pixels sharp); a script that still
# sets its own terminal gets its PDF converted, with a warning.  The book's
# appendix on the build says why.
HTML := build/html
HTML_FIGS := $(FIGS:build/figures/%.pdf=$(HTML)/figures/%.svg)
html: html-deps
	@$(MAKE) tangle
	@$(MAKE) $(HTML)/index.html
html-deps:
	@scripts/install-deps.sh $(DEPS_HTML)

$(HTML)/figures/%.svg: figures/%.gp figures/style.gp build/figures/%.pdf
	@mkdir -p $(@D)
	gnuplot -e "datadir='$(D)'; outfile='$@'; figformat='svg'" $<
	@grep -q '<svg' $@ || { echo "warning: $< sets its own terminal" \
	    "(use eval figterm(w, h), figures/style.gp); converting its PDF"; \
	    pdftocairo -svg build/figures/$*.pdf $@; }
	@sed -i "s/<image /<image style='image-rendering:pixelated' /" $@

$(HTML)/index.html: $(NW) book/book.tex book/refs.bib $(wildcard book/html/*) \
                    scripts/html-weave.py $(HTML_FIGS) $(GENERATED)
	scripts/html-weave.py --out $(HTML) --data $(D) --book book $(NW)

build-all: lib programs figures book $(HTML)/index.html locale

# ---------------------------------------------------------------- tests
check-deps:
	@scripts/install-deps.sh $(DEPS_CHECK)

check: check-deps
	@$(MAKE) tangle
	@$(MAKE) check-tangle
	@$(MAKE) check-symbols
	@$(MAKE) check-c
	@$(MAKE) check-install
	@$(MAKE) check-html
	@$(MAKE) repro
	@$(MAKE) sanitize

check-tangle:
	@scripts/check-tangle.sh $(NW)

# The HTML edition in headless Chromium, every page from file://: no script
# error, no missing resource, no broken link or anchor, math typeset, no raw
# LaTeX, nothing wider than a phone; screenshots in build/html-shots/.
check-html: $(HTML)/index.html
	@scripts/check-html.py $(HTML) build/html-shots

# Run every Check suite from the top directory (they read tests/golden/).
# All suites run even if one fails; the exit status reports any failure.
# The fuzz targets (tests/fuzz-*.c, run by make fuzz) are compiled too, so
# that an interface change that breaks them shows up here.
# Each suite also writes its results as TAP and as Check's XML, one file per
# suite: $(B)/test-results/check-NAME.tap and .xml (tests/test-report.h).
FUZZ_OBJ := $(patsubst tests/%.c,$(B)/obj/tests/%.o,$(wildcard tests/fuzz-*.c))
TEST_RESULTS := $(B)/test-results
check-c: $(TESTS) $(PROGS) $(FUZZ_OBJ)
	@rm -rf $(TEST_RESULTS) && mkdir -p $(TEST_RESULTS)
	@fail=0; for t in $(TESTS); do \
	    echo "--- $$t"; NNI_TEST_RESULTS=$(TEST_RESULTS) $$t || fail=1; \
	done; \
	if [ $$fail -ne 0 ]; then echo "==> make check: FAILED"; exit 1; fi; \
	echo "==> make check: all suites passed (TAP and XML in $(TEST_RESULTS)/)"

# The golden comparisons must give the same bits whatever the compiler and
# optimization level: rebuild the suites that read tests/golden/ with gcc and
# clang at -O0 and -O2 (gcc -O2 is the default build above) and run them.
# The programs are rebuilt too: a suite may run them (check-cli runs nninit).
GOLDEN_TESTS = $(patsubst tests/%.c,$(B)/tests/%,$(shell grep -l 'tests/golden/' $(TEST_SRC) /dev/null 2>/dev/null))
REPRO_CONFIGS := gcc:-O0 clang:-O0 clang:-O2
repro:
	@for cfg in $(REPRO_CONFIGS); do \
	    cc=$${cfg%%:*}; opt=$${cfg#*:}; \
	    echo "==> golden comparisons with $$cc $$opt (build/$$cc$$opt)"; \
	    $(MAKE) B=build/$$cc$$opt CC=$$cc OPT="$$opt -g" check-golden || exit 1; \
	done
check-golden: $(GOLDEN_TESTS) $(PROGS)
	@fail=0; for t in $(GOLDEN_TESTS); do echo "--- $$t"; $$t || fail=1; done; exit $$fail

# ---------------------------------------------------------------- statistical suites
# The statistical suites are the Check suites tests/check-stat-*.c (appendix
# 如何检验一个初始化).  soak: R rounds with fresh random seeds, a table of each
# check's failure rate (ALPHA=0.01: calibration).  power: every suite against
# each of its mutants; fails when a mutant survives.
R ?= 200
ALPHA ?=
soak power: check-deps
	@$(MAKE) tangle
	@$(MAKE) $@-run

soak-run: $(STAT_TESTS)
	@scripts/soak.sh $(R) '$(ALPHA)' $(STAT_TESTS)

# power, second part: the library mutants of tests/mutate.c (appendix A5),
# each applied to a copy of the sources and of $(B); its suite must fail.
power-run: $(STAT_TESTS) $(B)/tests/mutate $(TESTS) $(PROGS) $(LOCALE_DEF)
	@status=0; scripts/power.sh $(STAT_TESTS) || status=1; echo; \
	scripts/source-mutants.sh $(B) $(B)/tests/mutate CC='$(CC)' OPT='$(OPT)' \
	    SANFLAGS='$(SANFLAGS)' CFLAGS='$(CFLAGS)' CPPFLAGS='$(CPPFLAGS)' \
	    LDFLAGS='$(LDFLAGS)' || status=1; exit $$status

# ---------------------------------------------------------------- benchmark
# make bench (book appendix 性能): build/bin/bench times every case at n =
# 1200, 2^20 and 2^24 (median of 7 after a warm-up) and, when /usr/bin/python3
# has torch and numpy, the same operations in PyTorch (one thread) and NumPy
# in the same run (scripts/bench-oracle.py).  A benchmark, not a test: no
# timing is ever asserted, and it is not part of make check.
bench:
	@scripts/install-deps.sh $(DEPS_BENCH)
	@$(MAKE) tangle
	@$(MAKE) $(B)/bin/bench
	$(B)/bin/bench --tsv $(B)/bench.tsv
	@echo "==> $(B)/bench.tsv"

# ---------------------------------------------------------------- golden files
golden-deps:
	@scripts/install-deps.sh $(DEPS_GOLDEN)

golden: golden-deps
	@for s in tests/golden-*.py; do \
	    [ -e "$$s" ] || continue; \
	    echo "/usr/bin/python3 $$s"; /usr/bin/python3 $$s || exit 1; \
	done

# ---------------------------------------------------------------- checking tools
# make sanitize: the library, every example (all the build/data rules) and
# every Check suite built with AddressSanitizer + UndefinedBehaviorSanitizer
# in build/asan, and run; any report stops the run (-fno-sanitize-recover).
# make valgrind: the examples run under memcheck (every data rule, prefixed
# with $(RUN)), then every Check suite once with CK_FORK=no, so that memcheck
# watches the tests themselves; VALGRIND_SKIP names suites to leave out
# (make valgrind VALGRIND_SKIP='check-random').  Any error or leak fails.
# make check-symbols: no object of the library imports exit, abort, printf,
# stdout, malloc (outside base/alloc.o), ... (scripts/check-lib-symbols.sh).
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
                  -fno-omit-frame-pointer
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect,possible --show-leak-kinds=all

sanitize:
	@echo "==> ASan + UBSan build in build/asan"
	@rm -rf build/asan/data
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	    $(MAKE) B=build/asan D=build/asan/data OPT='-O1 -g' \
	    SANFLAGS='$(SANITIZE_FLAGS)' check-c data

valgrind:
	@echo "==> examples under valgrind memcheck"
	@rm -rf build/valgrind/data
	@$(MAKE) D=build/valgrind/data RUN='$(VALGRIND)' data
	@$(MAKE) valgrind-suites

VALGRIND_SKIP ?=
valgrind-suites: $(TESTS) $(PROGS)
	@fail=0; for t in $(filter-out $(VALGRIND_SKIP:%=$(B)/tests/%),$(TESTS)); do \
	    echo "--- valgrind $$t"; CK_FORK=no $(VALGRIND) $$t || fail=1; \
	done; \
	if [ $$fail -ne 0 ]; then echo "==> make valgrind: FAILED"; exit 1; fi; \
	echo "==> make valgrind: no errors, no leaks"

check-symbols: $(LIB_OBJ) scripts/check-lib-symbols.sh
	@scripts/check-lib-symbols.sh $(B)/obj/base/alloc.o $(B)/obj/base/clocale.o \
	    $(LIB_OBJ) > /dev/null
	@echo "symbol check: the library never exits, aborts, prints, allocates on its" \
	     "own or formats numbers in the caller's locale"

# make fuzz: the libFuzzer target tests/fuzz-cli.c (appendix B) and the library
# built with clang, coverage instrumentation, ASan and UBSan in build/fuzz; it
# runs FUZZ_SECONDS from the committed seed corpus tests/fuzz/corpus (new
# inputs go to build/fuzz/corpus, a crashing input to build/fuzz/crash-*).
# Any crash, sanitizer report or broken invariant fails.  Not part of check.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   := -fsanitize=address,undefined -fno-sanitize-recover=all \
                -fno-omit-frame-pointer
FUZZ_OPTIONS ?= -max_len=4096 -timeout=10 -rss_limit_mb=2048
fuzz: fuzz-deps
	@$(MAKE) tangle
	@$(MAKE) B=build/fuzz CC=clang OPT='-O1 -g' \
	    SANFLAGS='$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link' build/fuzz/fuzz-cli
	@mkdir -p build/fuzz/corpus
	build/fuzz/fuzz-cli -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/ $(FUZZ_OPTIONS) build/fuzz/corpus tests/fuzz/corpus
fuzz-deps:
	@scripts/install-deps.sh $(DEPS_FUZZ)

$(B)/fuzz-%: $(B)/obj/tests/fuzz-%.o $(LIBCLI) $(LIBA)
	$(CC) $(SANFLAGS) -fsanitize=fuzzer $(LDFLAGS) -o $@ $^ -lm

# ---------------------------------------------------------------- install
# The GNU way: PREFIX (default /usr/local) and the directory variables below
# can be set on the command line, DESTDIR is prepended to every path (for
# packaging and for the test).  Installs the public headers under
# INCLUDEDIR/nninit/ (pkg-config's --cflags is -I$(INCLUDEDIR)/nninit, so
# #include <nninit.h> works), libnninit.a, libnninit.so.VERSION with its two
# links, nninit.pc, the nninit tool and its man page (doc/nninit.1).
PREFIX       ?= /usr/local
BINDIR       ?= $(PREFIX)/bin
LIBDIR       ?= $(PREFIX)/lib
INCLUDEDIR   ?= $(PREFIX)/include
MANDIR       ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DESTDIR      ?=
INSTALL      ?= install
# the public header and every module header it includes
PUBLIC_HEADERS = $(shell sed -n 's/^\#include "\(.*\)"$$/\1/p' src/nninit.h)

install: $(LIBA) $(LIBSO) $(B)/bin/nninit doc/nninit.1
	$(INSTALL) -d $(DESTDIR)$(INCLUDEDIR)/nninit $(DESTDIR)$(LIBDIR) \
	    $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m 644 src/nninit.h $(DESTDIR)$(INCLUDEDIR)/nninit/nninit.h
	for h in $(PUBLIC_HEADERS); do \
	    $(INSTALL) -d $(DESTDIR)$(INCLUDEDIR)/nninit/$$(dirname $$h) && \
	    $(INSTALL) -m 644 src/$$h $(DESTDIR)$(INCLUDEDIR)/nninit/$$h || exit 1; \
	done
	$(INSTALL) -m 644 $(LIBA) $(DESTDIR)$(LIBDIR)/libnninit.a
	$(INSTALL) -m 755 $(LIBSO_V) $(DESTDIR)$(LIBDIR)/libnninit.so.$(VERSION)
	ln -sf libnninit.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libnninit.so.$(SOVERSION)
	ln -sf libnninit.so.$(SOVERSION) $(DESTDIR)$(LIBDIR)/libnninit.so
	$(INSTALL) -m 755 $(B)/bin/nninit $(DESTDIR)$(BINDIR)/nninit
	$(INSTALL) -m 644 doc/nninit.1 $(DESTDIR)$(MANDIR)/man1/nninit.1
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' '' \
	    'Name: nninit' \
	    'Description: neural-network parameter initialization, bit-identical to PyTorch 1.13' \
	    'Version: $(VERSION)' \
	    'Cflags: -I$${includedir}/nninit' \
	    'Libs: -L$${libdir} -lnninit' \
	    'Libs.private: -lm' > $(DESTDIR)$(PKGCONFIGDIR)/nninit.pc
	chmod 644 $(DESTDIR)$(PKGCONFIGDIR)/nninit.pc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/nninit $(DESTDIR)$(MANDIR)/man1/nninit.1 \
	    $(DESTDIR)$(LIBDIR)/libnninit.a $(DESTDIR)$(LIBDIR)/libnninit.so \
	    $(DESTDIR)$(LIBDIR)/libnninit.so.$(SOVERSION) \
	    $(DESTDIR)$(LIBDIR)/libnninit.so.$(VERSION) \
	    $(DESTDIR)$(PKGCONFIGDIR)/nninit.pc $(DESTDIR)$(INCLUDEDIR)/nninit/nninit.h \
	    $(addprefix $(DESTDIR)$(INCLUDEDIR)/nninit/,$(PUBLIC_HEADERS))
	for d in $(sort $(dir $(PUBLIC_HEADERS))); do \
	    rmdir $(DESTDIR)$(INCLUDEDIR)/nninit/$$d 2>/dev/null || true; done
	rmdir $(DESTDIR)$(INCLUDEDIR)/nninit 2>/dev/null || true

# make check-install: install into a temporary DESTDIR, check the layout,
# the soname, the exported symbols and the man page, build tests/install-demo.c
# against the installed copy with pkg-config (C shared, C static, C++) and run
# it, then uninstall and check that nothing is left (scripts/check-install.sh).
check-install: $(LIBA) $(LIBSO) $(B)/bin/nninit $(LIBSUPPORT) $(B)/bin/deepnet \
               $(B)/bin/train $(B)/bin/notebook
	@scripts/check-install.sh "$(B)" "$(VERSION)"

clean:
	rm -rf build
