/* firstframe.c - time from exec to the app's first complete frame.
 *
 * usage: firstframe COLS ROWS MARKER COMMAND [ARG]...
 * Runs COMMAND on a fresh pseudo-terminal of COLS x ROWS, reads what it
 * draws, and stops the clock when MARKER (text the first frame always shows,
 * e.g. the status line's "? help") has been written; then sends 'q' and
 * SIGTERM.  Measured from outside, so the app needs no benchmark hooks. */
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int contains(const char *buf, size_t n, const char *m, size_t mlen) {
    for (size_t i = 0; i + mlen <= n; i++)
        if (memcmp(buf + i, m, mlen) == 0)
            return 1;
    return 0;
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fputs("usage: firstframe COLS ROWS MARKER COMMAND [ARG]...\n", stderr);
        return 2;
    }
    struct winsize ws = {.ws_col = (unsigned short)atoi(argv[1]),
                         .ws_row = (unsigned short)atoi(argv[2])};
    const char *marker = argv[3];
    int fd;
    double t0 = now_ms();
    pid_t pid = forkpty(&fd, NULL, NULL, &ws);
    if (pid < 0) {
        perror("forkpty");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[4], argv + 4);
        _exit(127);
    }
    /* Keep a window of the output so a marker split across reads is found. */
    char buf[1 << 16];
    size_t have = 0, mlen = strlen(marker);
    double found = -1;
    while (found < 0 && now_ms() - t0 < 5000) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 100) <= 0)
            continue;
        if (have > sizeof buf / 2) {
            memmove(buf, buf + have - mlen, mlen);
            have = mlen;
        }
        ssize_t n = read(fd, buf + have, sizeof buf - have - 1);
        if (n <= 0)
            break;
        have += (size_t)n;
        buf[have] = '\0';
        if (contains(buf, have, marker, mlen))
            found = now_ms() - t0;
    }
    if (write(fd, "q", 1) < 0) { /* the app may be gone already */ }
    usleep(100000);
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    if (found < 0) {
        fprintf(stderr, "firstframe: '%s' never appeared\n", marker);
        return 1;
    }
    printf("%sx%s: first frame in %.1f ms\n", argv[1], argv[2], found);
    return 0;
}
