#line 1776 "book/appB-reliability.nw"
/* check-hostile -- nninit 的敌对输入测试：退出状态 2、一行消息、没有输出、
   不碰文件 */
#define _XOPEN_SOURCE 700
#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test-report.h"

#ifndef NNI_BIN_DIR
#define NNI_BIN_DIR "build/bin"
#endif

#line 4059 "book/app1-tests.nw"
#define TRAIN_FAILS(msg, ...) \
    { 2, msg, ENV_NORMAL, { __VA_ARGS__, NULL }, TRAIN }
#define TRAIN_FAILS_IN(env, msg, ...) \
    { 2, msg, env, { __VA_ARGS__, NULL }, TRAIN }
#define TRAIN_WORKS(...) \
    { 0, NULL, ENV_NORMAL, { __VA_ARGS__, NULL }, TRAIN }
#line 679 "book/appB-reliability.nw"
enum { MAX_CASE_ARGS = 16 };

typedef enum run_env {
    ENV_NORMAL,         /* 标准输出、标准错误都被捕获 */
    ENV_FILE_LIMIT,     /* 文件大小上限 FILE_LIMIT 字节：写满的磁盘的替身 */
    ENV_STDOUT_FULL,    /* 标准输出是 /dev/full：每次写都得到 ENOSPC */
    ENV_STDOUT_CLOSED,  /* 标准输出已经关闭 */
    ENV_STDOUT_BROKEN,  /* 标准输出是读端已关闭的管道，SIGPIPE 被忽略 */
    
#line 711 "book/appB-reliability.nw"
ENV_FILE_LIMIT_SIGNAL,  /* 同样的上限，但 SIGXFSZ 保持默认（终止进程） */
ENV_STDOUT_LOG,     /* 标准输出是 @DIR/log，以追加方式打开，里面已有一行 */
ENV_STDOUT_FILE,    /* 标准输出是 @DIR/log，接着已有的一行写（不是追加） */
ENV_STDERR_LOG,     /* 标准错误是 @DIR/log，以追加方式打开，里面已有一行 */
ENV_OUT_PRIVATE,    /* @OUT 的权限是 0600 */
ENV_OUT_LINKED,     /* @OUT 另有一个硬链接 @DIR/link 与一个符号链接 @DIR/sym */
ENV_OUT_READONLY,   /* @OUT 的权限是 0444（root 不受约束，跳过） */
ENV_FIFO            /* @DIR/fifo 是一个命名管道，测试程序开着它的读端 */
#line 688 "book/appB-reliability.nw"
} run_env;

typedef enum program { NNINIT, DEEPNET, TRAIN, PROGRAMS } program;

typedef struct hostile_case {
    int status;                         /* 期望的退出状态：0 或 2 */
    const char *message;                /* 失败时消息中必须有的文字 */
    run_env env;
    const char *args[MAX_CASE_ARGS];    /* 程序名之后的参数，以 NULL 结尾 */
    program prog;                       /* 运行哪个程序 */
} hostile_case;

#define FAILS(msg, ...) { 2, msg, ENV_NORMAL, { __VA_ARGS__, NULL }, NNINIT }
#define FAILS_IN(env, msg, ...) { 2, msg, env, { __VA_ARGS__, NULL }, NNINIT }
#define WORKS(...) { 0, NULL, ENV_NORMAL, { __VA_ARGS__, NULL }, NNINIT }
#define WORKS_IN(env, ...) { 0, NULL, env, { __VA_ARGS__, NULL }, NNINIT }
#line 726 "book/appB-reliability.nw"
#define DEEPNET_FAILS(msg, ...) \
    { 2, msg, ENV_NORMAL, { __VA_ARGS__, NULL }, DEEPNET }
#define DEEPNET_FAILS_IN(env, msg, ...) \
    { 2, msg, env, { __VA_ARGS__, NULL }, DEEPNET }
#define DEEPNET_WORKS(...) \
    { 0, NULL, ENV_NORMAL, { __VA_ARGS__, NULL }, DEEPNET }
