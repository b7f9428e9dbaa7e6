# 笔记本的 net1 在五种初始化下，三个线性层输出的标准差（数据：deepnet notebook）。
load 'figures/style.gp'
eval figterm(13, 6.5)
set output outfile
set style data histograms
set style histogram clustered gap 1.5
set style fill solid 0.75 noborder
set logscale y
set yrange [0.05:50]
set xrange [-0.6:4.6]
set ylabel "线性层输出的标准差"
set format y "%g"
set xtics noenhanced scale 0
set key top right
set arrow from graph 0, first 1 to graph 1, first 1 nohead dt 2 lc rgb "#888888"
# columns: variant s1_std s2_std s3_std mf_s1 mf_s2 mf_s3
plot datadir.'/why-notebook.txt' using 2:xtic(1) lc rgb "#99bbdd" title "第 1 层", \
     ''  using 3 lc rgb "#3366aa" title "第 2 层", \
     ''  using 4 lc rgb "#112255" title "第 3 层（输出）"
