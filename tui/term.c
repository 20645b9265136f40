/* term.c - curses setup and teardown, signals, colours and glyphs. */
#include "term.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

Term term;

static volatile sig_atomic_t quit_signal;

/* Only set a flag: the main loop wakes from its getch timeout, saves
 * progress and calls endwin, which is not async-signal-safe here.  A second
 * signal means the loop is stuck, so restore what we can and leave. */
static void on_signal(int sig) {
    if (quit_signal) {
        static const char reset[] = "\033[?2004l\033[?1049l\033[?25h\033[0m\r\n";
        if (write(STDOUT_FILENO, reset, sizeof reset - 1) < 0) {
            /* nothing more to do in a handler */
        }
        _exit(128 + sig);
    }
    quit_signal = sig;
}

bool term_quit_requested(void) { return quit_signal != 0; }

int term_quit_signal(void) { return (int)quit_signal; }

/* A crash must not leave the terminal in the alternate screen with echo
 * off: reset what curses set (with write, the only safe way here), then
 * die of the same signal so the exit status and core dump stay true. */
static void on_crash(int sig) {
    static const char reset[] =
        "\033[?2004l\033[?1049l\033[?25h\033[0m\033[?1000l\r\n";
    if (write(STDOUT_FILENO, reset, sizeof reset - 1) < 0) {
        /* nothing more to do in a handler */
    }
    if (term.started)
        reset_shell_mode();
    signal(sig, SIG_DFL);
    raise(sig);
}

typedef struct StyleDef {
    short fg, bg;
    attr_t color_attr;   /* with colours */
    attr_t mono_attr;    /* without */
} StyleDef;

