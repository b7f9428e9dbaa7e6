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

# Chapter 随机数从哪里来 (book/ch34-random.nw)
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

# Chapter 从一份笔记本说起 (book/ch12-notebook.nw; the program: appendix book/app3-notebook.nw): single cells, the claims
NOTEBOOK_CELLS := 4 6 10 11 14 16 17
GENERATED += $(NOTEBOOK_CELLS:%=$(D)/notebook-cell-%.txt) $(D)/notebook-claims.txt
$(D)/notebook-cell-%.txt: $(B)/bin/notebook
	@mkdir -p $(@D)
	$(RUN) $< --cell $* > $@
$(D)/notebook-claims.txt: $(B)/bin/notebook
	@mkdir -p $(@D)
	$(RUN) $< --claims > $@

# Chapter 命令行工具 nninit (book/ch60-cli.nw): a few runs of nninit, one failing.
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
# Appendix 如何检验一个初始化 (book/appA-stats.nw)
GENERATED += $(D)/stats-power.txt $(D)/stats-power-curve.dat \
             $(D)/stats-calibrate.txt $(D)/stats-mutants.txt \
             $(D)/stats-failure.txt $(D)/stats-soak.txt
$(D)/stats-power.txt: $(B)/bin/stats-power
	@mkdir -p $(@D)
	$(RUN) $< > $@
$(D)/stats-power-curve.dat: $(B)/bin/stats-power
	@mkdir -p $(@D)
	$(RUN) $< --curve > $@
$(D)/stats-calibrate.txt: $(B)/bin/stats-calibrate
	@mkdir -p $(@D)
	$(RUN) $< > $@
# the synthetic suite against its mutants (the same run as make power; the
# initializer suites have their own table, appendix 检验每一个初始化函数)
$(D)/stats-mutants.txt: scripts/power.sh $(B)/tests/check-stat-synthetic
	@mkdir -p $(@D)
	scripts/power.sh $(B)/tests/check-stat-synthetic > $@
build/figures/stats-power.pdf: $(D)/stats-power-curve.dat
# a real failure message: the synthetic suite against its first mutant
$(D)/stats-failure.txt: $(B)/tests/check-stat-synthetic
	@mkdir -p $(@D)
	(NNI_MUTANT=1 CK_RUN_CASE=battery $< 2>&1 || true) | sed -n '/:F:/,$$p' \
	    | fold -s -w 88 > $@
	@test -s $@ || { echo "$@: the mutant did not fail" >&2; rm -f $@; exit 1; }
# a short soak for the book: 20 rounds with the bases 1..20 (make soak: 200 random).
# Under the sanitizers (make sanitize remakes every data file) 2 rounds are
# enough: the rounds differ only in their seeds, not in the code they run.
# the calibration (make soak R=400 ALPHA=0.01) takes half an hour: its
# output is kept in the book's sources, with the command that produced it.
GENERATED += $(D)/soak-calibration.txt
$(D)/soak-calibration.txt: book/soak-calibration.txt
	@mkdir -p $(@D)
	cp $< $@
$(D)/stats-soak.txt: scripts/soak.sh $(STAT_TESTS)
	@mkdir -p $(@D)
	SOAK_DIR=$(D)/soak SOAK_BASE=sequential scripts/soak.sh $(if $(SANFLAGS),2,20) '' \
	    $(STAT_TESTS) > $@


# Chapters 扇入、扇出与增益 .. 其余的初始化函数 (book/ch80-ch86): the golden
# replay summary, the nn.Linear bound comparison, the Xavier exercise, and the
# data of every initializer's figure (init-demo COMMAND > init-COMMAND.dat).
GENERATED += $(D)/init-golden.txt $(D)/init-linear-default.txt $(D)/xavier-exercise.txt
$(D)/init-golden.txt: $(B)/bin/init-demo tests/golden/init/init.txt
	@mkdir -p $(@D)
	$(RUN) $< golden > $@
