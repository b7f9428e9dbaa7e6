# 正态数据的标准差乘以 c 时，方差检验、KS 与 AD 的功效（数据：stats-power --curve）。
load 'figures/style.gp'
set xlabel "标准差的相对误差 c − 1（%）"
set ylabel "发现错误的概率（功效）"
set xrange [0:4]
set yrange [-0.02:1.02]
set key bottom right
# columns: c  var(exact)  var(simulated)  ks  ad
plot datadir.'/stats-power-curve.dat' using (($1-1)*100):2 with lines lw 2 lc rgb "#1f77b4" \
         title "方差检验（χ²，精确）", \
     '' using (($1-1)*100):3 with points pt 7 ps 0.5 lc rgb "#1f77b4" title "方差检验（模拟）", \
     '' using (($1-1)*100):5 with linespoints lw 1.5 pt 5 ps 0.5 lc rgb "#2ca02c" \
         title "Anderson–Darling（模拟）", \
     '' using (($1-1)*100):4 with linespoints lw 1.5 pt 9 ps 0.6 lc rgb "#d62728" \
         title "Kolmogorov–Smirnov（模拟）"
