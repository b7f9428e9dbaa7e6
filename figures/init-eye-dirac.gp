# eye_ 与 dirac_ 的元素（数据：init-demo eye-dirac）。
load 'figures/style.gp'
eval figterm(12, 6.5)
set output outfile
unset grid
set border 0
set tics scale 0
set palette defined (0 "#e8e8e8", 1 "#224488")
set cbrange [0:1]
unset colorbox
set multiplot layout 1,2
set size ratio -1
set yrange [] reverse
set title "eye\\_，5×8"
set xlabel "列"
set ylabel "行"
set xrange [-0.5:7.5]
set yrange [4.5:-0.5]
plot datadir.'/init-eye-dirac.dat' index 0 using 1:2:3 with image
set title "dirac\\_，(6, 2, 3, 3)，groups=3"
set xlabel "输入通道 × 核的列"
set ylabel "输出通道 × 核的行"
set xrange [-0.5:5.5]
set yrange [17.5:-0.5]
set xtics ("0" 1, "1" 4)
set ytics ("0" 1, "1" 4, "2" 7, "3" 10, "4" 13, "5" 16)
set arrow from 2.5,-0.5 to 2.5,17.5 nohead lc rgb "#999999" front
do for [k=1:5] { set arrow from -0.5,3*k-0.5 to 5.5,3*k-0.5 nohead lc rgb (k%2==0 ? "#333333" : "#bbbbbb") front }
plot datadir.'/init-eye-dirac.dat' index 1 using 1:2:3 with image
unset multiplot