# Large orthogonal_ matrices against PyTorch and a float64 QR (chapter 其余的
# 初始化函数, 我们的约定与误差).
GENERATED += $(D)/init-orthogonal-golden.txt
$(D)/init-orthogonal-golden.txt: $(B)/bin/init-demo tests/golden/init/orthogonal.txt
	@mkdir -p $(@D)
	$(RUN) $< orthogonal-golden > $@
$(D)/init-linear-default.txt: $(B)/bin/init-demo
	@mkdir -p $(@D)
	$(RUN) $< linear-default > $@
$(D)/xavier-exercise.txt: $(B)/bin/xavier-exercise
	@mkdir -p $(@D)
	$(RUN) $< > $@
INIT_FIGURES := xavier kaiming basic trunc constant eye-dirac orthogonal sparse
GENERATED += $(INIT_FIGURES:%=$(D)/init-%.dat)
$(D)/init-%.dat: $(B)/bin/init-demo
	@mkdir -p $(@D)
	cmd=$*; case $$cmd in xavier|kaiming|basic|trunc) cmd=hist-$$cmd ;; esac; \
	$(RUN) $< $$cmd > $@
$(foreach f,$(INIT_FIGURES),$(eval build/figures/init-$(f).pdf: $(D)/init-$(f).dat))

# Chapter 命令行工具：全部初始化函数 (book/ch62-cli-init.nw)
GENERATED += $(D)/cli-init-examples.txt
$(D)/cli-init-examples.txt: $(B)/bin/nninit
	@mkdir -p $(@D)
	set -e; { echo '$$ nninit sample xavier_uniform --shape 2x3'; \
	  $(RUN) $< sample xavier_uniform --shape 2x3; \
	  echo '$$ nninit sample kaiming_normal --shape 2x2 --mode fan_out --nonlinearity relu'; \
	  $(RUN) $< sample kaiming_normal --shape 2x2 --mode fan_out --nonlinearity relu; \
	  echo '$$ nninit sample dirac --shape 2x2x3'; \
	  $(RUN) $< sample dirac --shape 2x2x3; \
	  echo '$$ nninit gain leaky_relu 0.2'; \
	  $(RUN) $< gain leaky_relu 0.2; \
	  echo '$$ nninit fans --shape 64x32x3x3'; \
	  $(RUN) $< fans --shape 64x32x3x3; \
	  echo '$$ nninit sample sparse --shape 3x4'; \
	  status=0; $(RUN) $< sample sparse --shape 3x4 2>&1 || status=$$?; \
	  echo "(exit status $$status)"; test $$status -eq 2; \
	  echo '$$ nninit sample eye --shape 3'; \
	  status=0; $(RUN) $< sample eye --shape 3 2>&1 || status=$$?; \
	  echo "(exit status $$status)"; test $$status -eq 2; } > $@
# The head of one case of the golden file, as the book shows it.
GENERATED += $(D)/init-golden-excerpt.txt
$(D)/init-golden-excerpt.txt: tests/golden/init/init.txt
	@mkdir -p $(@D)
	awk '/^case kaiming-float32-3x5$$/ { on = 1 } on { n++; print (length($$0) > 72 ? substr($$0, 1, 68) " ..." : $$0) } \
	     on && /^probe$$/ { p = 1 } p && /^= / { getline; print; exit }' $< > $@


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
	scripts/check-lib-symbols.sh $(B)/obj/base/alloc.o $(B)/obj/base/clocale.o $(LIB_OBJ) > $@

# Appendix 检验每一个初始化函数, 库本身的变异体: every library mutant of
# tests/mutate.c, in a copy of the tree and of $(B), must make its suite fail
# (the same run as the second part of make power).
GENERATED += $(D)/source-mutants.txt
$(D)/source-mutants.txt: scripts/source-mutants.sh $(B)/tests/mutate $(TESTS) $(PROGS) \
                         $(LOCALE_DEF)
	@mkdir -p $(@D)
	scripts/source-mutants.sh $(B) $(B)/tests/mutate CC='$(CC)' OPT='$(OPT)' \
	    SANFLAGS='$(SANFLAGS)' CFLAGS='$(CFLAGS)' CPPFLAGS='$(CPPFLAGS)' \
	    LDFLAGS='$(LDFLAGS)' > $@