#line 1816 "book/appB-reliability.nw"
static const hostile_case cases[] = {
    
#line 4068 "book/app1-tests.nw"
TRAIN_FAILS("missing the activation", NULL),
TRAIN_FAILS("missing the activation", "--epochs", "1"),
TRAIN_FAILS("unknown activation (relu or tanh): 'sigmoid'", "sigmoid"),
TRAIN_FAILS("unknown activation (relu or tanh): 'RELU'", "RELU"),
TRAIN_FAILS("unknown activation (relu or tanh): 'linear'", "linear"),
TRAIN_FAILS("unknown activation (relu or tanh): ''", ""),
TRAIN_FAILS("unknown activation (relu or tanh): 'relu?[31m'", "relu\x1b[31m"),
TRAIN_FAILS("unexpected argument 'tanh'", "relu", "tanh"),
TRAIN_FAILS("unexpected argument", "relu", "@MANY:100000:x"),
TRAIN_FAILS("unknown option '--epoch'", "relu", "--epoch", "3"),
TRAIN_FAILS("unknown initialization", "relu", "--init", "-h"),
TRAIN_FAILS_IN(ENV_STDOUT_FULL, "cannot write the usage", "--help"),
TRAIN_FAILS_IN(ENV_STDOUT_FULL, "cannot write the version", "--version"),
TRAIN_FAILS("--lr is given twice", "relu", "--lr", "0.1", "--lr=0.1"),
TRAIN_FAILS("--data needs a value", "relu", "--data"),
TRAIN_FAILS("unknown initialization", "relu", "--init", "he"),
TRAIN_FAILS("unknown initialization", "relu", "--init", "Kaiming_uniform"),
TRAIN_FAILS("--std does not apply to --init default", "relu", "--std", "1"),
TRAIN_FAILS("--gain does not apply to --init kaiming_normal", "tanh",
            "--init", "kaiming_normal", "--gain", "2"),
#line 4091 "book/app1-tests.nw"
TRAIN_FAILS("for --depth", "relu", "--depth", "0"),
TRAIN_FAILS("for --depth", "relu", "--depth", "10001"),
TRAIN_FAILS("for --width", "relu", "--width", "0"),
TRAIN_FAILS("for --width", "relu", "--width", "@REP:100000:9"),
TRAIN_FAILS("for --epochs", "relu", "--epochs", "-1"),
TRAIN_FAILS("for --epochs", "relu", "--epochs", "100001"),
TRAIN_FAILS("for --batch", "relu", "--batch", "0"),
TRAIN_FAILS("for --batch", "relu", "--batch", "1438"),
TRAIN_FAILS("for --batch", "relu", "--batch", "64.0"),
TRAIN_FAILS("for --lr", "relu", "--lr", "-0.1"),
TRAIN_FAILS("for --lr", "relu", "--lr", "nan"),
TRAIN_FAILS("for --lr", "relu", "--lr", "1e999"),
TRAIN_FAILS("for --lr", "relu", "--lr", "0x1p-4"),
TRAIN_FAILS("for --std", "relu", "--init", "normal", "--std", "-1"),
TRAIN_FAILS("for --std", "relu", "--init", "normal", "--std", "inf"),
TRAIN_FAILS("for --gain", "relu", "--init", "orthogonal", "--gain", "nan"),
TRAIN_FAILS("for --seed", "relu", "--seed", "18446744073709551616"),
TRAIN_FAILS("for --seed", "relu", "--seed", "-1"),
TRAIN_FAILS("unknown dtype", "relu", "--dtype", "float16"),
TRAIN_FAILS("parameters, more than", "relu", "--width", "100000",
            "--depth", "2"),
TRAIN_FAILS("parameters, more than", "relu", "--width", "1449",
            "--depth", "9"),
#line 4117 "book/app1-tests.nw"
TRAIN_FAILS("empty file name", "relu", "--data", ""),
TRAIN_FAILS("No such file", "relu", "--data", "@DIR/nosuch.csv"),
TRAIN_FAILS("No such file", "relu"),
TRAIN_FAILS("Is a directory", "relu", "--data", "@DIR"),
TRAIN_FAILS("line 1: expected 65", "relu", "--data", "@OUT"),
TRAIN_FAILS("0 rows, expected 1797", "relu", "--data", "/dev/null"),
TRAIN_FAILS("cannot read the digits from '@@@@@@@", "relu", "--data",
            "@REP:5000:@"),
TRAIN_FAILS("from=", "relu", "--init", "xavier_uniform", "--gain", "-1",
            "--width", "2", "--depth", "1", "--data", "@DIGITS"),
TRAIN_FAILS_IN(ENV_STDOUT_FULL, "cannot write", "relu", "--epochs", "0",
               "--width", "2", "--depth", "1", "--data", "@DIGITS"),
TRAIN_FAILS_IN(ENV_STDOUT_CLOSED, "cannot write", "relu", "--epochs", "0",
               "--width", "2", "--depth", "1", "--data", "@DIGITS"),
TRAIN_FAILS_IN(ENV_STDOUT_BROKEN, "cannot write", "tanh", "--epochs", "2",
               "--width", "2", "--depth", "1", "--data", "@DIGITS"),
TRAIN_WORKS("relu", "--epochs", "1", "--width", "4", "--depth", "1",
            "--batch", "1437", "--data", "@DIGITS"),
TRAIN_WORKS("tanh", "--init", "orthogonal", "--gain", "-1", "--epochs", "0",
            "--width", "3", "--dtype", "float32", "--seed",
            "18446744073709551615", "--data", "@DIGITS"),
TRAIN_WORKS("relu", "--init", "normal", "--std", "0", "--lr", "0",
            "--epochs", "1", "--width", "1", "--depth", "1", "--data",
            "@DIGITS"),
TRAIN_WORKS("--help"),
TRAIN_WORKS("-h"),
TRAIN_WORKS("relu", "--epochs", "3", "--help"),
TRAIN_WORKS("--version"),
#line 764 "book/appB-reliability.nw"
FAILS("missing command", NULL),
FAILS("unknown command 'frobnicate'", "frobnicate"),
FAILS("unknown command ''", ""),
FAILS("unknown command 'Sample'", "Sample", "uniform", "--shape", "3"),
FAILS("unknown command 'sample?'", "sample\n", "uniform", "--shape", "3"),
FAILS("unknown command '--shape'", "--shape", "3", "sample", "uniform"),
FAILS("unknown command '-'", "-"),
#line 777 "book/appB-reliability.nw"
FAILS("missing the distribution", "sample"),
FAILS("missing the distribution", "sample", "--shape", "3"),
FAILS("unknown initializer 'gamma'", "sample", "gamma", "--shape", "3"),
FAILS("unknown initializer 'UNIFORM'", "sample", "UNIFORM", "--shape", "3"),
FAILS("unknown initializer 'uniform '", "sample", "uniform ", "--shape", "3"),
FAILS("unknown initializer ''", "sample", "", "--shape", "3"),
FAILS("unexpected argument 'normal'", "sample", "uniform", "normal", "--shape",
      "3"),
FAILS("unexpected argument ''", "sample", "uniform", "--shape", "3", ""),
FAILS("unexpected argument", "sample", "uniform", "--shape", "3", "extra"),
#line 793 "book/appB-reliability.nw"
FAILS("unknown option '--bogus'", "sample", "uniform", "--shape", "3",
      "--bogus", "1"),
FAILS("unknown option '--sh'", "sample", "uniform", "--sh", "3"),
FAILS("unknown option '--SHAPE'", "sample", "uniform", "--SHAPE", "3"),
FAILS("unknown option '---shape'", "sample", "uniform", "---shape", "3"),
FAILS("unknown option '--'", "sample", "uniform", "--shape", "3", "--"),
FAILS("unknown option '-'", "sample", "uniform", "--shape", "3", "-"),
FAILS("unknown option '-x'", "sample", "uniform", "--shape", "3", "-x"),
FAILS("unknown option '-o=w.txt'", "sample", "uniform", "--shape", "3",
      "-o=w.txt"),
FAILS("unknown option '-ow.txt'", "sample", "uniform", "--shape", "3",
      "-ow.txt"),
FAILS("unknown option '--'", "sample", "uniform", "--shape", "3", "--=3"),
FAILS("unexpected argument", "sample", "uniform",
      "\xef\xbc\x8d\xef\xbc\x8dshape", "3"),
FAILS("missing option --shape", "sample", "uniform"),
FAILS("--shape needs a value", "sample", "uniform", "--shape"),
FAILS("--seed needs a value", "sample", "uniform", "--shape", "3", "--seed"),
FAILS("--output needs a value", "sample", "uniform", "--shape", "3", "-o"),
FAILS("--a does not apply", "sample", "normal", "--shape", "3", "--a", "0"),
FAILS("--std does not apply", "sample", "uniform", "--shape", "3", "--std",
      "1"),
#line 823 "book/appB-reliability.nw"
FAILS("--shape is given twice", "sample", "uniform", "--shape", "3", "--shape",
      "4"),
FAILS("--seed is given twice", "sample", "uniform", "--shape", "3", "--seed",
      "1", "--seed", "1"),
FAILS("--shape is given twice", "sample", "uniform", "--shape=3", "--shape",
      "3"),
FAILS("--output is given twice", "sample", "uniform", "--shape", "3", "-o",
      "@DIR/a", "--output", "@DIR/b"),
FAILS("--output is given twice", "sample", "uniform", "--shape", "3", "-o",
      "@DIR/a", "-o", "@DIR/a"),
#line 846 "book/appB-reliability.nw"
FAILS("for --shape", "sample", "uniform", "--shape", ""),
FAILS("for --shape", "sample", "uniform", "--shape", "abc"),
FAILS("for --shape", "sample", "uniform", "--shape", "3x"),
FAILS("for --shape", "sample", "uniform", "--shape", "x3"),
FAILS("for --shape", "sample", "uniform", "--shape", "x"),
FAILS("for --shape", "sample", "uniform", "--shape", "3xx4"),
FAILS("for --shape", "sample", "uniform", "--shape", "3x4x"),
FAILS("for --shape", "sample", "uniform", "--shape", "0x"),
FAILS("for --shape", "sample", "uniform", "--shape", "-3"),
FAILS("for --shape", "sample", "uniform", "--shape", "3x-4"),
FAILS("for --shape", "sample", "uniform", "--shape", "+3"),
FAILS("for --shape", "sample", "uniform", "--shape", " 3"),
FAILS("for --shape", "sample", "uniform", "--shape", "3 "),
FAILS("for --shape", "sample", "uniform", "--shape", "3 x 4"),
FAILS("for --shape", "sample", "uniform", "--shape", "3X4"),
FAILS("for --shape", "sample", "uniform", "--shape", "3,4"),
FAILS("for --shape", "sample", "uniform", "--shape", "(3, 4)"),
FAILS("for --shape", "sample", "uniform", "--shape", "1e3"),
FAILS("for --shape", "sample", "uniform", "--shape", "3.0"),
FAILS("for --shape", "sample", "uniform", "--shape", "\xef\xbc\x93x4"),
FAILS("for --shape", "sample", "uniform", "--shape", "3x4\n"),
FAILS("for --shape", "sample", "uniform", "--shape", "==3"),
FAILS("for --shape", "sample", "uniform", "--shape==3"),
#line 875 "book/appB-reliability.nw"
FAILS("too many dimensions", "sample", "uniform", "--shape",
      "1x1x1x1x1x1x1x1x1"),
FAILS("too many dimensions", "sample", "uniform", "--shape", "@REP:50000:1x:1"),
FAILS("too many elements", "sample", "uniform", "--shape",
      "4294967296x4294967296"),
FAILS("too many elements", "sample", "uniform", "--shape",
      "65536x65536x65536x65536"),
FAILS("too many elements", "sample", "uniform", "--shape",
      "3x6148914691236517206"),
FAILS("too many elements", "sample", "uniform", "--shape",
      "18446744073709551616"),
FAILS("too many elements", "sample", "uniform", "--shape",
      "4611686018427387904"),
FAILS("too many elements", "sample", "uniform", "--shape",
      "2305843009213693952", "--dtype", "float64"),
FAILS("too many elements", "sample", "uniform", "--shape", "67108865"),
FAILS("too many elements", "sample", "uniform", "--shape", "8192x8193"),
FAILS("too many elements", "sample", "uniform", "--shape", "@REP:100000:9"),
FAILS("too many elements", "sample", "uniform", "--shape", "@REP:100000:1"),
FAILS("overflows", "sample", "uniform", "--shape",
      "0x67108864x67108864x67108864"),
FAILS("overflows", "sample", "normal", "--shape",
      "1x0x67108864x67108864x67108864x8"),
#line 905 "book/appB-reliability.nw"
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", "-1"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed",
      "18446744073709551616"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", "1e3"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", ""),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", "+5"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", " 5"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", "5 "),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", "0x10"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", "1.0"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed",
      "@REP:100000:9"),
