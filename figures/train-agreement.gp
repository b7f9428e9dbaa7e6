# C 与 PyTorch 的逐步差别怎样增长：书中的网络（ReLU、Kaiming 均匀、种子 0）训练
# 20 个周期，每一步损失的相对差（数据：train-demo agreement steps）。
load 'figures/style.gp'
set terminal pdfcairo enhanced color font "Noto Sans CJK SC,9" size 13cm,6cm
set output outfile
set logscale y
set format y "10^{%L}"
set yrange [1e-17:1e-10]
set xrange [0:460]
set xtics 0, 46
set xlabel "步（每个周期 23 步）"
set ylabel "|C − PyTorch| / |PyTorch|"
set key top left
# 逐位相同的步（相对差为 0）画在图的底边上
plot datadir.'/train-agreement-steps.dat' using 1:($2 > 0 ? $2 : 1/0) \
         with points pt 7 ps 0.3 lc rgb "#1f77b4" title "这一步的损失", \
     '' using 1:($2 == 0 ? 1.3e-17 : 1/0) with points pt 2 ps 0.4 \
         lc rgb "#2ca02c" title "逐位相同", \
     '' using 1:($3 > 0 ? $3 : 1/0) with steps lw 1.5 lc rgb "#d62728" \
         title "到这一步为止的最大值", \
     2.0**-53 with lines dt 2 lc rgb "#777777" title "2^{-53}"
