/* bench_tokenize.c - twtokenize.h throughput (MB/s, single thread and two threads), first use,
   and resident memory. bench/run.sh prints these beside npm tiktoken measured in the same run. */
#define TWTOKENIZE_IMPLEMENTATION
#include "../twtokenize.h"
#include "bench.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *b;
    long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b = (char *)malloc((size_t)n);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) free(b), b = NULL;
    fclose(f);
    *len = (size_t)n;
    return b;
}

typedef struct job {
    const char *text;
    size_t len;
    double seconds;
    size_t tokens;
    double mbs;
} job;

static const char *encname = "cl100k_base";

static void *run(void *arg) {
    job *j = (job *)arg;
    const twtok_encoding *enc = twtok_encoding_get(encname);
    double t0 = now_s(), t;
    size_t bytes = 0;
    do {
        j->tokens = twtok_count(enc, j->text, j->len);
        bytes += j->len;
        t = now_s();
    } while (t - t0 < j->seconds);
    j->mbs = (double)bytes / (t - t0) / 1e6;
    return NULL;
}

/* First use in FIRST_RUNS fresh processes (forked before the tables exist): one figure is at the
   mercy of how new the memory is to this virtual machine, so the median is the figure. */
#define FIRST_RUNS 9
static void first_use_in_processes(void) {
    double ms[FIRST_RUNS];
    int i, n = 0;
    for (i = 0; i < FIRST_RUNS; i++) {
        int fd[2];
        pid_t pid;
        if (pipe(fd) != 0) break;
        pid = fork();
        if (pid == 0) {
            double t0 = now_s(), d;
            twtok_count(twtok_encoding_get(encname), "x", 1);
            d = (now_s() - t0) * 1e3;
            if (write(fd[1], &d, sizeof d) != (ssize_t)sizeof d) _exit(1);
            _exit(0);
        }
        close(fd[1]);
        if (pid > 0 && read(fd[0], &ms[n], sizeof ms[n]) == (ssize_t)sizeof ms[n]) n++;
        close(fd[0]);
        if (pid > 0) waitpid(pid, NULL, 0);
    }
    if (!n) return;
    qsort(ms, (size_t)n, sizeof ms[0], cmp_double);
    printf("%s first use in %d fresh processes: median %.2f ms (min %.2f, max %.2f)\n", encname, n, ms[n / 2], ms[0],
           ms[n - 1]);
}

int main(int argc, char **argv) {
    int i = 1;
    long rss0 = rss_kb();
    double t0 = now_s(), first;
    if (argc > 2 && strcmp(argv[1], "-e") == 0) encname = argv[2], i = 3;
    if (!twtok_encoding_get(encname)) return fprintf(stderr, "no encoding %s\n", encname), 2;
    fflush(stdout);
    first_use_in_processes();
    t0 = now_s();
    twtok_count(twtok_encoding_get(encname), "x", 1);
    first = (now_s() - t0) * 1e3;
    printf("%s first use in this process: %.2f ms; resident memory added: %.1f MB\n", encname, first,
           (double)(rss_kb() - rss0) / 1024.0);
    {
        /* the machine's own price for the same amount of new memory, for comparison: 6 MB obtained
           from the kernel and written once (in a virtual machine, memory the guest never touched
           costs far more the first time) */
        size_t n = (size_t)6 << 20;
        char *m;
        t0 = now_s();
        m = (char *)mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m != (char *)MAP_FAILED) {
            memset(m, 1, n);
            printf("for comparison, 6 MB of new memory written once: %.2f ms\n", (now_s() - t0) * 1e3);
            munmap(m, n);
        }
    }
    for (; i < argc; i++) {
        job a, b;
        pthread_t th;
        size_t len;
        char *text = slurp(argv[i], &len);
        const char *name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
        if (!text) return fprintf(stderr, "cannot read %s\n", argv[i]), 1;
        a.text = b.text = text, a.len = b.len = len, a.seconds = b.seconds = 1.0;
        run(&a);
        {
            double single = a.mbs;
            pthread_create(&th, NULL, run, &b);
            run(&a);
            pthread_join(th, NULL);
            printf("twtokenize %-11s %-18s %8.1f MB/s  (2 threads: %.1f MB/s total)  %zu tokens\n", encname, name, single,
                   a.mbs + b.mbs, a.tokens);
        }
        free(text);
    }
    return 0;
}
