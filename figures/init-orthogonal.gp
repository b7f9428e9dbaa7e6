# orthogonal_：元素的分布与保持范数（数据：init-demo orthogonal）。
load 'figures/style.gp'
eval figterm(13, 5.5)
set output outfile
set multiplot layout 1,2
set style fill solid 0.45 noborder
set key top right
set offsets 0, 0, graph 0.3, 0
set ylabel "密度"
set title "256×256 正交矩阵的元素"
set xlabel "q_{ij}"
plot datadir.'/init-orthogonal.dat' index 0 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 1 using 1:2 with lines lw 1.5 lc rgb "black" title "理论密度"
set title "‖Wx‖，x 为随机单位向量"
set xlabel "‖Wx‖"
set xrange [0.6:1.4]
set yrange [0:12]
plot datadir.'/init-orthogonal.dat' index 2 using 1:2 with boxes lc rgb "#3366aa" title "正交 W", \
     ''  index 3 using 1:2 with boxes lc rgb "#cc3311" title "高斯 W", \
     ''  index 4 using 1:2 with lines lw 1.5 lc rgb "black" title "理论（高斯）"
unset multiplot
