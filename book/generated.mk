# book/generated.mk -- files under $(D)/ that the book's programs write
# at build time: figure data (read by figures/*.gp) and program transcripts
# (printed in the book with \programoutput).  Included by the Makefile.
# $(D) is build/data for the book; `make sanitize` and `make valgrind` point
# it elsewhere to run every example under the checking tools, and $(RUN)
# (empty by default) prefixes each program with valgrind.
#
# For each file: add it to GENERATED, give the rule that runs the program,
# and make the figure that reads it depend on it.

# Chapter 张量
GENERATED += $(D)/tensor-layout.txt $(D)/tensor-layout.dat
$(D)/tensor-layout.txt: $(B)/bin/tensor-layout
	@mkdir -p $(@D)
	$(RUN) $< > $@
$(D)/tensor-layout.dat: $(B)/bin/tensor-layout
	@mkdir -p $(@D)
	$(RUN) $< --table > $@
build/figures/tensor-layout.pdf: $(D)/tensor-layout.dat

# Chapter 像 PyTorch 那样打印张量
GENERATED += $(D)/print-demo.txt
$(D)/print-demo.txt: $(B)/bin/print-demo
	@mkdir -p $(@D)
	$(RUN) $< > $@

# Chapter 随机数从哪里来 (book/ch40-random.nw)
GENERATED += $(D)/random-golden.txt $(D)/random-known.txt $(D)/random-fma.txt \
             $(D)/random-uniform.dat $(D)/random-normal.dat $(D)/random-pairs.dat
$(D)/random-golden.txt: $(B)/bin/random-demo tests/golden/random/torch.txt \
                        tests/golden/random/numpy.txt
	@mkdir -p $(@D)
	$(RUN) $< golden > $@
$(D)/random-known.txt: $(B)/bin/random-demo
	@mkdir -p $(@D)
	$(RUN) $< known > $@
$(D)/random-fma.txt: $(B)/bin/random-demo
	@mkdir -p $(@D)
	$(RUN) $< fma > $@
$(D)/random-uniform.dat: $(B)/bin/random-demo
	@mkdir -p $(@D)
	$(RUN) $< hist-uniform > $@
$(D)/random-normal.dat: $(B)/bin/random-demo
	@mkdir -p $(@D)
	$(RUN) $< hist-normal > $@
$(D)/random-pairs.dat: $(B)/bin/random-demo
	@mkdir -p $(@D)
	$(RUN) $< pairs > $@
build/figures/random-uniform.pdf: $(D)/random-uniform.dat
build/figures/random-normal.pdf: $(D)/random-normal.dat
build/figures/random-pairs.pdf: $(D)/random-pairs.dat

# Chapter 命令行工具 nninit (book/ch90-cli.nw): a few runs of nninit, one failing.
GENERATED += $(D)/cli-examples.txt
$(D)/cli-examples.txt: $(B)/bin/nninit
	@mkdir -p $(@D)
	set -e; { echo '$$ nninit sample uniform --shape 2x3'; \
	  $(RUN) $< sample uniform --shape 2x3; \
	  echo '$$ nninit sample normal --shape 4 --dtype float64 --seed 42 --mean 1 --std 0.5'; \
	  $(RUN) $< sample normal --shape 4 --dtype float64 --seed 42 --mean 1 --std 0.5; \
	  echo '$$ nninit sample normal --shape 3 --generator numpy'; \
	  $(RUN) $< sample normal --shape 3 --generator numpy; \
	  echo '$$ nninit sample uniform --shape 3 --seed -1'; \
	  status=0; $(RUN) $< sample uniform --shape 3 --seed -1 2>&1 || status=$$?; \
	  echo "(exit status $$status)"; test $$status -eq 2; } > $@

# Appendix B 可靠性 (book/appB-reliability.nw): nninit on hostile command
# lines and on a few normal ones (npy and txt files, -o onto an existing file
# with a failing run).  Every run must give the expected exit status; under
# `make valgrind` a memcheck error exits 99 and fails the rule.
GENERATED += $(D)/hostile-examples.txt
$(D)/hostile-examples.txt: $(B)/bin/nninit
	@mkdir -p $(@D)
	set -e; n=$<; w=$(D)/hostile-w.npy; rm -f $$w; \
	nines=$$(head -c 100000 /dev/zero | tr '\0' 9); \
	run() { want=$$1; shift; \
	    out=$$($(RUN) $$n "$$@" 2>&1) && status=0 || status=$$?; \
	    [ -z "$$out" ] || printf '%s\n' "$$out" | fold -s -w 76; \
	    echo "(exit status $$status)"; test $$status -eq $$want; }; \
	{ echo '$$ nninit smaple uniform --shape 3'; run 2 smaple uniform --shape 3; \
	  echo '$$ nninit sample uniform --shape 3xx4'; run 2 sample uniform --shape 3xx4; \
	  echo '$$ nninit sample uniform --shape 999...9   (100000 个 9)'; \
	  run 2 sample uniform --shape $$nines; \
	  echo '$$ nninit sample uniform --shape 4294967296x4294967296'; \
	  run 2 sample uniform --shape 4294967296x4294967296; \
	  echo '$$ nninit sample uniform --shape 0x67108864x67108864x67108864'; \
	  run 2 sample uniform --shape 0x67108864x67108864x67108864; \
	  echo '$$ nninit sample normal --shape 3 --seed 18446744073709551616'; \
	  run 2 sample normal --shape 3 --seed 18446744073709551616; \
	  echo '$$ nninit sample normal --shape 3 --std nan'; \
	  run 2 sample normal --shape 3 --std nan; \
	  printf '%s\n' '$$ nninit sample uniform --shape 3 --dtype "$$(printf '"'"'a\nb\033[31m'"'"')"'; \
	  run 2 sample uniform --shape 3 --dtype "$$(printf 'a\nb\033[31m')"; \
	  echo '$$ nninit sample normal --shape 2x3 --generator numpy --format npy -o w.npy'; \
	  run 0 sample normal --shape 2x3 --generator numpy --format npy -o $$w; \
	  sum=$$(cksum < $$w); \
	  echo '$$ nninit sample normal --shape 2x3 --std -1 -o w.npy'; \
	  run 2 sample normal --shape 2x3 --std -1 -o $$w; \
	  test "$$(cksum < $$w)" = "$$sum"; echo '(w.npy is unchanged)'; \
	  echo '$$ nninit sample uniform --shape 2x2 --dtype float64 -o /nonexistent/w.txt'; \
	  run 2 sample uniform --shape 2x2 --dtype float64 -o /nonexistent/w.txt; \
	} > $@; rm -f $$w

# Appendix B: the outside symbols that each object of the library imports;
# the script fails when one of them is forbidden (exit, abort, stdout, ...).
GENERATED += $(D)/lib-imports.txt
$(D)/lib-imports.txt: scripts/check-lib-symbols.sh $(LIB_OBJ)
	@mkdir -p $(@D)
	scripts/check-lib-symbols.sh $(B)/obj/base/alloc.o $(LIB_OBJ) > $@
