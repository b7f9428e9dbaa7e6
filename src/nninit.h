/* nninit.h -- 神经网络参数初始化库的公共头文件（由 book/ 生成，
   请勿手工编辑） */
#ifndef NNINIT_H
#define NNINIT_H
#include "base/version.h"
#include "base/status.h"
#include "base/alloc.h"
#include "tensor/tensor.h"
#include "random/mt19937.h"
#include "random/torch.h"
#include "random/numpy.h"
#include "tensor/print.h"
#include "nn/module.h"
#include "nn/backward.h"
#include "nn/train.h"
#include "init/init.h"
#include "tensor/npy.h"
#include "stats/stats.h"
#include "stats/check.h"
#include "random/xoshiro.h"
#endif
