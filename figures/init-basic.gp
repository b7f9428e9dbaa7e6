# uniform_ 与 normal_ 的样本：直方图与理论密度（数据：init-demo hist-basic）。
load 'figures/style.gp'
eval figterm(13, 5.5)
set output outfile
set multiplot layout 1,2
set style fill solid 0.45 noborder
set ylabel "密度"
set xlabel "w"
set key top right
set offsets 0, 0, graph 0.3, 0
set title "uniform\\_(a=-0.3, b=0.7)"

plot datadir.'/init-basic.dat' index 0 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 1 using 1:2 with lines lw 1.5 lc rgb "black" title "理论密度"
set title "normal\\_(mean=1.5, std=2)"

plot datadir.'/init-basic.dat' index 2 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 3 using 1:2 with lines lw 1.5 lc rgb "black" title "理论密度"
unset multiplot
