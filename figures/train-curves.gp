# 深层网络在手写数字上的训练曲线：每种初始化各个种子的中位数（线）与最小–最大（带）
# （数据：train-demo bands relu|tanh < train-grid.dat）。
load 'figures/style.gp'
set terminal pdfcairo enhanced color font "Noto Sans CJK SC,9" size 13cm,11.5cm
set output outfile
array colors[6] = ["#999999", "#d62728", "#ff7f0e", "#1f77b4", "#2ca02c", "#9467bd"]
array titles[6] = ["N(0, 0.01^2)", "N(0, 1)", "PyTorch 默认", "Xavier 均匀", \
                   "Kaiming 均匀", "正交（推荐增益）"]
set style fill transparent solid 0.18 noborder
set mxtics 1
set multiplot layout 2,2 margins 0.09, 0.98, 0.08, 0.95 spacing 0.09, 0.1
do for [a in "relu tanh"] {
    file = datadir.'/train-bands-'.a.'.dat'
    name = a eq "relu" ? "ReLU" : "tanh"
    if (a eq "tanh") { set xlabel "周期" }
    set logscale y
    set yrange [0.005:20]
    set ylabel "训练损失"
    set title name."：训练集上的平均交叉熵"
    set key off
    plot for [i=1:6] file using 1:(column(6*i-3)):(column(6*i-2)) \
             with filledcurves lc rgb colors[i], \
         for [i=1:6] file using 1:(column(6*i-4)) with linespoints \
             lw 1.5 pt 7 ps 0.35 lc rgb colors[i]
    unset logscale y
    set yrange [0:100]
    set ylabel "测试准确率（%）"
    set title name."：测试集上的准确率"
    if (a eq "tanh") {
        set key inside right center vertical maxrows 6 samplen 1.5 spacing 1.1 \
            opaque box lc rgb "#cccccc"
    }
    plot for [i=1:6] file using 1:(column(6*i)):(column(6*i+1)) \
             with filledcurves lc rgb colors[i] notitle, \
         for [i=1:6] file using 1:(column(6*i-1)) with linespoints \
             lw 1.5 pt 7 ps 0.35 lc rgb colors[i] title titles[i]
}
unset multiplot
