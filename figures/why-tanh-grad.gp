# 5 层 tanh 网络：反向传播的梯度 dL/ds 与每个样本的权重梯度的均方根，
# 实线是 deepnet，虚线是平均场的预测（数据：deepnet tanh，index 0）。
load 'figures/style.gp'
eval figterm(12, 6.5)
set output outfile
set logscale y
set xrange [0.8:5.2]
set xtics 1
set format y "%g"
set xlabel "层 l"
set ylabel "均方根"
set key outside right center
fs = datadir.'/why-tanh-standard.dat'
fx = datadir.'/why-tanh-xavier_uniform.dat'
# columns: layer pre_std act_std grad_rms act_rms sat wgrad_rms mf_pre_std
#          mf_act_std mf_grad_rms mf_wgrad_rms
plot fs index 0 using 1:4 with linespoints pt 7 lw 1.5 lc rgb "#cc3311" title "standard：dL/ds", \
     fs index 0 using 1:7 with linespoints pt 5 lw 1.5 lc rgb "#ee8866" title "standard：每样本 dL/dW", \
     fx index 0 using 1:4 with linespoints pt 7 lw 1.5 lc rgb "#3366aa" title "Xavier：dL/ds", \
     fx index 0 using 1:7 with linespoints pt 5 lw 1.5 lc rgb "#77aadd" title "Xavier：每样本 dL/dW", \
     fs index 0 using 1:10 with lines dt 2 lc rgb "#cc3311" notitle, \
     fs index 0 using 1:11 with lines dt 2 lc rgb "#ee8866" notitle, \
     fx index 0 using 1:10 with lines dt 2 lc rgb "#3366aa" notitle, \
     fx index 0 using 1:11 with lines dt 2 lc rgb "#77aadd" title "平均场（虚线）"
