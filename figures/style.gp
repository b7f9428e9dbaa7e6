# Common settings for every figure of the book.  Each figure script starts
# with `load 'figures/style.gp'`; make passes datadir and outfile with -e.
set terminal pdfcairo enhanced color font "Noto Sans CJK SC,9" size 12cm,7cm
set output outfile
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid lc rgb "#dddddd" lw 0.5
set key noautotitle
