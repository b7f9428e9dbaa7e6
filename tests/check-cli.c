#line 5295 "book/app1-tests.nw"
/* check-cli -- nninit 的测试：解析、与 PyTorch/NumPy 的输出逐字节比较、
   错误与原子写入 */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"
#include "test-support.h"

#line 5494 "book/app1-tests.nw"
static char nninit_path[4096];

typedef struct run_result {
    int status;             /* 退出状态；被信号杀死时为 -1 */
    char *out, *err;        /* 标准输出与标准错误的全部内容（以 '\0' 结尾） */
    size_t out_len, err_len;
} run_result;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap + 1);
    while ((got = fread(buf + n, 1, cap - n, f)) > 0)
        if ((n += got) == cap)
            buf = realloc(buf, (cap *= 2) + 1);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}
#line 5519 "book/app1-tests.nw"
static run_result run_nninit(const char *const *args)
{
    char out_path[] = "/tmp/check-cli-out-XXXXXX",
         err_path[] = "/tmp/check-cli-err-XXXXXX";
    int out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
    ck_assert(out_fd >= 0 && err_fd >= 0);
    char *argv[64] = { nninit_path };
    for (int i = 0; args[i] != NULL && i < 62; i++)
        argv[i + 1] = (char *)args[i];
    pid_t pid = fork();
    ck_assert(pid >= 0);
    if (pid == 0) {
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        execv(nninit_path, argv);
        _exit(127);
    }
    int wstatus;
    waitpid(pid, &wstatus, 0);
    close(out_fd);
    close(err_fd);
    run_result r = { WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1,
                     NULL, NULL, 0, 0 };
    r.out = slurp(out_path, &r.out_len);
    r.err = slurp(err_path, &r.err_len);
    unlink(out_path);
    unlink(err_path);
    return r;
}