FAILS("for --seed", "sample", "uniform", "--shape", "3", "--seed", "-0"),
FAILS("2**32 - 1", "sample", "normal", "--shape", "3", "--generator", "numpy",
      "--seed", "4294967296"),
#line 928 "book/appB-reliability.nw"
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "abc"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "nan"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "-nan"),
FAILS("for --b", "sample", "uniform", "--shape", "3", "--b", "inf"),
FAILS("for --b", "sample", "uniform", "--shape", "3", "--b", "Infinity"),
FAILS("for --mean", "sample", "normal", "--shape", "3", "--mean", "-inf"),
FAILS("for --mean", "sample", "normal", "--shape", "3", "--mean", "1e999"),
FAILS("for --std", "sample", "normal", "--shape", "3", "--std", "-1e999"),
FAILS("for --std", "sample", "normal", "--shape", "3", "--std", "0x1p3"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "1,5"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "1_000"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", ""),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "1e"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "."),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "+-1"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a",
      "@REP:100000:9:e999"),
FAILS("for --a", "sample", "uniform", "--shape", "3", "--a", "1e@REP:100000:9"),
FAILS("from=5 > to=1", "sample", "uniform", "--shape", "3", "--a", "5", "--b",
      "1"),
FAILS("out of bounds for float", "sample", "uniform", "--shape", "3", "--a",
      "-3.5e38"),
FAILS("to-from", "sample", "uniform", "--shape", "3", "--a", "-3e38", "--b",
      "3e38"),
FAILS("to-from", "sample", "uniform", "--shape", "3", "--a", "-1e308", "--b",
      "1e308", "--dtype", "float64"),
FAILS("Range exceeds", "sample", "uniform", "--shape", "3", "--generator",
      "numpy", "--a", "-1e308", "--b", "1e308"),
FAILS("std >= 0.0", "sample", "normal", "--shape", "3", "--std", "-1"),
FAILS("std >= 0.0", "sample", "normal", "--shape", "30", "--std", "-1e-300"),
FAILS("scale < 0", "sample", "normal", "--shape", "3", "--generator", "numpy",
      "--std", "-0"),
#line 965 "book/appB-reliability.nw"
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype", "float16"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype",
      "bfloat16"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype", "int32"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype", "FLOAT32"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype", "f4"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype",
      "float32 "),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype", ""),
FAILS("for --generator", "sample", "uniform", "--shape", "3", "--generator",
      "jax"),
FAILS("for --generator", "sample", "uniform", "--shape", "3", "--generator",
      "Torch"),
FAILS("for --format", "sample", "uniform", "--shape", "3", "--format", "csv"),
FAILS("for --format", "sample", "uniform", "--shape", "3", "--format", "NPY"),
FAILS("for --format", "sample", "uniform", "--shape", "3", "--format", "npz"),
FAILS("for --format", "sample", "uniform", "--shape", "3", "--format",
      "txt,npy"),
