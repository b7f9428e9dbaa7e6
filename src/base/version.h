/* base/version.h -- 库的版本 */
#ifndef NNI_BASE_VERSION_H
#define NNI_BASE_VERSION_H

#define NNI_VERSION_MAJOR 0
#define NNI_VERSION_MINOR 1
#define NNI_VERSION_PATCH 0
#define NNI_VERSION_STRING "0.1.0"

#ifdef __cplusplus
extern "C" {
#endif

const char *nni_version(void);

#ifdef __cplusplus
}
#endif

#endif
