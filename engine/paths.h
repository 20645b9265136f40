/* paths.h - where escapade keeps state and finds its lessons.
 *
 * State follows the XDG Base Directory spec: $XDG_STATE_HOME/escapade, or
 * ~/.local/state/escapade when it is unset or not absolute (the spec says a
 * relative value must be ignored).  Lessons come, in order, from --lessons
 * DIR / $ESCAPADE_LESSONS, from ./lessons next to a binary run from its build
 * tree (found from argv[0], see paths_lessons_dir), and from the installed
 * $(datadir)/escapade/lessons.
 *
 * The path functions return a malloc'd string the caller frees, or NULL when
 * no answer exists (no $HOME and no XDG variable, say).
 */
#ifndef ESC_PATHS_H
#define ESC_PATHS_H

#include <stdbool.h>
#include <stddef.h>

/* The installed lessons, from the Makefile's ESCAPADE_DATADIR. */
#ifndef ESCAPADE_DATADIR
#define ESCAPADE_DATADIR "/usr/local/share/escapade"
#endif

/* $XDG_STATE_HOME/escapade or $HOME/.local/state/escapade (not created). */
char *paths_state_dir(void);

/* The lessons directory to use.  explicit (from --lessons or
 * $ESCAPADE_LESSONS) wins.  Else the running binary is found from argv0
 * (main's argv[0]: a path, or a bare name searched in $PATH; symlinks
 * resolved with realpath, so no /proc is needed): "<its dir>/lessons" when
 * it sits in a source tree (a Makefile and lessons/ beside it, or one level
 * up for build/escapade); else "<its dir>/../share/escapade/lessons" when
 * that exists (a relocated or DESTDIR-staged install); else
 * ESCAPADE_DATADIR "/lessons".  argv0 may be NULL. */
char *paths_lessons_dir(const char *explicit_dir, const char *argv0);

/* dir + "/" + name. */
char *paths_join(const char *dir, const char *name);

/* mkdir -p with mode 0700 for the missing parts.  Returns 0 or an errno. */
int paths_mkdirs(const char *dir);

/* write(2) all of data, again after short writes and EINTR; false (errno
 * set) on an error. */
bool paths_write_all(int fd, const void *data, size_t len);

#endif