# Appendix 检验每一个初始化函数 (book/appA5-stat-init.nw): sample sizes and
# power, the notebook's layers, the notebook checked at seed 0, and the
# initializer and notebook suites against their mutants (as make power does).
GENERATED += $(D)/stat-init-power.txt $(D)/stat-init-notebook-power.txt \
             $(D)/stat-init-notebook.txt $(D)/stat-init-mutants.txt
$(D)/stat-init-power.txt: $(B)/bin/stat-init
	@mkdir -p $(@D)
	$(RUN) $< power > $@
$(D)/stat-init-notebook-power.txt: $(B)/bin/stat-init
	@mkdir -p $(@D)
	$(RUN) $< notebook-power > $@
$(D)/stat-init-notebook.txt: $(B)/bin/stat-init
	@mkdir -p $(@D)
	$(RUN) $< notebook > $@
$(D)/stat-init-mutants.txt: scripts/power.sh $(B)/tests/check-stat-init \
                            $(B)/tests/check-stat-notebook
	@mkdir -p $(@D)
	scripts/power.sh $(B)/tests/check-stat-init $(B)/tests/check-stat-notebook > $@

# Chapter 为什么初始化很重要 (book/ch14-why-init.nw) and appendix C (deepnet):
# deepnet's tables (their first line is the header), its histograms (index 1
# of the same file), transcripts, and two tables that put deepnet's numbers
# next to PyTorch's seed means (tests/golden/deepnet/seeds.txt, made by
# tests/golden-deepnet.py) and the mean-field predictions.
DEEPNET_SEEDS := tests/golden/deepnet/seeds.txt
WHY_TANH := standard xavier_uniform
WHY_RELU := normal xavier_normal kaiming_normal default
WHY_RELU_COMPARED := xavier_normal kaiming_normal default
WHY_LINEAR := 1 5 30
GENERATED += $(D)/why-notebook.txt $(D)/why-symmetry.txt $(D)/why-linear.txt \
             $(WHY_TANH:%=$(D)/why-tanh-%.dat) $(WHY_RELU:%=$(D)/why-relu-%.dat) \
             $(WHY_LINEAR:%=$(D)/why-linear-%.dat) $(D)/why-compare-tanh.txt \
             $(D)/why-compare-relu.txt $(D)/deepnet-spread.txt $(D)/why-tanh-sat.txt
$(D)/why-notebook.txt: $(B)/bin/deepnet
	@mkdir -p $(@D)
	$(RUN) $< notebook --seed 0 > $@
$(D)/why-symmetry.txt: $(B)/bin/deepnet
	@mkdir -p $(@D)
	$(RUN) $< symmetry --seed 0 > $@
# E1 (Glorot and Bengio): 5 tanh layers of 500 units, 500 inputs, histograms.
$(D)/why-tanh-%.dat: $(B)/bin/deepnet
	@mkdir -p $(@D)
	$(RUN) $< tanh --init $* --width 500 --depth 5 --batch 500 --hist 50 --seed 0 > $@
# E2 (He et al.): 30 ReLU layers of 256 units, 256 inputs; normal is N(0, 0.5^2).
$(D)/why-relu-%.dat: $(B)/bin/deepnet
	@mkdir -p $(@D)
	$(RUN) $< relu --init $* $(if $(filter normal,$*),--std 0.5) --width 256 \
	    --depth 30 --batch 256 --seed 0 > $@
