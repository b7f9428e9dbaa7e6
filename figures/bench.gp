# 每个元素的时间，n = 2^20：本书的实现与 PyTorch / NumPy 并列（对数坐标），方块是
# 同样字节数的 memset（数据：bench --figure，见附录“性能”）。
load 'figures/style.gp'
set termoption noenhanced
set size ratio 0
set style data histogram
set style histogram cluster gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set ylabel "每个元素的纳秒数（对数坐标）"
set xtics rotate by -30 left
set datafile missing '?'
set key top left
set bmargin 5
# columns: case/dtype  ours  reference  memset
plot datadir.'/bench-figure.dat' using 2:xtic(1) lc rgb "#1f77b4" title "本书", \
     '' using 3 lc rgb "#ff7f0e" title "PyTorch / NumPy（同一次运行）", \
     '' using ($0):4 with points pt 5 ps 0.6 lc rgb "#333333" title "memset"