static void free_result(run_result *r)
{
    free(r->out);
    free(r->err);
}
#line 5560 "book/app1-tests.nw"
static void make_temp_dir(char dir[32])
{
    strcpy(dir, "/tmp/check-cli-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static size_t count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static void remove_temp_dir(const char *dir)
{
    DIR *d = opendir(dir);
    char path[4096];
    for (struct dirent *e; d != NULL && (e = readdir(d)) != NULL;)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            remove(path);
        }
    if (d != NULL)
        closedir(d);
    rmdir(dir);
}
#line 5335 "book/app1-tests.nw"
START_TEST(test_parse_numbers)
{
    uint64_t u = 7;
    double d = 7;
    const char *why = NULL;
    ck_assert(nni_app_parse_u64("0", &u, &why) && u == 0);
    ck_assert(nni_app_parse_u64("18446744073709551615", &u, &why)
              && u == UINT64_MAX);
    ck_assert(nni_app_parse_u64("0004294967296", &u, &why)
              && u == UINT64_C(4294967296));
    static const char *const bad_u64[] = {
        "", "18446744073709551616", "99999999999999999999999", "-1", "+1", " 1",
        "1 ", "1.5", "0x10", "1e3", "\xef\xbc\x91", "1\n"
    };
    for (size_t i = 0; i < sizeof bad_u64 / sizeof bad_u64[0]; i++) {
        u = 7;
        ck_assert_msg(!nni_app_parse_u64(bad_u64[i], &u, &why), "accepted '%s'",
                      bad_u64[i]);
        ck_assert(u == 7 && why != NULL);
    }
    ck_assert(nni_app_parse_finite("0.1", &d, &why) && d == 0.1);
    ck_assert(nni_app_parse_finite("-3", &d, &why) && d == -3.0);
    ck_assert(nni_app_parse_finite(".5", &d, &why) && d == 0.5);
    ck_assert(nni_app_parse_finite("5.", &d, &why) && d == 5.0);
    ck_assert(nni_app_parse_finite("+1E-3", &d, &why) && d == 1e-3);
    ck_assert(nni_app_parse_finite("-0", &d, &why) && d == 0.0);
    ck_assert(nni_app_parse_finite("1e-400", &d, &why) && d == 0.0);
    static const char *const bad_double[] = {
        "",       "nan",   "NaN", "inf", "-inf", "infinity", "1e999",
        "-1e309", "1.2.3", "1,5", " 1",  "1 ",   "0x1p3",    "1e",
        "e3",     "--1",   "+",   ".",   "1e+",  "1_000",    "1\n"
    };
    for (size_t i = 0; i < sizeof bad_double / sizeof bad_double[0]; i++) {
        d = 7;
        ck_assert_msg(!nni_app_parse_finite(bad_double[i], &d, &why),
                      "accepted '%s'", bad_double[i]);
        ck_assert(d == 7);
    }
}
END_TEST
#line 5386 "book/app1-tests.nw"
START_TEST(test_parse_shape)
{
    size_t ndim = 99, shape[NNI_MAX_DIMS];
    const char *why = NULL;
    ck_assert(nni_app_parse_shape("40x30", &ndim, shape, &why));
    ck_assert(ndim == 2 && shape[0] == 40 && shape[1] == 30);
    ck_assert(nni_app_parse_shape("7", &ndim, shape, &why) && ndim == 1
              && shape[0] == 7);
    ck_assert(nni_app_parse_shape("0x5", &ndim, shape, &why) && ndim == 2
              && shape[0] == 0);
    ck_assert(nni_app_parse_shape("1x2x1x2x1x2x1x2", &ndim, shape, &why)
              && ndim == 8);
    ck_assert(nni_app_parse_shape("67108864", &ndim, shape, &why));
    static const char *const bad[] = {
        "", "abc", "3x", "x3", "3xx4", "-3", "3x-4", "3X4", "3*4", "3 x 4",
        "3x4 ", "+3", "3.0", "1x1x1x1x1x1x1x1x1", "67108865", "65536x65536",
        "8192x8193", "100000000000000000000000000000",
        "4294967296x4294967296x0", "3x4\n"
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        why = NULL;
        ck_assert_msg(!nni_app_parse_shape(bad[i], &ndim, shape, &why),
                      "accepted '%s'", bad[i]);
        ck_assert(why != NULL);
    }
}
END_TEST
#line 5423 "book/app1-tests.nw"
START_TEST(test_quote_and_options)
{
    char q[NNI_APP_QUOTE_MAX + 4], err[NNI_APP_ERRSIZE];
    nni_app_quote("a\nb\x1b", q);
    ck_assert_str_eq(q, "a?b?");
    nni_app_quote("0123456789012345678901234567890123456789XYZ", q);
    ck_assert_str_eq(q, "0123456789012345678901234567890123456789...");
    nni_app_quote("012345678901234567890123456789012345678\xe4\xb8\xad", q);
    ck_assert_str_eq(q, "012345678901234567890123456789012345678...");

    nni_app_option opt[3] = { { "--shape", NULL, NULL },
                              { "--mean", NULL, NULL },
                              { "--output", "-o", NULL } };
    const char *pos[1];
    size_t npos;
    const char *ok_args[] = { "normal", "--shape=3x4", "--mean", "-2", "-o",
                              "out" };
    ck_assert(nni_app_parse_options(6, ok_args, opt, 3, pos, 1, &npos, err,
                                    sizeof err));
    ck_assert(npos == 1 && strcmp(pos[0], "normal") == 0);
    ck_assert_str_eq(opt[0].value, "3x4");
    ck_assert_str_eq(opt[1].value, "-2");
    ck_assert_str_eq(opt[2].value, "out");
    
#line 5452 "book/app1-tests.nw"
const char *twice[] = { "--shape", "3", "--shape=4" };
ck_assert(!nni_app_parse_options(3, twice, opt, 3, pos, 1, &npos, err,
                                 sizeof err));
ck_assert_ptr_nonnull(strstr(err, "twice"));
const char *missing[] = { "--mean" };
ck_assert(!nni_app_parse_options(1, missing, opt, 3, pos, 1, &npos, err,
                                 sizeof err));
ck_assert_ptr_nonnull(strstr(err, "needs a value"));
const char *unknown[] = { "--shapes=3" };
ck_assert(!nni_app_parse_options(1, unknown, opt, 3, pos, 1, &npos, err,
                                 sizeof err));
ck_assert_ptr_nonnull(strstr(err, "unknown option '--shapes'"));
const char *extra[] = { "normal", "uniform" };
ck_assert(!nni_app_parse_options(2, extra, opt, 3, pos, 1, &npos, err,
                                 sizeof err));
const char *dash[] = { "-5" };
ck_assert(!nni_app_parse_options(1, dash, opt, 3, pos, 1, &npos, err,
                                 sizeof err));
#line 5447 "book/app1-tests.nw"
}
END_TEST
#line 5612 "book/app1-tests.nw"
static size_t golden_case(const char *name, char *args, const char *kind,
                          const char *file)
{
    char dir[32], out[64], expected_path[512];
    const char *argv[64];
    size_t n = 0, failures = 0, len;
    make_temp_dir(dir);
    snprintf(out, sizeof out, "%s/out", dir);
    for (char *tok = strtok(args, " "); tok != NULL && n < 63;
         tok = strtok(NULL, " "))
        argv[n++] = strcmp(tok, "@OUT") == 0 ? out : tok;
    argv[n] = NULL;
    run_result r = run_nninit(argv);
    snprintf(expected_path, sizeof expected_path, "tests/golden/cli/%s", file);
    char *expected = slurp(expected_path, &len);
    
#line 5636 "book/app1-tests.nw"
if (r.status != 0 || r.err_len != 0) {
    fprintf(stderr, "cli case %s: exit status %d, stderr: %s", name, r.status,
            r.err);
    failures++;
} else if (strcmp(kind, "stdout") == 0) {
    if (r.out_len != len || memcmp(r.out, expected, len) != 0) {
        fprintf(stderr, "cli case %s: stdout differs from %s\n", name,
                expected_path);
        failures++;
    }
} else {
    size_t got_len;
    char *got = slurp(out, &got_len);
    if (r.out_len != 0 || got_len != len || memcmp(got, expected, len) != 0) {
        fprintf(stderr, "cli case %s: %s differs from %s\n", name, out,
                expected_path);
        failures++;
    }
    free(got);
}
#line 5628 "book/app1-tests.nw"
    free(expected);
    free_result(&r);
    remove_temp_dir(dir);
    return failures;
}
#line 5661 "book/app1-tests.nw"
static size_t golden_file(const char *path, size_t *cases)
{
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL,
                  "cannot open %s (run the tests from the top directory)",
                  path);
    char line[4096], name[128] = "", args[4096] = "", kind[16] = "",
                     file[256] = "";
    size_t failures = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "case ", 5) == 0)
            snprintf(name, sizeof name, "%.120s", line + 5);
        else if (strncmp(line, "args ", 5) == 0)
            snprintf(args, sizeof args, "%.4000s", line + 5);
        else if (strncmp(line, "stdout ", 7) == 0
                 || strncmp(line, "file ", 5) == 0)
            sscanf(line, "%15s %255s", kind, file);
        else if (strcmp(line, "end") == 0) {
            failures += golden_case(name, args, kind, file);
            (*cases)++;
        }
    }
    fclose(f);
    return failures;
}
#line 5690 "book/app1-tests.nw"
START_TEST(test_golden_outputs)
{
    DIR *d = opendir("tests/golden/cli");
    ck_assert_msg(d != NULL,
                  "cannot open tests/golden/cli (run the tests from the top "
                  "directory)");
    size_t cases = 0, failures = 0, files = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        const size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".txt") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "tests/golden/cli/%.200s", e->d_name);
        failures += golden_file(path, &cases);
        files++;
    }
    closedir(d);
    ck_assert_msg(files > 0 && cases > 0, "no cases in tests/golden/cli/*.txt");
    ck_assert_msg(failures == 0,
                  "%zu of %zu nninit cases differ from PyTorch/NumPy "
                  "(see stderr)", failures, cases);
}
END_TEST
#line 5728 "book/app1-tests.nw"
static const char *const bad_commands[][14] = {
    
#line 5740 "book/app1-tests.nw"
{ "missing command", NULL },
{ "unknown command 'frobnicate'", "frobnicate", NULL },
{ "missing the distribution", "sample", NULL },
{ "unknown initializer 'gamma'", "sample", "gamma", "--shape", "3", NULL },
{ "missing option --shape", "sample", "uniform", NULL },
{ "--shape", "sample", "uniform", "--shape", "3x", NULL },
{ "--shape", "sample", "uniform", "--shape", "x3", NULL },
{ "--shape", "sample", "uniform", "--shape", "3xx4", NULL },
{ "--shape", "sample", "uniform", "--shape", "abc", NULL },
{ "--shape", "sample", "uniform", "--shape", "-3", NULL },
{ "too many elements", "sample", "normal", "--shape", "100000x100000", NULL },
#line 5730 "book/app1-tests.nw"
    
#line 5757 "book/app1-tests.nw"
{ "--seed", "sample", "uniform", "--shape", "3", "--seed", "-1", NULL },
{ "--seed", "sample", "uniform", "--shape", "3", "--seed",
  "18446744073709551616", NULL },
{ "--seed", "sample", "uniform", "--shape", "3", "--seed", "1.5", NULL },
{ "2**32 - 1", "sample", "uniform", "--shape", "3", "--generator", "numpy",
  "--seed", "4294967296", NULL },
{ "--dtype", "sample", "uniform", "--shape", "3", "--dtype", "float16", NULL },
{ "--generator", "sample", "uniform", "--shape", "3", "--generator", "jax",
  NULL },
#line 5731 "book/app1-tests.nw"
    
#line 5772 "book/app1-tests.nw"
{ "does not apply", "sample", "normal", "--shape", "3", "--a", "1", NULL },
{ "does not apply", "sample", "uniform", "--shape", "3", "--std", "1", NULL },
{ "--a", "sample", "uniform", "--shape", "3", "--a", "nan", NULL },
{ "--b", "sample", "uniform", "--shape", "3", "--b", "inf", NULL },
{ "--mean", "sample", "normal", "--shape", "3", "--mean", "1e999", NULL },
{ "from=5 > to=1", "sample", "uniform", "--shape", "3", "--a", "5", "--b", "1",
  NULL },
{ "std >= 0.0", "sample", "normal", "--shape", "30", "--std", "-1", NULL },
{ "scale < 0", "sample", "normal", "--shape", "3", "--generator", "numpy",
  "--std", "-0", NULL },
#line 5732 "book/app1-tests.nw"
    
#line 5788 "book/app1-tests.nw"
{ "--format", "sample", "uniform", "--shape", "3", "--format", "csv", NULL },
{ "given twice", "sample", "uniform", "--shape", "3", "--shape", "4", NULL },
{ "needs a value", "sample", "uniform", "--shape", NULL },
{ "unknown option '--bogus'", "sample", "uniform", "--shape", "3", "--bogus",
  "1", NULL },
{ "unexpected argument", "sample", "uniform", "normal", "--shape", "3", NULL },
{ "cannot create", "sample", "uniform", "--shape", "3", "-o",
  "/nonexistent-dir/out.txt", NULL },
{ "invalid value 'a?b'", "sample", "uniform", "--shape", "3", "--dtype", "a\nb",
  NULL },
{ "empty file name", "sample", "uniform", "--shape", "3", "--output=", NULL },
#line 5733 "book/app1-tests.nw"
};
#line 5802 "book/app1-tests.nw"
/* c[0] 是消息中应有的文字，c[1..] 是命令行（以 NULL 结尾）；
   以后各章的错误用例也用它 */
