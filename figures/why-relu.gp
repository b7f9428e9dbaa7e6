# 30 层 ReLU 网络（宽 256）：各层预激活值的标准差与反向传播的梯度的均方根，
# 实线是 deepnet（种子 0），黑色虚线是平均场的预测（数据：deepnet relu）。
load 'figures/style.gp'
eval figterm(14, 9.5)
set output outfile
set multiplot layout 2,1
set logscale y
set format y "10^{%T}"
set xrange [0.5:30.5]
set xlabel "层 l"
set key outside right center
names = "normal xavier_normal kaiming_normal default"
titles = "N(0,0.5^2) Xavier Kaiming 默认"
colors = "#cc3311 #3366aa #228833 #aa7700"
set ylabel "预激活值的标准差"
plot for [k=1:4] datadir.'/why-relu-'.word(names, k).'.dat' using 1:2 \
         with linespoints pt 7 ps 0.4 lw 1.3 lc rgb word(colors, k) title word(titles, k), \
     for [k=1:4] datadir.'/why-relu-'.word(names, k).'.dat' using 1:8 \
         with lines dt 2 lw 0.8 lc rgb "black" title (k == 1 ? "平均场" : "")
set ylabel "dL/ds 的均方根"
plot for [k=1:4] datadir.'/why-relu-'.word(names, k).'.dat' using 1:4 \
         with linespoints pt 7 ps 0.4 lw 1.3 lc rgb word(colors, k) title word(titles, k), \
     for [k=1:4] datadir.'/why-relu-'.word(names, k).'.dat' using 1:10 \
         with lines dt 2 lw 0.8 lc rgb "black" title (k == 1 ? "平均场" : "")
unset multiplot
