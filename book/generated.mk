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

# Chapter 用 C 重演笔记本 (book/ch70-notebook.nw): single cells, the claims
NOTEBOOK_CELLS := 4 6 10 11 14 16 17
GENERATED += $(NOTEBOOK_CELLS:%=$(D)/notebook-cell-%.txt) $(D)/notebook-claims.txt
$(D)/notebook-cell-%.txt: $(B)/bin/notebook
	@mkdir -p $(@D)
	$(RUN) $< --cell $* > $@
$(D)/notebook-claims.txt: $(B)/bin/notebook
	@mkdir -p $(@D)
	$(RUN) $< --claims > $@

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