# E3 (Saxe et al.): products of L Gaussian 200 x 200 matrices, and orthogonal ones.
$(D)/why-linear-%.dat: $(B)/bin/deepnet
	@mkdir -p $(@D)
	$(RUN) $< linear --init xavier_normal --width 200 --depth $* --hist 44 --seed 0 > $@
$(D)/why-linear.txt: $(B)/bin/deepnet
	@mkdir -p $(@D)
	set -e; printf '%-14s %2s %9s %9s %8s %7s %9s %8s %8s\n' init L mean median \
	    'frac<0.1' max min 'mean s^2' 'mean s^4' > $@; \
	for init in xavier_normal orthogonal; do for L in $(WHY_LINEAR); do \
	  out=$$($(RUN) $< linear --init $$init --width 200 --depth $$L --seed 0); \
	  printf '%s\n' "$$out" | awk -v init=$$init 'NR == 2 { printf \
	      "%-14s %2d %9.4g %9.4g %8.4g %7.4g %9.3g %8.4g %8.4g\n", \
	      init, $$1, $$2, $$3, $$4, $$5, $$6, $$7, $$8 }' >> $@; \
	done; done
$(D)/why-compare-tanh.txt: scripts/deepnet-compare.awk $(DEEPNET_SEEDS) \
                           $(WHY_TANH:%=$(D)/why-tanh-%.dat)
	@mkdir -p $(@D)
	set -e; for i in $(WHY_TANH); do \
	  [ -z "$$sep" ] || echo; sep=1; \
	  awk -f $< -v config="tanh $$i 500 5 500 1 1" -v name=$$i -v layers=1,3,5 \
	      -v stats=act_std,grad_rms,wgrad_rms $(DEEPNET_SEEDS) $(D)/why-tanh-$$i.dat; \
	done > $@
$(D)/why-compare-relu.txt: scripts/deepnet-compare.awk $(DEEPNET_SEEDS) \
                           $(WHY_RELU_COMPARED:%=$(D)/why-relu-%.dat)
	@mkdir -p $(@D)
	set -e; for i in $(WHY_RELU_COMPARED); do \
	  [ -z "$$sep" ] || echo; sep=1; \
	  awk -f $< -v config="relu $$i 256 30 256 1 1" -v name=$$i -v layers=1,10,20,30 \
	      -v stats=pre_std,grad_rms $(DEEPNET_SEEDS) $(D)/why-relu-$$i.dat; \
	done > $@
# act_std and the saturation fraction (|a| > 0.9) of both tanh runs, side by side
$(D)/why-tanh-sat.txt: $(WHY_TANH:%=$(D)/why-tanh-%.dat)
	@mkdir -p $(@D)
	awk 'FNR == 1 { f++; next } NF == 0 { skip[f] = 1 } \
	     !skip[f] { std[f, $$1] = $$3; sat[f, $$1] = $$6 } \
	     END { printf "%5s %19s %19s\n", "layer", "standard", "xavier_uniform"; \
	           printf "%5s %9s %9s %9s %9s\n", "", "act_std", "sat", "act_std", "sat"; \
	           for (l = 1; l <= 5; l++) printf "%5d %9.4f %9.4g %9.4f %9.4g\n", \
	               l, std[1, l], sat[1, l], std[2, l], sat[2, l] }' $^ > $@
$(D)/deepnet-spread.txt: scripts/deepnet-spread.awk $(DEEPNET_SEEDS)
	@mkdir -p $(@D)
	awk -f $^ > $@
build/figures/why-notebook.pdf: $(D)/why-notebook.txt
build/figures/why-tanh-hist.pdf build/figures/why-tanh-grad.pdf: \
    $(WHY_TANH:%=$(D)/why-tanh-%.dat)
build/figures/why-relu.pdf: $(WHY_RELU:%=$(D)/why-relu-%.dat)
build/figures/why-linear.pdf: $(WHY_LINEAR:%=$(D)/why-linear-%.dat)

