# trunc_normal_ 的样本：直方图与截断正态分布的密度（数据：init-demo hist-trunc）。
load 'figures/style.gp'
eval figterm(13, 5.5)
set output outfile
set multiplot layout 1,2
set style fill solid 0.45 noborder
set ylabel "密度"
set xlabel "w"
set key top right
set offsets 0, 0, graph 0.3, 0

set title "N(0, 1)，截断于 [-2, 2]"
plot datadir.'/init-trunc.dat' index 0 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 1 using 1:2 with lines lw 1.5 lc rgb "black" title "理论密度"
set title "N(0.1, 0.5^2)，截断于 [-0.5, 1]"
plot datadir.'/init-trunc.dat' index 2 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 3 using 1:2 with lines lw 1.5 lc rgb "black" title "理论密度"
unset multiplot