static void assert_bad_command(const char *const *c)
{
    run_result r = run_nninit(c + 1);
    const char *nl = strchr(r.err, '\n');
    ck_assert_msg(r.status == 2, "case '%s': exit status %d", c[0], r.status);
    ck_assert_msg(r.out_len == 0, "case '%s': stdout is not empty", c[0]);
    ck_assert_msg(strncmp(r.err, "nninit: ", 8) == 0 && nl != NULL
                  && nl == r.err + r.err_len - 1,
                  "case '%s': stderr is not one line: %s", c[0], r.err);
    ck_assert_msg(strstr(r.err, c[0]) != NULL, "case '%s': message is %s", c[0],
                  r.err);
    free_result(&r);
}

START_TEST(test_bad_command_lines)
{
    assert_bad_command(bad_commands[_i]);
}
END_TEST
#line 5833 "book/app1-tests.nw"
START_TEST(test_help)
{
    const char *const help[] = { "--help", NULL };
    const char *const sample_help[] = { "sample", "-h", NULL };
    run_result r = run_nninit(help);
    ck_assert(r.status == 0 && r.err_len == 0
              && strstr(r.out, "usage: nninit") != NULL);
    free_result(&r);
    r = run_nninit(sample_help);
    ck_assert(r.status == 0 && strstr(r.out, "--shape") != NULL);
    free_result(&r);
}
END_TEST
#line 5858 "book/app1-tests.nw"
START_TEST(test_output_file_is_atomic)
{
    char dir[32], path[64];
    make_temp_dir(dir);
    snprintf(path, sizeof path, "%s/w.npy", dir);
    const char *const bad[] = { "sample", "normal", "--shape", "30", "--std",
                                "-1", "-o", path, NULL };
    const char *const good[] = { "sample", "normal", "--shape", "30",
                                 "--format", "npy", "-o", path, NULL };
    const char *const other[] = { "sample", "uniform", "--shape", "30",
                                  "--format", "npy", "-o", path, NULL };
    const char *const onto_dir[] = { "sample", "uniform", "--shape", "3", "-o",
                                     dir, NULL };
    run_result r = run_nninit(bad);
    ck_assert(r.status == 2 && count_entries(dir) == 0);
    free_result(&r);
    r = run_nninit(good);
    ck_assert(r.status == 0 && r.out_len == 0 && count_entries(dir) == 1);
    free_result(&r);
    size_t len1, len2;
    char *first = slurp(path, &len1);
    
#line 5887 "book/app1-tests.nw"
r = run_nninit(bad);
ck_assert(r.status == 2 && count_entries(dir) == 1);
free_result(&r);
char *same = slurp(path, &len2);
ck_assert(len1 == len2 && memcmp(first, same, len1) == 0);
free(same);
r = run_nninit(onto_dir);
ck_assert(r.status == 2 && count_entries(dir) == 1);
free_result(&r);
r = run_nninit(other);
ck_assert(r.status == 0 && count_entries(dir) == 1);
free_result(&r);
char *changed = slurp(path, &len2);
ck_assert(len1 == len2 && memcmp(first, changed, len1) != 0);
free(changed);
struct stat st;
ck_assert(stat(path, &st) == 0 && (st.st_mode & 0444) != 0);
#line 5880 "book/app1-tests.nw"
    free(first);
    remove_temp_dir(dir);
}
END_TEST
#line 5914 "book/app1-tests.nw"
START_TEST(test_write_npy_errors)
{
    nni_tensor *t;
    const size_t shape[1] = { 3 };
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 1, shape), NNI_OK);
    ck_assert_int_eq(nni_tensor_write_npy(NULL, stdout), NNI_EINVAL);
    ck_assert_int_eq(nni_tensor_write_npy(t, NULL), NNI_EINVAL);
    FILE *ro = fopen("tests/golden/cli/sample.txt", "r");
    ck_assert_ptr_nonnull(ro);
    ck_assert_int_eq(nni_tensor_write_npy(t, ro), NNI_EIO);
    fclose(ro);
    FILE *full = fopen("/dev/full", "w");      /* 错误要到冲刷时才出现 */
    ck_assert_ptr_nonnull(full);
    ck_assert_int_eq(nni_tensor_write_npy(t, full), NNI_EIO);
    fclose(full);
    nni_tensor_free(t);
}
END_TEST
#line 5953 "book/app1-tests.nw"
START_TEST(test_orthogonal_matches_library)
{
    const char *const args[] = { "sample", "orthogonal", "--shape", "6x2x2",
                                 "--seed", "5", "--gain", "1.5", "--dtype",
                                 "float64", NULL };
    run_result r = run_nninit(args);
    ck_assert_int_eq(r.status, 0);
    nni_tensor *t;
    const size_t shape[3] = { 6, 2, 2 };
    nni_torch_gen gen;
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 3, shape), NNI_OK);
    nni_torch_manual_seed(&gen, 5);
    ck_assert_int_eq(nni_init_orthogonal_(&gen, t, 1.5), NNI_OK);
    char *line = r.out;
    for (size_t i = 0; i < 24; i++) {
        char *end;
        double v = strtod(line, &end);
        ck_assert(end != line && v == ((const double *)nni_tensor_data(t))[i]);
        line = end;
    }
    nni_tensor_free(t);
    free_result(&r);
}
END_TEST
#line 5990 "book/app1-tests.nw"
static const char *const bad_init_commands[][14] = {
    
#line 6002 "book/app1-tests.nw"
{ "unknown initializer 'xavier'", "sample", "xavier", "--shape", "3x4", NULL },
{ "--a does not apply to xavier_uniform", "sample", "xavier_uniform", "--shape",
  "3x4", "--a", "1", NULL },
{ "--gain does not apply to uniform", "sample", "uniform", "--shape", "3",
  "--gain", "2", NULL },
{ "--value does not apply to normal", "sample", "normal", "--shape", "3",
  "--value", "2", NULL },
{ "numpy applies only", "sample", "xavier_normal", "--shape", "3x4",
  "--generator", "numpy", NULL },
{ "missing option --sparsity", "sample", "sparse", "--shape", "3x4", NULL },
{ "missing option --value", "sample", "constant", "--shape", "3", NULL },
#line 5992 "book/app1-tests.nw"
    
#line 6019 "book/app1-tests.nw"
{ "--gain", "sample", "xavier_uniform", "--shape", "3x4", "--gain", "nan",
  NULL },
{ "--gain", "sample", "orthogonal", "--shape", "3x4", "--gain", "1e999", NULL },
{ "--sparsity", "sample", "sparse", "--shape", "3x4", "--sparsity", "0x1p-1",
  NULL },
{ "expected fan_in or fan_out", "sample", "kaiming_uniform", "--shape", "3x4",
  "--mode", "fan_avg", NULL },
{ "unknown nonlinearity", "sample", "kaiming_normal", "--shape", "3x4",
  "--nonlinearity", "ReLU", NULL },
{ "--groups", "sample", "dirac", "--shape", "4x2x3", "--groups", "-1", NULL },
{ "--groups", "sample", "dirac", "--shape", "4x2x3", "--groups", "1.5", NULL },
#line 5993 "book/app1-tests.nw"
    
#line 6036 "book/app1-tests.nw"
{ "divisible by groups", "sample", "dirac", "--shape", "4x2x3", "--groups", "3",
  NULL },
{ "integer modulo by zero", "sample", "dirac", "--shape", "4x2x3", "--groups",
  "0", NULL },
{ "3, 4, or 5 dimensions", "sample", "dirac", "--shape", "4x2", NULL },
{ "fewer than 2 dimensions", "sample", "xavier_uniform", "--shape", "5", NULL },
{ "fewer than 2 dimensions", "sample", "kaiming_uniform", "--shape", "5",
  NULL },
{ "Only tensors with 2 dimensions", "sample", "sparse", "--shape", "3x4x5",
  "--sparsity", "0.1", NULL },
{ "Only tensors with 2 dimensions", "sample", "eye", "--shape", "3", NULL },
{ "2 or more dimensions", "sample", "orthogonal", "--shape", "3", NULL },
{ "not in [0, 1]", "sample", "sparse", "--shape", "3x4", "--sparsity", "1.5",
  NULL },
{ "interval is empty", "sample", "trunc_normal", "--shape", "3", "--a", "1",
  "--b", "-1", NULL },
{ "float division by zero", "sample", "trunc_normal", "--shape", "3", "--std",
  "0", NULL },
{ "without overflow", "sample", "constant", "--shape", "3", "--value", "1e39",
  NULL },
{ "from=0.866025 > to=-0.866025", "sample", "xavier_uniform", "--shape", "3x5",
  "--gain", "-1", NULL },
{ "float division by zero", "sample", "xavier_normal", "--shape", "0x0", NULL },
#line 5994 "book/app1-tests.nw"
    
#line 6065 "book/app1-tests.nw"
{ "missing the nonlinearity", "gain", NULL },
{ "unknown nonlinearity 'ReLU'", "gain", "ReLU", NULL },
{ "invalid negative slope 'True'", "gain", "leaky_relu", "True", NULL },
{ "negative_slope 1e+155 is too large", "gain", "leaky_relu", "1e155", NULL },
{ "unexpected argument", "gain", "relu", "1", "2", NULL },
{ "unknown option", "gain", "--nonlinearity", "relu", NULL },
{ "missing option --shape", "fans", NULL },
{ "fewer than 2 dimensions", "fans", "--shape", "5", NULL },
{ "overflows", "fans", "--shape", "0x1099511627776x1048576x1048576", NULL },
{ "--shape", "fans", "--shape", "3xx4", NULL },
{ "--shape", "fans", "--shape", "-3x4", NULL },
{ "too many dimensions", "fans", "--shape", "1x1x1x1x1x1x1x1x1", NULL },
{ "unexpected argument", "fans", "relu", "--shape", "3x4", NULL },
#line 5995 "book/app1-tests.nw"
};
#line 6084 "book/app1-tests.nw"
START_TEST(test_bad_init_command_lines)
{
    assert_bad_command(bad_init_commands[_i]);
}
END_TEST
#line 6102 "book/app1-tests.nw"
START_TEST(test_init_errors_leave_no_file)
{
    char dir[32], path[64];
    make_temp_dir(dir);
    snprintf(path, sizeof path, "%s/w.txt", dir);
    const char *const bad[] = {
        "sample", "xavier_uniform", "--shape", "7", "-o", path, NULL
    };
    run_result r = run_nninit(bad);
    ck_assert(r.status == 2 && count_entries(dir) == 0);
    free_result(&r);
    remove_temp_dir(dir);
    const char *const help[] = { "--help", NULL };
    r = run_nninit(help);
    ck_assert(r.status == 0);
    for (size_t i = 0; nni_app_initializer_at(i) != NULL; i++)
        ck_assert(strstr(r.out, nni_app_initializer_at(i)->signature) != NULL);
    free_result(&r);
}
END_TEST

