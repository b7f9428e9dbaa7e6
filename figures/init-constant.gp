# constant_(0.3)、ones_、zeros_：等于常数的元素的比例与理论上的点质量（数据：init-demo constant）。
load 'figures/style.gp'
eval figterm(12, 5)
set output outfile
set style fill solid 0.45 noborder
set xrange [-0.25:1.25]
set yrange [0:1.15]
set xlabel "w"
set ylabel "比例"
set key outside right top vertical
plot datadir.'/init-constant.dat' index 0 using 1:2:(0.06) with boxes lc rgb "#3366aa" title "constant\\_(0.3)", \
     ''  index 2 using 1:2:(0.06) with boxes lc rgb "#cc3311" title "ones\\_", \
     ''  index 4 using 1:2:(0.06) with boxes lc rgb "#228833" title "zeros\\_", \
     ''  index 1 using 1:2 with impulses lw 1.5 lc rgb "black" title "理论：点质量", \
     ''  index 1 using 1:2 with points pt 7 ps 0.6 lc rgb "black", \
     ''  index 3 using 1:2 with impulses lw 1.5 lc rgb "black", \
     ''  index 3 using 1:2 with points pt 7 ps 0.6 lc rgb "black", \
     ''  index 5 using 1:2 with impulses lw 1.5 lc rgb "black", \
     ''  index 5 using 1:2 with points pt 7 ps 0.6 lc rgb "black"
