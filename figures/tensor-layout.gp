# 形状 (2,3,4) 的张量在内存中的排列（数据：tensor-layout --table）。
load 'figures/style.gp'
eval figterm(13, 3.2)
set output outfile
set border 0
unset grid
unset ytics
set xtics out nomirror 0,4,24 scale 0.6
set xlabel "内存中的偏移（以元素计）" offset 0,0.6
set xrange [-0.5:23.5]
set yrange [0:1.6]
set style fill solid 0.85 border rgb "white"
set key noautotitle
# columns: offset i j k value
plot datadir.'/tensor-layout.dat' using 1:(1):(0.5):(0.5):($2+1) \
         with boxxyerror lc variable, \
     ''  using 1:(1):(sprintf("%03.0f", $5)) with labels font ",8" tc rgb "white"