#line 994 "book/appB-reliability.nw"
FAILS("empty file name", "sample", "uniform", "--shape", "3", "-o", ""),
FAILS("empty file name", "sample", "uniform", "--shape", "3", "--output="),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o", "@DIR"),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o", "@DIR/"),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o", "@DIR/nosuch/w.txt"),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o", "@OUT/w.txt"),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o", "@RO/w.txt"),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o",
      "/proc/nninit-hostile.txt"),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o", "@REP:100000:a"),
FAILS("cannot", "sample", "uniform", "--shape", "3", "-o", "@DIR/@REP:300:a"),
FAILS("std >= 0.0", "sample", "normal", "--shape", "30", "--std", "-1", "-o",
      "@OUT"),
FAILS("for --shape", "sample", "normal", "--shape", "3x", "-o", "@OUT"),
FAILS_IN(ENV_FILE_LIMIT, "cannot write", "sample", "normal", "--shape",
         "100000", "-o", "@OUT"),
FAILS_IN(ENV_FILE_LIMIT, "cannot write", "sample", "normal", "--shape",
         "100000", "--format", "npy", "-o", "@DIR/new.npy"),
#line 1020 "book/appB-reliability.nw"
FAILS_IN(ENV_STDOUT_FULL, "standard output", "sample", "uniform", "--shape",
         "3"),
FAILS_IN(ENV_STDOUT_FULL, "standard output", "sample", "normal", "--shape",
         "100000", "--format", "npy"),
FAILS_IN(ENV_STDOUT_CLOSED, "standard output", "sample", "uniform", "--shape",
         "3"),
FAILS_IN(ENV_STDOUT_BROKEN, "standard output", "sample", "uniform", "--shape",
         "3000"),
#line 1040 "book/appB-reliability.nw"
WORKS_IN(ENV_STDOUT_LOG, "sample", "uniform", "--shape", "3",
         "-o", "/dev/stdout"),
WORKS_IN(ENV_STDOUT_LOG, "sample", "uniform", "--shape", "3",
         "-o", "/proc/self/fd/1"),
WORKS_IN(ENV_STDOUT_LOG, "sample", "uniform", "--shape", "3", "-o", "@DIR/log"),
WORKS_IN(ENV_STDOUT_FILE, "sample", "normal", "--shape", "5",
         "-o", "/dev/stdout"),
WORKS_IN(ENV_STDERR_LOG, "sample", "uniform", "--shape", "3",
         "-o", "/dev/stderr"),
WORKS_IN(ENV_OUT_PRIVATE, "sample", "uniform", "--shape", "3", "-o", "@OUT"),
WORKS_IN(ENV_OUT_LINKED, "sample", "normal", "--shape", "30", "--format", "npy",
         "-o", "@OUT"),
WORKS_IN(ENV_OUT_LINKED, "sample", "uniform", "--shape", "7", "-o", "@DIR/sym"),
FAILS_IN(ENV_OUT_READONLY, "Permission denied", "sample", "uniform",
         "--shape", "3", "-o", "@OUT"),
WORKS_IN(ENV_FIFO, "sample", "uniform", "--shape", "3", "-o", "@DIR/fifo"),
FAILS("No space left on device", "sample", "uniform", "--shape", "3",
      "-o", "/dev/full"),
FAILS_IN(ENV_FILE_LIMIT_SIGNAL, "File too large", "sample", "normal", "--shape",
         "100000", "-o", "@OUT"),
FAILS_IN(ENV_FILE_LIMIT_SIGNAL, "File too large", "sample", "normal", "--shape",
         "100000", "-o", "@DIR/new.txt"),
FAILS_IN(ENV_FILE_LIMIT_SIGNAL, "standard output", "sample", "normal",
         "--shape", "100000"),
#line 1070 "book/appB-reliability.nw"
WORKS("sample", "uniform", "--help"),
WORKS("sample", "uniform", "--shape", "3", "-h"),
WORKS("fans", "--shape", "3x4", "--help"),
WORKS("gain", "relu", "0.1", "--help"),
WORKS("--version"),
FAILS("unknown option '--version'", "sample", "uniform", "--shape", "3",
      "--version"),
FAILS_IN(ENV_STDOUT_CLOSED, "cannot write the usage", "--help"),
FAILS_IN(ENV_STDOUT_FULL, "cannot write the usage", "sample", "--help"),
FAILS_IN(ENV_STDOUT_FULL, "cannot write the version", "--version"),
#line 1088 "book/appB-reliability.nw"
FAILS("must be finite in float32", "sample", "trunc_normal", "--shape", "3",
      "--std", "1e39"),
FAILS("too far in the tail", "sample", "trunc_normal", "--shape", "3",
      "--a", "50", "--b", "60"),
FAILS("too far in the tail", "sample", "trunc_normal", "--shape", "3",
      "--a", "6", "--b", "7"),
FAILS("would overflow float32", "sample", "normal", "--shape", "3",
      "--std", "1e39"),
FAILS("would overflow float32", "sample", "normal", "--shape", "30",
      "--std", "3e38"),
FAILS("would overflow float64", "sample", "normal", "--shape", "3", "--dtype",
      "float64", "--std", "1e308"),
FAILS("nni_init_xavier_normal_: normal(", "sample", "xavier_normal",
      "--shape", "2x2", "--gain", "1e300"),
FAILS("nni_init_xavier_uniform_: from is out of bounds", "sample",
      "xavier_uniform", "--shape", "2x2", "--gain", "1e300"),
FAILS("nni_init_orthogonal_: gain", "sample", "orthogonal", "--shape", "2x2",
      "--gain", "1e300"),
FAILS("would overflow float32", "sample", "normal", "--shape", "3",
      "--generator", "numpy", "--dtype", "float32", "--std", "1e38"),
FAILS("converted to float32", "sample", "uniform", "--shape", "3",
      "--generator", "numpy", "--dtype", "float32", "--a", "-1e39"),
FAILS("is too large", "gain", "leaky_relu", "1e155"),
#line 1120 "book/appB-reliability.nw"
FAILS("unexpected argument 'x??[31m'", "sample", "uniform", "--shape", "3",
      "x\x01\x1b[31m"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype",
      "float32\x1b[2J"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype", "a\r\nb"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype",
      "\x7f\x08\x08"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype",
      "\xff\xfe\xc3"),
FAILS("unknown command", "sample\x1b]0;owned\x07"),
FAILS("unexpected argument", "sample", "uniform", "--shape", "3",
      "@MANY:100000:x"),
FAILS("is given twice", "sample", "uniform", "--shape", "3",
      "@MANY:50000:--a=1"),
FAILS("unknown option", "sample", "uniform", "--shape", "3", "--@REP:100000:a"),
FAILS("unknown option", "sample", "uniform", "--shape", "3",
      "--@REP:100000:a:=1"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3",
      "--dtype=float32=float64"),
FAILS("for --dtype", "sample", "uniform", "--shape", "3", "--dtype",
      "@REP:40000:\xe4\xb8\xad"),