# Chapter 反向传播 (book/ch42-backward.nw): the first network of the E0 golden
# file, shortened for the page.
GENERATED += $(D)/backward-e0-excerpt.txt
$(D)/backward-e0-excerpt.txt: tests/golden/backward/e0.txt
	@mkdir -p $(@D)
	awk 'function out(s) { print (length(s) > 64 ? substr(s, 1, 60) " ..." : s) } \
	     NR <= 8 { out($$0); next } /^layer 2$$/ { print "..." } \
	     /^(loss|dx) / { out($$0) } /^end$$/ { print; exit }' $< > $@

# Chapter 训练：网络学得会吗 (book/ch16-training.nw): the digits, decompressed
# from the committed data/digits.csv.gz (scikit-learn's file) with gzip; train
# reads build/digits.csv by default, and so does check-train.
build/digits.csv: data/digits.csv.gz
	@mkdir -p $(@D)
	gzip -dc $< > $@.tmp && mv $@.tmp $@
$(B)/tests/check-train: | build/digits.csv
# The experiment grid (2 activations x 6 initializations x TRAIN_SEEDS seeds,
# TRAIN_EPOCHS epochs of the book's network, two threads), its bands, table and
# timing; the replay of the golden training runs against PyTorch; a few runs of
# train.  Under the checking tools the grid is shrunk (one seed, one epoch;
# memcheck also a small network) and agreement skips its longest cases (and
# measures the growth on a short run): the code paths are the same, only the
# sizes differ.
TRAIN_SEEDS ?= 4
TRAIN_EPOCHS ?= 10
TRAIN_GRID_ARGS = $(if $(RUN),--seeds 1 --epochs 1 --width 16 --depth 2,\
                  $(if $(SANFLAGS),--seeds 1 --epochs 1,\
                  --seeds $(TRAIN_SEEDS) --epochs $(TRAIN_EPOCHS)))
GENERATED += $(D)/train-grid.dat $(D)/train-bands-relu.dat \
             $(D)/train-bands-tanh.dat $(D)/train-table.txt $(D)/train-time.txt \
             $(D)/train-agreement.txt $(D)/train-agreement-steps.dat \
             $(D)/train-examples.txt
$(D)/train-grid.dat: $(B)/bin/train-demo build/digits.csv
	@mkdir -p $(@D)
	$(RUN) $< grid $(TRAIN_GRID_ARGS) > $@
$(D)/train-bands-%.dat: $(B)/bin/train-demo $(D)/train-grid.dat
	$(RUN) $< bands $* < $(D)/train-grid.dat > $@
$(D)/train-table.txt: $(B)/bin/train-demo $(D)/train-grid.dat
	$(RUN) $< table < $(D)/train-grid.dat > $@
$(D)/train-time.txt: $(B)/bin/train-demo $(D)/train-grid.dat
	$(RUN) $< time < $(D)/train-grid.dat > $@
$(D)/train-agreement.txt: $(B)/bin/train-demo build/digits.csv \
                          tests/golden/train/curves.txt
	@mkdir -p $(@D)
	$(RUN) $< agreement $(if $(RUN)$(SANFLAGS),quick) > $@
$(D)/train-agreement-steps.dat: $(B)/bin/train-demo build/digits.csv \
                                tests/golden/train/curves.txt
	@mkdir -p $(@D)
	$(RUN) $< agreement steps $(if $(RUN)$(SANFLAGS),quick) > $@
build/figures/train-curves.pdf: $(D)/train-bands-relu.dat $(D)/train-bands-tanh.dat
build/figures/train-agreement.pdf: $(D)/train-agreement-steps.dat
# train on the command line: a short run, a diverging one (exit status 3), a
# bad argument (exit status 2).  Under memcheck the short run uses a small
# network (the diverging one stops after three steps anyway).
TRAIN_EXAMPLE_SIZE = $(if $(RUN), --width 16 --depth 2)
$(D)/train-examples.txt: $(B)/bin/train build/digits.csv
	@mkdir -p $(@D)
	set -e; run() { want=$$1; shift; echo "\$$ train $$*"; \
	    status=0; $(RUN) $< "$$@" 2>&1 || status=$$?; \
	    echo "(exit status $$status)"; test $$status -eq $$want; }; \
	{ run 0 relu --init kaiming_uniform --epochs 3$(TRAIN_EXAMPLE_SIZE); \
	  run 3 relu --init normal --std 1; \
	  run 2 relu --init xavier_normal --std 0.5; } > $@
