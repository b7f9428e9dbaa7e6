# Kaiming 初始化的样本：直方图与理论密度（数据：init-demo hist-kaiming）。
load 'figures/style.gp'
eval figterm(13, 5.5)
set output outfile
set multiplot layout 1,2
set style fill solid 0.45 noborder
set ylabel "密度"

set key top right
set offsets 0, 0, graph 0.3, 0
set title "kaiming\\_uniform\\_（relu，fan\\_in）"
set xlabel "w"
plot datadir.'/init-kaiming.dat' index 0 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 1 using 1:2 with lines lw 1.5 lc rgb "black" title "理论密度"
set title "kaiming\\_normal\\_（relu，fan\\_out）"
plot datadir.'/init-kaiming.dat' index 2 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 3 using 1:2 with lines lw 1.5 lc rgb "black" title "理论密度"
unset multiplot
