# 10^6 个 torch.randn 与 10^6 个 np.random.standard_normal 的直方图与理论密度（数据：random-demo hist-normal）。
load 'figures/style.gp'
eval figterm(12, 6)
set output outfile
set xlabel "z"
set ylabel "密度"
set xrange [-4:4]
set yrange [0:0.45]
set key top right
set style fill solid 0.35 noborder
phi(x) = exp(-x*x/2) / sqrt(2*pi)
# columns: center torch numpy expected lower upper
plot datadir.'/random-normal.dat' using 1:5:6 with filledcurves lc rgb "#bbbbbb" title "期望 ±3σ", \
     ''  using 1:2:(0.125) with boxes lc rgb "#3366aa" fs solid 0.5 title "torch.randn（块路径）", \
     ''  using 1:3 with points pt 7 ps 0.35 lc rgb "#cc3311" title "np.random.standard\\_normal（极坐标法）", \
     phi(x) with lines lw 1.5 lc rgb "black" title "理论密度 φ(z)"