GENERATED += $(D)/train-explog.txt
$(D)/train-explog.txt: $(B)/bin/train-demo tests/golden/train/mathfun.txt
	@mkdir -p $(@D)
	$(RUN) $< explog > $@
GENERATED += $(D)/train-init.txt
$(D)/train-init.txt: $(B)/bin/train-demo build/digits.csv
	@mkdir -p $(@D)
	$(RUN) $< init > $@
$(B)/tests/check-hostile: | build/digits.csv

# Appendix 性能 (book/appP-performance.nw): a quick run of the benchmark at
# build time (n = 2^20 and a few float32 cases at 2^24; PyTorch and NumPy
# rows when /usr/bin/python3 has them), the kernel variants side by side, the
# fast generator's statistical suite against its mutants, and a bounded
# dieharder run on its words (seed 1: the same result at every build).
# Under the checking tools (make sanitize sets SANFLAGS, make valgrind sets
# RUN) the benchmark is a smoke run without Python and dieharder sees only
# the monobit test on 100000 words.  make bench is the full benchmark.
PERF_CHECKING = $(RUN)$(SANFLAGS)
DIEHARDER_TESTS := 0 4 8 10 11 15 100 202 203 204 205
GENERATED += $(D)/bench.txt $(D)/bench-figure.dat $(D)/bench-variants.txt \
             $(D)/xoshiro-mutants.txt $(D)/dieharder.txt
$(D)/bench.txt: $(B)/bin/bench scripts/bench-oracle.py
	@mkdir -p $(@D)
	$(RUN) $< $(if $(PERF_CHECKING),--smoke --no-python,--quick) \
	    --figure $(D)/bench-figure.dat > $@
$(D)/bench-figure.dat: $(D)/bench.txt
	@test -f $@ || { rm -f $<; echo "$@ is missing: run make again" >&2; exit 1; }
$(D)/bench-variants.txt: $(B)/bin/bench $(D)/bench.txt
	@mkdir -p $(@D)
	$(RUN) $< --variants $(if $(PERF_CHECKING),--smoke) > $@
build/figures/bench.pdf: $(D)/bench-figure.dat
$(D)/xoshiro-mutants.txt: scripts/power.sh $(B)/tests/check-stat-xoshiro
	@mkdir -p $(@D)
	scripts/power.sh $(B)/tests/check-stat-xoshiro > $@
$(D)/dieharder.txt: $(B)/bin/xoshiro-words
	@mkdir -p $(@D)
	set -e; for t in $(if $(PERF_CHECKING),100,$(DIEHARDER_TESTS)); do \
	    $(RUN) $< 1 | dieharder -g 200 -d $$t $(if $(PERF_CHECKING),-p 1); \
	done > $@.raw
	awk -F'|' '/dieharder version/ { match($$0, /version [0-9.]+/); \
	               v = substr($$0, RSTART + 8, RLENGTH - 8) } \
	           /test_name/ && !h { print; h = 1 } \
	           NF == 6 && $$6 ~ /PASSED|WEAK|FAILED/ { print; n++; \
	               r = $$6; gsub(/ /, "", r); c[r]++ } \
	           END { printf "dieharder %s, seed 1: %d rows, %d PASSED, %d WEAK, " \
	                 "%d FAILED\n", v, n, c["PASSED"], c["WEAK"], c["FAILED"] }' \
	    $@.raw > $@
	rm -f $@.raw
