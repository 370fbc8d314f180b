/* bench_tokenize.c FILE... - twtokenize.h throughput (MB/s) on the corpora of bench/corpus.mjs:
   whole files and 4 KB documents (chat messages one by one), twtok_count and
   twtok_encode_ordinary, one thread and two; first use and resident memory. bench/run.sh prints
   these beside the peers measured in the same run (bench/peers.mjs, bench/report.mjs). */
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

/* A corpus as the documents an agent counts: the whole file as one text, or cut into 4 KB
   documents (at a UTF-8 boundary); a file with 0x1E bytes is a list of chat messages. */
typedef struct docs {
    const char **p;
    size_t *n;
    size_t count, bytes;
} docs;

static docs split(const char *text, size_t len, size_t size) {
    docs d;
    size_t at = 0, cap = len / (size ? size : 1) + 2;
    int chat = memchr(text, 0x1e, len) != NULL;
    if (chat) { /* messages */
        size_t i;
        cap = 1;
        for (i = 0; i < len; i++) cap += text[i] == 0x1e;
    }
    d.p = (const char **)malloc(cap * sizeof *d.p), d.n = (size_t *)malloc(cap * sizeof *d.n), d.count = 0, d.bytes = 0;
    while (at < len) {
        size_t e;
        if (chat) {
            const char *sep = (const char *)memchr(text + at, 0x1e, len - at);
            e = sep ? (size_t)(sep - text) : len;
        } else if (!size || len - at <= size) {
            e = len;
        } else {
            e = at + size;
            while (e > at && ((unsigned char)text[e] & 0xC0) == 0x80) e--; /* not inside a character */
        }
        d.p[d.count] = text + at, d.n[d.count] = e - at, d.count++, d.bytes += e - at;
        at = e + (chat && e < len);
    }
    return d;
}

typedef struct job {
    const docs *d;
    int encode;   /* twtok_encode_ordinary (ids stored) rather than twtok_count */
    double seconds, mbs;
    size_t tokens;
} job;

static const char *encname = "cl100k_base";

/* Passes over every document until `seconds` have gone; MB/s of the documents' bytes in the fastest. */
static void *run(void *arg) {
    job *j = (job *)arg;
    const twtok_encoding *enc = twtok_encoding_get(encname);
    size_t cap = 0, i;
    uint32_t *ids = NULL;
    double t0 = now_s(), t, pass0, best = 1e30;
    int passes = 0;
    for (i = 0; i < j->d->count; i++)
        if (j->d->n[i] + 1 > cap) cap = j->d->n[i] + 1; /* a token has at least a byte */
    if (j->encode) ids = (uint32_t *)malloc(cap * sizeof *ids);
    /* passes over the corpus for j->seconds (at least two); the figure is the fastest pass, as
       bench/peers.mjs takes the peers' (this host's neighbours slow some passes, never speed one) */
    do {
        size_t tokens = 0;
        pass0 = now_s();
        for (i = 0; i < j->d->count; i++)
            tokens += j->encode ? twtok_encode_ordinary(enc, j->d->p[i], j->d->n[i], ids, cap) : twtok_count(enc, j->d->p[i], j->d->n[i]);
        j->tokens = tokens;
        t = now_s();
        if (t - pass0 < best) best = t - pass0;
        passes++;
    } while (t - t0 < j->seconds || passes < 2);
    j->mbs = (double)j->d->bytes / best / 1e6;
    free(ids);
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
        size_t len, sizes[2] = {0, 4096}, k;
        char *text = slurp(argv[i], &len);
        const char *name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
        int chat;
        if (!text) return fprintf(stderr, "cannot read %s\n", argv[i]), 1;
        chat = memchr(text, 0x1e, len) != NULL;
        for (k = chat ? 1 : 0; k < 2; k++) {
            docs d = split(text, len, sizes[k]);
            int encode;
            for (encode = 0; encode < 2; encode++) {
                job a, b;
                pthread_t th;
                double single;
                a.d = b.d = &d, a.encode = b.encode = encode, a.seconds = b.seconds = 0.7;
                run(&a);
                single = a.mbs;
                pthread_create(&th, NULL, run, &b);
                run(&a);
                pthread_join(th, NULL);
                /* one line a figure, for bench/report.mjs: tool encoding corpus documents call threads MB/s tokens */
                printf("result twtokenize %s %s %s %s 1 %.1f %zu\n", encname, name, chat ? "messages" : k ? "4KB" : "whole",
                       encode ? "encode" : "count", single, a.tokens);
                printf("result twtokenize %s %s %s %s 2 %.1f %zu\n", encname, name, chat ? "messages" : k ? "4KB" : "whole",
                       encode ? "encode" : "count", a.mbs + b.mbs, a.tokens);
                fflush(stdout);
            }
            free(d.p), free(d.n);
        }
        free(text);
    }
    return 0;
}
