# 相邻输出构成的数对：MT19937 与一个糟糕的线性同余生成器（数据：random-demo pairs）。
load 'figures/style.gp'
eval figterm(12, 6)
set output outfile
set multiplot layout 1,2
set size square
set xrange [0:1]
set yrange [0:1]
set xtics 0.5
set ytics 0.5
set xlabel "u_{2i}"
set ylabel "u_{2i+1}"
set title "MT19937（torch.rand）"
plot datadir.'/random-pairs.dat' index 0 using 1:2 with dots lc rgb "#3366aa"
set xlabel "x_k / 2048"
set ylabel "x_{k+1} / 2048"
set title "x_{k+1} = (37 x_k + 1) mod 2048"
plot datadir.'/random-pairs.dat' index 1 using 1:2 with dots lc rgb "#cc3311"
unset multiplot