#line 1151 "book/appB-reliability.nw"
WORKS("sample", "uniform", "--shape", "2x3"),
WORKS("sample", "normal", "--shape", "0x10"),
WORKS("sample", "normal", "--shape", "0"),
WORKS("sample", "normal", "--shape", "007x01"),
WORKS("sample", "normal", "--shape", "1x1x1x1x1x1x1x2"),
WORKS("sample", "uniform", "--shape", "3", "--seed", "18446744073709551615"),
WORKS("sample", "uniform", "--shape", "3", "--seed", "4294967295",
      "--generator", "numpy"),
WORKS("sample", "uniform", "--shape=3x4", "--a=-2", "--b", "-1"),
WORKS("sample", "--shape", "3", "--mean", "-1e-3", "normal", "--std", "0"),
WORKS("sample", "uniform", "--shape", "3", "-o", "-"),
WORKS("sample", "uniform", "--shape", "@REP:100000:0:3"),
WORKS("sample", "uniform", "--shape", "3", "--a", "1e-400"),
WORKS("sample", "normal", "--shape", "30", "--format", "npy", "-o", "@OUT"),
WORKS("sample", "normal", "--shape", "30", "--dtype", "float64", "-o",
      "@DIR/w.txt"),
/* 早先的三个缺陷（见正文）：设备文件、长文件名、-o 的值恰好是 -h */
WORKS("sample", "uniform", "--shape", "3", "-o", "/dev/null"),
WORKS("sample", "uniform", "--shape", "3", "-o", "@DIR/@REP:250:a"),
WORKS("sample", "uniform", "--shape", "3", "-o", "@DIR/-h"),
#line 2539 "book/appC-deepnet.nw"
DEEPNET_FAILS("missing the network", NULL),
DEEPNET_FAILS("missing the network", "--width", "3"),
DEEPNET_FAILS("unknown network 'sigmoid'", "sigmoid"),
DEEPNET_FAILS("unknown network 'TANH'", "TANH"),
DEEPNET_FAILS("unknown network ''", ""),
DEEPNET_FAILS("unknown network 'tanh?[2J'", "tanh\x1b[2J"),
DEEPNET_FAILS("unexpected argument 'relu'", "tanh", "relu"),
DEEPNET_FAILS("unexpected argument", "tanh", "@MANY:100000:x"),
DEEPNET_FAILS("unknown option '--wdth'", "tanh", "--wdth", "3"),
DEEPNET_FAILS("unknown option '-x'", "tanh", "-x"),
DEEPNET_WORKS("tanh", "-h"),
DEEPNET_FAILS("--depth is given twice", "tanh", "--depth", "2", "--depth=2"),
DEEPNET_FAILS("--seed needs a value", "tanh", "--seed"),
DEEPNET_FAILS("unknown initialization 'lecun'", "tanh", "--init", "lecun"),
DEEPNET_FAILS("unknown initialization ''", "relu", "--init", ""),
DEEPNET_FAILS("unknown initialization '-h'", "relu", "--init", "-h"),
#line 2558 "book/appC-deepnet.nw"
DEEPNET_FAILS("needs --std", "tanh", "--init", "normal"),
DEEPNET_FAILS("--std does not apply", "tanh", "--std", "1"),
DEEPNET_FAILS("--gain does not apply", "relu", "--init", "kaiming_normal",
              "--gain", "2"),
DEEPNET_FAILS("--hist does not apply", "relu", "--hist", "10"),
DEEPNET_FAILS("--width does not apply", "notebook", "--width", "3"),
DEEPNET_FAILS("--batch does not apply", "symmetry", "--batch", "3"),
DEEPNET_FAILS("--init does not apply", "symmetry", "--init", "standard"),
DEEPNET_FAILS("for --width", "tanh", "--width", "0"),
DEEPNET_FAILS("for --width", "tanh", "--width", "4097"),
DEEPNET_FAILS("for --width", "linear", "--width", "513"),
DEEPNET_FAILS("for --width", "tanh", "--width", "-1"),
DEEPNET_FAILS("for --width", "tanh", "--width", "1e3"),
DEEPNET_FAILS("for --width", "tanh", "--width", "@REP:100000:9"),
DEEPNET_FAILS("for --depth", "relu", "--depth", "1001"),
DEEPNET_FAILS("for --depth", "relu", "--depth", "18446744073709551616"),
DEEPNET_FAILS("for --batch", "tanh", "--batch", "0"),
DEEPNET_FAILS("for --batch", "notebook", "--batch", "65537"),
DEEPNET_FAILS("for --hist", "tanh", "--hist", "0"),
DEEPNET_FAILS("for --seed", "tanh", "--seed", "-1"),
DEEPNET_FAILS("for --seed", "tanh", "--seed", "18446744073709551616"),
#line 2582 "book/appC-deepnet.nw"
DEEPNET_FAILS("for --std", "tanh", "--init", "normal", "--std", "nan"),
DEEPNET_FAILS("for --std", "tanh", "--init", "normal", "--std", "1e999"),
DEEPNET_FAILS("for --gain", "tanh", "--init", "orthogonal", "--gain", "inf"),
DEEPNET_FAILS("std >= 0.0", "tanh", "--init", "normal", "--std", "-1",
              "--width", "2", "--depth", "1", "--batch", "1"),
DEEPNET_FAILS("from=", "tanh", "--init", "xavier_uniform", "--gain", "-1",
              "--width", "2", "--depth", "1", "--batch", "1"),
DEEPNET_FAILS("too large", "tanh", "--width", "4096", "--depth", "2",
              "--batch", "4096"),
DEEPNET_FAILS("too large", "linear", "--width", "512", "--depth", "65"),
DEEPNET_FAILS("too large", "relu", "--width", "4096", "--depth", "1000",
              "--batch", "65536"),
DEEPNET_FAILS_IN(ENV_STDOUT_FULL, "cannot write", "tanh", "--width", "4",
                 "--depth", "2", "--batch", "2"),
DEEPNET_FAILS_IN(ENV_STDOUT_CLOSED, "cannot write", "symmetry"),
DEEPNET_FAILS_IN(ENV_STDOUT_BROKEN, "cannot write", "linear", "--width", "8",
                 "--depth", "2", "--hist", "1000"),
DEEPNET_WORKS("tanh", "--width", "4", "--depth", "2", "--batch", "3",
              "--hist", "5"),
DEEPNET_WORKS("relu", "--init", "orthogonal", "--gain", "-1.5", "--width", "3",
              "--depth", "2", "--batch", "1"),
DEEPNET_WORKS("linear", "--init", "kaiming_uniform", "--width", "1",
              "--depth", "1"),
