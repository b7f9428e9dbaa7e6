/* examples/notebook.h -- 逐格重演《参数初始化》笔记本 */
#ifndef NNI_EXAMPLES_NOTEBOOK_H
#define NNI_EXAMPLES_NOTEBOOK_H

#include <stdint.h>
#include <stdio.h>

#include "base/status.h"
#include "nn/module.h"

/* 以种子 seed 运行全部单元格，把转录写到 out。
   only_cell > 0 时只写出执行序号为 only_cell 的单元格打印的内容
   （不含 In/Out 行；之前的单元格照样执行，只是不打印）。
   only_cell == NOTEBOOK_CLAIMS 时不打印单元格，改为在第 5、7、12、16 格之后
   报告每个线性层权重的均值与方差，并演示 float64 权重与 float32
   输入的前向传播。 */
#define NOTEBOOK_CLAIMS (-1)
nni_status notebook_run(FILE *out, uint64_t seed, int only_cell);

/* 以种子 seed 运行全部单元格，不打印；
   每格之后调用 visit(count, net1, net2, ctx)，尚未建立的网络为 NULL。
   visit 返回的状态不是 NNI_OK 时停止并返回它。 */
typedef nni_status (*notebook_visit_fn)(int count, const nni_module *net1,
                                        const nni_module *net2, void *ctx);
nni_status notebook_visit(uint64_t seed, notebook_visit_fn visit, void *ctx);

#endif
