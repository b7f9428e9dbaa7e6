/* base/status.h -- 状态码与错误信息 */
#ifndef NNI_BASE_STATUS_H
#define NNI_BASE_STATUS_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nni_status {
    NNI_OK = 0,     /* 成功 */
    NNI_EINVAL,     /* 参数不合法：空指针、NaN、超出定义域的数值…… */
    NNI_ENOMEM,     /* 内存不足 */
    NNI_ESHAPE,     /* 形状不符 */
    NNI_EDTYPE,     /* 数据类型不符或不支持 */
    NNI_ERANGE,     /* 下标越界 */
    NNI_EOVERFLOW,  /* 尺寸计算溢出 */
    NNI_EIO         /* 读写文件失败 */
} nni_status;
/* 状态码的固定说明（英文短句），未知的状态码得到 "unknown status"。 */
const char *nni_strerror(nni_status status);

/* 本线程最近一次失败的详细说明；尚无失败时为空串。
   返回的指针在本线程下一次调用库函数之前有效。 */
const char *nni_errmsg(void);

#ifdef __cplusplus
}
#endif

#endif
