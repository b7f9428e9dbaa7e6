# sparse_：零的位置与非零元素的分布（数据：init-demo sparse）。
load 'figures/style.gp'
eval figterm(13, 6)
set output outfile
set multiplot layout 1,2
unset grid
set palette defined (0 "#e8e8e8", 1 "#224488")
set cbrange [0:1]
unset colorbox
set title "30×20，sparsity=0.3：零的位置"
set xlabel "列"
set ylabel "行"
set size ratio -1
set xrange [-0.5:19.5]
set yrange [29.5:-0.5]
plot datadir.'/init-sparse.dat' index 0 using 1:2:3 with image
set size noratio
set grid
set autoscale
set yrange [0:*]
set style fill solid 0.45 noborder
set key top right
set offsets 0, 0, graph 0.3, 0
set title "500×400，sparsity=0.9：非零元素"
set xlabel "w"
set ylabel "密度"
plot datadir.'/init-sparse.dat' index 1 using 1:2 with boxes lc rgb "#3366aa" title "样本", \
     ''  index 2 using 1:2 with lines lw 1.5 lc rgb "black" title "N(0, 1)"
unset multiplot