#line 5316 "book/app1-tests.nw"
int main(int argc, char **argv)
{
    
#line 5483 "book/app1-tests.nw"
const char *slash = strrchr(argv[0], '/');
snprintf(nninit_path, sizeof nninit_path, "%.*s/../bin/nninit",
         slash != NULL ? (int)(slash - argv[0]) : 1,
         slash != NULL ? argv[0] : ".");
(void)argc;
#line 5319 "book/app1-tests.nw"
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    
#line 5378 "book/app1-tests.nw"
tcase_add_test(tc, test_parse_numbers);
#line 5416 "book/app1-tests.nw"
tcase_add_test(tc, test_parse_shape);
#line 5473 "book/app1-tests.nw"
tcase_add_test(tc, test_quote_and_options);
#line 5716 "book/app1-tests.nw"
tcase_add_test(tc, test_golden_outputs);
#line 5826 "book/app1-tests.nw"
tcase_add_loop_test(tc, test_bad_command_lines, 0,
                    (int)(sizeof bad_commands / sizeof bad_commands[0]));
#line 5849 "book/app1-tests.nw"
tcase_add_test(tc, test_help);
#line 5907 "book/app1-tests.nw"
tcase_add_test(tc, test_output_file_is_atomic);
#line 5935 "book/app1-tests.nw"
tcase_add_test(tc, test_write_npy_errors);
#line 5980 "book/app1-tests.nw"
tcase_add_test(tc, test_orthogonal_matches_library);
#line 6092 "book/app1-tests.nw"
tcase_add_loop_test(tc, test_bad_init_command_lines, 0,
                    (int)(sizeof bad_init_commands
                          / sizeof bad_init_commands[0]));
#line 6125 "book/app1-tests.nw"
tcase_add_test(tc, test_init_errors_leave_no_file);
#line 5323 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
