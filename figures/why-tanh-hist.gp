# 5 层 tanh 网络（宽 500）各层激活值的直方图：Glorot 的 standard 与 Xavier
# （数据：deepnet tanh --hist 50，index 1）。
load 'figures/style.gp'
eval figterm(14, 6)
set output outfile
set multiplot layout 1,2
set xlabel "激活值 a"
set ylabel "密度"
set xrange [-1:1]
set key top right
colors = "#c6dbef #6baed6 #3182bd #08519c #08306b"
set title "standard：U(-1/√n, 1/√n)"
plot for [l=1:5] datadir.'/why-tanh-standard.dat' index 1 using 1:(column(l+1)) \
     with steps lw 1.3 lc rgb word(colors, l) title sprintf("第 %d 层", l)
set title "Xavier：xavier\\_uniform\\_"
plot for [l=1:5] datadir.'/why-tanh-xavier_uniform.dat' index 1 using 1:(column(l+1)) \
     with steps lw 1.3 lc rgb word(colors, l) title sprintf("第 %d 层", l)
unset multiplot