static const StyleDef styles[S_COUNT] = {
    [S_NORMAL] = {-1, -1, 0, 0},
    [S_BOLD] = {-1, -1, A_BOLD, A_BOLD},
    [S_CODE] = {COLOR_CYAN, -1, 0, A_UNDERLINE},
    [S_H1] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [S_H2] = {COLOR_CYAN, -1, A_BOLD, A_BOLD},
    [S_H3] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [S_DIM] = {-1, -1, A_DIM, A_DIM},
    [S_BULLET] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [S_TIP] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [S_WARN] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [S_NOTE] = {COLOR_CYAN, -1, A_BOLD, A_BOLD},
    [S_BOX] = {COLOR_BLUE, -1, A_BOLD, 0},
    [S_BOXTITLE] = {-1, -1, A_BOLD, A_BOLD},
    [S_TABLE_HEAD] = {COLOR_CYAN, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [S_KEYWORD] = {COLOR_MAGENTA, -1, A_BOLD, A_BOLD},
    [S_TYPE] = {COLOR_CYAN, -1, 0, 0},
    [S_STRING] = {COLOR_GREEN, -1, 0, 0},
    [S_COMMENT] = {COLOR_BLUE, -1, A_BOLD, A_DIM},
    [S_NUMBER] = {COLOR_YELLOW, -1, 0, 0},
    [S_FUNC] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [S_LINENO] = {-1, -1, A_DIM, A_DIM},
    [S_CURLINE] = {COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE},
    [S_MARK_HEAP] = {COLOR_RED, -1, A_BOLD, A_BOLD},
    [S_MARK_INLINE] = {COLOR_BLUE, -1, A_BOLD, 0},
    [S_MARK_OK] = {COLOR_GREEN, -1, 0, 0},
    [S_ERROR] = {COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [S_TITLE] = {COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD},
    [S_STATUS] = {COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE},
    [S_KEY] = {COLOR_BLUE, COLOR_WHITE, A_BOLD, A_REVERSE | A_BOLD},
    [S_SELECT] = {COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE},
    [S_MATCH] = {COLOR_BLACK, COLOR_YELLOW, 0, A_STANDOUT | A_UNDERLINE},
    [S_GOOD] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [S_BAD] = {COLOR_RED, -1, A_BOLD, A_BOLD},
    [S_PROGRESS] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [S_PROGRESS_EMPTY] = {-1, -1, A_DIM, A_DIM},
    [S_HEAP] = {COLOR_RED, -1, A_BOLD, A_BOLD},
    [S_STACK] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
};

static bool no_color_env(void) {
    const char *nc = getenv("NO_COLOR");
    return nc && *nc;   /* https://no-color.org: set and not empty */
}

static void init_colors(void) {
    term.color = has_colors() && !no_color_env();
    if (!term.color)
        return;
    start_color();
    use_default_colors();
    for (int s = 1; s < S_COUNT; s++) {
        short fg = styles[s].fg, bg = styles[s].bg;
        if (fg >= COLORS)
            fg = -1;
        if (bg >= COLORS)
            bg = -1;
        if (s < COLOR_PAIRS)
            init_pair((short)s, fg, bg);
    }
}

attr_t term_attr(Sty s, short *pair) {
    if ((unsigned)s >= S_COUNT)
        s = S_NORMAL;
    if (term.color && (int)s < COLOR_PAIRS) {
        *pair = (short)s;
        return styles[s].color_attr;
    }
    *pair = 0;
    return styles[s].mono_attr;
}

bool term_start(void) {
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fputs("escapade: the full-screen app needs a terminal on stdin and "
              "stdout ('escapade quiz' runs a line-mode quiz without one)\n", stderr);
        return false;
    }
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    term.utf8 = cs && strcmp(cs, "UTF-8") == 0;
    /* Escape alone (leave edit mode) should not lag a second. */
    if (!getenv("ESCDELAY"))
        set_escdelay(25);
    /* newterm, not initscr: initscr exits with its own message on an
     * unknown TERM; this says what to do instead. */
    const char *tn = getenv("TERM");
    SCREEN *scr = newterm(NULL, stdout, stdin);
    if (!scr) {
        fprintf(stderr, "escapade: unknown terminal type '%s' (TERM); try "
                "TERM=xterm-256color, or 'escapade quiz' for the line-mode quiz\n",
                tn ? tn : "");
        return false;
    }
    /* A terminal that cannot move the cursor (TERM=dumb, an editor's
     * shell buffer) would show garbage. */
    const char *cup = tigetstr("cup");
    if (!cup || cup == (char *)-1) {
        endwin();
        delscreen(scr);
        fprintf(stderr, "escapade: the terminal (TERM=%s) cannot move the cursor; "
                "the tutor needs a full-screen terminal (try 'escapade quiz' "
                "for the line-mode quiz)\n", tn ? tn : "");
        return false;
    }
    term.started = true;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    /* Home and End come in several dialects (xterm, screen/tmux, rxvt)
     * whatever TERM claims; accept them all rather than see a lone Escape. */
    static const struct { const char *seq; int key; } keys[] = {
        {"\033[1~", KEY_HOME}, {"\033[4~", KEY_END}, {"\033[7~", KEY_HOME},
        {"\033[8~", KEY_END}, {"\033[H", KEY_HOME}, {"\033[F", KEY_END},
        {"\033OH", KEY_HOME}, {"\033OF", KEY_END},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (key_defined(keys[i].seq) == 0)
            define_key(keys[i].seq, keys[i].key);
    /* Bracketed paste: the terminal marks pasted text, so the editor
     * inserts it verbatim (no auto-indent doubling) and the viewer does not
     * take it for commands.  Terminals without it ignore the request. */
    define_key("\033[200~", KEY_PASTE_BEGIN);
    define_key("\033[201~", KEY_PASTE_END);
    fputs("\033[?2004h", stdout);
    fflush(stdout);
    mousemask(BUTTON4_PRESSED | BUTTON5_PRESSED | BUTTON1_CLICKED, NULL);
    mouseinterval(0);
    init_colors();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    atexit(term_stop);
    return true;
}

void term_stop(void) {
    if (!term.started)
        return;
    term.started = false;
    curs_set(1);
    endwin();
    fputs("\033[?2004l", stdout);
    fflush(stdout);
}

/* Fallbacks for a locale that cannot show UTF-8: line drawing through the
 * terminal's alternate character set, the rest in ASCII. */
static chtype acs_for(wchar_t c) {
    switch (c) {
    case L'─': case L'━': case L'═': return ACS_HLINE;
    case L'│': case L'┃': case L'║': return ACS_VLINE;
    case L'┌': case L'╔': return ACS_ULCORNER;
    case L'┐': case L'╗': return ACS_URCORNER;
    case L'└': case L'╚': return ACS_LLCORNER;
    case L'┘': case L'╝': return ACS_LRCORNER;
    case L'├': return ACS_LTEE;
    case L'┤': return ACS_RTEE;
    case L'┬': return ACS_TTEE;
    case L'┴': return ACS_BTEE;
    case L'┼': return ACS_PLUS;
    case L'█': case L'■': return ACS_BLOCK;
    case L'░': case L'▒': return ACS_CKBOARD;
    case L'▶': return ACS_RARROW;
    case L'◀': return ACS_LARROW;
    case L'▼': return ACS_DARROW;
    case L'▲': return ACS_UARROW;
    case L'•': case L'●': return ACS_BULLET;
    case L'◆': return ACS_DIAMOND;
    default: return 0;
    }
}

static wchar_t ascii_for(wchar_t c) {
    switch (c) {
    case L'✓': case L'✔': return L'+';
    case L'✗': case L'✘': return L'x';
    case L'…': return L'~';
    case L'→': case L'▸': case L'›': return L'>';
    case L'←': return L'<';
    case L'↑': return L'^';
    case L'↓': return L'v';
    case L'▌': return L'>';     /* the quiz's mark on the line asked about */
    case L'“': case L'”': return L'"';
    case L'‘': case L'’': return L'\'';
    case L'–': case L'—': return L'-';
    case L'·': return L'.';
    default: return L'?';
    }
}

void term_cchar(wchar_t c, Sty s, cchar_t *out) {
    short pair;
    attr_t a = term_attr(s, &pair);
    wchar_t w[2] = {c, 0};
    if (!term.utf8 && c >= 0x80) {
        /* The terminal's alternate character set (or, where it has
         * none, the ASCII stand-in curses puts in acs_map). */
        chtype acs = acs_for(c);
        if (acs) {
            w[0] = (wchar_t)(acs & A_CHARTEXT);
            setcchar(out, w, a | (acs & A_ATTRIBUTES), pair, NULL);
            return;
        }
        w[0] = ascii_for(c);
    }
    setcchar(out, w, a, pair, NULL);
}
