#line 94 "book/appC-install.nw"
/* install-demo -- 安装之后用 pkg-config 编译的小程序（C11 与 C++11 都行） */
#include <stdio.h>

#include <nninit.h>

int main(void)
{
    const size_t shape[2] = { 2, 3 };
    nni_torch_gen gen;
    nni_tensor *w = NULL;
    char *text = NULL;
    nni_torch_manual_seed(&gen, 0);
    if (nni_tensor_new(&w, NNI_FLOAT32, 2, shape) != NNI_OK
        || nni_init_uniform_(&gen, w, 0.0, 1.0) != NNI_OK
        || nni_tensor_repr(&text, w, 0) != NNI_OK) {
        fprintf(stderr, "install-demo: %s\n", nni_errmsg());
        return 1;
    }
    printf("nninit %s (header %s)\n%s\n", nni_version(), NNI_VERSION_STRING,
           text);
    nni_free(text);
    nni_tensor_free(w);
    return 0;
}
