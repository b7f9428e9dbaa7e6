# L 个 200x200 的高斯矩阵（元素的标准差 1/√200）之积的奇异值 s 的分布：
# log10 s 的直方图（数据：deepnet linear --hist 44）；正交矩阵之积的奇异值都是 1。
load 'figures/style.gp'
eval figterm(13, 6.5)
set output outfile
set xlabel "log_{10} s"
set ylabel "密度"
set xrange [-10:1]
set yrange [0:*]
set key top left
set arrow from 0, graph 0 to 0, graph 1 nohead lw 2 lc rgb "#228833"
set label "正交矩阵：全部 s = 1" at -0.1, graph 0.93 right tc rgb "#228833"
colors = "#77aadd #3366aa #112255"
depths = "1 5 30"
plot for [k=1:3] datadir.'/why-linear-'.word(depths, k).'.dat' index 1 using 1:2 \
     with steps lw 1.5 lc rgb word(colors, k) title sprintf("L = %s", word(depths, k))
