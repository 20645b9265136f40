/* paths.c - state and lessons directories; see paths.h. */
#include "paths.h"

#include <errno.h>
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

/* A binary run from its build tree (./escapade or build/escapade) uses the
 * tree's lessons, so `make && ./escapade` works before `make install`. */
static char *build_tree_lessons(void) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    char *found = tree_lessons(exe);
    if (found)
        return found;
    slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    return tree_lessons(exe[0] ? exe : "/");
}

char *paths_lessons_dir(const char *explicit_dir) {
    if (explicit_dir && *explicit_dir)
        return strdup(explicit_dir);
    char *tree = build_tree_lessons();
    if (tree)
        return tree;
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