DEEPNET_WORKS("tanh", "--init", "normal", "--std", "0", "--width", "2",
              "--depth", "1", "--batch", "1", "--seed",
              "18446744073709551615"),
DEEPNET_WORKS("notebook", "--batch", "1"),
DEEPNET_WORKS("symmetry", "--seed", "7"),
DEEPNET_WORKS("--help"),
DEEPNET_WORKS("relu", "--width", "3", "--help"),
DEEPNET_WORKS("--version"),
DEEPNET_FAILS_IN(ENV_STDOUT_FULL, "cannot write the usage", "--help"),
DEEPNET_FAILS_IN(ENV_STDOUT_FULL, "cannot write the version", "--version"),
#line 1818 "book/appB-reliability.nw"
};
#define N_CASES (sizeof cases / sizeof cases[0])

static const char *const program_names[PROGRAMS] = {
    "nninit", "deepnet", "train"
};
static char program_paths[PROGRAMS][PATH_MAX];  /* 绝对路径，main 中求出 */

#line 1180 "book/appB-reliability.nw"
typedef struct arglist {
    char **argv;
    size_t n, cap;
} arglist;

static void *xmalloc(size_t size)
{
    void *p = malloc(size);
    ck_assert_msg(p != NULL, "out of memory in the test itself");
    return p;
}

static void push_arg(arglist *a, char *arg)
{
    if (a->n + 2 > a->cap) {
        a->cap = a->cap == 0 ? 32 : 2 * a->cap;
        char **grown = realloc(a->argv, a->cap * sizeof *grown);
        ck_assert_msg(grown != NULL, "out of memory in the test itself");
        a->argv = grown;
    }
    a->argv[a->n++] = arg;
    a->argv[a->n] = NULL;
}

static void free_args(arglist *a)
{
    for (size_t i = 0; i < a->n; i++)
        free(a->argv[i]);
    free(a->argv);
}
#line 1218 "book/appB-reliability.nw"
static char *expand_rep(const char *prefix, const char *arg)
{
    const char *rep = strstr(arg, "@REP:");
    if (rep == NULL) {
        char *s = xmalloc(strlen(prefix) + strlen(arg) + 1);
        return strcat(strcpy(s, prefix), arg);
    }
    char *unit_start;
    const unsigned long count = strtoul(rep + 5, &unit_start, 10);
    ck_assert_msg(*unit_start == ':', "bad placeholder %s", arg);
    unit_start++;
    const size_t unit_len = strcspn(unit_start, ":");
    const char *tail =
        unit_start[unit_len] == ':' ? unit_start + unit_len + 1 : "";
    const size_t head_len = strlen(prefix) + (size_t)(rep - arg);
    char *s = xmalloc(head_len + count * unit_len + strlen(tail) + 1), *p = s;
    p += sprintf(p, "%s%.*s", prefix, (int)(rep - arg), arg);
    for (unsigned long i = 0; i < count; i++, p += unit_len)
        memcpy(p, unit_start, unit_len);
    strcpy(p, tail);
    return s;
}
#line 1246 "book/appB-reliability.nw"
static char digits_path[PATH_MAX];     /* @DIGITS，main 中求出 */

static char *expand_place(const char *arg, const char *dir)
{
    static const struct { const char *name, *suffix; } places[] = {
        { "@DIR", "" }, { "@OUT", "/out" }, { "@RO", "/ro" }
    };
    if (strcmp(arg, "@DIGITS") == 0)
        return strcpy(xmalloc(strlen(digits_path) + 1), digits_path);
    for (size_t k = 0; k < sizeof places / sizeof places[0]; k++) {
        const size_t len = strlen(places[k].name);
        if (strncmp(arg, places[k].name, len) == 0) {
            char prefix[PATH_MAX];
            snprintf(prefix, sizeof prefix, "%s%s", dir, places[k].suffix);
            return expand_rep(prefix, arg + len);
        }
    }
    return expand_rep("", arg);
}
#line 1270 "book/appB-reliability.nw"
static arglist expand_args(const hostile_case *c, const char *dir)
{
    arglist a = { NULL, 0, 0 };
    const char *path = program_paths[c->prog];
    push_arg(&a, strcpy(xmalloc(strlen(path) + 1), path));
    for (size_t i = 0; c->args[i] != NULL; i++) {
        const char *arg = c->args[i];
        if (strncmp(arg, "@MANY:", 6) == 0) {
            char *rest;
            const unsigned long count = strtoul(arg + 6, &rest, 10);
            ck_assert_msg(*rest == ':', "bad placeholder %s", arg);
            for (unsigned long k = 0; k < count; k++)
                push_arg(&a, expand_place(rest + 1, dir));
        } else {
            push_arg(&a, expand_place(arg, dir));
        }
    }
    return a;
}
#line 1301 "book/appB-reliability.nw"
#define SENTINEL "this file must survive every failed run\n"
enum { FILE_LIMIT = 65536 };

static void make_case_dir(char dir[PATH_MAX])
{
    char path[PATH_MAX + 16];
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, PATH_MAX, "%s/check-hostile-XXXXXX",
             tmp != NULL && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/out", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    ck_assert(fputs(SENTINEL, f) >= 0 && fclose(f) == 0);
    snprintf(path, sizeof path, "%s/ro", dir);
    ck_assert(mkdir(path, 0555) == 0);
}
#line 1326 "book/appB-reliability.nw"
static void run_child(const hostile_case *c, char **argv, const char *dir,
                      int out_fd, int err_fd)
{
    bool ok = chdir(dir) == 0 && dup2(err_fd, 2) == 2;
    int pipe_fds[2];
    switch (c->env) {
    case ENV_STDOUT_FULL:
        close(1);
        ok = ok && open("/dev/full", O_WRONLY) == 1;
        break;
    case ENV_STDOUT_CLOSED:
        close(1);
        break;
    case ENV_STDOUT_BROKEN:
        ok = ok && pipe(pipe_fds) == 0 && dup2(pipe_fds[1], 1) == 1
             && close(pipe_fds[0]) == 0 && signal(SIGPIPE, SIG_IGN) != SIG_ERR;
        break;
    case ENV_FILE_LIMIT: {
        const struct rlimit limit = { FILE_LIMIT, FILE_LIMIT };
        ok = ok && setrlimit(RLIMIT_FSIZE, &limit) == 0
             && signal(SIGXFSZ, SIG_IGN) != SIG_ERR && dup2(out_fd, 1) == 1;
        break;
    }
    
#line 1371 "book/appB-reliability.nw"
case ENV_FILE_LIMIT_SIGNAL: {
    const struct rlimit limit = { FILE_LIMIT, FILE_LIMIT };
    ok = ok && setrlimit(RLIMIT_FSIZE, &limit) == 0
         && signal(SIGXFSZ, SIG_DFL) != SIG_ERR && dup2(out_fd, 1) == 1;
    break;
}
case ENV_STDOUT_LOG:
case ENV_STDOUT_FILE:
case ENV_STDERR_LOG: {
    const int target = c->env == ENV_STDERR_LOG ? 2 : 1;
    const int fd = open("log", c->env == ENV_STDOUT_FILE ? O_WRONLY
                                                         : O_WRONLY | O_APPEND);
    ok = ok && fd > 2 && lseek(fd, 0, SEEK_END) > 0
         && dup2(fd, target) == target
         && (target == 1 || dup2(out_fd, 1) == 1) && close(fd) == 0;
    break;
}
#line 1350 "book/appB-reliability.nw"
    default:
        ok = ok && dup2(out_fd, 1) == 1;
    }
    close(out_fd);
    close(err_fd);
    if (ok)
        execv(argv[0], argv);
    _exit(126);
}
#line 1391 "book/appB-reliability.nw"
typedef struct outcome {
    int status;         /* 退出状态；被信号杀死时为负的信号编号 */
    char *out, *err;    /* 标准输出、标准错误的全部内容，以 '\0' 结尾 */
    size_t out_len, err_len;
} outcome;

