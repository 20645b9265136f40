/* paths.c - state and lessons directories; see paths.h. */
#include "paths.h"

#include <errno.h>
#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *paths_join(const char *dir, const char *name) {
    size_t a = strlen(dir), b = strlen(name);
    char *s = malloc(a + b + 2);
    if (!s)
        return NULL;
    memcpy(s, dir, a);
    size_t n = a;
    if (n == 0 || s[n - 1] != '/')
        s[n++] = '/';
    memcpy(s + n, name, b + 1);
    return s;
}

char *paths_state_dir(void) {
    const char *xdg = getenv("XDG_STATE_HOME");
    if (xdg && xdg[0] == '/')
        return paths_join(xdg, "escapade");
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    return paths_join(home, ".local/state/escapade");
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Does dir look like the escapade source tree (Makefile + lessons/)? */
static char *tree_lessons(const char *dir) {
    char *mk = paths_join(dir, "Makefile");
    char *ls = paths_join(dir, "lessons");
    int ok = mk && ls && is_file(mk) && is_dir(ls);
    free(mk);
    if (ok)
        return ls;
    free(ls);
    return NULL;
}

/* The real directory of the running binary, found from argv[0] as POSIX
 * offers it (no /proc): a name with a slash is a path (relative to the
 * working directory, which the program has not changed yet); a bare name was
 * found by the shell in $PATH, so search $PATH the same way.  realpath
 * resolves symlinks, so a link in ~/bin to a build tree's binary finds that
 * tree.  NULL when it cannot be found. */
static char *exe_dir(const char *argv0) {
    char found[PATH_MAX], real[PATH_MAX];
    if (!argv0 || !*argv0)
        return NULL;
    if (strchr(argv0, '/')) {
        if (strlen(argv0) >= sizeof found)
            return NULL;
        strcpy(found, argv0);
    } else {
        const char *path = getenv("PATH");
        bool ok = false;
        while (path && !ok) {
            size_t n = strcspn(path, ":");
            /* An empty $PATH entry means the working directory. */
            int len = snprintf(found, sizeof found, "%.*s%s%s", (int)n,
                               n ? path : ".", "/", argv0);
            ok = len > 0 && (size_t)len < sizeof found && is_file(found) &&
                 access(found, X_OK) == 0;
            path = path[n] ? path + n + 1 : NULL;
        }
        if (!ok)
            return NULL;
    }
    if (!realpath(found, real))
        return NULL;
    char *slash = strrchr(real, '/');
    if (!slash)
        return NULL;
    if (slash == real)
        slash[1] = '\0';
    else
        *slash = '\0';
    return strdup(real);
}

/* The parent of an absolute directory (at most "/"). */
static void up(char *dir) {
    char *slash = strrchr(dir, '/');
    if (slash == dir)
        dir[1] = '\0';
    else if (slash)
        *slash = '\0';
}

char *paths_lessons_dir(const char *explicit_dir, const char *argv0) {
    if (explicit_dir && *explicit_dir)
        return strdup(explicit_dir);
    char *dir = exe_dir(argv0);
    if (dir) {
        /* A binary run from its build tree (./escapade or build/escapade)
         * uses the tree's lessons, so `make && ./escapade` works before
         * `make install`. */
        char *found = tree_lessons(dir);
        if (!found) {
            up(dir);
            found = tree_lessons(dir);
        }
        /* An installed tree moved elsewhere, or staged with DESTDIR:
         * BINDIR/../share/escapade/lessons (dir is BINDIR/.. now). */
        if (!found) {
            char *share = paths_join(dir, "share/escapade/lessons");
            if (share && is_dir(share))
                found = share;
            else
                free(share);
        }
        free(dir);
        if (found)
            return found;
    }
    return strdup(ESCAPADE_DATADIR "/lessons");
}

int paths_mkdirs(const char *dir) {
    char buf[PATH_MAX];
    size_t len = strlen(dir);
    if (len == 0 || len >= sizeof buf)
        return ENAMETOOLONG;
    memcpy(buf, dir, len + 1);
    for (char *p = buf + 1; ; p++) {
        if (*p == '/' || *p == '\0') {
            char saved = *p;
            *p = '\0';
            if (mkdir(buf, 0700) != 0 && errno != EEXIST)
                return errno;
            *p = saved;
            if (saved == '\0')
                break;
        }
    }
    return is_dir(dir) ? 0 : ENOTDIR;
}

bool paths_write_all(int fd, const void *data, size_t len) {
    const char *p = data;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return true;
}
