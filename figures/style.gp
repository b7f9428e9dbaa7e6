# Common settings for every figure of the book.  Each figure script starts
# with `load 'figures/style.gp'`; make passes datadir and outfile with -e,
# and figformat='svg' for the HTML edition (make html), where it is 'pdf'
# otherwise.  A figure of another size than 12 cm x 7 cm says so with
#     eval figterm(13, 5.5)      # width, height in cm
#     set output outfile
# The PDF is drawn with pdfcairo at that size; the SVG at the same size in
# points (1 cm = 28.35 pt).  At the same nominal size the svg terminal sets
# text and lines larger than pdfcairo does, so the SVG asks for 6.5 pt text
# and half-width lines, which gives the PDF's proportions and layout.
if (!exists("figformat")) figformat = 'pdf'
figterm(w, h) = (figformat eq 'svg') ? \
    sprintf('set terminal svg enhanced font "Noto Sans CJK SC,6.5" linewidth 0.5 size %d,%d background "white"', \
            int(w * 28.3465 + 0.5), int(h * 28.3465 + 0.5)) : \
    sprintf('set terminal pdfcairo enhanced color font "Noto Sans CJK SC,9" size %gcm,%gcm', w, h)
eval figterm(12, 7)
set output outfile
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid lc rgb "#dddddd" lw 0.5
set key noautotitle