static char *read_all(FILE *f, size_t *len)
{
    ck_assert(fseek(f, 0, SEEK_END) == 0);
    const long size = ftell(f);
    ck_assert(size >= 0);
    rewind(f);
    char *buf = xmalloc((size_t)size + 1);
    *len = fread(buf, 1, (size_t)size, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static outcome run_case(const hostile_case *c, char **argv, const char *dir)
{
    FILE *out = tmpfile(), *err = tmpfile();
    ck_assert(out != NULL && err != NULL);
    const pid_t pid = fork();
    ck_assert(pid >= 0);
    if (pid == 0)
        run_child(c, argv, dir, fileno(out), fileno(err));
    int wstatus;
    ck_assert(waitpid(pid, &wstatus, 0) == pid);
    outcome r = { WIFEXITED(wstatus) ? WEXITSTATUS(wstatus)
                  : WIFSIGNALED(wstatus) ? -WTERMSIG(wstatus) : -1000,
                  NULL, NULL, 0, 0 };
    r.out = read_all(out, &r.out_len);
    r.err = read_all(err, &r.err_len);
    return r;
}
#line 1435 "book/appB-reliability.nw"
enum { MAX_MESSAGE = 300 };

static const char *message_problem(const outcome *r, const char *expected,
                                   program prog)
{
    if (r->err_len == 0)
        return "stderr is empty";
    const size_t len = strlen(program_names[prog]);
    if (strncmp(r->err, program_names[prog], len) != 0
        || strncmp(r->err + len, ": ", 2) != 0)
        return "stderr does not start with the program name and ': '";
    if (r->err_len > MAX_MESSAGE)
        return "the message is too long";
    for (size_t i = 0; i < r->err_len; i++) {
        const unsigned char ch = (unsigned char)r->err[i];
        if (ch == '\n' && i + 1 == r->err_len)
            break;
        if (ch < 0x20 || ch == 0x7f)
            return ch == '\n' ? "stderr has more than one line"
                              : "the message contains a control character";
    }
    if (r->err[r->err_len - 1] != '\n')
        return "the message does not end with a newline";
    if (expected != NULL && strstr(r->err, expected) == NULL)
        return "the message does not say why (expected text missing)";
    return NULL;
}
#line 1469 "book/appB-reliability.nw"
static bool named_in_args(const hostile_case *c, const char *name)
{
    for (size_t i = 0; c->args[i] != NULL; i++)
        if (strncmp(c->args[i], "@DIR/", 5) == 0) {
            char *expanded = expand_rep("", c->args[i] + 5);
            const bool same = strcmp(expanded, name) == 0;
            free(expanded);
            if (same)
                return true;
        }
    return false;
}

static bool file_is(const char *path, const char *content)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return false;
    size_t len;
    char *got = read_all(f, &len);
    const bool same = len == strlen(content) && memcmp(got, content, len) == 0;
    free(got);
    return same;
}
#line 1496 "book/appB-reliability.nw"
static bool prepared_by_env(const char *name)
{
    return strcmp(name, "log") == 0 || strcmp(name, "link") == 0
           || strcmp(name, "sym") == 0 || strcmp(name, "fifo") == 0;
}
#line 1504 "book/appB-reliability.nw"
static const char *dir_problem(const hostile_case *c, const char *dir,
                               bool out_kept)
{
    static char why[PATH_MAX + 64];
    char path[PATH_MAX];
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    const char *problem = NULL;
    for (struct dirent *e; problem == NULL && (e = readdir(d)) != NULL;) {
        const char *name = e->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0
            || strcmp(name, "out") == 0 || strcmp(name, "ro") == 0
            || prepared_by_env(name)
            || (c->status == 0 && named_in_args(c, name)))
            continue;
        snprintf(why, sizeof why, "left a file behind: %.200s", name);
        problem = why;
    }
    closedir(d);
    snprintf(path, sizeof path, "%s/out", dir);
    if (problem == NULL && out_kept && !file_is(path, SENTINEL))
        problem = "the existing output file was modified or removed";
    snprintf(path, sizeof path, "%s/ro", dir);
    if (problem == NULL && rmdir(path) != 0)
        problem = "something was written into the read-only directory";
    return problem;
}
#line 1537 "book/appB-reliability.nw"
static void remove_case_dir(const char *dir)
{
    char path[PATH_MAX + 256];
    DIR *d = opendir(dir);
    for (struct dirent *e; d != NULL && (e = readdir(d)) != NULL;)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            if (remove(path) != 0) {
                chmod(path, 0755);
                rmdir(path);
            }
        }
    if (d != NULL)
        closedir(d);
    rmdir(dir);
}
#line 1641 "book/appB-reliability.nw"
#define LOG_HEADER "the first line of the log\n"

typedef struct env_state {
    struct stat out;        /* 运行之前 @OUT 的身份 */
    int fifo;               /* ENV_FIFO：命名管道的读端；否则 -1 */
} env_state;

