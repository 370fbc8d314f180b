/* plugin_unload.c - a plugin that counts tokens (test/compile/plugin.c, twtokenize.h inside) is
   unloaded while a thread that used it is still alive: the thread's exit must not call into the
   unloaded code (the merge cache's key destructor did before 0.6's fix: a segmentation fault). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int stage;
static int (*count)(const char *, unsigned long);
static void *worker(void *arg) {
    const char *s = "internationalization Überweisungsauftrag приветствие";
    int n = count(s, strlen(s));
    (void)arg;
    pthread_mutex_lock(&mu); stage = 1; pthread_cond_broadcast(&cv);
    while (stage != 2) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    return (void *)(long)n;
}
int main(int argc, char **argv) {
    void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL), *r;
    pthread_t t;
    if (!h) { printf("FAIL dlopen: %s\n", dlerror()); return 1; }
    count = (int (*)(const char *, unsigned long))dlsym(h, "lib_count");
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&mu); while (stage != 1) pthread_cond_wait(&cv, &mu); pthread_mutex_unlock(&mu);
    dlclose(h);
    pthread_mutex_lock(&mu); stage = 2; pthread_cond_broadcast(&cv); pthread_mutex_unlock(&mu);
    pthread_join(t, &r);
    printf("ok %ld tokens\n", (long)r);
    return 0;
}
