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