static void put_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    ck_assert(fputs(text, f) >= 0 && fclose(f) == 0);
}
#line 1657 "book/appB-reliability.nw"
static env_state prepare_env(const hostile_case *c, const char *dir)
{
    char out[PATH_MAX + 16], path[PATH_MAX + 16];
    env_state e;
    e.fifo = -1;
    snprintf(out, sizeof out, "%s/out", dir);
    if (c->env == ENV_STDOUT_LOG || c->env == ENV_STDOUT_FILE
        || c->env == ENV_STDERR_LOG) {
        snprintf(path, sizeof path, "%s/log", dir);
        put_text(path, LOG_HEADER);
    }
    if (c->env == ENV_OUT_PRIVATE || c->env == ENV_OUT_READONLY)
        ck_assert(chmod(out, c->env == ENV_OUT_PRIVATE ? 0600 : 0444) == 0);
    
#line 1677 "book/appB-reliability.nw"
if (c->env == ENV_OUT_LINKED) {
    snprintf(path, sizeof path, "%s/link", dir);
    ck_assert(link(out, path) == 0);
    snprintf(path, sizeof path, "%s/sym", dir);
    ck_assert(symlink("out", path) == 0);
}
if (c->env == ENV_FIFO) {
    snprintf(path, sizeof path, "%s/fifo", dir);
    ck_assert(mkfifo(path, 0600) == 0);
    e.fifo = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    ck_assert(e.fifo >= 0);
}
#line 1671 "book/appB-reliability.nw"
    ck_assert(stat(out, &e.out) == 0);
    return e;
}
#line 1694 "book/appB-reliability.nw"
static const char *log_problem(const char *dir)
{
    char path[PATH_MAX + 16];
    size_t len, lines = 0;
    snprintf(path, sizeof path, "%s/log", dir);
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    char *text = read_all(f, &len);
    const size_t h = strlen(LOG_HEADER);
    const bool kept = len > h && strncmp(text, LOG_HEADER, h) == 0;
    for (size_t i = h; kept && i < len; i++)
        lines += text[i] == '\n';
    const bool numbers = kept
                         && strspn(text + h, "0123456789.-+e\n") == len - h;
    free(text);
    if (!kept)
        return "the log lost its first line (it was replaced or truncated)";
    if (lines < 3 || !numbers)
        return "the output is not appended to the log";
    return NULL;
}
#line 1718 "book/appB-reliability.nw"
static const char *links_problem(const char *dir, const struct stat *out)
{
    char path[PATH_MAX + 16];
    struct stat st;
    snprintf(path, sizeof path, "%s/link", dir);
    if (stat(path, &st) != 0 || st.st_ino != out->st_ino || out->st_nlink != 2)
        return "the hard link no longer shares the output file";
    snprintf(path, sizeof path, "%s/sym", dir);
    if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
        return "the symbolic link was replaced by a file";
    if (stat(path, &st) != 0 || st.st_ino != out->st_ino)
        return "the symbolic link no longer points to the output file";
    return NULL;
}

static const char *fifo_problem(const char *dir, int fd)
{
    char path[PATH_MAX + 16], buf[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/fifo", dir);
    if (lstat(path, &st) != 0 || !S_ISFIFO(st.st_mode))
        return "the named pipe was replaced";
    return read(fd, buf, sizeof buf) > 0 ? NULL
                                          : "nothing arrived through the pipe";
}
#line 1751 "book/appB-reliability.nw"
static const char *env_problem(const hostile_case *c, const char *dir,
                               const env_state *e)
{
    char path[PATH_MAX + 16];
    struct stat now;
    snprintf(path, sizeof path, "%s/out", dir);
    if (stat(path, &now) != 0 || now.st_ino != e->out.st_ino
        || now.st_dev != e->out.st_dev)
        return "the existing output file was replaced (its inode changed)";
    if ((now.st_mode & 07777) != (e->out.st_mode & 07777))
        return "the permissions of the existing output file changed";
    if (c->status != 0)
        return NULL;
    if (c->env == ENV_STDOUT_LOG || c->env == ENV_STDOUT_FILE
        || c->env == ENV_STDERR_LOG)
        return log_problem(dir);
    if (c->env == ENV_OUT_LINKED)
        return links_problem(dir, &now);
    if (c->env == ENV_FIFO)
        return fifo_problem(dir, e->fifo);
    return NULL;
}
#line 1561 "book/appB-reliability.nw"
static bool uses_ro(const hostile_case *c)
{
    for (size_t i = 0; c->args[i] != NULL; i++)
        if (strncmp(c->args[i], "@RO", 3) == 0)
            return true;
    return false;
}

START_TEST(test_hostile_case)
{
    const hostile_case *c = &cases[_i];
    if ((uses_ro(c) || c->env == ENV_OUT_READONLY) && geteuid() == 0)
        return;     /* root 不受权限位约束：只读目录与只读文件都挡不住它 */
    char dir[PATH_MAX];
    make_case_dir(dir);
    env_state e = prepare_env(c, dir);
    arglist a = expand_args(c, dir);
    outcome r = run_case(c, a.argv, dir);
    
#line 1601 "book/appB-reliability.nw"
const bool stdout_captured = c->env != ENV_STDOUT_FULL
                             && c->env != ENV_STDOUT_CLOSED
                             && c->env != ENV_STDOUT_BROKEN
                             && c->env != ENV_STDOUT_LOG
                             && c->env != ENV_STDOUT_FILE
                             && c->env != ENV_FILE_LIMIT_SIGNAL;
const char *problem = NULL;
if (c->status == 2) {
    if (r.status != 2)
        problem = "exit status is not 2";
    else if (stdout_captured && r.out_len != 0)
        problem = "stdout is not empty";
    else
        problem = message_problem(&r, c->message, c->prog);
    if (problem == NULL)
        problem = dir_problem(c, dir, true);
} else {
    if (r.status != 0)
        problem = "exit status is not 0";
    else if (r.err_len != 0)
        problem = "stderr is not empty";
    if (problem == NULL)
        problem = dir_problem(c, dir, false);
}
char shown_err[256];
snprintf(shown_err, sizeof shown_err, "%s", r.err);
#line 1580 "book/appB-reliability.nw"
    if (problem == NULL)
        problem = env_problem(c, dir, &e);
    if (e.fifo >= 0)
        close(e.fifo);
    free(r.out);
    free(r.err);
    free_args(&a);
    remove_case_dir(dir);
    ck_assert_msg(problem == NULL,
                  "case %d (%s): %s; exit status %d, stderr: %.200s", _i,
                  c->message != NULL ? c->message : "must succeed", problem,
                  r.status, shown_err);
}
END_TEST

#line 1831 "book/appB-reliability.nw"
int main(void)
{
    for (int k = 0; k < PROGRAMS; k++) {
        char relative[PATH_MAX];
        snprintf(relative, sizeof relative, "%s/%s", NNI_BIN_DIR,
                 program_names[k]);
        if (realpath(relative, program_paths[k]) == NULL) {
            perror(relative);
            return EXIT_FAILURE;
        }
    }
    if (realpath("build/digits.csv", digits_path) == NULL) {
        perror("build/digits.csv");
        return EXIT_FAILURE;
    }
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("nninit");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_hostile_case, 0, (int)N_CASES);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    nni_test_report_files(sr);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
