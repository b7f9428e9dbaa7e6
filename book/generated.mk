# book/generated.mk -- files under build/data/ that the book's programs write
# at build time: figure data (read by figures/*.gp) and program transcripts
# (printed in the book with \programoutput).  Included by the Makefile.
#
# For each file: add it to GENERATED, give the rule that runs the program,
# and make the figure that reads it depend on it.

# Chapter 张量
GENERATED += build/data/tensor-layout.txt build/data/tensor-layout.dat
build/data/tensor-layout.txt: $(B)/bin/tensor-layout
	@mkdir -p $(@D)
	$< > $@
build/data/tensor-layout.dat: $(B)/bin/tensor-layout
	@mkdir -p $(@D)
	$< --table > $@
build/figures/tensor-layout.pdf: build/data/tensor-layout.dat

# Appendix 如何检验一个初始化 (book/appA-stats.nw)
GENERATED += build/data/stats-power.txt build/data/stats-power-curve.dat \
             build/data/stats-calibrate.txt build/data/stats-mutants.txt \
             build/data/stats-failure.txt build/data/stats-soak.txt
build/data/stats-power.txt: $(B)/bin/stats-power
	@mkdir -p $(@D)
	$< > $@
build/data/stats-power-curve.dat: $(B)/bin/stats-power
	@mkdir -p $(@D)
	$< --curve > $@
build/data/stats-calibrate.txt: $(B)/bin/stats-calibrate
	@mkdir -p $(@D)
	$< > $@
# every statistical suite against its mutants (the same run as make power)
build/data/stats-mutants.txt: scripts/power.sh $(STAT_TESTS)
	@mkdir -p $(@D)
	scripts/power.sh $(STAT_TESTS) > $@
build/figures/stats-power.pdf: build/data/stats-power-curve.dat
# a real failure message: the synthetic suite against its first mutant
build/data/stats-failure.txt: $(B)/tests/check-stat-synthetic
	@mkdir -p $(@D)
	(NNI_MUTANT=1 CK_RUN_CASE=battery $< 2>&1 || true) | sed -n '/:F:/,$$p' \
	    | fold -s -w 88 > $@
	@test -s $@ || { echo "$@: the mutant did not fail" >&2; rm -f $@; exit 1; }
# a short soak for the book: 20 rounds with the bases 1..20 (make soak: 200 random)
build/data/stats-soak.txt: scripts/soak.sh $(STAT_TESTS)
	@mkdir -p $(@D)
	SOAK_DIR=build/data/soak SOAK_BASE=sequential scripts/soak.sh 20 '' $(STAT_TESTS) > $@
