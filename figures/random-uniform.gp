# 10^6 个 torch.rand（float32，种子 0）的直方图与理论密度（数据：random-demo hist-uniform）。
load 'figures/style.gp'
eval figterm(12, 5.5)
set output outfile
set xlabel "x"
set ylabel "密度"
set xrange [0:1]
set yrange [0.96:1.04]
set key top right
# columns: center density expected lower upper
plot datadir.'/random-uniform.dat' using 1:4:5 with filledcurves fs solid 0.5 noborder lc rgb "#cccccc" title "期望 ±3σ", \
     ''  using 1:2:(0.02) with boxes fs transparent solid 0.45 border lc rgb "#3366aa" title "torch.rand，10^6 个，50 格", \
     1 with lines lw 1.5 lc rgb "black" title "理论密度 1"
